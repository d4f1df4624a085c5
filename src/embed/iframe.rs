//! The app's side of the iframe embed. The loader (`web/embed.js`) opens the app as
//! `index.html?embed=iframe&origin=<host origin>&accent=%230b5394&country=..&lang=..&ruleset=..`.
//! Here: validate `origin` and `accent`, apply the accent through the CSSOM (allowed by a
//! strict CSP, unlike a style attribute), and post the document height to the host page,
//! only ever to that origin, whenever it changes. `country`, `lang` and `ruleset` are the
//! UI's presets; the UI reads them.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::validate::{self, Accent};

/// A warning about what the host page's loader passed (`data-*` attributes), under the
/// prefix docs/embedding.md promises for the embed: a webmaster searches the console for it.
fn warn(message: &str) {
    web_sys::console::warn_1(&format!("IIN Pre-check embed: {message}").into());
}

/// The message type the app posts: `{ type: HEIGHT_MESSAGE, height: <px> }`.
pub const HEIGHT_MESSAGE: &str = "iin-precheck:height";
/// The message the app posts when its language changes: `{ type: LANG_MESSAGE, lang: "ru" }`,
/// so the loader names the frame in the language on screen (its `title`, what a screen reader
/// announces; found by an audit: English in a Russian app, Russian after a switch to English).
pub const LANG_MESSAGE: &str = "iin-precheck:lang";
/// The message the host may post to ask for the height again: `{ type: REQUEST_HEIGHT }`.
pub const REQUEST_HEIGHT: &str = "iin-precheck:request-height";

/// What the URL asked for, after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IframeParams {
    /// The host page's origin; `None` when missing or invalid: then no message is posted.
    pub origin: Option<String>,
    pub accent: Option<Accent>,
}

/// Reads `embed`, `origin` and `accent` from a query string (`?a=b&..`). `None` when the app
/// is not in iframe mode. Bad values are dropped with a warning each.
pub fn params(search: &str) -> Option<IframeParams> {
    let query = web_sys::UrlSearchParams::new_with_str(search).ok()?;
    match query.get("embed").as_deref() {
        None => return None,
        Some("iframe") => {}
        Some(other) => {
            warn(&format!(
                "embed={} is not a known embed mode (only `iframe`); ignored",
                validate::shown(other)
            ));
            return None;
        }
    }
    let origin = match query.get("origin") {
        None => {
            warn("embed=iframe without an `origin` parameter: the height is not sent to the host page");
            None
        }
        Some(value) => match validate::origin(&value) {
            Ok(origin) => Some(origin.to_owned()),
            Err(e) => {
                warn(&format!("{e}; the height is not sent to the host page"));
                None
            }
        },
    };
    let accent = query
        .get("accent")
        .and_then(|value| Accent::parse(&value).map_err(|e| warn(&e)).ok());
    // The UI reads these presets and drops a value it refuses; here the host hears which one
    // and why, as the direct mount says it (found by an audit: only "ignored URL parameters:
    // country, ruleset" was said, with no value and no reason).
    if let Some(Err(e)) = query.get("country").map(|c| validate::country(&c)) {
        warn(&format!("data-{e}; ignored"));
    }
    if let Some(Err(e)) = query.get("ruleset").map(|r| validate::ruleset(&r)) {
        warn(&format!("data-{e}; ignored"));
    }
    Some(IframeParams { origin, accent })
}

/// Sets `--accent` (and its darker shade) on `<html>` through the CSSOM.
pub fn apply_accent(accent: Accent, style: &web_sys::CssStyleDeclaration) {
    let _ = style.set_property("--accent", &accent.css());
    let _ = style.set_property("--accent-dark", &accent.darker().css());
}

/// Called once by `main` before the UI mounts: in iframe mode, applies the accent and starts
/// the height messages. Does nothing in standalone mode; never fails the app.
pub fn boot() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(search) = window.location().search() else {
        return;
    };
    let Some(params) = params(&search) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    if let Some(accent) = params.accent {
        if let Some(el) = root.dyn_ref::<web_sys::HtmlElement>() {
            apply_accent(accent, &el.style());
        }
    }
    let Some(origin) = params.origin else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        // Opened on its own with embed=iframe: nobody to tell.
        return;
    }
    start_height_messages(window, parent, root, origin);
}

fn document_height(root: &web_sys::Element) -> f64 {
    // The root element's box: its content, not the iframe's viewport (which `scrollHeight`
    // would never go below, so the frame could grow but never shrink).
    root.get_bounding_client_rect()
        .height()
        .ceil()
        // Up to 100,000 px: "Rules and sources" in Russian at 390 px with 20 px text is about
        // 28,000 (found by an audit: cut at 20,000, its end only in a scroll inside the frame).
        .clamp(0.0, 100_000.0)
}

fn post_height(parent: &web_sys::Window, origin: &str, height: f64) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // The target origin makes the browser drop the message unless the parent is the host
    // the loader named.
    let _ = parent.post_message(&message, origin);
}

/// The language on screen, as `<html lang>` says it once its texts are there (src/ui/mod.rs).
fn post_lang(parent: &web_sys::Window, origin: &str, root: &web_sys::Element) {
    let Some(lang) = root.get_attribute("lang") else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &LANG_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"lang".into(), &lang.into());
    let _ = parent.post_message(&message, origin);
}

/// Posts the language each time `<html lang>` changes.
fn start_lang_messages(parent: &web_sys::Window, root: &web_sys::Element, origin: &str) {
    let on_change = {
        let (parent, root, origin) = (parent.clone(), root.clone(), origin.to_owned());
        Closure::<dyn FnMut()>::new(move || post_lang(&parent, &origin, &root))
    };
    if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
        let _ = observer.observe_with_options(root, &options);
        // Lives as long as the page.
        std::mem::forget(observer);
    }
    on_change.forget();
}

fn start_height_messages(
    window: web_sys::Window,
    parent: web_sys::Window,
    root: web_sys::Element,
    origin: String,
) {
    start_lang_messages(&parent, &root, &origin);
    let last = Rc::new(Cell::new(-1.0_f64));
    let send = {
        let (parent, root, origin, last) =
            (parent.clone(), root.clone(), origin.clone(), last.clone());
        move |force: bool| {
            let height = document_height(&root);
            if force || height != last.get() {
                last.set(height);
                post_height(&parent, &origin, height);
            }
            // Asked again by the host (its frame has loaded): the language too.
            if force {
                post_lang(&parent, &origin, &root);
            }
        }
    };

    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send(false))
    };
    match web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&root);
            if let Some(body) = window.document().and_then(|d| d.body()) {
                observer.observe(&body);
            }
            // Lives as long as the page.
            std::mem::forget(observer);
        }
        Err(_) => warn("no ResizeObserver: the embedded app cannot resize its frame"),
    }
    on_resize.forget();

    // The host may ask for the height again (e.g. after its iframe's load event). Only its
    // origin, only from the parent window, only that exact message.
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // Compared as values (`===`): the parent on another origin is a cross-origin
            // WindowProxy, which is not `instanceof Window` here, so a typed cast of the
            // source would fail and every request of the host would be ignored.
            let from_parent = event
                .source()
                .is_some_and(|s| AsRef::<JsValue>::as_ref(&s) == AsRef::<JsValue>::as_ref(&parent));
            let data = event.data();
            let kind = js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|t| t.as_string());
            let ours = kind
                .as_deref()
                .is_some_and(|k| k.starts_with("iin-precheck:"));
            if !from_parent || event.origin() != origin {
                if ours {
                    warn(&format!(
                        "ignored a message from {} (expected {})",
                        validate::shown(&event.origin()),
                        origin
                    ));
                }
                return;
            }
            if kind.as_deref() == Some(REQUEST_HEIGHT) {
                send(true);
            } else if ours {
                warn("ignored an unknown iin-precheck message");
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
