//! Browser tests of the journey's pieces, each opened from a URL as a shared link would:
//! the IIN check messages, the checklist with a one-of group, the verdict announced in the
//! live region, and the notice for bad URL parameters.
#![cfg(target_arch = "wasm32")]

use iin_precheck::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::{find, settle};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app as if opened with `query`; returns its host element.
fn open(query: &str) -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), App));
    host
}

fn text(host: &web_sys::HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

fn type_into(input: &web_sys::HtmlElement, value: &str) {
    let input: web_sys::HtmlInputElement = input.clone().unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

const ANSWERS: &str = "route=consulate&at=DE&date=2025-06-02&has_iin=no&cit=DE&dob=1985-01-01\
    &id=passport&id_by=DE&id_exp=2030-01-01&id_latin=yes&consent=yes";

#[wasm_bindgen_test]
async fn the_iin_field_names_a_bin_and_decodes_a_valid_iin() {
    let host = open("?lang=en&route=in_country&date=2025-06-02&has_iin=yes&step=iin");
    settle().await;
    let field = find(&host, "#iin-number");
    type_into(&field, "040540100010");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert!(
        text(&find(&host, "#error-summary")).contains("business identification number (BIN)"),
        "{}",
        text(&host)
    );
    type_into(&find(&host, "#iin-number"), "850101300015");
    settle().await;
    assert!(
        text(&find(&host, "#iin-number-status")).contains("1 January 1985"),
        "{}",
        text(&host)
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn the_checklist_groups_the_investors_alternatives_and_the_verdict_is_announced() {
    let host = open(&format!(
        "?lang=en&{ANSWERS}&cat=investor&doc.investor_council_membership=no\
         &doc.investment_contract=yes-KZ-ru-_-_&step=result"
    ));
    settle().await;
    let page = text(&host);
    assert!(page.contains("Your result"), "{page}");
    assert!(page.contains("One of these is enough:"), "{page}");
    assert!(page.contains("Investment contract"), "{page}");
    assert!(page.contains("Issued in Kazakhstan: no apostille or legalization needed."));
    let live = find(&host, "[role=status][aria-live=polite]");
    assert_eq!(
        live.text_content().unwrap(),
        "You can get an IIN this way with the documents you described."
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_kazakh_link_shows_the_result_in_kazakh_with_localized_dates() {
    let host = open(&format!(
        "?lang=kk&{ANSWERS}&cat=spouse&doc.marriage_certificate=yes-DE-other-yes-apostille&step=result"
    ));
    settle().await;
    assert_eq!(
        find(&host, ".app").get_attribute("lang").as_deref(),
        Some("kk")
    );
    let page = text(&host);
    assert!(page.contains("2025 жылғы 3 маусым"), "{page}");
    assert!(page.contains("Германия"), "{page}");
    host.remove();
}

#[wasm_bindgen_test]
async fn bad_url_parameters_are_named_and_the_page_still_works() {
    let host =
        open("?lang=en&route=%3Cscript%3Ealert(1)%3C%2Fscript%3E&date=2025-02-30&step=result");
    settle().await;
    let page = text(&host);
    assert!(
        page.contains("could not be used and were ignored: route, date"),
        "{page}"
    );
    assert!(host.query_selector("script").unwrap().is_none());
    // A link never skips a question: the first unanswered one is shown.
    assert_eq!(
        find(&host, "h1").text_content().unwrap(),
        "Where will you apply for your IIN?"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn the_language_is_asked_where_the_rules_say_a_translation_can_be_needed() {
    let host = open(
        "?lang=en&route=in_country&date=2025-06-02&has_iin=yes&purpose=correction&cit=AE\
         &dob=1985-01-01&id=passport&id_by=AE&id_exp=2030-01-01&id_latin=yes&rep=yes&doc.changed_data_certificate=no\
         &step=doc-power_of_attorney",
    );
    settle().await;
    assert!(text(&host).contains("power of attorney"), "{}", text(&host));
    find(&host, "#doc-have-0").click();
    settle().await;
    // Made abroad (the issuer defaults to the citizenship, UAE): a power of attorney in
    // another language needs a translation, so its language is asked.
    assert!(host
        .query_selector("input[name=doc-language]")
        .unwrap()
        .is_some());
    // The native select under the country autocomplete.
    let select: web_sys::HtmlSelectElement = find(&host, "#doc-issuer-select").unchecked_into();
    select.set_value("KZ");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(
        host.query_selector("input[name=doc-language]")
            .unwrap()
            .is_none(),
        "made in Kazakhstan: no translation question"
    );
    host.remove();
}
