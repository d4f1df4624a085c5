//! Helpers shared by the browser tests (`tests/web_*.rs`). Each test crate includes this module
//! and uses part of it, hence the `dead_code` allowance on the helpers not every crate needs.

use wasm_bindgen::JsCast;

/// The element matching `selector` inside `host`; panics naming the selector when none does.
pub fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Leptos updates the DOM asynchronously, and focus moves after a timeout: wait for both.
/// Waits until the document has not changed for 20 ms (at most about 2 s), not a fixed 20 ms:
/// on a loaded machine a render can spread over several tasks, and a fixed wait then reads a
/// half-updated page. Focus moves in a 0 ms timeout, set before that wait ends.
pub async fn settle() {
    leptos::task::tick().await;
    // In JavaScript: a MutationObserver with its timer is shorter there than as Rust closures.
    let quiet = js_sys::Function::new_with_args(
        "resolve",
        "const start = performance.now();
         let timer;
         const observer = new MutationObserver(() => arm());
         const done = () => { observer.disconnect(); resolve(); };
         const arm = () => {
           clearTimeout(timer);
           timer = setTimeout(done, performance.now() - start > 2000 ? 0 : 20);
         };
         observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
         arm();",
    );
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        quiet.call1(&wasm_bindgen::JsValue::NULL, &resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Mounts the app as if opened with `query` (a shared link); returns its host element.
#[allow(dead_code)]
pub fn open(query: &str) -> web_sys::HtmlElement {
    let host = host(query);
    std::mem::forget(leptos::mount::mount_to(host.clone(), iin_precheck::ui::App));
    host
}

/// A fresh element in the page, the page's URL set to `query` (nothing mounted yet).
#[allow(dead_code)]
pub fn host(query: &str) -> web_sys::HtmlElement {
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
    host
}

/// The text of `el` and everything in it.
#[allow(dead_code)]
pub fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

/// Types `value` into an input as a person would: sets it, then fires `input`.
#[allow(dead_code)]
pub fn type_into(input: &web_sys::HtmlElement, value: &str) {
    let input: web_sys::HtmlInputElement = input.clone().unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}
