#![cfg(not(target_arch = "wasm32"))]
//! Runs every `tests/scenarios/**/*.json` file (contract.md "Scenario files"): each is
//! `{ name, source, input, expect }`; `expect` is matched as a subset of the outcome:
//! - `reasons`: `[]` means none; otherwise each listed code must be present;
//! - `documents`: keyed by id, each entry matched as a subset;
//! - other arrays of strings (`needs`, ...) compare as sets;
//! - anything else must be equal.
//!
//! An extension for invalid input: `"expect": { "error": "<field path>" }` requires
//! `evaluate_json` to reject the input with an error naming that field.
//!
//! Every failure of every file is reported (file, field, expected, actual), then the test
//! fails. Drop a new file into the folder and it runs.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// One difference between expectation and outcome.
#[derive(Debug, Clone, PartialEq)]
struct Mismatch {
    field: String,
    expected: String,
    actual: String,
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

fn scenario_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn show(value: Option<&Value>) -> String {
    match value {
        None => "(absent)".to_owned(),
        Some(v) => v.to_string(),
    }
}

fn string_set(values: &[Value]) -> Option<Vec<&str>> {
    let mut set: Vec<&str> = values.iter().map(Value::as_str).collect::<Option<_>>()?;
    set.sort_unstable();
    set.dedup();
    Some(set)
}

/// Subset-match `expected` against `actual` at `field`, appending every mismatch.
fn match_value(field: &str, expected: &Value, actual: Option<&Value>, out: &mut Vec<Mismatch>) {
    let mismatch = |out: &mut Vec<Mismatch>| {
        out.push(Mismatch {
            field: field.to_owned(),
            expected: expected.to_string(),
            actual: show(actual),
        })
    };
    match expected {
        Value::Object(expected_map) => match actual {
            Some(Value::Object(actual_map)) => {
                for (key, ev) in expected_map {
                    let path = if field.is_empty() {
                        key.clone()
                    } else {
                        format!("{field}.{key}")
                    };
                    match_value(&path, ev, actual_map.get(key), out);
                }
            }
            _ => mismatch(out),
        },
        Value::Array(expected_items) => {
            let Some(Value::Array(actual_items)) = actual else {
                return mismatch(out);
            };
            match (string_set(expected_items), string_set(actual_items)) {
                (Some(e), Some(a)) => {
                    if e != a {
                        mismatch(out)
                    }
                }
                _ => {
                    if expected_items != actual_items {
                        mismatch(out)
                    }
                }
            }
        }
        _ => {
            if actual != Some(expected) {
                mismatch(out)
            }
        }
    }
}

/// The contract's matching of `expect` against an outcome (as JSON).
fn check_expect(expect: &Map<String, Value>, outcome: &Value) -> Vec<Mismatch> {
    let mut out = Vec::new();
    for (key, expected) in expect {
        let actual = outcome.get(key);
        match key.as_str() {
            "reasons" => {
                let expected_codes = expected.as_array().and_then(|a| string_set(a));
                let actual_codes = actual.and_then(Value::as_array).and_then(|a| string_set(a));
                let ok = match (expected_codes, actual_codes) {
                    (Some(e), Some(a)) if e.is_empty() => a.is_empty(),
                    (Some(e), Some(a)) => e.iter().all(|code| a.contains(code)),
                    _ => false,
                };
                if !ok {
                    out.push(Mismatch {
                        field: "reasons".to_owned(),
                        expected: expected.to_string(),
                        actual: show(actual),
                    });
                }
            }
            "documents" => {
                // Keyed by id, each entry matched as a subset: the contract's format and no
                // other, so that a runner written to the contract reads every file (found by an
                // audit: two files gave a list, two a `null` for "not in the checklist").
                let Value::Object(expected_docs) = expected else {
                    out.push(Mismatch {
                        field: "documents".to_owned(),
                        expected: format!("{expected} (must be an object keyed by document id)"),
                        actual: show(actual),
                    });
                    continue;
                };
                let actual_docs = actual.and_then(Value::as_array);
                for (id, entry) in expected_docs {
                    let found = actual_docs.and_then(|docs| {
                        docs.iter()
                            .find(|d| d.get("id") == Some(&Value::from(id.as_str())))
                    });
                    let field = format!("documents.{id}");
                    if !entry.is_object() {
                        out.push(Mismatch {
                            field,
                            expected: format!("{entry} (must be an object, matched as a subset)"),
                            actual: show(found),
                        });
                        continue;
                    }
                    match found {
                        None => out.push(Mismatch {
                            field,
                            expected: entry.to_string(),
                            actual: "(not in the checklist)".to_owned(),
                        }),
                        Some(doc) => match_value(&field, entry, Some(doc), &mut out),
                    }
                }
            }
            _ => match_value(key, expected, actual, &mut out),
        }
    }
    out
}

/// Run one scenario file; returns its mismatches (or a single "file" problem).
fn run_file(path: &Path) -> Vec<Mismatch> {
    let problem = |what: String| {
        vec![Mismatch {
            field: "(file)".to_owned(),
            expected: "a scenario { name, source, input, expect }".to_owned(),
            actual: what,
        }]
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return problem(format!("unreadable: {e}")),
    };
    let scenario: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return problem(format!("not JSON: {e}")),
    };
    for key in ["name", "source"] {
        if scenario
            .get(key)
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return problem(format!("missing `{key}`"));
        }
    }
    let (Some(input), Some(Value::Object(expect))) =
        (scenario.get("input"), scenario.get("expect"))
    else {
        return problem("missing `input` or `expect` object".to_owned());
    };
    let result = iin_precheck::evaluate_json(&input.to_string());
    if let Some(expected_error) = expect.get("error") {
        return match result {
            Err(e) => {
                let field = expected_error.as_str().unwrap_or("");
                if e.path == field || (field.is_empty() && e.path.is_empty()) {
                    Vec::new()
                } else {
                    vec![Mismatch {
                        field: "error".to_owned(),
                        expected: expected_error.to_string(),
                        actual: format!("error at `{}`: {}", e.path, e),
                    }]
                }
            }
            Ok(out) => vec![Mismatch {
                field: "error".to_owned(),
                expected: expected_error.to_string(),
                actual: format!("accepted: {out}"),
            }],
        };
    }
    match result {
        Err(e) => problem(format!("input rejected: {e}")),
        Ok(out) => match serde_json::from_str::<Value>(&out) {
            Ok(outcome) => check_expect(expect, &outcome),
            Err(e) => problem(format!("outcome is not JSON: {e}")),
        },
    }
}

#[test]
fn every_scenario_file_passes() {
    let files = scenario_files(&scenario_dir());
    assert!(!files.is_empty(), "no scenario files under tests/scenarios");
    let mut report = String::new();
    let mut failed = 0;
    for path in &files {
        let mismatches = run_file(path);
        if !mismatches.is_empty() {
            failed += 1;
            let name = path.strip_prefix(scenario_dir()).unwrap_or(path);
            report.push_str(&format!("\n{}:\n", name.display()));
            for m in mismatches {
                report.push_str(&format!(
                    "  field {}\n    expected: {}\n    actual:   {}\n",
                    m.field, m.expected, m.actual
                ));
            }
        }
    }
    println!("{} scenario files, {} failed", files.len(), failed);
    assert!(
        failed == 0,
        "{failed} of {} scenarios failed:{report}",
        files.len()
    );
}

#[test]
fn there_are_at_least_seventy_scenarios_each_with_a_source() {
    let files = scenario_files(&scenario_dir());
    assert!(files.len() >= 70, "only {} scenario files", files.len());
}

/// The matcher is not vacuous: wrong expectations are reported, right ones are not.
#[test]
fn a_wrong_expectation_fails() {
    let outcome = serde_json::json!({
        "ruleset": "fi-pilot-2025",
        "verdict": "action_needed",
        "reasons": ["document_missing", "certification_needed"],
        "documents": [
            { "id": "passport", "needs": [], "provided": true },
            { "id": "marriage_certificate", "needs": ["provide", "apostille"], "provided": false }
        ],
        "ready_on": "2025-06-03"
    });
    let expect = |v: Value| v.as_object().cloned().unwrap_or_default();
    let right = expect(serde_json::json!({
        "verdict": "action_needed",
        "reasons": ["document_missing"],
        "documents": { "marriage_certificate": { "needs": ["apostille", "provide"] } },
        "ready_on": "2025-06-03"
    }));
    assert_eq!(check_expect(&right, &outcome), Vec::new());

    let wrong_cases = [
        serde_json::json!({ "verdict": "eligible" }),
        serde_json::json!({ "reasons": [] }),
        serde_json::json!({ "reasons": ["consent_required"] }),
        serde_json::json!({ "documents": { "marriage_certificate": { "needs": ["provide"] } } }),
        serde_json::json!({ "documents": { "will": { "provided": false } } }),
        serde_json::json!({ "documents": { "passport": { "provided": false } } }),
        serde_json::json!({ "ready_on": "2025-06-04" }),
        serde_json::json!({ "ruleset": null }),
        serde_json::json!({ "term": { "from": "2025-04-18" } }),
        // Not the contract's format (found by a review): a list of entries, and `null` for an
        // entry, are refused, even where they would have matched.
        serde_json::json!({ "documents": [{ "id": "passport", "needs": [] }] }),
        serde_json::json!({ "documents": { "will": null } }),
    ];
    for wrong in wrong_cases {
        let mismatches = check_expect(&expect(wrong.clone()), &outcome);
        assert!(!mismatches.is_empty(), "not caught: {wrong}");
    }
}

/// A scenario file with a wrong expectation, run end to end, fails with the field named.
#[test]
fn a_wrong_scenario_file_is_reported() {
    let dir = std::env::temp_dir().join(format!("iin-scenario-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("wrong.json");
    std::fs::write(
        &path,
        r#"{ "name": "wrong on purpose", "source": "test",
             "input": { "date": "2025-06-02", "route": "consulate", "citizenship": "KZ", "category": "spouse" },
             "expect": { "verdict": "eligible", "reasons": [] } }"#,
    )
    .unwrap();
    let mismatches = run_file(&path);
    let _ = std::fs::remove_dir_all(&dir);
    let mut fields: Vec<&str> = mismatches.iter().map(|m| m.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(fields, ["reasons", "verdict"], "{mismatches:?}");
}

/// The scenario set covers every reason code, category, route, verdict and certification.
#[test]
fn scenarios_cover_every_code() {
    let mut inputs = Vec::new();
    let mut outcomes = Vec::new();
    for path in scenario_files(&scenario_dir()) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(scenario) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if let Some(input) = scenario.get("input") {
            if let Ok(out) = iin_precheck::evaluate_json(&input.to_string()) {
                inputs.push(input.clone());
                outcomes.push(serde_json::from_str::<Value>(&out).unwrap_or(Value::Null));
            }
        }
    }
    let has = |list: &[Value], pointer: &str, code: &str| {
        list.iter().any(|v| match v.pointer(pointer) {
            Some(Value::Array(items)) => items.iter().any(|i| i == code),
            Some(other) => other == code,
            None => false,
        })
    };
    let mut missing = Vec::new();
    for reason in iin_precheck::rules::Reason::ALL {
        let code = serde_json::to_value(reason).unwrap();
        let code = code.as_str().unwrap();
        if !has(&outcomes, "/reasons", code) {
            missing.push(format!("reason {code}"));
        }
    }
    for category in iin_precheck::rules::Category::ALL {
        let code = serde_json::to_value(category).unwrap();
        if !has(&inputs, "/category", code.as_str().unwrap()) {
            missing.push(format!("category {code}"));
        }
    }
    for route in ["consulate", "mfa", "in_country"] {
        if !has(&inputs, "/route", route) {
            missing.push(format!("route {route}"));
        }
    }
    for verdict in ["eligible", "action_needed", "not_eligible", "unavailable"] {
        if !has(&outcomes, "/verdict", verdict) {
            missing.push(format!("verdict {verdict}"));
        }
    }
    for cert in ["none", "treaty_exempt", "apostille", "legalization"] {
        let any = outcomes.iter().any(|o| {
            o.get("documents")
                .and_then(Value::as_array)
                .is_some_and(|docs| {
                    docs.iter()
                        .any(|d| d.get("certification").and_then(Value::as_str) == Some(cert))
                })
        });
        if !any {
            missing.push(format!("certification {cert}"));
        }
    }
    for ruleset in ["fi-pilot-2024", "fi-pilot-2025", "in-country-2024"] {
        if !has(&outcomes, "/ruleset", ruleset) {
            missing.push(format!("ruleset {ruleset}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not covered by any scenario: {missing:?}"
    );
}
