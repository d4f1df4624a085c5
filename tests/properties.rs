#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the rules core: `evaluate` is total and deterministic on any
//! well-formed applicant; providing a missing document, a needed certification or a needed
//! translation never makes the verdict worse; `evaluate_json` never panics on any string.

use chrono::{Datelike, NaiveDate};
use iin_precheck::rules::{
    countries, evaluate, evaluate_json, ruleset, Applicant, Category, Certification, Citizenship,
    Country, DocumentId, HeldCertification, HeldDocument, IdentityDocument, IdentityDocumentType,
    Language, Need, Outcome, Purpose, Reason, Route, RulesetId, Verdict,
};
use proptest::prelude::*;

fn date_between(from: NaiveDate, days: i64) -> impl Strategy<Value = NaiveDate> {
    (0..days).prop_map(move |d| from + chrono::Duration::days(d))
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn country() -> impl Strategy<Value = Country> {
    let codes: Vec<&'static str> = countries::all().iter().map(|r| r.code).collect();
    // Weight a few states of interest (treaty edges) alongside the whole table.
    prop_oneof![
        3 => prop::sample::select(codes).prop_map(|c| Country::parse(c).expect("table code")),
        1 => prop::sample::select(vec!["KZ", "RU", "UA", "DE", "AE", "VN", "DZ", "CN", "MD", "XK"])
            .prop_map(|c| Country::parse(c).expect("known code")),
    ]
}

fn citizenship() -> impl Strategy<Value = Citizenship> {
    prop_oneof![1 => Just(Citizenship::Stateless), 9 => country().prop_map(Citizenship::Of)]
}

fn held_document() -> impl Strategy<Value = HeldDocument> {
    (
        prop::sample::select(DocumentId::ALL.to_vec()),
        prop::option::of(country()),
        prop::option::of(prop::sample::select(vec![
            Language::Kk,
            Language::Ru,
            Language::Other,
        ])),
        any::<bool>(),
        prop::sample::select(vec![
            HeldCertification::None,
            HeldCertification::Apostille,
            HeldCertification::Legalization,
        ]),
    )
        .prop_map(
            |(id, issuer, language, translated, certified)| HeldDocument {
                id,
                issuer,
                language,
                translated,
                certified,
            },
        )
}

fn identity_document() -> impl Strategy<Value = IdentityDocument> {
    (
        prop::sample::select(vec![
            IdentityDocumentType::Passport,
            IdentityDocumentType::RefugeeCertificate,
        ]),
        prop::option::of(country()),
        prop::option::of(date_between(ymd(2022, 1, 1), 365 * 8)),
        any::<bool>(),
    )
        .prop_map(
            |(kind, issuer, expires, latin_or_cyrillic)| IdentityDocument {
                kind,
                issuer,
                expires,
                latin_or_cyrillic,
            },
        )
}

prop_compose! {
    fn applicant()(
        date in date_between(ymd(2023, 6, 1), 365 * 5),
        ruleset in prop::option::weighted(0.15, prop::sample::select(vec!["fi-pilot-2024", "fi-pilot-2025", "in-country-2024"])),
        route in prop::sample::select(Route::ALL.to_vec()),
        purpose in prop::sample::select(vec![Purpose::Formation, Purpose::Correction]),
        category in prop::option::of(prop::sample::select(Category::ALL.to_vec())),
        citizenship in citizenship(),
        birth_date in prop::option::of(date_between(ymd(1930, 1, 1), 365 * 96)),
        has_iin in any::<bool>(),
        identity_document in prop::option::weighted(0.8, identity_document()),
        documents in prop::collection::vec(held_document(), 0..6),
        consent in prop::option::of(any::<bool>()),
        represented in any::<bool>(),
        imprisoned in any::<bool>(),
    ) -> Applicant {
        Applicant {
            date,
            ruleset: ruleset.and_then(|id| RulesetId::parse(id).ok()),
            route,
            purpose,
            category,
            citizenship,
            birth_date,
            has_iin,
            identity_document,
            documents,
            consent,
            represented,
            imprisoned,
        }
    }
}

/// Internal consistency every outcome must have.
fn check_invariants(applicant: &Applicant, outcome: &Outcome) -> Result<(), TestCaseError> {
    let blocking: Vec<Reason> = outcome
        .reasons
        .iter()
        .copied()
        .filter(|r| *r != Reason::OutsideRulesetTerm)
        .collect();
    prop_assert_eq!(
        blocking.is_empty(),
        outcome.verdict == Verdict::Eligible,
        "reasons {:?} vs verdict {:?}",
        outcome.reasons,
        outcome.verdict
    );
    prop_assert_eq!(
        outcome.ready_on.is_some(),
        matches!(outcome.verdict, Verdict::Eligible | Verdict::ActionNeeded)
    );
    if let Some(ready) = outcome.ready_on {
        prop_assert!(
            ready > applicant.date,
            "ready {} not after {}",
            ready,
            applicant.date
        );
    }
    let detail_codes: Vec<Reason> = outcome.reasons_detail.iter().map(|r| r.code).collect();
    prop_assert_eq!(&detail_codes, &outcome.reasons);
    for detail in &outcome.reasons_detail {
        prop_assert!(
            !detail.basis.is_empty(),
            "reason {:?} without basis",
            detail.code
        );
        // "Part of this rests on our reading" names the reading (found by an audit of the
        // law: the reason for an apostille claimed a reading and showed none).
        prop_assert!(
            !detail.interpretation || !detail.interpretations.is_empty(),
            "reason {:?} claims a reading it does not name: {:?}",
            detail.code,
            detail.basis
        );
    }
    for item in &outcome.documents {
        prop_assert!(!item.basis.is_empty(), "{:?} without basis", item.id);
        prop_assert!(
            !item.interpretation || !item.interpretations.is_empty(),
            "{:?} claims a reading it does not name",
            item.id
        );
        let mut sorted = item.needs.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(&sorted, &item.needs);
        if item.id == DocumentId::ApplicationForm {
            prop_assert!(item.needs.is_empty());
        }
        if matches!(
            item.certification,
            Certification::None | Certification::TreatyExempt
        ) {
            prop_assert!(!item.needs.contains(&Need::Apostille));
            prop_assert!(!item.needs.contains(&Need::Legalization));
        }
    }
    Ok(())
}

fn held_for(
    outcome_item: &iin_precheck::rules::ChecklistItem,
    applicant: &Applicant,
) -> HeldDocument {
    let certified = match outcome_item.certification {
        Certification::Apostille => HeldCertification::Apostille,
        Certification::Legalization => HeldCertification::Legalization,
        Certification::None | Certification::TreatyExempt => HeldCertification::None,
    };
    HeldDocument {
        id: outcome_item.id,
        issuer: outcome_item
            .issuer
            .or_else(|| applicant.citizenship.country()),
        language: Some(Language::Ru),
        translated: true,
        certified,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_is_total_deterministic_and_consistent(a in applicant()) {
        let first = evaluate(&a);
        let second = evaluate(&a);
        prop_assert_eq!(&first, &second);
        check_invariants(&a, &first)?;
        // The JSON entry point agrees with the Rust one.
        // A birth date after `date` is refused there, naming the field (nobody applies before
        // they are born); `evaluate` itself stays total.
        let json = serde_json::to_string(&a).expect("applicant serializes");
        // So is a declared rule set that does not serve the route.
        let other_route = a.ruleset.as_ref().and_then(|id| ruleset::by_id(id.as_str()))
            .is_some_and(|rs| !rs.serves(a.route));
        // And a document given twice (only one copy could be judged).
        let twice = a.documents.iter().enumerate()
            .any(|(i, d)| a.documents[..i].iter().any(|other| other.id == d.id));
        if twice {
            let e = evaluate_json(&json).expect_err("a document given twice is refused");
            prop_assert!(e.path.starts_with("documents["), "{}", e);
        } else if a.birth_date.is_some_and(|born| born > a.date || born.year() < 1900) {
            let e = evaluate_json(&json).expect_err("a birth after the date is refused");
            prop_assert_eq!(e.path.as_str(), "birth_date");
        } else if other_route {
            let e = evaluate_json(&json).expect_err("another route's rule set is refused");
            prop_assert_eq!(e.path.as_str(), "ruleset");
        } else {
            let via_json = evaluate_json(&json).expect("a serialized applicant parses");
            let direct = serde_json::to_string(&first).expect("outcome serializes");
            prop_assert_eq!(via_json, direct);
        }
    }

    #[test]
    fn providing_a_missing_document_never_makes_it_worse(a in applicant()) {
        let before = evaluate(&a);
        for item in before.documents.iter().filter(|i| i.needs.contains(&Need::Provide)) {
            let mut better = a.clone();
            match item.id {
                DocumentId::Passport | DocumentId::RefugeeCertificate => {
                    better.identity_document = Some(IdentityDocument {
                        kind: if item.id == DocumentId::Passport {
                            IdentityDocumentType::Passport
                        } else {
                            IdentityDocumentType::RefugeeCertificate
                        },
                        issuer: a.citizenship.country(),
                        expires: a.date.checked_add_days(chrono::Days::new(3650)),
                        latin_or_cyrillic: true,
                    });
                }
                _ => better.documents.insert(0, held_for(item, &a)),
            }
            let after = evaluate(&better);
            prop_assert!(
                after.verdict <= before.verdict,
                "providing {:?}: {:?} -> {:?}", item.id, before.verdict, after.verdict
            );
        }
    }

    #[test]
    fn adding_a_needed_certification_or_translation_never_makes_it_worse(a in applicant()) {
        let before = evaluate(&a);
        let mut better = a.clone();
        for held in better.documents.iter_mut() {
            if let Some(item) = before.documents.iter().find(|i| i.id == held.id && i.provided) {
                if item.needs.contains(&Need::Apostille) {
                    held.certified = HeldCertification::Apostille;
                }
                if item.needs.contains(&Need::Legalization) {
                    held.certified = HeldCertification::Legalization;
                }
                if item.needs.contains(&Need::Translation) {
                    held.translated = true;
                }
            }
        }
        if let Some(doc) = better.identity_document.as_mut() {
            if doc.expires.is_some_and(|e| e < a.date) {
                doc.expires = a.date.checked_add_days(chrono::Days::new(365));
            }
        }
        let after = evaluate(&better);
        prop_assert!(after.verdict <= before.verdict, "{:?} -> {:?}", before.verdict, after.verdict);
        // And no new reason appears.
        for reason in &after.reasons {
            prop_assert!(before.reasons.contains(reason), "new reason {:?}", reason);
        }
    }

    #[test]
    fn evaluate_json_never_panics_on_any_string(s in any::<String>()) {
        let _ = evaluate_json(&s);
    }

    #[test]
    fn evaluate_json_never_panics_on_json_like_input(
        date in "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        route in "(consulate|mfa|in_country|x)",
        cit in "([A-Za-z]{2}|stateless|)",
        extra in prop::collection::vec(("[a-z_]{1,12}", "(true|false|null|1|\"[a-z]{0,3}\"|\\[\\]|\\{\\})"), 0..4),
    ) {
        let mut fields = vec![
            format!("\"date\":\"{date}\""),
            format!("\"route\":\"{route}\""),
            format!("\"citizenship\":\"{cit}\""),
        ];
        fields.extend(extra.iter().map(|(k, v)| format!("\"{k}\":{v}")));
        let input = format!("{{{}}}", fields.join(","));
        let _ = evaluate_json(&input);
    }
}
