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
    // JSON.stringify drops a function or a symbol without a word (the engine would then answer
    // "missing field `route`" for a `route` that was given), writes null for NaN or Infinity
    // (read as absent: `consent: NaN` was no refusal), and throws on a bigint without naming it
    // (found by audits): name the first such value, by its whole path. `undefined` is
    // JavaScript's "absent" and is dropped.
    if let Some((path, kind)) = first_non_json(&input) {
        let field = (!path.is_empty()).then_some(path.as_str());
        return Err(error(
            &format!(
                "invalid input at `{path}`: {kind} is not a JSON value; give the contract's value (a string, number, boolean, object or array), or leave the field out"
            ),
            field,
        ));
    }
    let text = js_sys::JSON::stringify(&input).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        error(
            &format!("invalid input: not representable as JSON ({why})"),
            None,
        )
    })?;
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

/// The first value under `input` that JSON cannot carry as given, with its path
/// (`documents[0].issuer`) and what it is ("a function"). Not past what JSON.stringify
/// itself refuses with its own message: a cycle, a getter that throws, a depth or a number of
/// values no applicant has.
fn first_non_json(input: &JsValue) -> Option<(String, String)> {
    // `ancestors`: the objects on the way down. One met again is a cycle, left to
    // JSON.stringify's own error at once (found by a review: an object whose thousand keys
    // all point back to it took a hundred million reads).
    fn walk(
        value: &JsValue,
        path: &mut String,
        ancestors: &mut Vec<JsValue>,
        budget: &mut usize,
    ) -> Option<(String, String)> {
        if *budget == 0 || ancestors.len() > 16 {
            return None;
        }
        *budget -= 1;
        if value.is_function() || value.is_symbol() || value.is_bigint() {
            return Some((path.clone(), format!("a {}", type_name(value))));
        }
        if let Some(n) = value.as_f64().filter(|n| !n.is_finite()) {
            // In JavaScript's spelling, not Rust's "inf" (found by an audit).
            let name = if n.is_nan() {
                "NaN"
            } else if n > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            return Some((path.clone(), format!("the number {name}")));
        }
        if !value.is_object() || value.is_null() {
            return None;
        }
        // A date that is no date: JSON.stringify writes null, read as absent (found by a
        // review: `birth_date: new Date("x")` skipped the age check).
        if let Some(date) = value.dyn_ref::<js_sys::Date>() {
            let invalid = date.get_time().is_nan();
            return invalid.then(|| (path.clone(), "an invalid Date".to_owned()));
        }
        // What another object with `toJSON` becomes is JSON.stringify's to judge.
        let to_json = js_sys::Reflect::get(value, &"toJSON".into()).ok()?;
        if to_json.is_function() || ancestors.iter().any(|a| a == value) {
            return None;
        }
        let items: Vec<(String, JsValue)> = if js_sys::Array::is_array(value) {
            let array: &js_sys::Array = value.unchecked_ref();
            let steps = array.iter().enumerate();
            steps.map(|(i, item)| (format!("[{i}]"), item)).collect()
        } else {
            let dot = if path.is_empty() { "" } else { "." };
            let mut items = Vec::new();
            let object: &js_sys::Object = value.unchecked_ref();
            for key in js_sys::Object::keys(object).iter() {
                let item = js_sys::Reflect::get(value, &key).ok()?;
                // A key is the input's own text: cut as the core cuts it in a message.
                let key = crate::rules::json::shorten(&key.as_string().unwrap_or_default());
                items.push((format!("{dot}{key}"), item));
            }
            items
        };
        let len = path.len();
        ancestors.push(value.clone());
        let mut found = None;
        for (step, item) in items {
            if *budget == 0 || found.is_some() {
                break;
            }
            if item.is_undefined() {
                continue;
            }
            path.push_str(&step);
            found = walk(&item, path, ancestors, budget);
            path.truncate(len);
        }
        ancestors.pop();
        found
    }
    walk(input, &mut String::new(), &mut Vec::new(), &mut 100_000)
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
    // Oldest first, as documented (found by an audit: the registry's own order put the rules
    // in Kazakhstan, the oldest, last).
    let mut sets: Vec<&rules::RuleSet> = rules::rulesets().iter().collect();
    rules::order::sort_by_key(&mut sets, |r| r.term.from);
    let list: Vec<serde_json::Value> = sets
        .into_iter()
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

/// The version of the public contract this API speaks: `"1.1"`, v1 and its v1.1 additions
/// (found by an audit: `"1"` hid the additions from an integrator).
#[cfg_attr(feature = "js-api", wasm_bindgen(js_name = contractVersion))]
pub fn contract_version() -> String {
    "1.1".into()
}
