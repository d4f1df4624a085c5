//! The three languages are complete: every key of `locales/en.json` exists in `ru.json` and
//! `kk.json` (and no extra one), with the same `{{ value }}` names and no empty text.
//! leptos_i18n would otherwise fall back to English silently for a missing key.

use std::collections::BTreeMap;

use serde_json::Value;

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => panic!("{prefix}: expected text, found {other}"),
    }
}

fn load(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten("", &json, &mut out);
    out
}

/// The `{{ name }}` variables of a text, sorted.
fn variables(text: &str) -> Vec<String> {
    let mut vars: Vec<String> = text
        .split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}").map(|(v, _)| v.trim().to_owned()))
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

#[test]
fn every_language_has_every_key_with_the_same_variables() {
    let en = load("en");
    assert!(en.len() > 200, "en.json looks truncated: {} keys", en.len());
    for lang in ["ru", "kk"] {
        let other = load(lang);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.json lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.json has keys en.json lacks: {extra:?}"
        );
        for (key, text) in &en {
            let translated = &other[key];
            assert!(!translated.trim().is_empty(), "{lang}.json: {key} is empty");
            assert_eq!(
                variables(text),
                variables(translated),
                "{lang}.json: {key} must use the same {{{{ values }}}} as en.json"
            );
        }
    }
}

#[test]
fn russian_and_kazakh_are_translated_not_copied() {
    let en = load("en");
    for lang in ["ru", "kk"] {
        let other = load(lang);
        let copied: Vec<&String> = en
            .iter()
            .filter(|(k, v)| {
                !k.starts_with("language_names.")
                    && other.get(*k) == Some(v)
                    && v.chars().any(char::is_alphabetic)
            })
            .map(|(k, _)| k)
            .collect();
        assert!(
            copied.is_empty(),
            "{lang}.json keeps English text for {copied:?}"
        );
    }
}
