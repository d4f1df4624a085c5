//! Browser test of the embedding edge: direct mount into a Shadow DOM leaves the page's URL,
//! title, `<html lang>` and cookies alone and unmounts cleanly; hostile options are dropped;
//! the iframe parameters are validated.
#![cfg(target_arch = "wasm32")]

use iin_precheck::embed::{iframe, mount};
use iin_precheck::ui::Declared;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// What the host page owns and the app must not change.
fn page_state() -> (String, String, Option<String>, String) {
    let doc = document();
    let href = web_sys::window().unwrap().location().href().unwrap();
    let lang = doc.document_element().unwrap().get_attribute("lang");
    let cookie = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .map(|d| d.cookie().unwrap_or_default())
        .unwrap_or_default();
    (href, doc.title(), lang, cookie)
}

#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_and_unmounts() {
    let before = page_state();
    let el = host();
    let mut handle = mount::mount(
        el.clone().into(),
        options(
            r##"{"country":"DE","lang":"de","ruleset":"fi-pilot-2025","accent":"#036","stylesheet":"iin-precheck.css"}"##,
        ),
    )
    .unwrap();
    leptos::task::tick().await;
    let root = el.shadow_root().expect("an open shadow root");
    let link = root
        .query_selector("link[rel=stylesheet]")
        .unwrap()
        .expect("the stylesheet");
    assert!(link
        .get_attribute("href")
        .unwrap()
        .ends_with("/iin-precheck.css"));
    let container: web_sys::HtmlElement = root
        .query_selector(".iin-precheck")
        .unwrap()
        .expect("the container")
        .unchecked_into();
    assert_eq!(
        container.style().get_property_value("--accent").unwrap(),
        "#003366"
    );
    assert!(
        root.query_selector("h1").unwrap().is_some(),
        "the app rendered"
    );
    assert!(
        el.children().length() == 0,
        "nothing in the host's light DOM"
    );
    assert_eq!(
        page_state(),
        before,
        "URL, title, lang and cookies untouched"
    );
    assert!(handle.mounted());

    handle.unmount();
    leptos::task::tick().await;
    // Everything of the app is gone; a <slot> shows the element's own children again.
    assert_eq!(root.child_element_count(), 1, "unmount removes everything");
    assert_eq!(root.first_element_child().unwrap().tag_name(), "SLOT");
    assert!(!handle.mounted());
    handle.unmount(); // twice is harmless
    assert_eq!(root.child_element_count(), 1, "one slot");

    // The same element can host the app again.
    let mut again = mount::mount(el.clone().into(), JsValue::UNDEFINED).unwrap();
    leptos::task::tick().await;
    assert!(root.query_selector("h1").unwrap().is_some());
    assert!(
        root.query_selector("slot").unwrap().is_none(),
        "the slot taken out"
    );
    // ...but not twice at once.
    assert!(mount::mount(el.clone().into(), JsValue::UNDEFINED).is_err());
    again.unmount();
    assert_eq!(page_state(), before);
}

/// Found by an audit of the docs followed literally: `lang: "ru-RU"` (a language tag, as the
/// iframe reads it) mounted the app in English; and the element's own children (a host's
/// fallback text) stayed hidden after `unmount()`.
#[wasm_bindgen_test]
async fn a_language_tag_with_a_region_mounts_in_that_language_and_unmount_shows_the_element_again()
{
    for (tag, lang) in [("ru-RU", "ru"), ("KK", "kk"), ("en-GB", "en")] {
        let el = host();
        el.set_inner_html("<p>Fallback text</p>");
        let fallback: web_sys::HtmlElement = el.first_element_child().unwrap().unchecked_into();
        assert!(fallback.offset_height() > 0);
        let mut handle = mount::mount(
            el.clone().into(),
            options(&format!(r#"{{"lang":"{tag}"}}"#)),
        )
        .unwrap();
        leptos::task::tick().await;
        let root = el.shadow_root().unwrap();
        let app = root
            .query_selector("[lang]")
            .unwrap()
            .expect("the app's root");
        assert_eq!(app.get_attribute("lang").as_deref(), Some(lang), "{tag}");
        assert_eq!(fallback.offset_height(), 0, "hidden while mounted");
        handle.unmount();
        leptos::task::tick().await;
        assert!(
            fallback.offset_height() > 0,
            "{tag}: shown again after unmount"
        );
        el.remove();
    }
}

#[wasm_bindgen_test]
async fn dropping_the_handle_leaves_the_app_mounted() {
    // From JavaScript the handle is dropped whenever the garbage collector frees it.
    let el = host();
    let handle = mount::mount(el.clone().into(), JsValue::UNDEFINED).unwrap();
    leptos::task::tick().await;
    drop(handle);
    leptos::task::tick().await;
    let root = el.shadow_root().unwrap();
    assert!(
        root.query_selector("h1").unwrap().is_some(),
        "still mounted"
    );
}

#[wasm_bindgen_test]
async fn hostile_options_are_dropped_and_the_app_still_mounts() {
    let el = host();
    let hostile = options(
        r##"{"country":"<script>alert(1)</script>","lang":"en\"><img src=x>","ruleset":42,
            "accent":"red;background:url(https://evil.example)","stylesheet":"javascript:alert(1)",
            "onload":"alert(1)"}"##,
    );
    let opts = mount::options(&hostile, "https://host.example/");
    assert_eq!(opts.presets, Default::default());
    assert!(opts.accent.is_none());
    assert!(opts.stylesheet.is_none());
    let mut handle = mount::mount(el.clone().into(), hostile).unwrap();
    leptos::task::tick().await;
    let root = el.shadow_root().unwrap();
    assert!(root.query_selector("link").unwrap().is_none());
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("h1").unwrap().is_some());
    handle.unmount();

    let good = mount::options(
        &options(r#"{"country":"tr","lang":"ru","ruleset":"fi-pilot-2024"}"#),
        "https://host.example/",
    );
    assert_eq!(
        good.presets
            .country
            .map(|c| c.as_str().to_owned())
            .as_deref(),
        Some("TR")
    );
    assert_eq!(good.presets.lang.as_deref(), Some("ru"));
    assert_eq!(
        good.presets.ruleset.rules().map(|r| r.as_str()),
        Some("fi-pilot-2024")
    );
    // The State Corporation's rules are not a consulate's to declare (a warning, left out).
    let other = mount::options(
        &options(r#"{"country":"DE","ruleset":"in-country-2024"}"#),
        "https://host.example/",
    );
    // Not perhaps newer: rules this build holds, for another way.
    assert_eq!(
        other.presets.ruleset,
        Declared::Refused {
            perhaps_newer: false
        }
    );
    assert!(other.presets.country.is_some(), "the other options kept");
    // An id written as ours with a later year: perhaps rules newer than this build.
    let newer = mount::options(
        &options(r#"{"country":"DE","ruleset":"fi-pilot-2099"}"#),
        "https://host.example/",
    );
    assert_eq!(
        newer.presets.ruleset,
        Declared::Refused {
            perhaps_newer: true
        }
    );
    // Options that are not an object are ignored whole.
    assert_eq!(
        mount::options(&JsValue::from("DE"), "https://h.example/").presets,
        Default::default()
    );
}

#[wasm_bindgen_test]
fn mount_refuses_what_is_not_an_element() {
    let body: JsValue = document().body().unwrap().into();
    let html: JsValue = document().document_element().unwrap().into();
    for value in [
        JsValue::NULL,
        JsValue::from("#app"),
        document().into(),
        body,
        html,
    ] {
        let err = mount::mount(value, JsValue::UNDEFINED)
            .err()
            .expect("refused");
        assert!(err.is_instance_of::<js_sys::Error>());
    }
    // An element with a shadow root of someone else's, closed or open: refused, also where a
    // script has put the app's mark on every shadow root's prototype (the mark counts only as
    // the root's own property).
    let el = host();
    el.attach_shadow(&web_sys::ShadowRootInit::new(
        web_sys::ShadowRootMode::Closed,
    ))
    .unwrap();
    assert!(mount::mount(el.into(), JsValue::UNDEFINED).is_err());
    let el = host();
    el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let proto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from("ShadowRoot"))
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from("prototype")))
        .unwrap();
    let mark: JsValue = js_sys::Symbol::for_("iin-precheck.shadow-root").into();
    js_sys::Reflect::set(&proto, &mark, &JsValue::TRUE).unwrap();
    let err = mount::mount(el.into(), JsValue::UNDEFINED)
        .err()
        .expect("a shadow root the app did not attach is refused");
    js_sys::Reflect::delete_property(&proto.clone().unchecked_into::<js_sys::Object>(), &mark)
        .unwrap();
    let message = err.unchecked_into::<js_sys::Error>().message();
    assert!(
        String::from(message).contains("did not attach"),
        "the message says whose root it is"
    );
}

#[wasm_bindgen_test]
fn iframe_parameters_are_validated() {
    assert_eq!(iframe::params("?country=DE"), None, "standalone");
    assert_eq!(iframe::params("?embed=popup"), None);
    let p = iframe::params("?embed=iframe&origin=https%3A%2F%2Fconsulate.example&accent=%23036")
        .unwrap();
    assert_eq!(p.origin.as_deref(), Some("https://consulate.example"));
    assert_eq!(p.accent.map(|a| a.css()).as_deref(), Some("#003366"));
    for hostile in [
        "?embed=iframe&origin=*",
        "?embed=iframe&origin=null",
        "?embed=iframe&origin=javascript:alert(1)",
        "?embed=iframe&origin=https%3A%2F%2Fa.example%2F%3Cscript%3E",
        "?embed=iframe",
    ] {
        let p = iframe::params(hostile).unwrap();
        assert_eq!(p.origin, None, "{hostile}");
    }
    let p = iframe::params("?embed=iframe&accent=expression(alert(1))").unwrap();
    assert_eq!(p.accent, None);
}
