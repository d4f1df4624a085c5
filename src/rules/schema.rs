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
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text + "\n"
}
