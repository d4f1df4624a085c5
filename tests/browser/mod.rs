//! Helpers shared by the journey's browser tests (`tests/web_start.rs`, `tests/web_journey.rs`).

use wasm_bindgen::JsCast;

/// The element matching `selector` inside `host`; panics naming the selector when none does.
pub fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Leptos updates the DOM asynchronously, and focus moves after a timeout: wait for both.
pub async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}
