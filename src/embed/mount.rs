//! Direct mount: the app inside a host page's element, in an open Shadow DOM so neither
//! page's styles leak into the other. The app's stylesheet is a `<link>` in the shadow root
//! (no inline `<style>`, no style attribute: a strict CSP allows both of those only with
//! `'unsafe-inline'`); the accent colour goes through the CSSOM. The UI, told
//! `Host::DirectMount`, never touches the page's URL, title, `<html lang>` or cookies.
//! Exported by wasm-bindgen only with the `js-mount` feature (it pulls in the whole UI, which
//! the rules-only `js-api` build leaves out).

#[cfg(feature = "js-mount")]
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::validate::{self, Accent};
use super::warn;
use crate::ui;
use crate::ui::Declared;

/// The option names `mount` understands.
pub const OPTIONS: [&str; 5] = ["country", "lang", "ruleset", "accent", "stylesheet"];

/// The mark on a shadow root this app attached (an element can get only one, ever), so that
/// an unmounted element can be mounted again into the same root: a property keyed by a
/// registered symbol, which every copy of the app on the page reads alike (found by an
/// audit: after the loader's unmount, a second loader or the page's own classic API was
/// refused with "a shadow root of its own", since only the instance that made it knew it).
fn mark() -> JsValue {
    js_sys::Symbol::for_("iin-precheck.shadow-root").into()
}

/// The mark as the root's own property: one on a prototype (anyone's) does not count.
fn made_by_the_app(root: &web_sys::ShadowRoot) -> bool {
    js_sys::Reflect::get_own_property_descriptor(root.unchecked_ref::<js_sys::Object>(), &mark())
        .is_ok_and(|d| !d.is_undefined())
}

/// Validated options of [`mount`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub presets: ui::Presets,
    pub accent: Option<Accent>,
    /// Absolute URL of the app's stylesheet (`api/iin-precheck.css` in `dist/`).
    pub stylesheet: Option<String>,
}

/// Reads and validates a JS options object; every bad value is dropped with a warning.
pub fn options(value: &JsValue, base: &str) -> Options {
    let mut out = Options::default();
    if value.is_undefined() || value.is_null() {
        return out;
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        warn("mount: options must be an object; ignored");
        return out;
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTIONS.contains(&key.as_str()) {
            warn(&format!(
                "mount: unknown option {}; ignored (known: {})",
                validate::shown(&key),
                OPTIONS.join(", ")
            ));
        }
    }
    let get = |name: &str| -> Option<String> {
        let v = js_sys::Reflect::get(value, &name.into()).ok()?;
        if v.is_undefined() || v.is_null() {
            return None;
        }
        match v.as_string() {
            Some(s) if s.len() <= 2048 => Some(s),
            Some(_) => {
                warn(&format!("mount: option `{name}` is too long; ignored"));
                None
            }
            None => {
                warn(&format!("mount: option `{name}` must be a string; ignored"));
                None
            }
        }
    };
    out.presets.country = get("country").and_then(|v| keep(validate::country(&v)));
    out.presets.lang = get("lang").and_then(|v| keep(validate::lang(&v).map(str::to_owned)));
    out.presets.ruleset = match get("ruleset") {
        None => Declared::Nothing,
        Some(v) => keep(validate::ruleset(&v)).map_or(
            Declared::Refused {
                perhaps_newer: crate::rules::ruleset::perhaps_newer(v.trim()),
            },
            Declared::Rules,
        ),
    };
    out.accent = get("accent").and_then(|v| keep(Accent::parse(&v)));
    out.stylesheet = get("stylesheet").and_then(|v| keep(stylesheet_url(&v, base)));
    out
}

/// The value if valid, else `None` with a warning.
fn keep<T>(result: Result<T, String>) -> Option<T> {
    result
        .map_err(|e| warn(&format!("mount: {e}; ignored")))
        .ok()
}

/// The stylesheet URL resolved against the page, http(s) only.
fn stylesheet_url(value: &str, base: &str) -> Result<String, String> {
    let url = web_sys::Url::new_with_base(value, base)
        .map_err(|_| format!("stylesheet {} is not a URL", validate::shown(value)))?;
    match url.protocol().as_str() {
        "http:" | "https:" => Ok(url.href()),
        _ => Err(format!(
            "stylesheet {} is not an http(s) URL",
            validate::shown(value)
        )),
    }
}

/// A mounted app, returned by [`mount`]; `unmount()` removes it. Dropping the handle leaves
/// the app mounted (`ui::Mounted` keeps it): from JavaScript the handle is dropped when the
/// garbage collector frees its wrapper, at a time nobody chose, and a page that never kept
/// it must not see the app vanish.
#[cfg_attr(feature = "js-mount", wasm_bindgen)]
pub struct MountHandle {
    mounted: Option<ui::Mounted>,
    nodes: Vec<web_sys::Element>,
    root: web_sys::ShadowRoot,
}

#[cfg_attr(feature = "js-mount", wasm_bindgen)]
impl MountHandle {
    /// Removes the app, its reactive owner and its stylesheet from the element. Calling it
    /// again does nothing.
    pub fn unmount(&mut self) {
        if let Some(mounted) = self.mounted.take() {
            mounted.unmount();
        }
        let was_mounted = !self.nodes.is_empty();
        for node in self.nodes.drain(..) {
            node.remove();
        }
        // A shadow root cannot be removed: a <slot> shows the element's own children again
        // (a host's fallback text; found by an audit: hidden for good after unmount). The
        // next mount takes it out.
        if was_mounted {
            if let Ok(slot) = self
                .root
                .owner_document()
                .map_or(Err(JsValue::NULL), |d| d.create_element("slot"))
            {
                let _ = self.root.append_child(&slot);
            }
        }
    }

    /// Whether the app is still mounted.
    #[cfg_attr(feature = "js-mount", wasm_bindgen(getter))]
    pub fn mounted(&self) -> bool {
        self.mounted.is_some()
    }
}

fn error(message: &str) -> JsValue {
    js_sys::Error::new(&format!("mount: {message}")).into()
}

/// Registers `--iin-rem` as an inherited length (`CSS.registerProperty`), so that the mount's
/// stylesheet can size the app from the reader's text size on the app's root, not from the
/// host page's root (`.ci/mount-css.mjs`): true when it is registered, by this or an earlier
/// mount. A registered property is the page's, for good: the name is the app's own.
fn rem_registered() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let css = js_sys::Reflect::get(&window, &"CSS".into()).unwrap_or(JsValue::UNDEFINED);
    let register =
        js_sys::Reflect::get(&css, &"registerProperty".into()).unwrap_or(JsValue::UNDEFINED);
    let Some(register) = register.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let definition = js_sys::Object::new();
    for (key, value) in [
        ("name", JsValue::from("--iin-rem")),
        ("syntax", "<length>".into()),
        ("inherits", true.into()),
        ("initialValue", "16px".into()),
    ] {
        let _ = js_sys::Reflect::set(&definition, &key.into(), &value);
    }
    match register.call1(&css, &definition) {
        Ok(_) => true,
        // Registered already (an earlier mount on this page): "InvalidModificationError".
        Err(e) => e
            .dyn_ref::<js_sys::Error>()
            .is_some_and(|e| e.name() == "InvalidModificationError"),
    }
}

/// Mounts the app into `element` (an `HTMLElement` that can host a shadow root: a `div`,
/// `section`, `main`, a custom element...). `options`: `{ country, lang, ruleset, accent,
/// stylesheet }`, all strings, all optional; bad ones are dropped with a console warning.
/// Throws an `Error` when `element` is not usable.
#[cfg_attr(feature = "js-mount", wasm_bindgen(js_name = mount))]
pub fn mount(element: JsValue, options_value: JsValue) -> Result<MountHandle, JsValue> {
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| error("the first argument must be an HTMLElement"))?;
    let document = element
        .owner_document()
        .ok_or_else(|| error("the element has no document"))?;
    // A shadow root on <body> would hide the whole host page: ask for an element of its own.
    if document.body().is_some_and(|body| body == element)
        || document
            .document_element()
            .is_some_and(|root| root == *element.as_ref())
    {
        return Err(error(
            "mount into an element of its own (e.g. an empty div), not <body> or <html>",
        ));
    }
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let options = options(&options_value, &base);

    let root = match element.shadow_root() {
        Some(root) => {
            if !made_by_the_app(&root) {
                return Err(error(
                    "the element already has a shadow root that this app did not attach: mount into an element of its own",
                ));
            }
            // Unmounted, the root holds only the <slot> that shows the element's children.
            if let Some(slot) = root
                .first_element_child()
                .filter(|c| c.tag_name() == "SLOT" && root.child_element_count() == 1)
            {
                slot.remove();
            }
            if root.child_element_count() > 0 {
                return Err(error("the app is already mounted in this element"));
            }
            root
        }
        None => {
            let root = element
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .map_err(|_| error("this element cannot host a shadow root (use a div)"))?;
            let _ = js_sys::Reflect::set(&root, &mark(), &JsValue::TRUE);
            root
        }
    };

    let mut nodes = Vec::new();
    match &options.stylesheet {
        Some(href) => {
            let link = document
                .create_element("link")
                .map_err(|_| error("no link"))?;
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", href);
            let _ = root.append_child(&link);
            nodes.push(link);
        }
        None => warn("mount: no `stylesheet` option: the app is mounted without its styles"),
    }
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .map_err(|_| error("no div"))?
        .unchecked_into();
    // The app's sizes from the reader's text size, not the host's root (`.ci/mount-css.mjs`).
    container.set_class_name(if rem_registered() {
        "iin-precheck app--rem"
    } else {
        "iin-precheck"
    });
    if let Some(accent) = options.accent {
        super::iframe::apply_accent(accent, &container.style());
    }
    let _ = root.append_child(&container);
    nodes.push(container.clone().into());

    let mounted = ui::mount_into(
        container,
        ui::MountOptions {
            host: ui::Host::DirectMount,
            presets: options.presets,
        },
    );
    Ok(MountHandle {
        mounted: Some(mounted),
        nodes,
        root,
    })
}
