//! The JSON entry point of the contract: `evaluate_json(&str) -> Result<String, Error>`.
//! Bad JSON, unknown fields, unknown codes and impossible dates give an error that names the
//! field (e.g. `documents[0].issuer`); nothing here can panic.

use super::contract::{Applicant, Outcome, Route};
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
    let mut deserializer = serde_json::Deserializer::from_str(input);
    let applicant: Applicant =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            Error {
                path: field_path(&path, &inner.to_string()),
                message: clean_message(&inner),
                line: inner.line(),
                column: inner.column(),
            }
        })?;
    deserializer.end().map_err(|e| Error {
        path: String::new(),
        message: clean_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    born_by_the_date(&applicant)?;
    ruleset_of_the_route(&applicant)?;
    Ok(applicant)
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
fn born_by_the_date(applicant: &Applicant) -> Result<(), Error> {
    match applicant.birth_date {
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

/// The path of the field at fault. For an unknown or missing field serde reports the path
/// of the enclosing object; the field's own name is in the message, so append it.
fn field_path(path: &str, message: &str) -> String {
    // serde_path_to_error writes "." for the root and "?" where it lost track.
    let parent = if path == "." || path == "?" { "" } else { path };
    for prefix in ["unknown field `", "missing field `"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some(name) = rest.split('`').next() {
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
    match text.rfind(" at line ") {
        Some(i) if error.line() > 0 => text[..i].to_owned(),
        _ => text,
    }
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
    use super::*;

    fn err(input: &str) -> Error {
        evaluate_json(input).expect_err("should be rejected")
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
}
