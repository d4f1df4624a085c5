//! JSON Schemas of the contract types, generated from the Rust types (schemars), so the
//! published `schema/*.schema.json` cannot drift from the code (tests/schema.rs).

use schemars::schema_for;

use super::contract::{Applicant, Outcome};

/// The schema of the input (`Applicant`), pretty-printed with a trailing newline.
pub fn applicant_schema() -> String {
    pretty(serde_json::to_value(schema_for!(Applicant)))
}

/// The schema of the output (`Outcome`), pretty-printed with a trailing newline.
pub fn outcome_schema() -> String {
    pretty(serde_json::to_value(schema_for!(Outcome)))
}

fn pretty(value: Result<serde_json::Value, serde_json::Error>) -> String {
    let text = value
        .map(|mut v| {
            with_date_pattern(&mut v);
            v
        })
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text + "\n"
}

/// A date's shape as a pattern beside `"format": "date"`: under draft 2020-12 a validator takes
/// `format` as a note unless told otherwise, and took "2025-6-2" (found by an audit of the API;
/// `evaluate` wants YYYY-MM-DD exactly). A day that does not exist is still for `evaluate` to
/// refuse.
fn with_date_pattern(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if map.get("format").and_then(|f| f.as_str()) == Some("date") {
                map.insert(
                    "pattern".to_owned(),
                    serde_json::Value::from("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                );
            }
            map.values_mut().for_each(with_date_pattern);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(with_date_pattern),
        _ => {}
    }
}
