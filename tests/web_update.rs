//! Browser tests of the "newer version" notice (src/ui/update.rs): web/init.js announces a
//! waiting newer build by the `data-update` attribute on `<html>` (when it saw it before the
//! app mounted) or the `iin-precheck:update` event (after); the app then shows the notice in
//! its language, with the button init.js acts on. A direct mount never shows it: the service
//! worker belongs to the app's own page only.
#![cfg(target_arch = "wasm32")]

use iin_precheck::ui::{mount_into, App, Host, MountOptions, Presets};
use wasm_bindgen_test::*;

mod browser;
use browser::{find, host, settle};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The locale file's text for `key`, so a reworded string does not break the test.
fn text(lang: &str, key: &str) -> String {
    let json = match lang {
        "ru" => include_str!("../locales/ru.json"),
        "kk" => include_str!("../locales/kk.json"),
        _ => include_str!("../locales/en.json"),
    };
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value[key].as_str().unwrap().to_owned()
}

fn reload_button(host: &web_sys::HtmlElement) -> Option<web_sys::Element> {
    host.query_selector(r#"[data-action="reload-update"]"#)
        .unwrap()
}

fn announce() {
    let event = web_sys::Event::new("iin-precheck:update").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_notice_appears_when_a_newer_build_waits_in_the_page_language() {
    for lang in ["en", "ru", "kk"] {
        let host = host(&format!("?lang={lang}"));
        let _handle = leptos::mount::mount_to(host.clone(), App);
        settle().await;
        assert!(
            reload_button(&host).is_none(),
            "{lang}: no notice before any newer build"
        );
        assert!(
            host.query_selector(".update-status[role=status]")
                .unwrap()
                .is_some(),
            "{lang}: its live region is there before it"
        );
        announce();
        settle().await;
        let button = find(&host, r#"[data-action="reload-update"]"#);
        assert_eq!(
            button.text_content().unwrap().trim(),
            text(lang, "update_reload")
        );
        let notice = button.parent_element().unwrap();
        // The live region is the notice's wrapper, on the page from the start (its words come
        // into it: found by an audit with a screen reader).
        let region = notice.closest(".update-status").unwrap().unwrap();
        assert_eq!(region.get_attribute("role").as_deref(), Some("status"));
        assert!(
            notice
                .text_content()
                .unwrap()
                .contains(&text(lang, "update_available")),
            "{lang}: the notice says a newer version is available"
        );
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_newer_build_seen_before_the_app_mounted_is_shown_at_once() {
    let html = document().document_element().unwrap();
    html.set_attribute("data-update", "ready").unwrap();
    let host = host("");
    let _handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let shown = reload_button(&host).is_some();
    html.remove_attribute("data-update").unwrap();
    host.remove();
    assert!(shown, "the notice from the attribute set by init.js");
}

#[wasm_bindgen_test]
async fn a_direct_mount_never_shows_it() {
    let html = document().document_element().unwrap();
    html.set_attribute("data-update", "ready").unwrap();
    let host = host("");
    let mounted = mount_into(
        host.clone(),
        MountOptions {
            host: Host::DirectMount,
            presets: Presets::default(),
        },
    );
    settle().await;
    announce();
    settle().await;
    let shown = reload_button(&host).is_some();
    html.remove_attribute("data-update").unwrap();
    mounted.unmount();
    host.remove();
    assert!(!shown, "no notice in a host's page");
}
