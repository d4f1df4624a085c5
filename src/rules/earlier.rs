//! An earlier day to apply. Where the outcome on the planned day rests on a limit the applicant
//! passes before it, the child's upper age (16 in the 2025 rules) or the identity document's
//! expiry, applying on an earlier day the office is open may avoid the refusal or the renewal
//! (found by an audit of dates: a parent told "you cannot get an IIN this way" for a Saturday,
//! the child 16 on the Monday, though the Friday before would do; a passport valid until the
//! 20th, "renew it" for a day after it and nothing of applying before).
//!
//! Decided here, not on the page: the day is the last open day before the limit, not in the
//! past, and `evaluate` on that day must no longer give the reason (same rules, no other
//! refusal: the day is offered only where it changes the outcome).

use chrono::{Days, NaiveDate};

use super::contract::{Applicant, Outcome, Reason, Verdict};
use super::{age, calendar, evaluate, ruleset};

/// What an earlier day avoids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Avoids {
    /// The group's upper age: the applicant (a child) is still under it on `by`.
    AgeLimit { under: u32, birthday: NaiveDate },
    /// The identity document's expiry: still valid on `by` (it expires on `expires`).
    Expiry { expires: NaiveDate },
}

/// The last day to apply to avoid a limit, and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EarlierDay {
    pub by: NaiveDate,
    pub avoids: Avoids,
}

/// The last day the offices are open on or before `day`, within a month of it.
fn last_open_on_or_before(day: NaiveDate) -> Option<NaiveDate> {
    let mut d = day;
    for _ in 0..40 {
        if calendar::is_working_day(d).0 {
            return Some(d);
        }
        d = d.pred_opt()?;
    }
    None
}

/// The group's upper age, read from the applied rule set's own record: its reason, the age,
/// and the birthday on which the applicant reaches it.
fn upper_age(applicant: &Applicant, outcome: &Outcome) -> Option<(Reason, u32, NaiveDate)> {
    let rs = outcome.ruleset.as_deref().and_then(ruleset::by_id)?;
    let rule = rs.category_rule(applicant.category?)?.age.as_ref()?;
    let ruleset::AgeLimit::Under(under) = rule.limit else {
        return None;
    };
    let birthday = age::reached_on(applicant.birth_date?, under)?;
    Some((rule.reason, under, birthday))
}

/// The earlier day, if there is one not before `today` that avoids what `outcome` (the
/// outcome of `applicant`) rests on. Every limit at once: the day is the last open one before
/// the first of them (found by a regression audit: "apply by the 18th" to a child still 15
/// then, whose passport had expired on the 10th). Never before the rules' review date: a
/// device whose clock is behind it is wrong (`clock_behind`), and its "today" offered a day
/// long past.
pub fn earlier_day(
    applicant: &Applicant,
    outcome: &Outcome,
    today: NaiveDate,
) -> Option<EarlierDay> {
    let today = today.max(ruleset::RULES_REVIEWED_ON);
    let has = |r: Reason| outcome.reasons.contains(&r);
    // The limits the planned day passes: each with its reason and the last day before it.
    let mut limits: Vec<(Reason, NaiveDate, Avoids)> = Vec::new();
    if let Some((reason, under, birthday)) = upper_age(applicant, outcome) {
        if has(reason) {
            let last_under = birthday.checked_sub_days(Days::new(1))?;
            limits.push((reason, last_under, Avoids::AgeLimit { under, birthday }));
        }
    }
    if has(Reason::IdentityDocumentExpired) {
        if let Some(expires) = applicant.identity_document.as_ref().and_then(|d| d.expires) {
            limits.push((
                Reason::IdentityDocumentExpired,
                expires,
                Avoids::Expiry { expires },
            ));
        }
    }
    // What the sentence names: the group's age first (a refusal), else the expiry.
    let (_, _, avoids) = *limits.first()?;
    let first_limit = limits.iter().map(|(_, day, _)| *day).min()?;
    let by = last_open_on_or_before(first_limit)?;
    let submitted = outcome.first_open_day.unwrap_or(applicant.date);
    if by < today || by >= submitted {
        return None;
    }
    let mut earlier = applicant.clone();
    earlier.date = by;
    let then = evaluate(&earlier);
    let better = limits
        .iter()
        .all(|(reason, _, _)| !then.reasons.contains(reason))
        && !then.reasons.contains(&Reason::IdentityDocumentExpired)
        && then.ruleset == outcome.ruleset
        && then.verdict != Verdict::Unavailable
        && then.verdict != Verdict::NotEligible;
    better.then_some(EarlierDay { by, avoids })
}

/// How long after the day of application a limit is named where documents are still to do:
/// an apostille, a consular legalization or a notarized translation may take weeks, and the
/// page cannot know how many (a choice of presentation, not a rule: the sentences it gates are
/// true for any limit).
pub const LIMIT_NAMED_WITHIN_DAYS: u64 = 90;

/// The last days to apply, where documents are still to do and a limit comes soon after the
/// day the applicant can submit: the identity document's last valid day (if the rest is not
/// ready by then, it must be renewed first) and a group's upper age (after it, not in this
/// group). Each is the last day the offices are open on or before its limit, not before
/// `today` (nor the rules' review date), earliest first, offered only where `evaluate` after
/// the limit gives its reason. Found by an audit: "You have it" beside a passport valid one
/// more day, while a marriage certificate still needed an apostille; then, by a regression
/// audit of the first version, the expiry named to a parent whose child turned 16 before it,
/// a Sunday named as the day to be ready by, and a day already past.
pub fn ready_by(applicant: &Applicant, outcome: &Outcome, today: NaiveDate) -> Vec<EarlierDay> {
    if outcome.verdict != Verdict::ActionNeeded {
        return Vec::new();
    }
    let today = today.max(ruleset::RULES_REVIEWED_ON);
    // From the day the applicant can submit, or from today for a planned day already past
    // (found by a regression audit: a saved link's passport expiring in 13 days went unnamed
    // because the link's date was older than 90 days).
    let from = outcome.first_open_day.unwrap_or(applicant.date).max(today);
    let Some(horizon) = from.checked_add_days(Days::new(LIMIT_NAMED_WITHIN_DAYS)) else {
        return Vec::new();
    };
    // The limits: the last day still good, and what it avoids.
    let mut limits: Vec<(NaiveDate, Avoids, Reason)> = Vec::new();
    if !outcome.reasons.contains(&Reason::IdentityDocumentExpired) {
        if let Some(expires) = applicant.identity_document.as_ref().and_then(|d| d.expires) {
            limits.push((
                expires,
                Avoids::Expiry { expires },
                Reason::IdentityDocumentExpired,
            ));
        }
    }
    if let Some((reason, under, birthday)) = upper_age(applicant, outcome) {
        if let Some(last_under) = birthday.pred_opt() {
            limits.push((last_under, Avoids::AgeLimit { under, birthday }, reason));
        }
    }
    let mut days: Vec<EarlierDay> = limits
        .into_iter()
        .filter(|(limit, _, _)| (from..=horizon).contains(limit))
        .filter_map(|(limit, avoids, reason)| {
            let by = last_open_on_or_before(limit)?;
            if by < from {
                return None;
            }
            // After the limit, the reason it names (the same rules judging).
            let mut after = applicant.clone();
            after.date = limit.succ_opt()?;
            let then = evaluate(&after);
            if then.ruleset != outcome.ruleset || !then.reasons.contains(&reason) {
                return None;
            }
            // On the day named, the same rules still serve the applicant (found by a
            // regression audit: "apply by 18 December" for a child 16 since the 5th, whose
            // group was closed to them by then). An identity document expired by then is
            // no bar: the line on its own last day says to renew it.
            let mut on = applicant.clone();
            on.date = by;
            let then = evaluate(&on);
            let served = then.ruleset == outcome.ruleset
                && then.verdict != Verdict::NotEligible
                && then.verdict != Verdict::Unavailable;
            served.then_some(EarlierDay { by, avoids })
        })
        .collect();
    super::order::sort_by_key(&mut days, |d| d.by);
    // From the group's upper age on, no day serves: none on it or after it is named (found by
    // regression audits: "apply by 5 January 2027 … renew the document first" after "apply by
    // 18 December 2026 … After that, the child cannot get an IIN in this group"; and a renewal
    // advised for the same 18 December, which gains nothing).
    let age_by = days
        .iter()
        .find(|d| matches!(d.avoids, Avoids::AgeLimit { .. }))
        .map(|d| d.by);
    if let Some(age_by) = age_by {
        days.retain(|d| matches!(d.avoids, Avoids::AgeLimit { .. }) || d.by < age_by);
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::json::parse_applicant;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A German child at a consulate declaring the 2025 rules, born `dob`, applying on `date`.
    fn child(date: &str, dob: &str) -> Applicant {
        parse_applicant(&format!(
            r#"{{"date":"{date}","ruleset":"fi-pilot-2025","route":"consulate","category":"child",
            "citizenship":"DE","birth_date":"{dob}","has_iin":false,
            "identity_document":{{"type":"passport","issuer":"DE","expires":"2030-01-01"}},
            "documents":[{{"id":"birth_certificate","issuer":"DE","language":"other","translated":true,"certified":"apostille"}},
            {{"id":"parent_kz_identity","issuer":"KZ","language":"kk"}}]}}"#
        ))
        .unwrap()
    }

    fn in_country(date: &str, expires: &str) -> Applicant {
        parse_applicant(&format!(
            r#"{{"date":"{date}","route":"in_country","citizenship":"DE","has_iin":false,
            "identity_document":{{"type":"passport","issuer":"DE","expires":"{expires}"}}}}"#
        ))
        .unwrap()
    }

    fn earlier(a: &Applicant, today: NaiveDate) -> Option<EarlierDay> {
        earlier_day(a, &evaluate(a), today)
    }

    #[test]
    fn a_child_sixteen_on_the_first_open_day_may_apply_the_friday_before() {
        // Saturday 19 December 2026, first open day Monday 21: the child is 16 that day.
        let a = child("2026-12-19", "2010-12-21");
        assert!(evaluate(&a).reasons.contains(&Reason::ChildNotUnder16));
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)),
            Some(EarlierDay {
                by: ymd(2026, 12, 18),
                avoids: Avoids::AgeLimit {
                    under: 16,
                    birthday: ymd(2010 + 16, 12, 21)
                },
            })
        );
        // Not once that Friday is past.
        assert_eq!(earlier(&a, ymd(2026, 12, 19)), None);
        // Nor where the child is under 16 on the day anyway.
        assert_eq!(
            earlier(&child("2026-12-18", "2010-12-21"), ymd(2026, 12, 6)),
            None
        );
    }

    #[test]
    fn the_last_day_under_the_limit_skips_the_days_off_before_it() {
        // 16 on Tuesday 22 December 2026: Monday 21 is the last day under 16.
        let a = child("2027-01-11", "2010-12-22");
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)).map(|e| e.by),
            Some(ymd(2026, 12, 21))
        );
        // 16 on Thursday 17 December 2026, after Independence Day (the 16th): the 15th.
        let a = child("2027-01-11", "2010-12-17");
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)).map(|e| e.by),
            Some(ymd(2026, 12, 15))
        );
    }

    #[test]
    fn a_passport_valid_until_a_day_off_is_still_good_the_open_day_before() {
        // Expires Sunday 20 December 2026; planned 11 January 2027: apply by Friday 18.
        let a = in_country("2027-01-11", "2026-12-20");
        assert!(evaluate(&a)
            .reasons
            .contains(&Reason::IdentityDocumentExpired));
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)),
            Some(EarlierDay {
                by: ymd(2026, 12, 18),
                avoids: Avoids::Expiry {
                    expires: ymd(2026, 12, 20)
                },
            })
        );
        // Valid on a Saturday it expires on, refused for that day (first open day Monday):
        // the Friday before.
        let a = in_country("2026-12-12", "2026-12-12");
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)).map(|e| e.by),
            Some(ymd(2026, 12, 11))
        );
        // Already expired today: nothing earlier.
        assert_eq!(
            earlier(&in_country("2027-01-11", "2026-12-01"), ymd(2026, 12, 6)),
            None
        );
    }

    #[test]
    fn a_child_whose_passport_expires_first_is_offered_the_day_before_the_expiry() {
        // 16 on 21 December 2026, the passport valid until 10 December (a Thursday).
        let mut a = child("2026-12-19", "2010-12-21");
        a.identity_document.as_mut().unwrap().expires = Some(ymd(2026, 12, 10));
        assert_eq!(
            earlier(&a, ymd(2026, 12, 6)).map(|e| e.by),
            Some(ymd(2026, 12, 10))
        );
        // Expired already: no day to offer.
        a.identity_document.as_mut().unwrap().expires = Some(ymd(2026, 12, 1));
        assert_eq!(earlier(&a, ymd(2026, 12, 6)), None);
    }

    #[test]
    fn a_clock_behind_the_review_date_offers_no_day_before_it() {
        // A device on 20 May 2025 (before the rules' review): the 30th of that May is past.
        let a = in_country("2025-06-10", "2025-06-01");
        assert_eq!(earlier(&a, ymd(2025, 5, 20)), None);
    }

    #[test]
    fn no_earlier_day_where_the_rules_then_are_others() {
        // The in-country rules before 25 March 2024 are not held: a passport expiring on
        // 20 March 2024 offers no day under other rules.
        let a = in_country("2024-04-01", "2024-03-20");
        assert_eq!(earlier(&a, ymd(2024, 3, 1)), None);
    }

    /// The last open day under the limit may be today: it is still offered (found by mutation
    /// testing: "not in the past" read as "after today" went unnoticed).
    #[test]
    fn the_last_day_under_the_limit_is_offered_on_that_day_itself() {
        // 16 on Monday 21 December 2026; today is Friday 18, the last open day before it.
        let a = child("2026-12-19", "2010-12-21");
        assert_eq!(
            earlier(&a, ymd(2026, 12, 18)).map(|e| e.by),
            Some(ymd(2026, 12, 18))
        );
    }

    /// No earlier day for someone the earlier day would still refuse: a child who already
    /// holds an IIN is told of no day "before 16" (found by mutation testing: with the review
    /// date now later than the other tests' days, nothing reached the final check).
    #[test]
    fn no_earlier_day_for_a_child_refused_on_it_anyway() {
        let mut a = child("2026-12-19", "2010-12-21");
        a.has_iin = true;
        let o = evaluate(&a);
        assert!(
            o.reasons.contains(&Reason::ChildNotUnder16),
            "{:?}",
            o.reasons
        );
        assert!(
            o.reasons.contains(&Reason::AlreadyHasIin),
            "{:?}",
            o.reasons
        );
        assert_eq!(earlier(&a, ymd(2026, 12, 6)), None);
    }

    #[test]
    fn the_last_days_to_apply_while_documents_are_still_to_do() {
        // The birth certificate still needs its apostille.
        let pending = |date: &str, dob: &str, expires: &str| {
            let mut a = child(date, dob);
            a.identity_document.as_mut().unwrap().expires =
                Some(crate::rules::dates::parse_iso(expires).unwrap());
            a.documents[0].certified = crate::rules::contract::HeldCertification::None;
            a
        };
        let today = ymd(2026, 12, 7);
        let by = |a: &Applicant| {
            ready_by(a, &evaluate(a), today)
                .into_iter()
                .map(|d| (d.by, d.avoids))
                .collect::<Vec<_>>()
        };
        let expiry = |y, m, d| Avoids::Expiry {
            expires: ymd(y, m, d),
        };
        // Planned Monday 14 December 2026; the passport valid until Wednesday the 16th,
        // Independence Day: the 15th. The child is 10.
        let a = pending("2026-12-14", "2016-03-01", "2026-12-16");
        assert_eq!(evaluate(&a).verdict, Verdict::ActionNeeded);
        assert_eq!(by(&a), vec![(ymd(2026, 12, 15), expiry(2026, 12, 16))]);
        // Valid until the planned day itself: that day.
        let a = pending("2026-12-14", "2016-03-01", "2026-12-14");
        assert_eq!(by(&a), vec![(ymd(2026, 12, 14), expiry(2026, 12, 14))]);
        // Named up to 90 days after (a Friday), not beyond.
        let a = pending("2026-12-14", "2016-03-01", "2027-03-12");
        assert_eq!(by(&a), vec![(ymd(2027, 3, 12), expiry(2027, 3, 12))]);
        let a = pending("2026-12-14", "2016-03-01", "2027-03-15");
        assert_eq!(by(&a), vec![]);
        // Expired on the day: the refusal's own sentence (`earlier_day`), not this one.
        let a = pending("2026-12-14", "2016-03-01", "2026-12-11");
        assert_eq!(by(&a), vec![]);
        // The child turns 16 on Sunday 20 December 2026, the passport valid until 5 January:
        // the age (Friday 18th), and nothing after it, where the group no longer serves.
        let sixteen = Avoids::AgeLimit {
            under: 16,
            birthday: ymd(2026, 12, 20),
        };
        let a = pending("2026-12-14", "2010-12-20", "2027-01-05");
        assert_eq!(by(&a), vec![(ymd(2026, 12, 18), sixteen)]);
        // The passport valid until Saturday the 19th: its last open day is the age's too, and
        // a renewal would gain nothing.
        let a = pending("2026-12-14", "2010-12-20", "2026-12-19");
        assert_eq!(by(&a), vec![(ymd(2026, 12, 18), sixteen)]);
        // The passport first (valid until the 16th, a holiday: the 15th), then the age.
        let a = pending("2026-12-14", "2010-12-20", "2026-12-16");
        assert_eq!(
            by(&a),
            vec![
                (ymd(2026, 12, 15), expiry(2026, 12, 16)),
                (ymd(2026, 12, 18), sixteen)
            ]
        );
        // A planned day in the past: no day before today.
        let a = pending("2026-11-02", "2016-03-01", "2026-11-20");
        assert_eq!(by(&a), vec![]);
        // But a limit still ahead is named, within 90 days of today, however old the day
        // planned.
        let a = pending("2026-11-02", "2016-03-01", "2026-12-10");
        assert_eq!(by(&a), vec![(ymd(2026, 12, 10), expiry(2026, 12, 10))]);
        let a = pending("2026-08-03", "2016-03-01", "2026-12-18");
        assert_eq!(by(&a), vec![(ymd(2026, 12, 18), expiry(2026, 12, 18))]);
        // Not a day on which the group no longer serves: a child 16 since 5 December, on a
        // day planned before it.
        let a = pending("2026-12-01", "2010-12-05", "2026-12-20");
        assert_eq!(by(&a), vec![]);
        // Everything ready: nothing to wait for.
        let mut ready = child("2026-12-14", "2010-12-20");
        ready.identity_document.as_mut().unwrap().expires = Some(ymd(2026, 12, 16));
        let o = evaluate(&ready);
        assert_eq!(o.verdict, Verdict::Eligible);
        assert_eq!(ready_by(&ready, &o, today), vec![]);
    }
}
