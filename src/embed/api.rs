//! The JavaScript API (contract v1): `evaluate(input)`, `validateIin(text)`, `rulesets()`,
//! `rulesReviewedOn()`, `contractVersion()`. Exported by wasm-bindgen only with the
//! `js-api` feature (the library builds in `dist/api/`), so the app's own binary carries
//! none of it; the functions exist in every wasm32 build so tests call them directly.
//!
//! Values cross as JSON text through the engine's own `JSON.stringify` / `JSON.parse`:
//! the same object in and out as the contract's JSON, and the same error messages as
//! `evaluate_json`, which name the field.

#[cfg(feature = "js-api")]
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::rules;

/// Inputs longer than this (as JSON text) are refused: an applicant is a few kilobytes.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;

/// An `Error` with `message` and, when known, a `field` property (`"documents[0].issuer"`).
fn error(message: &str, field: Option<&str>) -> JsValue {
    let e = js_sys::Error::new(message);
    if let Some(field) = field {
        let _ = js_sys::Reflect::set(&e, &"field".into(), &field.into());
    }
    e.into()
}

fn parse_json(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text).map_err(|_| error("internal error: output is not JSON", None))
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Evaluates an `Applicant` object and returns the `Outcome` object. Throws an `Error`
/// naming the field (also in its `field` property) on bad input; never panics.
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = evaluate))]
pub fn evaluate(input: JsValue) -> Result<JsValue, JsValue> {
    if !input.is_object() || input.is_function() || js_sys::Array::is_array(&input) {
        return Err(error(
            &format!(
                "invalid input: expected an Applicant object, got {}",
                type_name(&input)
            ),
            None,
        ));
    }
    // JSON.stringify drops a function or a symbol without a word, and the engine would then
    // answer "missing field `route`" for a `route` that was given (found by an audit): name
    // the first such value instead. `undefined` is JavaScript's "absent" and is dropped.
    let dropped: std::rc::Rc<std::cell::RefCell<Option<(String, String)>>> = Default::default();
    let seen = dropped.clone();
    let replacer = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
        move |key: JsValue, value: JsValue| {
            if (value.is_function() || value.is_symbol()) && seen.borrow().is_none() {
                let key = key.as_string().unwrap_or_default();
                *seen.borrow_mut() = Some((key, type_name(&value)));
            }
            value
        },
    );
    let text = js_sys::JSON::stringify_with_replacer(&input, replacer.as_ref()).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        error(
            &format!("invalid input: not representable as JSON ({why})"),
            None,
        )
    })?;
    drop(replacer);
    if let Some((key, kind)) = dropped.borrow_mut().take() {
        let field = (!key.is_empty()).then_some(key.as_str());
        return Err(error(
            &format!(
                "invalid input at `{key}`: a {kind} is not a JSON value; give the contract's value (a string, number, boolean, object or array), or leave the field out"
            ),
            field,
        ));
    }
    // `toJSON` may turn the object into anything, even `undefined`.
    let Some(text) = JsValue::from(text).as_string() else {
        return Err(error("invalid input: not representable as JSON", None));
    };
    if text.len() > MAX_INPUT_BYTES {
        return Err(error(
            &format!(
                "invalid input: {} bytes as JSON, more than the {MAX_INPUT_BYTES} accepted",
                text.len()
            ),
            None,
        ));
    }
    match rules::evaluate_json(&text) {
        Ok(outcome) => parse_json(&outcome),
        Err(e) => {
            let field = (!e.path.is_empty()).then_some(e.path.as_str());
            Err(error(&e.to_string(), field))
        }
    }
}

/// Checks an IIN: `{ valid: true, birth_date, sex, century_start, serial }` or
/// `{ valid: false, error: <code>, message, ... }`. Throws on a non-string.
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = validateIin))]
pub fn validate_iin(input: JsValue) -> Result<JsValue, JsValue> {
    let Some(text) = input.as_string() else {
        return Err(error(
            &format!("validateIin: expected a string, got {}", type_name(&input)),
            None,
        ));
    };
    let value = match rules::iin::check(&text) {
        Ok(info) => {
            let mut v = serde_json::to_value(info).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.insert("valid".into(), true.into());
            }
            v
        }
        Err(e) => {
            let mut v = serde_json::to_value(e).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.insert("valid".into(), false.into());
                map.insert("message".into(), e.to_string().into());
            }
            v
        }
    };
    parse_json(&value.to_string())
}

/// The rule sets, oldest first: `[{ id, routes, from, to, basis, categories, ... ,
/// reviewed_on }]`. `to` is null for an open term.
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = rulesets))]
pub fn rulesets() -> Result<JsValue, JsValue> {
    let list: Vec<serde_json::Value> = rules::rulesets()
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r.info()).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.insert(
                    "reviewed_on".into(),
                    rules::RULES_REVIEWED_ON.to_string().into(),
                );
            }
            v
        })
        .collect();
    parse_json(&serde_json::Value::Array(list).to_string())
}

/// The day the rule sets were last checked against their sources (`YYYY-MM-DD`).
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = rulesReviewedOn))]
pub fn rules_reviewed_on() -> String {
    rules::RULES_REVIEWED_ON.to_string()
}

/// The version of the public contract this API speaks (`"1"`).
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = contractVersion))]
pub fn contract_version() -> String {
    "1".into()
}
