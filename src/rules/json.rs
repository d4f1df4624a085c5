//! The JSON entry point of the contract: `evaluate_json(&str) -> Result<String, Error>`.
//! Bad JSON, unknown fields, unknown codes and impossible dates give an error that names the
//! field (e.g. `documents[0].issuer`); nothing here can panic.

use serde_json::Value;

use super::contract::{
    Applicant, Category, DocumentId, HeldCertification, IdentityDocumentType, Language, Outcome,
    Purpose, Route,
};
use super::evaluate::evaluate;

/// Why an input was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The path of the offending field (`date`, `documents[0].issuer`); empty for an error in
    /// the JSON text itself.
    pub path: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() || self.path == "." {
            // An error in the JSON text itself: the position is all there is to go on.
            if self.line > 0 {
                write!(
                    f,
                    "invalid input: {} (line {}, column {})",
                    self.message, self.line, self.column
                )
            } else {
                write!(f, "invalid input: {}", self.message)
            }
        } else {
            write!(f, "invalid input at `{}`: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for Error {}

/// Parse an `Applicant` from JSON text, naming the field on error.
pub fn parse_applicant(input: &str) -> Result<Applicant, Error> {
    // Text that is not JSON at all: serde's own message, with its line and column, below.
    let value = match serde_json::from_str::<Value>(input) {
        Ok(value) => Some(value),
        // Past serde's depth limit the field read below was a guess ("expected value" at
        // `documents[0][0]`; found by an audit of the API): said as what it is.
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => {
            return Err(Error {
                path: String::new(),
                message: "the input is nested too deeply (over 127 levels of arrays or objects); \
                          the contract nests at most three"
                    .into(),
                line: e.line(),
                column: e.column(),
            });
        }
        Err(_) => None,
    };
    if let Some(value) = &value {
        shape(value)?;
    }
    let mut deserializer = serde_json::Deserializer::from_str(input);
    let applicant: Applicant = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            Error {
                path: field_path(&path, &inner.to_string()),
                message: clean_message(&inner),
                line: inner.line(),
                column: inner.column(),
            }
        })
        // A long value or key is named again from a copy of the input with each one cut
        // (`shortened`): an error repeated a 200,000-character value whole (found by an audit
        // of the API). Cutting the finished message instead cut our own words (a review).
        .map_err(|e| {
            value
                .as_ref()
                .and_then(shortened)
                .and_then(|short| error_from_value(short).err())
                .unwrap_or(e)
        })?;
    deserializer.end().map_err(|e| Error {
        path: String::new(),
        message: clean_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    within_the_calendar(&applicant)?;
    born_by_the_date(&applicant)?;
    expiry_within_the_years_taken(&applicant)?;
    ruleset_of_the_route(&applicant)?;
    Ok(applicant)
}

/// What serde reads too loosely, refused with the field and the value named (found by an audit
/// of the API): an array where the contract has an object (serde reads a struct from its
/// fields in order: `identity_document: []` was a passport held, and the applicant eligible),
/// and a value that is not a string where the contract lists strings (serde said only
/// "expected value").
fn shape(input: &Value) -> Result<(), Error> {
    let Some(root) = input.as_object() else {
        // An array too would be read field by field (found by a review).
        return Err(wrong(String::new(), input, "an Applicant object"));
    };
    one_of::<Route>(root, "route", "route".into(), false)?;
    one_of::<Purpose>(root, "purpose", "purpose".into(), true)?;
    one_of::<Category>(root, "category", "category".into(), true)?;
    match root.get("identity_document") {
        None | Some(Value::Null) => {}
        Some(Value::Object(id)) => {
            one_of::<IdentityDocumentType>(id, "type", "identity_document.type".into(), false)?
        }
        Some(other) => return Err(wrong("identity_document".into(), other, "an object")),
    }
    if let Some(Value::Array(documents)) = root.get("documents") {
        for (i, document) in documents.iter().enumerate() {
            let Value::Object(d) = document else {
                return Err(wrong(format!("documents[{i}]"), document, "an object"));
            };
            one_of::<DocumentId>(d, "id", format!("documents[{i}].id"), false)?;
            // A document given twice: only one copy could be judged, and which one decided
            // the verdict (found by an audit of the API: an old copy listed after a new one
            // was dropped without a word). Refused, so the host says which copy is meant.
            // Only a known id: an unknown one is refused by name below.
            let id = d
                .get("id")
                .and_then(Value::as_str)
                .filter(|id| serde_json::from_value::<DocumentId>(Value::from(*id)).is_ok());
            let first = documents[..i]
                .iter()
                .position(|other| id.is_some() && other.get("id").and_then(Value::as_str) == id);
            if let (Some(id), Some(first)) = (id, first) {
                return Err(Error {
                    path: format!("documents[{i}].id"),
                    message: format!(
                        "`{}` is given twice (also documents[{first}]): give each document once, as the applicant holds it",
                        shorten(id)
                    ),
                    line: 0,
                    column: 0,
                });
            }
            one_of::<Language>(d, "language", format!("documents[{i}].language"), true)?;
            one_of::<HeldCertification>(d, "certified", format!("documents[{i}].certified"), true)?;
        }
    }
    Ok(())
}

/// A field whose value is one of the contract's strings: any other type is named, with the
/// strings it may be (serde lists them for a string it does not know).
fn one_of<T: serde::de::DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    path: String,
    nullable: bool,
) -> Result<(), Error> {
    match object.get(key) {
        None | Some(Value::String(_)) => Ok(()),
        Some(Value::Null) if nullable => Ok(()),
        Some(other) => {
            let listed = serde_json::from_value::<T>(Value::String(String::new()))
                .err()
                .and_then(|e| {
                    e.to_string()
                        .split_once("expected ")
                        .map(|(_, l)| l.to_owned())
                })
                .unwrap_or_else(|| "a string".to_owned());
            Err(wrong(path, other, &format!("a string, {listed}")))
        }
    }
}

/// At most `SHOWN` characters of a value the input gave, for a message: an error repeated a
/// 200,000-character value whole into a message a host may show or log (found by an audit).
pub(crate) fn shorten(value: &str) -> String {
    const SHOWN: usize = 40;
    match value.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_owned(),
    }
}

/// `value` with every string and key longer than `shorten` keeps cut; `None` when nothing is.
/// No string of the contract is that long, so a cut value is as wrong as the whole one.
fn shortened(value: &Value) -> Option<Value> {
    fn text(s: &str, changed: &mut bool) -> String {
        let short = shorten(s);
        *changed |= short != s;
        short
    }
    fn cut(value: &Value, changed: &mut bool) -> Value {
        match value {
            Value::String(s) => Value::String(text(s, changed)),
            Value::Array(items) => Value::Array(items.iter().map(|v| cut(v, changed)).collect()),
            Value::Object(map) => {
                let mut out = serde_json::Map::new();
                for (k, v) in map {
                    let key = text(k, changed);
                    let v = cut(v, changed);
                    out.insert(key, v);
                }
                Value::Object(out)
            }
            other => other.clone(),
        }
    }
    let mut changed = false;
    let short = cut(value, &mut changed);
    changed.then_some(short)
}

/// Deserialize from a JSON value, naming the field on error as `parse_applicant` does.
fn error_from_value(value: Value) -> Result<Applicant, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        Error {
            path: field_path(&path, &inner.to_string()),
            message: clean_message(&inner),
            line: 0,
            column: 0,
        }
    })
}

fn wrong(path: String, value: &Value, expected: &str) -> Error {
    let given = match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {:?}", shorten(s)),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    Error {
        path,
        message: format!("invalid type: {given}, expected {expected}"),
        line: 0,
        column: 0,
    }
}

/// A planned date after the last year of the working-day calendar (its holidays are known to
/// 2100, and the date question stops there too): its ready date would be a guess, and a date
/// past 9999 cannot be written as YYYY-MM-DD (found by an audit: `+10000-01-05`).
/// Nor one before its first year: year 0 got a "first open day" from today's holidays (found
/// by an audit).
fn within_the_calendar(applicant: &Applicant) -> Result<(), Error> {
    use super::calendar::{FIRST_YEAR, LAST_YEAR};
    use chrono::Datelike;
    let year = applicant.date.year();
    let message = if year > LAST_YEAR {
        format!(
            "{} is after {LAST_YEAR}-12-31, the last day of the working-day calendar this tool holds",
            applicant.date
        )
    } else if year < FIRST_YEAR {
        format!(
            "{} is before {FIRST_YEAR}-01-01, the first day this tool takes",
            applicant.date
        )
    } else {
        return Ok(());
    };
    Err(Error {
        path: "date".to_owned(),
        message,
        line: 0,
        column: 0,
    })
}

/// A declared rule set must serve the applicant's route: evaluated under another route's
/// rules, the outcome said "no rules in force on this date" beside rules said to be in force
/// (found by an audit of the API, 2026-12-04). The page's links and the mount refuse it too.
fn ruleset_of_the_route(applicant: &Applicant) -> Result<(), Error> {
    let Some(rs) = applicant
        .ruleset
        .as_ref()
        .and_then(|id| super::ruleset::by_id(id.as_str()))
    else {
        return Ok(());
    };
    if rs.serves(applicant.route) {
        return Ok(());
    }
    let name = |route: Route| {
        serde_json::to_value(route)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let serves: Vec<String> = rs.routes.iter().map(|r| name(r.route)).collect();
    Err(Error {
        path: "ruleset".to_owned(),
        message: format!(
            "`{}` is not a rule set of route `{}` (it serves {}): give one of that route, or leave `ruleset` out",
            rs.id,
            name(applicant.route),
            serves.join(", ")
        ),
        line: 0,
        column: 0,
    })
}

/// A birth date after `date` is a date no applicant can have: nobody applies before they
/// are born. Refused like an impossible date (the question page refuses it too), so that a
/// typo (2052 for 2025) is named instead of being read as a child.
/// Nor one before the first year the tool takes, as `date` and the question page (found by an
/// audit of the API: `0001-01-01` passed as a very old applicant).
fn born_by_the_date(applicant: &Applicant) -> Result<(), Error> {
    use super::calendar::FIRST_YEAR;
    use chrono::Datelike;
    match applicant.birth_date {
        Some(born) if born.year() < FIRST_YEAR => Err(Error {
            path: "birth_date".to_owned(),
            message: format!("{born} is before {FIRST_YEAR}-01-01, the first day this tool takes"),
            line: 0,
            column: 0,
        }),
        Some(born) if born > applicant.date => Err(Error {
            path: "birth_date".to_owned(),
            message: format!(
                "{born} is after `date` ({}): the applicant would not be born yet on the day they plan to apply",
                applicant.date
            ),
            line: 0,
            column: 0,
        }),
        _ => Ok(()),
    }
}

/// An identity document's expiry in the years the question page takes (1900 to 2100), as
/// `date` and `birth_date`: year 0000 or 9999, an integrator's typo, was judged "expired, renew
/// it" or valid for ever (found by an audit of odd input).
fn expiry_within_the_years_taken(applicant: &Applicant) -> Result<(), Error> {
    use super::calendar::{FIRST_YEAR, LAST_YEAR};
    use chrono::Datelike;
    let Some(expires) = applicant.identity_document.as_ref().and_then(|d| d.expires) else {
        return Ok(());
    };
    let message = if expires.year() < FIRST_YEAR {
        format!("{expires} is before {FIRST_YEAR}-01-01, the first day this tool takes")
    } else if expires.year() > LAST_YEAR {
        format!("{expires} is after {LAST_YEAR}-12-31, the last day this tool takes")
    } else {
        return Ok(());
    };
    Err(Error {
        path: "identity_document.expires".to_owned(),
        message,
        line: 0,
        column: 0,
    })
}

/// The path of the field at fault. For an unknown or missing field serde reports the path
/// of the enclosing object; the field's own name is in the message, so append it.
fn field_path(path: &str, message: &str) -> String {
    // serde_path_to_error writes "." for the root and "?" where it lost track.
    let parent = if path == "." || path == "?" { "" } else { path };
    // A key of the input is its own text: each part of the path shortened like a value (every
    // known field name is shorter than that).
    let parent = parent.split('.').map(shorten).collect::<Vec<_>>().join(".");
    let parent = parent.as_str();
    for prefix in ["unknown field `", "missing field `"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some(name) = rest.split('`').next() {
                // An unknown key is the input's own text: shortened like a value.
                let name = &shorten(name);
                let already = parent == name || parent.ends_with(&format!(".{name}"));
                return if already {
                    parent.to_owned()
                } else if parent.is_empty() {
                    name.to_owned()
                } else {
                    format!("{parent}.{name}")
                };
            }
        }
    }
    parent.to_owned()
}

/// serde_json's message without its " at line L column C" tail (kept in the fields).
fn clean_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) if error.line() > 0 => text[..i].to_owned(),
        _ => text,
    };
    json_words(&text)
}

/// serde's names of JSON's kinds ("map", "sequence") in the words the rest of the messages
/// use, and a JavaScript caller knows: "an object", "an array" (found by an audit of the API:
/// `documents: {}` said "invalid type: map, expected a sequence").
fn json_words(text: &str) -> String {
    // A lone surrogate (`"\ud800"`, a JavaScript string cut between the two halves of a
    // character): serde speaks of hex escapes (found by an audit of the API).
    if text.contains("surrogate") || text.contains("hex escape") {
        return "a string that is not valid Unicode text (a lone surrogate: a character cut in half)"
            .to_owned();
    }
    text.replace("invalid type: map,", "invalid type: an object,")
        .replace("invalid type: sequence,", "invalid type: an array,")
        .replace("expected a sequence", "expected an array")
        .replace("expected a map", "expected an object")
}

/// Evaluate a JSON `Applicant`, returning the JSON `Outcome`.
pub fn evaluate_json(input: &str) -> Result<String, Error> {
    let applicant = parse_applicant(input)?;
    outcome_json(&evaluate(&applicant))
}

/// Serialize an outcome (cannot fail for these types; mapped to an error all the same).
pub fn outcome_json(outcome: &Outcome) -> Result<String, Error> {
    serde_json::to_string(outcome).map_err(|e| Error {
        path: String::new(),
        message: e.to_string(),
        line: 0,
        column: 0,
    })
}

#[cfg(test)]
mod tests {
    /// A lone surrogate is named as text that is not Unicode, not as a hex escape (found by an
    /// audit of the API).
    #[test]
    fn a_lone_surrogate_is_named_as_such() {
        let e =
            parse_applicant(r#"{"date":"2025-06-02","route":"consulate","citizenship":"\ud800"}"#)
                .unwrap_err();
        assert_eq!(e.path, "citizenship");
        assert!(e.message.contains("not valid Unicode"), "{}", e.message);
    }

    use super::*;

    fn err(input: &str) -> Error {
        evaluate_json(input).expect_err("should be rejected")
    }

    /// The checklist entry `id` of the outcome of `input`, as JSON.
    fn checklist_entry(input: &str, id: &str) -> serde_json::Value {
        let out: serde_json::Value = serde_json::from_str(&evaluate_json(input).unwrap()).unwrap();
        let documents = out["documents"].as_array().unwrap();
        documents.iter().find(|d| d["id"] == id).unwrap().clone()
    }

    /// JSON's kinds named as a JavaScript caller knows them, and a long date cut with "…" as
    /// every other value (found by an audit of the API).
    #[test]
    fn words_for_json_kinds_and_a_cut_date() {
        let base = r#""date":"2025-06-02","route":"consulate","citizenship":"DE""#;
        let e = err(&format!(r#"{{{base},"documents":{{}}}}"#));
        assert_eq!(e.path, "documents");
        assert_eq!(e.message, "invalid type: an object, expected an array");
        let e = err(&format!(r#"{{{base},"has_iin":[[1]]}}"#));
        assert_eq!(e.message, "invalid type: an array, expected a boolean");
        let e = err(&format!(
            r#"{{{base},"documents":[{{"id":"will","issuer":{{"a":1}}}}]}}"#
        ));
        assert!(e.message.starts_with("invalid type: an object,"), "{e}");
        // Nested past serde's limit: said so, not a guessed field.
        for n in [126, 400] {
            let deep = format!("{}{{}}{}", "[".repeat(n), "]".repeat(n));
            let e = err(&format!(r#"{{{base},"documents":{deep}}}"#));
            assert!(
                e.message.starts_with("the input is nested too deeply"),
                "{n}: {e}"
            );
        }
        let long = "2".repeat(1000);
        let e = err(&format!(
            r#"{{"date":"{long}","route":"consulate","citizenship":"DE"}}"#
        ));
        assert!(
            e.message.ends_with(&format!("got \"{}…\"", "2".repeat(40))),
            "{e}"
        );
    }

    #[test]
    fn names_the_field() {
        let base = r#""route":"consulate","citizenship":"DE""#;
        let e = err(&format!(r#"{{"date":"2025-02-30",{base}}}"#));
        assert_eq!(e.path, "date");
        assert!(e.to_string().contains("`date`"), "{e}");
        assert!(e.message.contains("not a real calendar date"), "{e}");
        let e = err(&format!(r#"{{"date":"02.06.2025",{base}}}"#));
        assert!(e.message.contains("YYYY-MM-DD"), "{e}");
        // Only the contract's shape: chrono alone read these (found by an audit).
        for loose in [
            "2025-6-2",
            "+2025-06-02",
            "12025-06-02",
            " 2025-06-02",
            "2025-06-02T00:00",
        ] {
            let e = err(&format!(r#"{{"date":"{loose}",{base}}}"#));
            assert_eq!(e.path, "date", "{loose}: {e}");
            assert!(
                e.message.contains("expected a date as YYYY-MM-DD"),
                "{loose}: {e}"
            );
        }
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"birth_date":"1980-1-5"}}"#
        ));
        assert_eq!(e.path, "birth_date", "{e}");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"identity_document":{{"expires":"2030-02-30"}}}}"#
        ));
        assert_eq!(e.path, "identity_document.expires", "{e}");
        assert!(e.message.contains("not a real calendar date"), "{e}");
        for year in ["0000", "1899", "2101", "9999"] {
            let e = err(&format!(
                r#"{{"date":"2025-06-02",{base},"identity_document":{{"expires":"{year}-01-01"}}}}"#
            ));
            assert_eq!(e.path, "identity_document.expires", "{year}: {e}");
        }
        let e = err(&format!(r#"{{"date":20250602,{base}}}"#));
        assert_eq!(e.path, "date", "{e}");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"documents":[{{"id":"will","issuer":"ZZ"}}]}}"#
        ));
        assert_eq!(e.path, "documents[0].issuer");
        assert!(e.message.contains("ZZ"), "{e}");
        let e = err(&format!(r#"{{"date":"2025-06-02",{base},"colour":"red"}}"#));
        assert_eq!(e.path, "colour");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"identity_document":{{"type":"passport","colour":1}}}}"#
        ));
        assert_eq!(e.path, "identity_document.colour");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"category":"astronaut"}}"#
        ));
        assert_eq!(e.path, "category");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"ruleset":"fi-pilot-2031"}}"#
        ));
        assert_eq!(e.path, "ruleset");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"ruleset":"in-country-2024"}}"#
        ));
        assert_eq!(e.path, "ruleset");
        assert!(
            e.message.contains(
                "`in-country-2024` is not a rule set of route `consulate` (it serves in_country)"
            ),
            "{e}"
        );
        let e = err(r#"{"date":"2025-06-02","citizenship":"DE"}"#);
        assert_eq!(e.path, "route");
        let e = err(&format!(
            r#"{{"date":"2025-06-02",{base},"birth_date":"2025-06-03"}}"#
        ));
        assert_eq!(e.path, "birth_date");
        assert!(
            e.to_string()
                .contains("2025-06-03 is after `date` (2025-06-02)"),
            "{e}"
        );
    }

    #[test]
    fn loose_shapes_and_dates_past_the_calendar_are_refused() {
        let base = r#""date":"2026-12-07","route":"in_country","citizenship":"DE""#;
        let e = err(&format!(r#"{{{base},"identity_document":[]}}"#));
        assert_eq!(e.path, "identity_document", "{e}");
        let e = err(&format!(r#"{{{base},"documents":[["will","DE"]]}}"#));
        assert_eq!(e.path, "documents[0]", "{e}");
        let e = err(r#"{"date":"2026-12-07","route":1,"citizenship":"DE"}"#);
        assert_eq!(e.path, "route");
        assert!(
            e.message
                .contains("the number 1, expected a string, one of `consulate`"),
            "{e}"
        );
        let e = err(&format!(
            r#"{{{base},"documents":[{{"id":"will","certified":0}}]}}"#
        ));
        assert_eq!(e.path, "documents[0].certified", "{e}");
        // Null where the contract allows it, as before.
        assert!(evaluate_json(&format!(r#"{{{base},"category":null,"purpose":null}}"#)).is_ok());
        let e = err(r#"{"date":"2101-01-03","route":"in_country","citizenship":"DE"}"#);
        assert_eq!(e.path, "date", "{e}");
        assert!(
            evaluate_json(r#"{"date":"2100-12-31","route":"in_country","citizenship":"DE"}"#)
                .is_ok()
        );
        // Nor before the calendar's first year (found by an audit: year 0 had a first open day).
        let e = err(r#"{"date":"0000-01-01","route":"in_country","citizenship":"DE"}"#);
        assert_eq!(e.path, "date", "{e}");
        assert!(e.message.contains("before 1900-01-01"), "{e}");
        assert!(
            evaluate_json(r#"{"date":"1900-01-01","route":"in_country","citizenship":"DE"}"#)
                .is_ok()
        );
    }

    #[test]
    fn an_array_is_no_applicant_and_an_unknown_issuer_may_be_foreign() {
        // Found by a review: serde read an array root field by field.
        let e = err(r#"["2026-12-07", null, "in_country"]"#);
        assert!(e.message.contains("an Applicant object"), "{e}");
        // A stateless applicant's certificate in another language, issuer not known: needs the
        // translation, as one from abroad does.
        let doc = checklist_entry(
            r#"{"date":"2025-06-03","route":"in_country","citizenship":"stateless","documents":[{"id":"changed_data_certificate","language":"other"}],"has_iin":true,"purpose":"correction"}"#,
            "changed_data_certificate",
        );
        assert_eq!(doc["translation"], "required", "{doc}");
    }

    #[test]
    fn a_translation_not_judged_says_so() {
        // Found by an audit of the API: a German marriage certificate not yet held read
        // `not_required` alone, where it needs a translation unless in Kazakh or Russian.
        let doc = |documents: &str| {
            checklist_entry(
                &format!(
                    r#"{{"date":"2025-06-03","route":"consulate","category":"spouse","citizenship":"DE","consent":true,"documents":[{documents}]}}"#
                ),
                "marriage_certificate",
            )
        };
        let judged = |d: &serde_json::Value| d["translation_judged"].as_bool().unwrap();
        assert!(!judged(&doc("")));
        assert!(!judged(&doc(
            r#"{"id":"marriage_certificate","issuer":"DE"}"#
        )));
        let other = doc(r#"{"id":"marriage_certificate","issuer":"DE","language":"other"}"#);
        assert!(judged(&other) && other["translation"] == "required");
        assert!(judged(&doc(
            r#"{"id":"marriage_certificate","issuer":"DE","language":"ru"}"#
        )));
    }

    #[test]
    fn a_birth_on_the_date_itself_is_accepted() {
        let out = evaluate_json(
            r#"{"date":"2025-06-02","route":"in_country","citizenship":"DE","birth_date":"2025-06-02"}"#,
        );
        assert!(out.is_ok(), "{out:?}");
    }

    #[test]
    fn bad_json_is_an_error_not_a_panic() {
        for input in ["", "{", "[]", "null", "{\"date\":", "{} {}", "\u{0}"] {
            assert!(evaluate_json(input).is_err(), "{input:?}");
        }
        let e = err("{\n  , }");
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn minimal_input_evaluates() {
        let out = evaluate_json(r#"{"date":"2025-06-02","route":"in_country","citizenship":"de"}"#)
            .unwrap();
        assert!(out.contains("\"ruleset\":\"in-country-2024\""), "{out}");
    }

    /// Found by an audit of the API (2026-12-05): the second copy of a document was dropped
    /// without a word, so the order decided the verdict.
    #[test]
    fn a_document_given_twice_is_refused() {
        let doc = r#"{"id":"changed_data_certificate","issuer":"DE","language":"other","translated":true,"certified":"apostille"}"#;
        let e = err(&format!(
            r#"{{"date":"2026-06-02","route":"in_country","purpose":"correction","has_iin":true,"citizenship":"DE","documents":[{doc},{{"id":"passport"}},{doc}]}}"#
        ));
        assert_eq!(e.path, "documents[2].id");
        assert!(e.message.contains("given twice (also documents[0])"), "{e}");
    }

    /// The same audit: `0001-01-01` as a birth date passed as a very old applicant.
    #[test]
    fn a_birth_date_before_the_first_year_is_refused() {
        let e = err(
            r#"{"date":"2025-06-02","route":"in_country","citizenship":"DE","birth_date":"0001-01-01"}"#,
        );
        assert_eq!(e.path, "birth_date");
        assert!(e.message.contains("before 1900-01-01"), "{e}");
        evaluate_json(r#"{"date":"2025-06-02","route":"in_country","citizenship":"DE","birth_date":"1900-01-01"}"#)
            .unwrap();
    }

    /// The same audit: a 200,000-character value came back whole in the message.
    #[test]
    fn a_long_value_is_shortened_in_the_message() {
        let long = "Q".repeat(200_000);
        for input in [
            format!(r#"{{"date":"2025-06-02","route":"in_country","citizenship":"{long}"}}"#),
            format!(r#"{{"date":"2025-06-02","route":"{long}","citizenship":"DE"}}"#),
            format!(
                r#"{{"date":"2025-06-02","route":"in_country","citizenship":"DE","purpose":["{long}"]}}"#
            ),
            // A backtick in the value shifted which runs were quoted (found by a review).
            format!(r#"{{"date":"2025-06-02","route":"in_country","citizenship":"`{long}"}}"#),
            format!(
                r#"{{"date":"2025-06-02","route":"in_country","citizenship":"DE","documents":[{{"id":"a`b{long}"}}]}}"#
            ),
            // An unknown key, in the message and in the path.
            format!(
                r#"{{"date":"2025-06-02","route":"in_country","citizenship":"DE","{long}":1}}"#
            ),
            format!(
                r#"{{"date":"2025-06-02","route":"in_country","citizenship":"DE","identity_document":{{"`{long}":1}}}}"#
            ),
        ] {
            let e = err(&input);
            assert!(
                // The longest: an unknown document id, with the 23 ids it may be.
                e.to_string().len() < 1000,
                "{} chars: {}",
                e.to_string().len(),
                &e.to_string()[..200]
            );
            assert!(e.path.len() < 100, "{}", &e.path[..100]);
        }
    }

    /// The same review: an unknown id given twice was called a duplicate before it was named
    /// unknown.
    #[test]
    fn an_unknown_id_given_twice_is_named_unknown() {
        let e = err(
            r#"{"date":"2025-06-02","route":"in_country","citizenship":"DE","documents":[{"id":"x"},{"id":"x"}]}"#,
        );
        assert_eq!(e.path, "documents[0].id", "{e}");
        assert!(!e.message.contains("twice"), "{e}");
    }

    /// The same audit: `certified` took `treaty_exempt`, which the contract and the schema
    /// refuse, and the error for a wrong value offered it.
    #[test]
    fn certified_takes_the_contracts_three_values_only() {
        let input = |c: &str| {
            format!(
                r#"{{"date":"2026-06-02","route":"in_country","purpose":"correction","has_iin":true,"citizenship":"DE","documents":[{{"id":"changed_data_certificate","certified":{c}}}]}}"#
            )
        };
        for given in [r#""treaty_exempt""#, "5"] {
            let e = err(&input(given));
            assert_eq!(e.path, "documents[0].certified", "{e}");
            assert!(
                !e.message.contains("treaty_exempt")
                    || given.contains("treaty_exempt")
                        && e.message.matches("treaty_exempt").count() == 1,
                "{e}"
            );
            assert!(
                e.message.contains("`none`, `apostille`, `legalization`")
                    || e.message.contains("`none`, `apostille` or `legalization`"),
                "{e}"
            );
        }
    }

    /// Found by a regression audit: cutting the finished message cut our own words ("expected
    /// a date as YYYY-MM-DD (four-digi…"); a value of 41 to 100 characters came back whole.
    #[test]
    fn our_words_are_never_cut_and_a_value_over_40_characters_is() {
        let e = err(r#"{"date":"2025-6-2","route":"in_country","citizenship":"DE"}"#);
        assert!(!e.message.contains('…'), "{e}");
        assert!(e.message.len() > 60, "{e}");
        let value = "Q".repeat(60);
        let e = err(&format!(
            r#"{{"date":"2025-06-02","route":"in_country","citizenship":"{value}"}}"#
        ));
        assert!(!e.message.contains(&value), "{e}");
        assert!(e.message.contains(&format!("{}…", "Q".repeat(40))), "{e}");
    }

    /// Found by a regression audit: "a state that joined after January 2026 may be missing"
    /// stood under a document already legalized, where it is moot.
    #[test]
    fn a_legalized_document_gets_no_note_of_a_missing_apostille_party() {
        let input = |certified: &str| {
            format!(
                r#"{{"date":"2026-12-08","route":"in_country","purpose":"correction","has_iin":true,"citizenship":"DE","documents":[{{"id":"changed_data_certificate","issuer":"AE","language":"ru","certified":"{certified}"}}]}}"#
            )
        };
        let notes = |certified: &str| {
            checklist_entry(&input(certified), "changed_data_certificate")["notes"].to_string()
        };
        assert!(notes("none").contains("apostille_party_may_be_missing"));
        assert!(!notes("legalization").contains("apostille_party_may_be_missing"));
    }
}
