//! Browser test of the JavaScript API (src/embed/api.rs): `evaluate` takes the contract's
//! JSON object built by the browser's own `JSON.parse` and returns the outcome object;
//! bad and hostile input throws an `Error` that names the field and leaves the API usable.
#![cfg(target_arch = "wasm32")]

use iin_precheck::embed::api;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Scenario files in the contract's format: (file text).
const SCENARIOS: [&str; 8] = [
    include_str!("scenarios/certification/canada-apostille.json"),
    include_str!("scenarios/boundaries/consulate-2024-04-13-first-day.json"),
    include_str!("scenarios/certification/uae-apostille-not-enough.json"),
    include_str!("scenarios/consulate-2025/consent-refused.json"),
    include_str!("scenarios/consulate-2024/already-has-iin.json"),
    include_str!("scenarios/boundaries/declared-2025-in-2024-category-other.json"),
    include_str!("scenarios/boundaries/consulate-2024-04-12-before-first-pilot.json"),
    include_str!("scenarios/boundaries/consulate-2025-01-01-gap-start.json"),
];

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn text(value: &JsValue, key: &str) -> Option<String> {
    get(value, key).as_string()
}

/// The thrown value: must be an `Error`; returns (message, field).
fn thrown(result: Result<JsValue, JsValue>) -> (String, Option<String>) {
    let err = result.expect_err("should throw");
    let error: &js_sys::Error = err.dyn_ref().expect("an Error object");
    (String::from(error.message()), text(&err, "field"))
}

fn applicant(extra: &str) -> JsValue {
    json(&format!(
        r#"{{"date":"2025-06-02","route":"consulate","citizenship":"DE"{extra}}}"#
    ))
}

#[wasm_bindgen_test]
fn evaluate_matches_the_scenarios() {
    let mut verdicts = Vec::new();
    for file in SCENARIOS {
        let case = json(file);
        let name = text(&case, "name").unwrap();
        let expect = get(&case, "expect");
        let outcome = api::evaluate(get(&case, "input"))
            .unwrap_or_else(|e| panic!("{name}: threw {:?}", e.as_string()));
        assert!(outcome.is_object(), "{name}: an object");
        let verdict = text(&outcome, "verdict").unwrap();
        assert_eq!(Some(verdict.clone()), text(&expect, "verdict"), "{name}");
        if let Some(ruleset) = text(&expect, "ruleset") {
            assert_eq!(text(&outcome, "ruleset"), Some(ruleset), "{name}");
        }
        assert!(js_sys::Array::is_array(&get(&outcome, "reasons")), "{name}");
        assert!(
            js_sys::Array::is_array(&get(&outcome, "documents")),
            "{name}"
        );
        verdicts.push(verdict);
    }
    for v in ["eligible", "action_needed", "not_eligible", "unavailable"] {
        assert!(verdicts.iter().any(|x| x == v), "a {v} case is covered");
    }
}

/// Why the office is closed on the date, for an integrator's own words (an addition).
#[wasm_bindgen_test]
fn a_closed_day_says_why_in_the_outcome() {
    let input = r#"{"date":"2026-12-16","route":"in_country","citizenship":"TR"}"#;
    let outcome = api::evaluate(json(input)).unwrap();
    assert_eq!(
        text(&outcome, "first_open_day").as_deref(),
        Some("2026-12-17")
    );
    let closed = get(&outcome, "office_closed");
    assert_eq!(text(&closed, "kind").as_deref(), Some("holiday"));
    assert_eq!(
        text(&closed, "holiday").as_deref(),
        Some("independence_day")
    );
    let open = api::evaluate(json(&input.replace("2026-12-16", "2026-12-17"))).unwrap();
    assert!(get(&open, "office_closed").is_undefined());
}

#[wasm_bindgen_test]
fn same_object_in_and_out_as_evaluate_json() {
    let input = r#"{"date":"2025-06-02","route":"in_country","citizenship":"de"}"#;
    let outcome = api::evaluate(json(input)).unwrap();
    let from_js = String::from(js_sys::JSON::stringify(&outcome).unwrap());
    let from_rust = iin_precheck::evaluate_json(input).unwrap();
    assert_eq!(from_js, from_rust);
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_naming_the_field() {
    let (message, field) = thrown(api::evaluate(json(
        r#"{"date":"2025-02-30","route":"consulate","citizenship":"DE"}"#,
    )));
    assert!(message.contains("`date`"), "{message}");
    assert_eq!(field.as_deref(), Some("date"));

    let (message, field) = thrown(api::evaluate(applicant(
        r#","documents":[{"id":"will","issuer":"ZZ"}]"#,
    )));
    assert!(message.contains("documents[0].issuer"), "{message}");
    assert_eq!(field.as_deref(), Some("documents[0].issuer"));

    let (message, field) = thrown(api::evaluate(applicant(r#","colour":"red""#)));
    assert!(message.contains("colour"), "{message}");
    assert_eq!(field.as_deref(), Some("colour"));

    let (message, _) = thrown(api::evaluate(json(r#"{"date":"2025-06-02"}"#)));
    assert!(message.contains("route"), "{message}");

    // Born after the planned date: refused, as the question page refuses it.
    let (message, field) = thrown(api::evaluate(applicant(r#","birth_date":"2052-06-02""#)));
    assert!(message.contains("is after `date`"), "{message}");
    assert_eq!(field.as_deref(), Some("birth_date"));

    // A function or a symbol, which JSON.stringify would drop: named, not "missing".
    let function: JsValue = js_sys::Function::new_no_args("return 1").into();
    let symbol: JsValue = js_sys::Symbol::for_("x").into();
    for (key, value, said) in [
        ("route", function, "a function"),
        ("has_iin", symbol, "a symbol"),
    ] {
        let input = applicant("");
        js_sys::Reflect::set(&input, &key.into(), &value).unwrap();
        let (message, field) = thrown(api::evaluate(input));
        let expected = format!("`{key}`: {said} is not a JSON value");
        assert!(message.contains(&expected), "{message}");
        assert_eq!(field.as_deref(), Some(key));
    }
    // `undefined` stays JavaScript's "absent".
    let input = applicant("");
    js_sys::Reflect::set(&input, &"birth_date".into(), &JsValue::UNDEFINED).unwrap();
    assert!(api::evaluate(input).is_ok());

    // Wrong types for a field.
    let (_, field) = thrown(api::evaluate(applicant(r#","has_iin":"yes""#)));
    assert_eq!(field.as_deref(), Some("has_iin"));
    let (_, field) = thrown(api::evaluate(applicant(r#","documents":{"id":"will"}"#)));
    assert_eq!(field.as_deref(), Some("documents"));
}

#[wasm_bindgen_test]
fn hostile_input_throws_and_the_api_stays_usable() {
    // Not an object at all.
    for value in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(42),
        JsValue::from("{\"date\":\"2025-06-02\"}"),
        JsValue::TRUE,
        js_sys::Array::new().into(),
        js_sys::Function::new_no_args("return 1").into(),
    ] {
        let (message, _) = thrown(api::evaluate(value));
        assert!(
            message.contains("expected an Applicant object"),
            "{message}"
        );
    }
    // A cycle: JSON.stringify throws; we throw an Error of our own.
    let cyclic = applicant("");
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let (message, _) = thrown(api::evaluate(cyclic));
    assert!(message.contains("not representable as JSON"), "{message}");
    // A huge string.
    let huge = applicant("");
    js_sys::Reflect::set(&huge, &"citizenship".into(), &"x".repeat(300_000).into()).unwrap();
    let (message, _) = thrown(api::evaluate(huge));
    assert!(message.contains("more than"), "{message}");
    // Script in a code word: refused, quoted as text.
    let (message, field) = thrown(api::evaluate(applicant(
        r#","category":"<img src=x onerror=alert(1)>""#,
    )));
    assert_eq!(field.as_deref(), Some("category"), "{message}");
    // A prototype-pollution attempt is just an unknown field.
    let (_, field) = thrown(api::evaluate(applicant(r#","__proto__":{"x":1}"#)));
    assert_eq!(field.as_deref(), Some("__proto__"));
    // Still works.
    let outcome = api::evaluate(applicant("")).unwrap();
    assert!(text(&outcome, "verdict").is_some());
}

#[wasm_bindgen_test]
fn validate_iin() {
    let ok = api::validate_iin("900101300017".into()).unwrap();
    assert_eq!(get(&ok, "valid"), JsValue::TRUE);
    assert_eq!(text(&ok, "birth_date").as_deref(), Some("1990-01-01"));
    assert_eq!(text(&ok, "sex").as_deref(), Some("male"));

    let bad = api::validate_iin("900101300018".into()).unwrap();
    assert_eq!(get(&bad, "valid"), JsValue::FALSE);
    assert_eq!(text(&bad, "error").as_deref(), Some("bad_checksum"));
    assert!(text(&bad, "message").unwrap().contains("check digit"));

    let long = api::validate_iin("1".repeat(100_000).into()).unwrap();
    assert_eq!(text(&long, "error").as_deref(), Some("wrong_length"));

    let (message, _) = thrown(api::validate_iin(JsValue::from(900_101_300_017_f64)));
    assert!(message.contains("expected a string"), "{message}");
    let (message, _) = thrown(api::validate_iin(JsValue::UNDEFINED));
    assert!(message.contains("expected a string"), "{message}");
}

#[wasm_bindgen_test]
fn rulesets_have_ids_terms_and_review_date() {
    let list: js_sys::Array = api::rulesets().unwrap().dyn_into().unwrap();
    let ids: Vec<String> = list.iter().map(|r| text(&r, "id").unwrap()).collect();
    // Oldest first, as documented (found by an audit: the rules in Kazakhstan came last).
    assert_eq!(ids, ["in-country-2024", "fi-pilot-2024", "fi-pilot-2025"]);
    for r in list.iter() {
        assert!(text(&r, "from").is_some());
        assert!(get(&r, "to").is_null() || text(&r, "to").is_some());
        assert_eq!(text(&r, "reviewed_on"), Some(api::rules_reviewed_on()));
    }
    assert_eq!(api::contract_version(), "1.1");
}

/// Found by an audit of the API (2026-12-05): values read too loosely, or named by their leaf
/// key alone.
#[wasm_bindgen_test]
fn loose_values_are_refused_with_their_whole_path() {
    let in_country = |extra: &str| {
        json(&format!(
            r#"{{"date":"2026-12-07","route":"in_country","citizenship":"DE","consent":true{extra}}}"#
        ))
    };
    // An array where the contract has an object: it was read field by field (`[]` a passport
    // held, the applicant eligible).
    let (message, field) = thrown(api::evaluate(in_country(r#","identity_document":[]"#)));
    assert_eq!(field.as_deref(), Some("identity_document"), "{message}");
    assert!(
        message.contains("an array, expected an object"),
        "{message}"
    );
    let (_, field) = thrown(api::evaluate(in_country(
        r#","documents":[["marriage_certificate","DE","other",true,"apostille"]]"#,
    )));
    assert_eq!(field.as_deref(), Some("documents[0]"));
    // A value that is not a string where the contract lists strings: named, with the list.
    let (message, field) = thrown(api::evaluate(json(
        r#"{"date":"2026-12-07","route":null,"citizenship":"DE"}"#,
    )));
    assert_eq!(field.as_deref(), Some("route"), "{message}");
    assert!(
        message.contains("null") && message.contains("`in_country`"),
        "{message}"
    );
    // NaN or Infinity (JSON.stringify writes null: read as absent, `consent: NaN` was no
    // refusal), a bigint, a function deep down: named by their whole path.
    let nan = in_country("");
    js_sys::Reflect::set(&nan, &"consent".into(), &JsValue::from(f64::NAN)).unwrap();
    let (message, field) = thrown(api::evaluate(nan));
    assert_eq!(field.as_deref(), Some("consent"), "{message}");
    assert!(message.contains("NaN"), "{message}");
    // Named as JavaScript spells it, not as Rust prints it ("inf"; found by an audit).
    let infinite = in_country("");
    js_sys::Reflect::set(&infinite, &"consent".into(), &JsValue::from(f64::INFINITY)).unwrap();
    let (message, _) = thrown(api::evaluate(infinite));
    assert!(message.contains("the number Infinity"), "{message}");
    let big = in_country("");
    js_sys::Reflect::set(&big, &"consent".into(), &js_sys::BigInt::from(1u32).into()).unwrap();
    let (message, field) = thrown(api::evaluate(big));
    assert_eq!(field.as_deref(), Some("consent"), "{message}");
    assert!(message.contains("bigint"), "{message}");
    let deep = in_country(r#","documents":[{"id":"will"}]"#);
    let first = js_sys::Reflect::get_u32(
        &js_sys::Reflect::get(&deep, &"documents".into()).unwrap(),
        0,
    )
    .unwrap();
    js_sys::Reflect::set(
        &first,
        &"issuer".into(),
        &js_sys::Function::new_no_args("return 1"),
    )
    .unwrap();
    let (message, field) = thrown(api::evaluate(deep));
    assert_eq!(field.as_deref(), Some("documents[0].issuer"), "{message}");
    // An invalid Date (JSON.stringify writes null): named, not read as absent.
    let dated = in_country("");
    let bad = js_sys::Date::new(&"not a date".into());
    js_sys::Reflect::set(&dated, &"birth_date".into(), &bad).unwrap();
    let (message, field) = thrown(api::evaluate(dated));
    assert_eq!(field.as_deref(), Some("birth_date"), "{message}");
    // An object whose thousand keys all point back to it: JSON.stringify's cycle error, at once
    // (found by a review: the walk read it a hundred million times).
    let wide = in_country("");
    for i in 0..1000 {
        js_sys::Reflect::set(&wide, &format!("k{i}").into(), &wide).unwrap();
    }
    let started = js_sys::Date::now();
    let (message, _) = thrown(api::evaluate(wide));
    assert!(message.contains("not representable as JSON"), "{message}");
    assert!(js_sys::Date::now() - started < 2000.0, "took too long");
    // A date past the calendar: refused, never a ready date past 9999 (`+10000-01-05`).
    let (message, field) = thrown(api::evaluate(json(
        r#"{"date":"9999-12-31","route":"in_country","citizenship":"DE"}"#,
    )));
    assert_eq!(field.as_deref(), Some("date"), "{message}");
    // Still works.
    assert!(text(&api::evaluate(in_country("")).unwrap(), "verdict").is_some());
}
