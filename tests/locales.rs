//! The three languages are complete: every key of `locales/en.json` exists in `ru.json` and
//! `kk.json` (and no extra one), with the same `{{ value }}` names and no empty text.
//! (build.rs refuses to build without this; here each gap is named, all at once.)

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
                // Written in their own language, the same in every file.
                !k.starts_with("language_names.")
                    && !k.starts_with("language_unavailable_own.")
                    && other.get(*k) == Some(v)
                    // A pure template ("{{ day }} {{ month }}") has no words to translate.
                    && render(v, "").chars().any(char::is_alphabetic)
            })
            .map(|(k, _)| k)
            .collect();
        assert!(
            copied.is_empty(),
            "{lang}.json keeps English text for {copied:?}"
        );
    }
}

/// `text` with every `{{ value }}` replaced by `with`.
fn render(text: &str, with: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        match rest[start..].find("}}") {
            Some(end) => {
                out.push_str(with);
                rest = &rest[start + end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Dates end sentences ("… checked on {{ date }}."): a date format ending in a full stop
/// (Russian «2025 г.») would end them in two. Every text is rendered with a date in place of
/// every value, the worst case.
#[test]
fn a_date_at_the_end_of_a_sentence_never_doubles_the_full_stop() {
    for lang in ["en", "ru", "kk"] {
        let texts = load(lang);
        let date = texts["date_format"]
            .replace("{{ day }}", "3")
            .replace("{{ month }}", &texts["months.m6"])
            .replace("{{ year }}", "2025");
        for (key, text) in &texts {
            let rendered = render(text, &date);
            assert!(
                !rendered.contains("..") || text.contains(".."),
                "{lang}.json: {key} renders a double full stop: {rendered}"
            );
            assert!(!rendered.contains("г.."), "{lang}.json: {key}: {rendered}");
        }
    }
}

/// A Kazakh case ending after an abbreviation (ЖСН‑ді, ХҚКО‑да) is joined by a non-breaking
/// hyphen (U+2011): a plain hyphen lets a phone break «ЖСН-/ін» across two lines.
#[test]
fn kazakh_abbreviations_keep_their_endings_on_the_same_line() {
    for (key, text) in load("kk") {
        for abbr in ["ЖСН-", "ХҚКО-", "БСН-", "ЦОН-"] {
            assert!(
                !text.contains(abbr),
                "kk.json: {key}: write {abbr} with U+2011, not a plain hyphen: {text}"
            );
        }
    }
}

/// "Our interpretation" is «наше прочтение правил» / «біздің түсінігіміз» (docs/glossary.md):
/// the bare «толкование» / «түсіндірме» read as an official commentary, which it is not.
#[test]
fn our_reading_is_never_called_an_official_commentary() {
    for (lang, words) in [("ru", ["толкован"]), ("kk", ["түсіндірме"])] {
        for (key, text) in load(lang) {
            let lower = text.to_lowercase();
            for word in words {
                assert!(
                    !lower.contains(word),
                    "{lang}.json: {key}: say «наше прочтение правил» / «біздің түсінігіміз», not «{word}…»: {text}"
                );
            }
        }
    }
}

/// A question about a document names it after the word "document": with a name that itself
/// starts with "Document" (Russian «Документ, подтверждающий…», Kazakh «…растайтын құжат»)
/// the word must not come twice in a row («документ «Документ…»», «…құжат» құжаты»).
#[test]
fn a_document_question_never_says_document_twice_around_the_name() {
    let doubled: [(&str, &[&str]); 3] = [
        ("en", &["document \"document", "document: document"]),
        (
            "ru",
            &[
                "документ «документ",
                "документа «документ",
                "документе «документ",
            ],
        ),
        ("kk", &["құжат» құжат", "құжатты» құжат"]),
    ];
    for (lang, patterns) in doubled {
        let texts = load(lang);
        let names: Vec<&String> = texts
            .iter()
            .filter(|(k, _)| k.starts_with("documents."))
            .map(|(_, v)| v)
            .collect();
        for (key, text) in texts.iter().filter(|(k, _)| k.starts_with("q.document.")) {
            for name in &names {
                let rendered = render(text, name).to_lowercase();
                for p in patterns {
                    assert!(
                        !rendered.contains(p),
                        "{lang}.json: {key} with {name:?} says the word twice: {rendered}"
                    );
                }
            }
        }
    }
}

/// Every document's name begins with a capital the page can make small inside a sentence
/// (`ui::text::document_in_sentence` uses `collation::lower`, not Unicode's tables): a name in
/// a letter it does not know would stay capitalized mid-sentence.
#[test]
fn every_document_name_begins_with_a_capital_the_page_can_make_small() {
    use iin_precheck::journey::collation::lower;
    for lang in ["en", "ru", "kk"] {
        for (key, name) in load(lang)
            .iter()
            .filter(|(k, _)| k.starts_with("documents."))
        {
            let first = name.chars().next().expect("a name");
            assert_ne!(lower(first), first, "{lang} {key}: {name}");
        }
    }
}

/// The identity question's hint sends a holder of another document to the answer for no
/// document by its words, as the page shows them, not by its place ("the last answer", which
/// read as if they had no document at all: found by a plain-language audit). The words quoted
/// must stay the answer's own when either changes.
#[test]
fn the_passport_hint_names_the_answer_it_sends_to() {
    for lang in ["en", "ru", "kk"] {
        let texts = load(lang);
        for (hint, answer) in [
            ("q.id_type.passport_hint", "q.id_type.none"),
            ("q.id_type.passport_hint_child", "q.id_type.none_child"),
        ] {
            let (hint_text, answer_text) = (&texts[hint], &texts[answer]);
            assert!(
                hint_text.contains(answer_text.as_str()),
                "{lang}.json: {hint} should quote {answer} ({answer_text:?}): {hint_text}"
            );
        }
    }
}
