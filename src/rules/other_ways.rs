//! Other ways for an applicant the planned one does not serve: a later day, when the outcome
//! rests on a minimum age reached after the planned day (the senior group's 65), and a Public
//! Service Centre in Kazakhstan, when the reason is one of this way's own.
//!
//! Decided here, not on the page (found by a code review: the result page compared the
//! birthday, not the first day the offices open on or after it, with the end of the rules'
//! term, and kept its own list of the reasons a Public Service Centre may not share).
//! `earlier` is the counterpart for a limit passed before the planned day.

use chrono::NaiveDate;

use super::contract::{Applicant, Outcome, Reason, Route};
use super::{evaluate, ruleset};

/// The day a minimum age of the group is reached, and what it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaterDay {
    /// Reached within the rules' term (or under rules a consulate declares, which it applies
    /// past their term): from `birthday`, first on `first`, the first day the offices are open
    /// on or after it. `declared_past`: the declared rules' last day, where `first` is after it
    /// (the consulate's word, not the rules' term, keeps them then: found by a regression
    /// audit, a 2027 day given under rules that ended in 2025 as if certain).
    From {
        age: u32,
        birthday: NaiveDate,
        first: NaiveDate,
        declared_past: Option<NaiveDate>,
    },
    /// Reached only after the rules' last day, `end`: these rules will not serve then.
    AfterTerm {
        age: u32,
        birthday: NaiveDate,
        end: NaiveDate,
    },
}

/// The later day on which the group's minimum age no longer refuses the applicant, read from
/// the rule set's own age rule (never a number written here), where the outcome gives that
/// reason. Checked with `evaluate` on that day: same rules, the reason gone.
pub fn later_day(applicant: &Applicant, outcome: &Outcome) -> Option<LaterDay> {
    let rs = outcome.ruleset.as_deref().and_then(ruleset::by_id)?;
    let rule = rs.category_rule(applicant.category?)?.age.as_ref()?;
    let ruleset::AgeLimit::AtLeast(age) = rule.limit else {
        return None;
    };
    if !outcome.reasons.contains(&rule.reason) {
        return None;
    }
    let birthday = rule.met_from(applicant.birth_date?)?;
    let first = evaluate::submission_day(birthday);
    let past_end = rs.term.to.filter(|end| first > *end);
    // Declared rules apply past their term, as far as the consulate says so.
    if let (Some(end), None) = (past_end, &applicant.ruleset) {
        return Some(LaterDay::AfterTerm { age, birthday, end });
    }
    let mut then = applicant.clone();
    then.date = first;
    let then = evaluate::evaluate(&then);
    (then.ruleset == outcome.ruleset && !then.reasons.contains(&rule.reason)).then_some(
        LaterDay::From {
            age,
            birthday,
            first,
            declared_past: past_end,
        },
    )
}

/// Whether the ministry's rules are in force on `date`: a diplomat sent there is told to go
/// only then, and otherwise where else (one answer for the rules core and the page, found by
/// a review: the result page computed it again).
pub fn mfa_in_force(date: NaiveDate) -> bool {
    ruleset::ruleset_for(Route::Mfa, date).is_some_and(|s| s.in_force)
}

/// Whether a Public Service Centre in Kazakhstan may serve someone this way (an embassy or
/// consulate abroad, or the ministry) does not: the reasons are this way's own (no rules on
/// the date, a group or age its rules do not take, the ministry's diplomats only, a ministry
/// whose rules are not in force on the date), and none refuses everywhere (an IIN already
/// held, Kazakhstan citizenship). Whether that centre's rules serve them is said from its own
/// record where the page names it.
pub fn in_country_may_serve(outcome: &Outcome, route: Route, date: NaiveDate) -> bool {
    let has = |r: Reason| outcome.reasons.contains(&r);
    let this_ways_own = [
        Reason::RouteUnavailableOnDate,
        Reason::CategoryNotCovered,
        Reason::StatelessNotCovered,
        Reason::MfaOnlyForDiplomaticStaff,
        Reason::Under65,
        Reason::ChildNotUnder16,
    ]
    .into_iter()
    .any(has)
        || (has(Reason::UseMfaRoute) && !mfa_in_force(date));
    let refused_everywhere = has(Reason::AlreadyHasIin) || has(Reason::KazakhstanCitizen);
    route != Route::InCountry && this_ways_own && !refused_everywhere
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::evaluate::evaluate;
    use crate::rules::json::parse_applicant;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A Turkish senior at a consulate under the 2025 rules (term to 2025-12-31), born `dob`,
    /// applying on `date`; `declared`: the consulate declares those rules.
    fn senior(date: &str, dob: &str, declared: bool) -> Applicant {
        let ruleset = if declared {
            r#""ruleset":"fi-pilot-2025","#
        } else {
            ""
        };
        parse_applicant(&format!(
            r#"{{"date":"{date}",{ruleset}"route":"consulate","category":"senior",
            "citizenship":"TR","birth_date":"{dob}","has_iin":false,
            "identity_document":{{"type":"passport","issuer":"TR","expires":"2030-01-01"}}}}"#
        ))
        .unwrap()
    }

    fn later(a: &Applicant) -> Option<LaterDay> {
        later_day(a, &evaluate(a))
    }

    #[test]
    fn no_later_day_where_no_rules_serve_the_date() {
        // After the 2025 term, with no rules declared (or rules named that this tool does not
        // hold, which reach `evaluate` as none): only the rules' absence is a reason, so no
        // birthday is offered as a way, let alone "after these rules end".
        let a = senior("2026-12-07", "1962-07-02", false);
        let o = evaluate(&a);
        assert_eq!(o.reasons, vec![Reason::RouteUnavailableOnDate]);
        assert_eq!(later_day(&a, &o), None);
    }

    #[test]
    fn a_senior_under_65_is_told_the_day_from_which_the_group_takes_them() {
        // 65 on Wednesday 2 July 2025, within the 2025 term.
        let a = senior("2025-06-02", "1960-07-02", false);
        assert!(evaluate(&a).reasons.contains(&Reason::Under65));
        assert_eq!(
            later(&a),
            Some(LaterDay::From {
                age: 65,
                birthday: ymd(2025, 7, 2),
                first: ymd(2025, 7, 2),
                declared_past: None,
            })
        );
        // 65 on Saturday 5 July 2025; Capital Day (Sunday 6 July) moved its day off to Monday
        // 7 July: the first open day is Tuesday 8 July.
        assert_eq!(
            later(&senior("2025-06-02", "1960-07-05", false)),
            Some(LaterDay::From {
                age: 65,
                birthday: ymd(2025, 7, 5),
                first: ymd(2025, 7, 8),
                declared_past: None,
            })
        );
        // Not for someone 65 already.
        assert_eq!(later(&senior("2025-06-02", "1950-01-01", false)), None);
    }

    #[test]
    fn a_first_open_day_after_the_term_s_end_is_after_the_term() {
        // 65 on Wednesday 31 December 2025, the term's last day: within the term.
        assert!(matches!(
            later(&senior("2025-06-02", "1960-12-31", false)),
            Some(LaterDay::From { .. })
        ));
        // 65 on Saturday 27 December 2025: offices open Monday 29, within the term.
        assert!(matches!(
            later(&senior("2025-06-02", "1960-12-27", false)),
            Some(LaterDay::From { first, .. }) if first == ymd(2025, 12, 29)
        ));
        // 65 in 2026: after the term.
        assert_eq!(
            later(&senior("2025-06-02", "1961-02-10", false)),
            Some(LaterDay::AfterTerm {
                age: 65,
                birthday: ymd(2026, 2, 10),
                end: ymd(2025, 12, 31)
            })
        );
        // Under rules a consulate declares, no end: the day itself, with the rules' last day
        // said (they serve then only as far as the consulate still applies them).
        assert_eq!(
            later(&senior("2025-06-02", "1961-02-10", true)),
            Some(LaterDay::From {
                age: 65,
                birthday: ymd(2026, 2, 10),
                first: ymd(2026, 2, 10),
                declared_past: Some(ymd(2025, 12, 31)),
            })
        );
        // Within the term, declared or not, nothing more to say.
        assert!(matches!(
            later(&senior("2025-06-02", "1960-07-02", true)),
            Some(LaterDay::From {
                declared_past: None,
                ..
            })
        ));
    }

    #[test]
    fn a_public_service_centre_is_offered_for_this_way_s_own_reasons_only() {
        let a = senior("2025-06-02", "1960-07-02", false);
        let o = evaluate(&a);
        assert!(in_country_may_serve(&o, Route::Consulate, a.date));
        // Not at a Public Service Centre already.
        assert!(!in_country_may_serve(&o, Route::InCountry, a.date));
        // Not for someone refused everywhere.
        let mut held = o.clone();
        held.reasons.push(Reason::AlreadyHasIin);
        assert!(!in_country_may_serve(&held, Route::Consulate, a.date));
        // Not for someone this way serves.
        let served = senior("2025-06-02", "1950-01-01", false);
        assert!(!in_country_may_serve(
            &evaluate(&served),
            Route::Consulate,
            served.date
        ));
    }

    /// A diplomat at a consulate is sent to the ministry, not to a Public Service Centre, while
    /// the ministry's rules are in force; once they are not, the centre is offered (found by
    /// mutation testing: no test had a diplomat, so the ministry clause could be dropped).
    #[test]
    fn a_diplomat_is_sent_to_the_ministry_while_its_rules_are_in_force() {
        let diplomat = |date: &str, declared: bool| {
            let ruleset = if declared {
                r#""ruleset":"fi-pilot-2025","#
            } else {
                ""
            };
            parse_applicant(&format!(
                r#"{{"date":"{date}",{ruleset}"route":"consulate","category":"diplomatic_staff",
                "citizenship":"TR","has_iin":false,
                "identity_document":{{"type":"passport","issuer":"TR","expires":"2030-01-01"}}}}"#
            ))
            .unwrap()
        };
        // 2 June 2025: the ministry serves diplomats; no Public Service Centre instead.
        let a = diplomat("2025-06-02", false);
        let o = evaluate(&a);
        assert!(o.reasons.contains(&Reason::UseMfaRoute), "{:?}", o.reasons);
        assert!(mfa_in_force(a.date));
        assert!(!in_country_may_serve(&o, Route::Consulate, a.date));
        // 7 December 2026, a consulate declaring the 2025 rules: the ministry's are not in
        // force, so the centre may serve.
        let a = diplomat("2026-12-07", true);
        let o = evaluate(&a);
        assert!(o.reasons.contains(&Reason::UseMfaRoute), "{:?}", o.reasons);
        assert!(!mfa_in_force(a.date));
        assert!(in_country_may_serve(&o, Route::Consulate, a.date));
    }
}
