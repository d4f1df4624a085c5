//! Browser tests of the journey's pieces, mounted into a host element: the start page, focus
//! on each new heading, validation with an error summary that takes focus, the language
//! switch, and a direct mount with presets that leaves the host page alone.
#![cfg(target_arch = "wasm32")]

use iin_precheck::rules::Country;
use iin_precheck::ui::{mount_into, App, Declared, Host, MountOptions, Presets};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::{find, settle};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element, on a page URL without a query (an earlier test's answers would
/// otherwise be restored from it).
fn host() -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn heading(host: &web_sys::HtmlElement) -> String {
    find(host, "h1").text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_leads_to_the_first_question_with_focus_on_its_heading() {
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let start_title = heading(&host);
    assert!(start_title.contains("IIN"), "start heading: {start_title}");

    find(&host, ".button--start").click();
    settle().await;
    assert_eq!(heading(&host), "Where will you apply for your IIN?");
    let active = document().active_element();
    assert_eq!(
        active.as_ref(),
        Some(find(&host, "h1").as_ref()),
        "focus moved to the new heading"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_an_error_summary_that_takes_focus() {
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    find(&host, ".button--start").click();
    settle().await;
    find(&host, "form button[type=submit]").click();
    settle().await;
    let summary = find(&host, "#error-summary");
    assert!(summary
        .text_content()
        .unwrap()
        .contains("Choose where you will apply"));
    assert_eq!(document().active_element().as_ref(), Some(summary.as_ref()));
    assert!(host.query_selector(".field-error").unwrap().is_some());

    // Answering clears the way: the next page is the date (route and date come first).
    find(&host, "#route-0").click();
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert_eq!(heading(&host), "On what date do you plan to apply?");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_page_and_sets_lang_on_the_root() {
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let english = heading(&host);
    find(&host, "button[lang=ru]").click();
    settle().await;
    let russian = heading(&host);
    assert_ne!(english, russian);
    assert!(russian.contains("ИИН"), "{russian}");
    assert_eq!(
        find(&host, ".app").get_attribute("lang").as_deref(),
        Some("ru")
    );
    find(&host, "button[lang=kk]").click();
    settle().await;
    assert_eq!(
        find(&host, ".app").get_attribute("lang").as_deref(),
        Some("kk")
    );
    assert!(heading(&host).contains("ЖСН"), "{}", heading(&host));
    find(&host, "button[lang=en]").click();
    settle().await;
    host.remove();
}

#[wasm_bindgen_test]
async fn direct_mount_with_a_preset_country_skips_the_route_and_leaves_the_page_alone() {
    let doc = document();
    doc.set_title("Host page");
    let html = doc.document_element().unwrap();
    html.set_attribute("lang", "de").unwrap();
    let host = host();
    let href = web_sys::window().unwrap().location().href().unwrap();
    let mounted = mount_into(
        host.clone(),
        MountOptions {
            host: Host::DirectMount,
            presets: Presets {
                country: Country::parse("DE").ok(),
                lang: Some("ru".into()),
                ruleset: Declared::Nothing,
            },
        },
    );
    settle().await;
    assert_eq!(
        find(&host, ".app").get_attribute("lang").as_deref(),
        Some("ru")
    );
    // One labelled region in the host's page: no second <main>, no banner of its own.
    assert!(host.query_selector("main, header").unwrap().is_none());
    assert!(host
        .query_selector("section[aria-labelledby=app-name]")
        .unwrap()
        .is_some());
    find(&host, ".button--start").click();
    settle().await;
    // The route and the consulate's country are preset: the first question is the date.
    assert!(host.query_selector("input#date-day").unwrap().is_some());
    assert!(host.query_selector("input[name=route]").unwrap().is_none());
    find(&host, ".back-link").click();
    settle().await;

    assert_eq!(doc.title(), "Host page");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), href);
    mounted.unmount();
    settle().await;
    assert!(host.query_selector(".app").unwrap().is_none(), "unmounted");
    host.remove();
}
