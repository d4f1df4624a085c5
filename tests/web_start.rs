//! Browser test: the app mounts into a host element, shows the start page, and the Start
//! button leads to the first question with focus on its heading.
#![cfg(target_arch = "wasm32")]

use iin_precheck::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

#[wasm_bindgen_test]
async fn start_button_leads_to_the_first_question() {
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    leptos::task::tick().await;

    let h1 = host.query_selector("h1").unwrap().expect("a page heading");
    let start_title = h1.text_content().unwrap();
    assert!(start_title.contains("IIN"), "start heading: {start_title}");

    let button: web_sys::HtmlElement = host
        .query_selector("button")
        .unwrap()
        .expect("a Start button")
        .unchecked_into();
    button.click();
    leptos::task::tick().await;

    let h1 = host
        .query_selector("h1")
        .unwrap()
        .expect("the question heading");
    assert_ne!(h1.text_content().unwrap(), start_title, "the page changed");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        active.as_ref(),
        Some(h1.as_ref()),
        "focus moved to the new heading"
    );
}
