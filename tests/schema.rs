#![cfg(not(target_arch = "wasm32"))]
//! The published JSON Schemas match the Rust types. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test --test schema`.

use std::path::Path;

fn check(file: &str, generated: String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
        return;
    }
    let published = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run UPDATE_SCHEMA=1 cargo test)", path.display()));
    assert!(
        published == generated,
        "{} differs from the types: run UPDATE_SCHEMA=1 cargo test --test schema and review the diff",
        path.display()
    );
}

#[test]
fn applicant_schema_is_current() {
    check(
        "applicant.schema.json",
        iin_precheck::rules::schema::applicant_schema(),
    );
}

#[test]
fn outcome_schema_is_current() {
    check(
        "outcome.schema.json",
        iin_precheck::rules::schema::outcome_schema(),
    );
}

#[test]
fn schema_names_the_contract_fields_and_codes() {
    let applicant = iin_precheck::rules::schema::applicant_schema();
    for field in [
        "date",
        "ruleset",
        "route",
        "purpose",
        "category",
        "citizenship",
        "birth_date",
        "has_iin",
        "identity_document",
        "documents",
        "consent",
        "represented",
        "imprisoned",
        "fi-pilot-2025",
        "pesticide_registrant",
        "latin_or_cyrillic",
        "\"XK\"",
    ] {
        assert!(applicant.contains(field), "applicant schema lacks {field}");
    }
    let outcome = iin_precheck::rules::schema::outcome_schema();
    for field in [
        "ruleset",
        "verdict",
        "reasons",
        "documents",
        "ready_on",
        "group",
        "provided",
        "certification",
        "translation",
        "needs",
        "basis",
        "treaty_exempt",
        "outside_ruleset_term",
        "reasons_detail",
        "ready_on_estimated",
        "if_made_abroad",
        "issuer_assumed",
        "covered_by_alternative",
        "first_open_day",
        "office_closed_on_date",
        "checklist_is_reference",
        "rules_reviewed_on",
        // Citations, structured (appended): registry ids and our readings.
        "sources",
        "interpretations",
        "fchain-2025-01-29",
        "hcch-apostille",
        "foreign_language",
    ] {
        assert!(outcome.contains(field), "outcome schema lacks {field}");
    }
}

/// Every date carries its shape as a pattern: a validator takes `format` as a note by default
/// and took "2025-6-2" (found by an audit of the API, 2026-12-06).
#[test]
fn every_date_has_the_pattern_of_yyyy_mm_dd() {
    fn dates(v: &serde_json::Value, found: &mut Vec<serde_json::Value>) {
        match v {
            serde_json::Value::Object(m) => {
                if m.get("format").and_then(|f| f.as_str()) == Some("date") {
                    found.push(m.get("pattern").cloned().unwrap_or_default());
                }
                m.values().for_each(|x| dates(x, found));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| dates(x, found)),
            _ => {}
        }
    }
    for schema in [
        iin_precheck::rules::schema::applicant_schema(),
        iin_precheck::rules::schema::outcome_schema(),
    ] {
        let mut found = Vec::new();
        dates(&serde_json::from_str(&schema).unwrap(), &mut found);
        assert!(found.len() >= 3);
        for p in found {
            assert_eq!(p, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
    }
}
