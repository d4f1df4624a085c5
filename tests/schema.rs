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
