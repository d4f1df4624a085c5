//! Browser tests of the question widgets: the date as day, month and year boxes (an error
//! per wrong box, the box marked invalid) and the country autocomplete (keyboard, names a
//! screen reader reads, other names and languages, each language's alphabetical order).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

mod browser;
use browser::{find, open, settle, text, type_into};

wasm_bindgen_test_configure!(run_in_browser);

/// Presses `key` in `el` (a bubbling, cancelable keydown, as a keyboard sends).
fn press(el: &web_sys::HtmlElement, key: &str) {
    let window = web_sys::window().unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let init = js_sys::Object::new();
    for (k, v) in [
        ("key", JsValue::from_str(key)),
        ("bubbles", JsValue::TRUE),
        ("cancelable", JsValue::TRUE),
    ] {
        js_sys::Reflect::set(&init, &k.into(), &v).unwrap();
    }
    let args = js_sys::Array::of2(&"keydown".into(), &init);
    let event = js_sys::Reflect::construct(&ctor, &args).unwrap();
    el.dispatch_event(event.unchecked_ref()).unwrap();
}

fn attr(el: &web_sys::HtmlElement, name: &str) -> Option<String> {
    el.get_attribute(name)
}

fn h1(host: &web_sys::HtmlElement) -> String {
    text(&find(host, "h1")).trim().to_owned()
}

/// The texts of the error summary's links.
fn summary(host: &web_sys::HtmlElement) -> Vec<String> {
    let list = host.query_selector_all("#error-summary a").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

const DATE: &str = "?lang=en&route=in_country&step=date";

#[wasm_bindgen_test]
async fn the_date_is_three_labelled_boxes_in_a_fieldset_whose_legend_is_the_question() {
    let host = open(DATE);
    settle().await;
    let legend = find(&host, "fieldset legend h1");
    assert_eq!(text(&legend).trim(), h1(&host));
    for (part, label) in [("day", "Day"), ("month", "Month"), ("year", "Year")] {
        let input = find(&host, &format!("fieldset #date-{part}"));
        assert_eq!(attr(&input, "inputmode").as_deref(), Some("numeric"));
        assert_eq!(
            attr(&input, "type").as_deref(),
            Some("text"),
            "no browser date picker"
        );
        assert_eq!(
            text(&find(&host, &format!("label[for=date-{part}]"))),
            label
        );
    }
    assert!(host.query_selector("input[type=date]").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn each_wrong_box_gets_its_own_error_and_is_marked_invalid() {
    let host = open(DATE);
    settle().await;
    let title = h1(&host);
    type_into(&find(&host, "#date-day"), "");
    type_into(&find(&host, "#date-month"), "13");
    type_into(&find(&host, "#date-year"), "26");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_eq!(
        summary(&host),
        [
            "The date must include a day",
            "The month must be a number from 1 to 12",
            "The year must have 4 digits"
        ]
    );
    for part in ["day", "month", "year"] {
        assert_eq!(
            attr(&find(&host, &format!("#date-{part}")), "aria-invalid").as_deref(),
            Some("true"),
            "{part}"
        );
    }
    // The messages are beside the field too, and the fieldset is described by them.
    let fieldset = find(&host, "fieldset");
    let described = attr(&fieldset, "aria-describedby").unwrap_or_default();
    assert!(described.contains("date-error"), "{described}");
    assert!(text(&find(&host, "#date-error")).contains("The date must include a day"));
    // The summary links to the box.
    let link = find(&host, "#error-summary a");
    assert_eq!(attr(&link, "href").as_deref(), Some("#date-day"));

    // 31 April: the day box is the one to change; the month is fine now.
    type_into(&find(&host, "#date-day"), "31");
    type_into(&find(&host, "#date-month"), "4");
    type_into(&find(&host, "#date-year"), "2026");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_eq!(
        summary(&host),
        ["This date does not exist: that month has only 30 days"]
    );
    assert_eq!(
        attr(&find(&host, "#date-day"), "aria-invalid").as_deref(),
        Some("true")
    );

    // A real date moves on.
    type_into(&find(&host, "#date-day"), "30");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_ne!(h1(&host), title, "still on the date page: {}", text(&host));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_date_boxes_speak_russian_and_kazakh() {
    for (lang, labels, missing) in [
        ("ru", ["День", "Месяц", "Год"], "Укажите месяц"),
        ("kk", ["Күн", "Ай", "Жыл"], "Айды көрсетіңіз"),
    ] {
        let host = open(&format!("?lang={lang}&route=in_country&step=date"));
        settle().await;
        for (part, label) in ["day", "month", "year"].into_iter().zip(labels) {
            assert_eq!(
                text(&find(&host, &format!("label[for=date-{part}]"))),
                label
            );
        }
        type_into(&find(&host, "#date-month"), "");
        find(&host, "form button[type=submit]").click();
        settle().await;
        assert_eq!(summary(&host), [missing], "{lang}");
        host.remove();
    }
}

const CITIZENSHIP: &str = "route=in_country&date=2025-06-02&has_iin=no&step=citizenship";

#[wasm_bindgen_test]
async fn typing_turk_then_arrow_down_and_enter_chooses_turkiye() {
    let host = open(&format!("?lang=en&{CITIZENSHIP}"));
    settle().await;
    let title = h1(&host);
    let input = find(&host, "#citizenship");
    // The combobox's accessible name is the question (its label is the page's heading).
    assert_eq!(attr(&input, "role").as_deref(), Some("combobox"));
    assert_eq!(text(&find(&host, "h1 label[for=citizenship]")), title);
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    assert_eq!(
        attr(&input, "aria-controls").as_deref(),
        Some("citizenship-listbox")
    );
    // The native select is there, hidden, and keeps in step.
    let select = find(&host, "select#citizenship-select");
    assert!(select.hidden());

    type_into(&input, "turk");
    settle().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("true"));
    let listbox = find(&host, "#citizenship-listbox");
    assert_eq!(attr(&listbox, "role").as_deref(), Some("listbox"));
    assert!(!listbox.hidden());
    let options = listbox.query_selector_all("[role=option]").unwrap();
    assert!(options.length() >= 3, "{}", text(&listbox));
    for i in 0..options.length() {
        let o: web_sys::HtmlElement = options.item(i).unwrap().unchecked_into();
        assert!(!text(&o).trim().is_empty(), "every option has a name");
    }
    let status = find(&host, "[role=status]");
    assert!(
        text(&status).contains(&options.length().to_string()),
        "{}",
        text(&status)
    );

    press(&input, "ArrowDown");
    settle().await;
    assert_eq!(
        attr(&input, "aria-activedescendant").as_deref(),
        Some("citizenship-option-0")
    );
    let first = find(&host, "#citizenship-option-0");
    assert_eq!(text(&first), "Türkiye");
    assert_eq!(attr(&first, "aria-selected").as_deref(), Some("true"));

    press(&input, "Enter");
    settle().await;
    let typed: web_sys::HtmlInputElement = input.clone().unchecked_into();
    assert_eq!(typed.value(), "Türkiye");
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    let select: web_sys::HtmlSelectElement = select.unchecked_into();
    assert_eq!(select.value(), "TR");
    assert_eq!(h1(&host), title, "Enter chose, it did not send the form");

    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_ne!(h1(&host), title, "{}", text(&host));
    host.remove();
}

#[wasm_bindgen_test]
async fn other_names_find_the_country_and_escape_closes_the_list() {
    let host = open(&format!("?lang=ru&{CITIZENSHIP}"));
    settle().await;
    let input = find(&host, "#citizenship");
    type_into(&input, "turkey");
    settle().await;
    assert_eq!(
        text(&find(&host, "#citizenship-option-0")),
        "Турция (Turkey)"
    );
    press(&input, "Escape");
    settle().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    assert!(find(&host, "#citizenship-listbox").hidden());

    // An exact other name is an answer without choosing from the list.
    type_into(&input, "Великобритания");
    settle().await;
    let select: web_sys::HtmlSelectElement = find(&host, "#citizenship-select").unchecked_into();
    assert_eq!(select.value(), "GB");
    // Half a name is not.
    type_into(&input, "Великобрит");
    settle().await;
    assert_eq!(select.value(), "");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_eq!(summary(&host).len(), 1, "{}", text(&host));
    assert_eq!(attr(&input, "aria-invalid").as_deref(), Some("true"));
    host.remove();
}

#[wasm_bindgen_test]
async fn kazakh_lists_countries_in_the_kazakh_alphabet() {
    let host = open(&format!("?lang=kk&{CITIZENSHIP}"));
    settle().await;
    let select = find(&host, "#citizenship-select");
    let names: Vec<String> = {
        let list = select.query_selector_all("option").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    let at = |n: &str| {
        names
            .iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n}"))
    };
    assert!(at("Кения") < at("Қазақстан") && at("Қазақстан") < at("Латвия"));
    assert!(at("Оман") < at("Өзбекстан") && at("Өзбекстан") < at("Пәкістан"));
    assert!(at("Өзбекстан") < at("Ямайка"));
    // The list offers the same order: ArrowDown on an empty box opens every country.
    let input = find(&host, "#citizenship");
    press(&input, "ArrowDown");
    settle().await;
    let listbox = find(&host, "#citizenship-listbox");
    assert!(!listbox.hidden());
    let options = listbox.query_selector_all("[role=option]").unwrap();
    assert!(options.length() > 240, "{}", options.length());
    host.remove();
}
