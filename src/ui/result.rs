//! The result. First what is true and what to do next (verdict box, next steps), then the
//! checklist, then the reasons and notes. Everything shown is read from `evaluate`'s
//! `Outcome` (and the answers the applicant gave): the only choice made here is which words
//! fit which code, and in which order.

use chrono::{Datelike, NaiveDate, Weekday};
use leptos::prelude::*;

use super::checklist::{from_prison, shown_as_note, sources_details, Checklist, ReferenceList};
use super::markup::{el, Markup, Node};
use super::rules_page;
use super::state::Journey;
use super::text;
use super::widgets::BackLink;
use crate::i18n::*;
use crate::journey::{flow, Step, Tri};
use crate::rules::age::{self, Minor};
use crate::rules::calendar;
use crate::rules::earlier::{earlier_day, ready_by, Avoids, EarlierDay};
use crate::rules::other_ways::{self, LaterDay};
use crate::rules::ruleset::{self, Fee, Issued, RuleSet};
use crate::rules::{
    evaluate, Bring, Category, DocumentId, Need, Note, Outcome, Purpose, Reason, Route,
    TermPosition, Verdict,
};
use crate::ui::lang::{t, use_i18n};

/// The way this applicant applies, as far as the words differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Path {
    Formation,
    Correction,
    /// No identity document: the special form is filled in at the office (stateless).
    SpecialFormAtDesk,
    /// No identity document: the penal institution prepares and submits the special form.
    SpecialFormByInstitution,
}

fn path(outcome: &Outcome, purpose: Purpose) -> Path {
    let special = outcome
        .documents
        .iter()
        .find(|d| d.id == DocumentId::SpecialForm);
    match (purpose, special.map(|d| d.bring)) {
        (Purpose::Correction, _) => Path::Correction,
        (_, Some(Bring::CertifiedByPenalInstitution)) => Path::SpecialFormByInstitution,
        (_, Some(_)) => Path::SpecialFormAtDesk,
        (_, None) => Path::Formation,
    }
}

/// The consulate's declared rules, outside their term on the date: `evaluate` gives this
/// reason only for a declared rule set, so the answers need not be read again.
fn declared_out_of_term(o: &Outcome) -> bool {
    o.reasons.contains(&Reason::OutsideRulesetTerm)
}

/// No rules in force on the date because they are older than any this tool holds (the State
/// Corporation before its 2024 rewording), not because the service was not offered.
fn rules_not_held(o: &Outcome, date: NaiveDate, declared: bool) -> bool {
    o.verdict == Verdict::Unavailable
        && !declared
        && o.ruleset
            .as_deref()
            .and_then(ruleset::by_id)
            .is_some_and(|rs| rs.rules_not_held_on(date))
}

/// No rules in force on the date at a consulate whose page declares rules this tool could not
/// use (perhaps newer than this version, `DeclaredRefused`): not "no rules are in force, no
/// newer ones are known", which would send the applicant away from a consulate that may
/// serve them (found by an audit of the next order as data).
pub(super) fn declared_unknown(o: &Outcome, route: Route, declared_newer: bool) -> bool {
    declared_newer && route == Route::Consulate && o.verdict == Verdict::Unavailable
}

/// Whether everything still to do rests on "I don't know": a translation asked for a language
/// or a translation not known, an apostille for a certification or an issuer not known. The
/// package is then not known to be refused, and the headline says to check (found by an audit
/// of an unsure applicant: "your documents would be refused" over "may need" under Why).
fn unsure_only(o: &Outcome, a: &crate::journey::Answers) -> bool {
    use crate::journey::answers::IssuerAnswer;
    let doc_reasons = o
        .reasons
        .iter()
        .all(|r| matches!(r, Reason::TranslationNeeded | Reason::CertificationNeeded));
    o.verdict == Verdict::ActionNeeded
        && doc_reasons
        && o.documents.iter().all(|d| {
            let said = a.docs.get(&d.id);
            d.needs.iter().all(|n| match n {
                Need::Translation => a.language_unknown(d.id) || a.translated_unknown(d.id),
                Need::Apostille | Need::Legalization => {
                    a.certified_unknown(d.id)
                        || said.and_then(|x| x.issuer) == Some(IssuerAnswer::Unknown)
                }
                _ => false,
            })
        })
}

/// The verdict's words, the way named ("at a Public Service Centre", not "this way": found by
/// walks as an applicant: a printed or shared result, or one reached by "See what to bring to
/// a Public Service Centre" after a consulate's, said "you can get an IIN this way" with no way
/// in the sentence). Where no rules serve the way on the date, or the rules a consulate
/// declares are not in force on it, the date is named too (found by a walk as a Chinese
/// investor: "applying this way on this date" was the only sentence of a result reached after
/// two questions, and a link shared or opened later shows neither answer).
fn headline(
    l: Locale,
    o: &Outcome,
    path: Path,
    (out_of_term, not_held, unsure): (bool, bool, bool),
    (route, date): (Route, NaiveDate),
) -> String {
    let v = o.verdict;
    // A prisoner goes to no office: the institution applies (`from_prison`; found by a review:
    // "can be corrected at a Public Service Centre" above "You cannot go to the office").
    let way = if from_prison(o) {
        td_string!(l, result.way.prison)
    } else {
        text::way_named(l, route)
    };
    match (v, path) {
        (Verdict::Unavailable, _) => {
            let date = text::date(l, date);
            // After the last rules this tool knows, with none known to come: not known to be
            // in force, rather than "none in force" (found by an audit of an applicant's
            // questions: said flatly of a date after the rules were last checked, as
            // domain.md §2 warns).
            if not_held {
                td_string!(
                    l,
                    result.verdict_unavailable_not_held,
                    way = way,
                    date = date
                )
            } else if none_known(o) {
                td_string!(
                    l,
                    result.verdict_unavailable_none_known,
                    way = way,
                    date = date
                )
            } else {
                td_string!(l, result.verdict_unavailable, way = way, date = date)
            }
            .to_string()
        }
        // Never a plain "you can": the declared rules are not in force on the date.
        (Verdict::Eligible, _) if out_of_term => td_string!(
            l,
            result.verdict_eligible_out_of_term,
            date = text::date(l, date)
        )
        .to_string(),
        (Verdict::ActionNeeded, _) if out_of_term => td_string!(
            l,
            result.verdict_action_needed_out_of_term,
            date = text::date(l, date)
        )
        .to_string(),
        // No way named: no way gives a second IIN.
        (Verdict::NotEligible, Path::Formation) if o.reasons.contains(&Reason::AlreadyHasIin) => {
            td_string!(l, result.verdict_already_has_iin).to_string()
        }
        // Not the office: citizens of Kazakhstan go to the same offices for their own service
        // (found by a review: "You cannot get an IIN at an embassy or consulate", said to a
        // citizen whom the next lines send to an embassy or consulate).
        (Verdict::NotEligible, _) if o.reasons.contains(&Reason::KazakhstanCitizen) => {
            td_string!(l, result.verdict_kazakhstan_citizen).to_string()
        }
        // Every reason that refuses rests on our reading of silent sources (a stateless
        // person under rules that speak of "foreigners"): said to be ours, as the reasons
        // below say (found by an audit of claims against sources: a flat "you cannot").
        (Verdict::NotEligible, Path::Formation) if refused_by_reading_only(o) => {
            td_string!(l, result.verdict_not_eligible_reading, way = way).to_string()
        }
        (Verdict::Eligible, Path::Correction) => {
            td_string!(l, result.verdict_eligible_correction, way = way).to_string()
        }
        (Verdict::ActionNeeded, Path::Correction) if unsure => {
            td_string!(l, result.verdict_action_needed_correction_unsure, way = way).to_string()
        }
        (Verdict::ActionNeeded, Path::Formation) if unsure => {
            td_string!(l, result.verdict_action_needed_unsure, way = way).to_string()
        }
        (Verdict::ActionNeeded, Path::Correction) => {
            td_string!(l, result.verdict_action_needed_correction, way = way).to_string()
        }
        // Our reading only where the refusal rests on it (found by a review: a Kazakhstan
        // citizen's refusal, from the rules' own words, read "as we read the sources").
        (Verdict::NotEligible, Path::Correction)
            if o.reasons.contains(&Reason::CorrectionInCountryOnly) =>
        {
            td_string!(l, result.verdict_not_eligible_correction_reading, way = way).to_string()
        }
        (Verdict::NotEligible, Path::Correction) => {
            td_string!(l, result.verdict_not_eligible_correction, way = way).to_string()
        }
        (Verdict::Eligible, Path::SpecialFormAtDesk) => {
            td_string!(l, result.verdict_eligible_special_form, way = way).to_string()
        }
        // The institution applies for the person: no office of theirs to name.
        (Verdict::Eligible, Path::SpecialFormByInstitution) => {
            td_string!(l, result.verdict_eligible_special_form_prisoner).to_string()
        }
        (Verdict::Eligible, _) => td_string!(l, result.verdict_eligible, way = way).to_string(),
        (Verdict::ActionNeeded, _) => {
            td_string!(l, result.verdict_action_needed, way = way).to_string()
        }
        (Verdict::NotEligible, _) => {
            td_string!(l, result.verdict_not_eligible, way = way).to_string()
        }
    }
}

/// Whether each reason that makes the applicant not eligible rests on an interpretation. Not
/// the age limits: their reading is only how a birthday counts, and a 40-year-old is under
/// 65 by the rule's own words.
fn refused_by_reading_only(o: &Outcome) -> bool {
    let mut refusing = o
        .reasons_detail
        .iter()
        .filter(|r| r.code.verdict() == Verdict::NotEligible)
        .peekable();
    refusing.peek().is_some()
        && refusing.all(|r| {
            r.interpretation && !matches!(r.code, Reason::Under65 | Reason::ChildNotUnder16)
        })
}

/// A date after the last day any rules this tool holds serve the way, none known to come.
fn none_known(o: &Outcome) -> bool {
    o.notes.contains(&Note::NoRulesetKnownAfterLastTerm)
}

/// The box's colour. A declared rule set outside its term is never green: the applicant
/// must confirm with the consulate first.
fn verdict_class(v: Verdict, out_of_term: bool) -> &'static str {
    match v {
        Verdict::Eligible if out_of_term => "verdict verdict--action",
        Verdict::Eligible => "verdict verdict--eligible",
        Verdict::ActionNeeded => "verdict verdict--action",
        Verdict::NotEligible => "verdict verdict--not-eligible",
        Verdict::Unavailable => "verdict verdict--unavailable",
    }
}

/// The days between a closed `date` and the first open day (or the ready date), when a
/// holiday or a moved day off is among them, as a sentence: "closed on Saturday 20 March, first open day 25 March" alone leaves the
/// applicant to guess why not Monday (found by an audit: a Saturday before Nauryz). A plain
/// weekend needs no list.
fn closed_between(l: Locale, date: NaiveDate, first: NaiveDate) -> Option<String> {
    closed_days(l, date, first)
        .map(|days| td_string!(l, result.office_closed_between, days = days).to_string())
}

/// The days the offices are closed strictly between two days, and why, listed ("21–25 March
/// (Nauryz)"); `None` when they are only a weekend.
fn closed_days(l: Locale, date: NaiveDate, first: NaiveDate) -> Option<String> {
    let spans = calendar::closed_between(date, first);
    let weekend =
        |c: calendar::Closed| matches!(c, calendar::Closed::Saturday | calendar::Closed::Sunday);
    if spans.iter().all(|s| weekend(s.why)) {
        return None;
    }
    let listed: Vec<String> = spans
        .iter()
        .map(|s| {
            let when = if s.from == s.to {
                text::day_month(l, s.to)
            } else if s.from.month() == s.to.month() {
                format!("{}\u{2013}{}", s.from.day(), text::day_month(l, s.to))
            } else {
                format!(
                    "{}\u{2013}{}",
                    text::day_month(l, s.from),
                    text::day_month(l, s.to)
                )
            };
            format!("{when} ({})", text::closed_why(l, Some(s.why), s.to))
        })
        .collect();
    Some(listed.join("; "))
}

fn with_between(fact: String, between: &Option<String>) -> String {
    match between {
        Some(more) => format!("{fact} {more}"),
        None => fact,
    }
}

/// The other ways on the date, as the rule sets have them.
#[derive(Clone, Copy)]
struct OtherWays<'a> {
    /// The rule set that starts after the date, when none is in force on it.
    next: Option<&'a RuleSet>,
    /// The State Corporation's rules on the date.
    in_country: Option<ruleset::Selection>,
    /// Rules for the ministry's way are in force on the date.
    mfa_open: bool,
    /// The consulate names rules newer than this build (`declared_unknown`): it has rules,
    /// so no "watch for news of new rules".
    declared_newer: bool,
    /// A Public Service Centre may serve them (`other_ways::in_country_may_serve`).
    in_country_may_serve: bool,
}

/// The alternatives worth naming for these reasons (wording only: the reasons decide).
fn alternatives(
    l: Locale,
    outcome: &Outcome,
    route: Route,
    ways: OtherWays,
    later: Option<LaterDay>,
    today: NaiveDate,
) -> Vec<String> {
    let OtherWays {
        next,
        in_country,
        mfa_open,
        declared_newer,
        in_country_may_serve,
    } = ways;
    let has = |r: Reason| outcome.reasons.contains(&r);
    let mut list: Vec<String> = Vec::new();
    let mut push = |s: &str| list.push(s.to_owned());
    // Too young for the group today: the day that changes, and whether these rules still
    // stand then (decided by the rules core: `other_ways::later_day`).
    match later {
        Some(LaterDay::AfterTerm { age, birthday, end }) => push(&td_string!(
            l,
            result.instead_age_after_term,
            age = age,
            date = text::date(l, birthday),
            end = text::date(l, end)
        )),
        // The birthday on a day the offices are closed: the first day they open after it
        // (found by an audit of dates: "if you apply on that day" of Constitution Day).
        Some(LaterDay::From {
            age,
            birthday,
            first,
            declared_past,
        }) => {
            let mut line = if first != birthday {
                td_string!(
                    l,
                    result.instead_age_met_from_closed,
                    age = age,
                    date = text::date(l, birthday),
                    first = text::date(l, first)
                )
                .to_string()
            } else {
                td_string!(
                    l,
                    result.instead_age_met_from,
                    age = age,
                    date = text::date(l, birthday)
                )
                .to_string()
            };
            if let Some(end) = declared_past {
                line.push(' ');
                line.push_str(
                    &td_string!(
                        l,
                        result.instead_age_declared_past,
                        end = text::date(l, end)
                    )
                    .to_string(),
                );
            }
            // The first open day was found with an estimated calendar, where its year has none.
            if first != birthday {
                line = with_estimate(l, line, first);
            }
            push(&line);
        }
        None => {}
    }
    // Not for a Kazakhstan citizen: the correction is a service for foreigners too (found by
    // a regression audit: a citizen was sent for a correction the page then refused).
    if (has(Reason::AlreadyHasIin) || has(Reason::CorrectionInCountryOnly))
        && !has(Reason::KazakhstanCitizen)
    {
        push(td_string!(l, result.instead_correction));
    }
    // Someone who lost their number answers "I have one" and "a new IIN": no option fits
    // them, and a correction is not what they need (found by an audit of plain questions).
    if has(Reason::AlreadyHasIin) {
        push(td_string!(l, result.instead_lost_number));
    }
    if has(Reason::NoIinToCorrect) {
        push(td_string!(l, result.instead_formation));
    }
    // The ministry's way, as settled fact only where its rules are in force on the date (found
    // by an audit: a consulate declaring the 2025 rules sent a diplomat, in 2026, to a
    // ministry whose rules had ended with them).
    if has(Reason::UseMfaRoute) {
        push(if mfa_open {
            td_string!(l, result.instead_mfa)
        } else {
            td_string!(l, result.instead_mfa_no_rules)
        });
    }
    // The ministry serves diplomatic staff only; the same rules may serve the listed groups at
    // embassies and consulates abroad (the 2025 pilot does): read from the rule set's routes.
    let consulates_too = outcome
        .ruleset
        .as_deref()
        .and_then(ruleset::by_id)
        .is_some_and(|rs| rs.serves(Route::Consulate));
    if has(Reason::MfaOnlyForDiplomaticStaff) && consulates_too {
        push(td_string!(l, result.instead_consulate_listed));
    }
    if in_country_may_serve {
        // Whom it serves, from the record of the rules in force there on the date.
        let mut step = td_string!(l, result.instead_in_country).to_owned();
        if let Some(sel) = in_country.filter(|s| s.in_force) {
            step.push(' ');
            step.push_str(text::served(l, &sel.ruleset.who).0);
        }
        push(&step);
        // No rules here on the date: "Do you already have an IIN?" was not asked, and the
        // way in Kazakhstan is for a new IIN (found by an audit: a pensioner who had lost his
        // number's paper was sent to apply for one).
        if has(Reason::RouteUnavailableOnDate) && !has(Reason::AlreadyHasIin) {
            push(td_string!(l, result.instead_lost_number));
            // Nor for a correction, which a representative may ask for from abroad (found by
            // an audit: a woman abroad whose surname changed read only "while you are in
            // Kazakhstan").
            push(td_string!(l, result.instead_correction_if_any));
        }
    }
    // Whom to ask, and whose new rules to watch for: a diplomat applies through the ministry,
    // never at an embassy or consulate.
    if has(Reason::RouteUnavailableOnDate) {
        match route {
            Route::Consulate => push(td_string!(l, result.instead_consulate_declared)),
            Route::Mfa => push(td_string!(l, result.instead_mfa_declared)),
            Route::InCountry => {}
        }
        // Rules already known to come (the verdict box names them): how to see them; only
        // past the last known rules, watch for a new order.
        match (next, route) {
            // A start already past is no date to move to.
            (Some(rs), _) if rs.term.from <= today => push(&td_string!(
                l,
                result.instead_next_past,
                date = text::date(l, rs.term.from)
            )),
            (Some(rs), _) => push(&td_string!(
                l,
                result.instead_next,
                date = text::date(l, rs.term.from)
            )),
            (None, Route::Consulate) if declared_newer => {}
            // What this copy knows, not a promise of an update: a copy may be hosted for years
            // (found by an audit of an aging copy); the day is in the line before.
            (None, Route::Consulate) => push(td_string!(l, result.instead_wait)),
            (None, Route::Mfa) => push(td_string!(l, result.instead_wait_mfa)),
            (None, Route::InCountry) => {}
        }
    }
    if has(Reason::KazakhstanCitizen) {
        push(td_string!(l, result.instead_kazakhstan_citizen));
    }
    list
}

/// The service's term in words, from the outcome's rule set; one working day without one
/// (no ready date is given then).
fn service_term(l: Locale, o: &Outcome) -> String {
    let days = o
        .ruleset
        .as_deref()
        .and_then(ruleset::by_id)
        .map_or(std::num::NonZeroU8::MIN, |r| r.processing.working_days);
    text::working_days(l, days)
}

/// Today, and whether any rules serve the applicant's way today.
#[derive(Clone, Copy)]
struct Today {
    date: NaiveDate,
    /// The device's own day where it is before the review of the rules: its clock is wrong
    /// (`start::clock_behind` names it, the day its owner can check).
    device_behind: Option<NaiveDate>,
    /// The date chosen is past on the way's day (Kazakhstan's for its offices) but not on the
    /// device's own: a traveller's laptop on home time.
    past_there_only: bool,
    rules_in_force: bool,
}

/// The sentences of the verdict box after the headline: every fact that changes what the
/// applicant should do, before any detail. (Eight plain facts of one page, each named: a
/// struct made for this one call would only rename them.)
#[allow(clippy::too_many_arguments)]
fn verdict_facts(
    l: Locale,
    o: &Outcome,
    path: Path,
    date: NaiveDate,
    today: Today,
    declared: bool,
    next: Option<&RuleSet>,
    represented: bool,
) -> Vec<String> {
    let (none_today, device_behind, past_there_only, today) = (
        !today.rules_in_force,
        today.device_behind,
        today.past_there_only,
        today.date,
    );
    let d = |x: NaiveDate| text::date(l, x);
    // The service's term, as the rule set gives it (`RuleSet::processing`).
    let term = service_term(l, o);
    // A day to apply or to collect on a weekend day the government made a working day (a
    // transfer): said, or the page would seem to send people on a Sunday.
    let open_day = |x: NaiveDate| match crate::rules::calendar::worked_weekend_day(x) {
        Some(Weekday::Sat) => td_string!(l, result.worked_saturday, date = d(x)).to_string(),
        Some(_) => td_string!(l, result.worked_sunday, date = d(x)).to_string(),
        None => d(x),
    };
    let name = o
        .ruleset
        .as_deref()
        .map(|r| text::ruleset_name(l, r))
        .unwrap_or_default();
    let mut facts = Vec::new();
    let out_of_term = declared_out_of_term(o);
    // 1. A declared rule set outside its term: the consulate's word against the calendar.
    if out_of_term {
        // The verdict of one who could get an IIN under them already says "those rules are not
        // in force on <date>": the fact then gives only their term, not the date again (found
        // on a walk, stop 66: the date twice in two sentences).
        let dated = matches!(o.verdict, Verdict::Eligible | Verdict::ActionNeeded);
        if let Some(term) = o.term {
            let fact = match (term.position(date), dated) {
                (TermPosition::Ended { last }, true) => td_string!(
                    l,
                    result.declared_term_ended_short,
                    ruleset = name,
                    to = d(last)
                )
                .to_string(),
                (TermPosition::Ended { last }, false) => td_string!(
                    l,
                    result.declared_term_ended,
                    ruleset = name,
                    to = d(last),
                    date = d(date)
                )
                .to_string(),
                (_, true) => td_string!(
                    l,
                    result.declared_term_not_started_short,
                    ruleset = name,
                    from = d(term.from)
                )
                .to_string(),
                (_, false) => td_string!(
                    l,
                    result.declared_term_not_started,
                    ruleset = name,
                    from = d(term.from),
                    date = d(date)
                )
                .to_string(),
            };
            facts.push(fact);
        }
    }
    // 2. No rule set on the date (not declared): when the last one applied.
    if !declared && o.verdict == Verdict::Unavailable {
        if let Some(term) = o.term {
            facts.push(match (term.to, next) {
                // Between two rule sets: the one to come is known.
                (Some(to), Some(next)) if date > to => td_string!(
                    l,
                    result.unavailable_between,
                    ruleset = name,
                    from = d(term.from),
                    to = d(to),
                    next = rules_page::name(l, next),
                    next_from = d(next.term.from)
                )
                .to_string(),
                (Some(to), None) if date > to => td_string!(
                    l,
                    result.unavailable_ended,
                    ruleset = name,
                    from = d(term.from),
                    to = d(to),
                    reviewed = d(o.rules_reviewed_on)
                )
                .to_string(),
                _ => td_string!(
                    l,
                    result.unavailable_not_started,
                    ruleset = name,
                    from = d(term.from)
                )
                .to_string(),
            });
        }
    }
    // 3. A past date: the day the application could be made is past (a Sunday chosen, the
    //    first open day today: not "in the past, change the date" to someone at the desk on
    //    the right day, found by an audit of a returning applicant).
    let date_past = o.first_open_day.unwrap_or(date) < today;
    if date_past && o.verdict == Verdict::Unavailable && !declared {
        // No rules to show "as they were on that date".
        facts.push(td_string!(l, result.past_date_no_rules, date = d(date)).to_string());
    } else if date_past && !o.ruleset_in_force {
        // A consulate's declared rules outside their term: not "as they were" (said above).
        facts.push(td_string!(l, result.past_date_no_rules, date = d(date)).to_string());
    } else if date_past {
        // Only rules in force on that date were "the rules as they were" then: a consulate's
        // declared rules outside their term are said to be so above (found by an audit).
        facts.push(td_string!(l, result.past_date, date = d(date)).to_string());
        // Rules of a past date that have ended since, with none in force today: said plainly
        // (found by an audit: "not necessarily today" left the service seeming open).
        if let (false, true, Some(to)) = (declared, none_today, o.term.and_then(|t| t.to)) {
            if to < today {
                facts.push(td_string!(l, result.past_date_rules_ended, to = d(to)).to_string());
            }
        }
    }
    // A date past in Kazakhstan that is not past on the device (a traveller's laptop still
    // on home time): the day it is there (found by an audit of dates: "6 December is in the
    // past" on the evening of 6 December in Honolulu).
    if past_there_only {
        facts.push(td_string!(l, result.past_date_in_kazakhstan, today = d(today)).to_string());
    }
    // 4. A copy of the app older than its review (offline, or hosted long): newer rules may
    //    apply on the date, or, for a date past, today, of which the page then speaks ("no
    //    rules ... are in force today": found by an audit of an aging copy, a 2025 link
    //    opened in 2030).
    if crate::rules::review_outdated(today, date.max(today)) {
        facts.push(super::start::outdated(l));
    }
    facts.extend(device_behind.and_then(|d| super::start::clock_behind(l, d)));
    // The planned day when offices are closed then, why, and the first day they open.
    let closed = o.first_open_day.map(|first| {
        (
            d(date),
            text::closed_why(l, o.office_closed, date),
            open_day(first),
        )
    });
    let between = o
        .first_open_day
        .and_then(|first| closed_between(l, date, first));
    if o.checklist_is_reference {
        // Not eligible on a day the office is closed, for a reason judged on the first open
        // day (an age limit, say), which the applicant did not type: a 16th birthday on the
        // Sunday otherwise reads as contradicting their answer.
        let judged_later = o.reasons.iter().any(|r| r.judged_on_own_dates());
        if let (Some((day, why, first)), Verdict::NotEligible, true) =
            (closed, o.verdict, judged_later)
        {
            let fact = td_string!(
                l,
                result.office_closed_judged,
                date = day,
                why = why,
                first = first
            );
            facts.push(with_between(fact.to_string(), &between));
            // The day the refusal is judged for may be an estimate (found by an audit of
            // dates: a 16th birthday after 15 March 2027, a day off by the rules only).
            facts.extend(estimated_years(l, &[o.first_open_day]));
        }
        return facts;
    }
    // 5. A closed office, and readiness counted from the first open day.
    let correction = path == Path::Correction;
    // Handed in by someone else: the institution (a prisoner's form) or, for a correction, a
    // representative ("the first day you can apply" beside "your representative applies for
    // you", found by an audit of dates).
    let handed_in = from_prison(o) || (correction && represented);
    match (closed, o.verdict, o.ready_on) {
        (Some((day, why, first)), Verdict::Eligible, Some(ready_on)) if !out_of_term => {
            let ready = open_day(ready_on);
            // Every closed day up to the ready date, not only those before the first open
            // day (found by an audit: a ready date days after "one working day" unexplained).
            let between = closed_between(l, date, ready_on);
            // Someone who holds an IIN has their data corrected, not a new IIN made.
            let fact = if correction && handed_in {
                // A prisoner's correction too (found by a regression audit).
                td_string!(
                    l,
                    result.office_closed_ready_correction_handed_in,
                    date = day,
                    why = why,
                    first = first,
                    ready = ready
                )
            } else if correction {
                td_string!(
                    l,
                    result.office_closed_ready_correction,
                    date = day,
                    why = why,
                    first = first,
                    ready = ready
                )
            } else if from_prison(o) {
                // The institution hands the form in (found by an audit: "the first day you can
                // apply" under "the institution submits it for you").
                td_string!(
                    l,
                    result.office_closed_ready_handed_in,
                    date = day,
                    why = why,
                    first = first,
                    ready = ready
                )
            } else {
                td_string!(
                    l,
                    result.office_closed_ready,
                    date = day,
                    why = why,
                    first = first,
                    ready = ready
                )
            };
            facts.push(with_between(fact.to_string(), &between));
        }
        (Some((day, why, first)), _, _) => {
            // A reason judged on the first open day (a passport that expires in between) says
            // which day it was judged for (found by an audit: "no longer valid on the date you
            // apply" of a passport valid on the day chosen).
            let judged_later = o.reasons.iter().any(|r| r.judged_on_own_dates());
            let fact = if judged_later {
                td_string!(
                    l,
                    result.office_closed_judged,
                    date = day,
                    why = why,
                    first = first
                )
            } else if handed_in {
                td_string!(
                    l,
                    result.office_closed_handed_in,
                    date = day,
                    why = why,
                    first = first
                )
            } else {
                td_string!(
                    l,
                    result.office_closed,
                    date = day,
                    why = why,
                    first = first
                )
            };
            facts.push(with_between(fact.to_string(), &between));
        }
        // Rules not in force on the date: the date holds only once the consulate has confirmed
        // them (below).
        (None, Verdict::Eligible, Some(_)) if out_of_term => {}
        (None, Verdict::Eligible, Some(ready)) => {
            // A prisoner's form is handed in by the institution (a regression audit: "after you
            // apply" beside "the institution submits it for you").
            let fact = if correction {
                td_string!(
                    l,
                    result.ready_on_correction,
                    date = open_day(ready),
                    term = &term
                )
                .to_string()
            } else if from_prison(o) {
                td_string!(
                    l,
                    result.ready_on_handed_in,
                    date = open_day(ready),
                    term = &term
                )
                .to_string()
            } else {
                td_string!(l, result.ready_on, date = open_day(ready), term = &term).to_string()
            };
            // "One working day after you apply" four days later: why (found by an audit).
            facts.push(match closed_days(l, date, ready) {
                Some(days) => format!(
                    "{fact} {}",
                    td_string!(l, result.ready_between, days = days)
                ),
                None => fact,
            });
        }
        _ => {}
    }
    // A consulate that declares rules whose term has ended is the one this tool is embedded
    // for: its applicants are told when the IIN is due if it does apply them, from the first
    // open day where the planned one is closed.
    if let (true, Verdict::Eligible, Some(ready)) = (out_of_term, o.verdict, o.ready_on) {
        let fact = td_string!(
            l,
            result.ready_on_if_confirmed,
            date = open_day(ready),
            term = &term
        );
        // "One working day after you apply" six days later: why, as on an in-force date (found
        // by an audit: Nauryz unnamed at a consulate, named at a Public Service Centre). Days
        // closed before the first open day are said with the closed day above.
        let from = o.first_open_day.unwrap_or(date);
        facts.push(match closed_days(l, from, ready) {
            Some(days) => format!(
                "{fact} {}",
                td_string!(l, result.ready_between, days = days)
            ),
            None => fact.to_string(),
        });
    }
    // 6. Action needed: no date that assumes a complete package; under declared rules outside
    // their term, if the consulate confirms them, as for a complete one (found by an audit:
    // no timing at all there, though every consulate date is in that case today).
    if o.verdict == Verdict::ActionNeeded {
        facts.push(
            match (out_of_term, correction) {
                (false, true) => {
                    td_string!(l, result.ready_after_complete_correction, term = &term)
                }
                (false, false) if from_prison(o) => {
                    td_string!(l, result.ready_after_complete_handed_in, term = &term)
                }
                (false, false) => td_string!(l, result.ready_after_complete, term = &term),
                (true, true) => td_string!(
                    l,
                    result.ready_after_complete_correction_if_confirmed,
                    term = &term
                ),
                (true, false) => {
                    td_string!(l, result.ready_after_complete_if_confirmed, term = &term)
                }
            }
            .to_string(),
        );
    }
    // 7. The estimated calendar of a future year, for a date the page shows: the ready date
    // of a complete package, else the first day to apply (found by an audit: "Dates in 2027
    // are estimated" under "action needed" on 31 December 2026, with no date in 2027 shown).
    // The day chosen counts too: on 31 December 2027 the page takes that day as open, which a
    // transfer order not yet published may close (found by an audit: only 2028, the ready
    // date's year, was said to be estimated).
    // A year before our tables is computed too, but its calendar was published: said so, not
    // "not known yet" (found by a review).
    let ready_shown = o.verdict == Verdict::Eligible;
    facts.extend(estimated_years(
        l,
        &[
            Some(date).filter(|_| o.first_open_day.is_none()),
            o.first_open_day,
            o.ready_on.filter(|_| ready_shown),
        ],
    ));
    facts
}

/// That the calendar of the days shown is estimated, for the years of `days` without an
/// official table: computed by the holiday rules for a year before our tables, not yet known
/// for one after them.
fn estimated_years(l: Locale, days: &[Option<NaiveDate>]) -> Vec<String> {
    let mut facts = Vec::new();
    let years_where = |keep: fn(NaiveDate) -> bool| {
        let mut years: Vec<i32> = days
            .iter()
            .flatten()
            .copied()
            .filter(|day| keep(*day))
            .map(|day| day.year())
            .collect();
        years.dedup();
        years
    };
    for year in years_where(|d| calendar::is_estimated(d) && !calendar::not_yet_published(d)) {
        facts.push(td_string!(l, result.dates_computed_year, year = year).to_string());
    }
    let years = years_where(calendar::not_yet_published);
    match years[..] {
        [year] => facts.push(td_string!(l, result.ready_estimated_year, year = year).to_string()),
        [first, .., second] => facts.push(
            td_string!(
                l,
                result.ready_estimated_years,
                first = first,
                second = second
            )
            .to_string(),
        ),
        [] => {}
    }
    facts
}

/// The sources of the days the verdict names (when the IIN should be ready, the first day the
/// offices open): the rules' term and Kazakhstan's calendar law, cited where the dates are said
/// as every requirement is (found by a lawyer's audit: only the Rules page named them). The
/// calendar's law where the days cross a day off; the 2026 Constitution, which moved
/// Constitution Day, only where they cross a day it moved.
/// None on a reference list, which says no date.
fn timing_sources(o: &Outcome, date: NaiveDate) -> Vec<crate::rules::SourceRef> {
    let dated =
        o.ready_on.is_some() || o.first_open_day.is_some() || o.verdict == Verdict::ActionNeeded;
    let Some(rs) = o.ruleset.as_deref().and_then(ruleset::by_id) else {
        return Vec::new();
    };
    if o.checklist_is_reference || !dated {
        return Vec::new();
    }
    use crate::rules::sources as src;
    let latest = [Some(date), o.first_open_day, o.ready_on]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(date);
    let mut basis: Vec<src::Cite> = rs.processing.rule.basis.to_vec();
    // A Monday's IIN ready on Tuesday rests on the term alone (its printout kept to two pages).
    basis.extend(calendar::law_for(date, latest));
    src::refs(&basis).0
}

/// What kind of result page the notes go on.
#[derive(Clone, Copy)]
struct Page {
    /// The checklist is only a reference (the rules do not serve the applicant).
    reference: bool,
    /// No rules are in force on the date.
    unavailable: bool,
    /// The embassy or consulate declared the rules it applies.
    declared: bool,
    /// Declared rules outside their term on the date.
    out_of_term: bool,
    /// A ready date is given (under declared rules out of their term: if the consulate
    /// confirms them).
    dated: bool,
    /// The planned day is closed: the verdict box gives the first day the applicant can
    /// apply.
    first_day: bool,
    /// A reason under "Why" is marked as resting on our reading (its sources fold says so).
    reason_marked: bool,
    /// A reason under "Why" is about a translation or a certification (a refused correction
    /// may list one, found by a property scan): the notes on how documents are judged explain
    /// it, even under a reference list.
    judged_reason: bool,
}

/// Whether a note of the outcome goes under "Good to know": not when the verdict box or a
/// checklist entry already says it, nor when it qualifies something the page does not give
/// (a ready date, a judgement of the package, rules in force).
fn good_to_know(n: Note, page: Page, on_items: &[Note]) -> bool {
    if on_items.contains(&n) {
        return false;
    }
    match n {
        // In the verdict box.
        Note::OfficeClosedOnDate | Note::ReadyOnEstimated => false,
        // About the ready date, or the first day to apply on a closed day: only where one is
        // given (under declared rules out of their term, the ready date as the date once the
        // consulate confirms them).
        Note::HostCountryHolidaysNotModelled => {
            !page.reference && (!page.out_of_term || page.dated || page.first_day)
        }
        // Said on the entry itself: "If it is issued in Germany: …", with a button to name
        // the issuer (the note's own words, "judged as issued in the country of your
        // citizenship", were false for a stateless applicant).
        Note::IssuerAssumed => false,
        // About how the package was judged, or about applying (consent at the office): not
        // on a reference list, to someone who cannot apply this way.
        Note::ExpiryNotChecked
        | Note::LanguageNotGiven
        | Note::WrittenConsentAtMission
        | Note::ConsentToDataAccessAtOffice => !page.reference,
        // No rules in force: the verdict box says that none newer is known, and the
        // reference list's heading whose rules it shows.
        Note::NoRulesetKnownAfterLastTerm | Note::LatestRulesetShown => !page.unavailable,
        // Said in the verdict box when the declared rules are outside their term.
        Note::DeclaredRulesetApplied => !page.out_of_term,
        // Which consulates take part: moot when the applicant cannot apply this way (no
        // rules in force, or rules that do not serve them), or when the consulate itself
        // declared its rules.
        Note::ParticipatingMissionsNotInSources => !page.reference && !page.declared,
        // "Some requirements above are our interpretation (marked beside them)": a reference
        // list marks nothing, so only where a reason is marked (found by an audit: a
        // citizen's refused correction said so under an unmarked list).
        Note::ConfirmWithOffice => !page.reference || page.reason_marked,
        // How a document's certification or translation was judged: a reference list judges
        // none ("Documents issued in Kazakhstan need no apostille" under a list that names no
        // apostille), unless a reason about them is given.
        Note::KazakhDocumentsNeedNoCertification
        | Note::PrivateDocumentNotCertified
        | Note::PublicKindIsOurReading
        | Note::NotarialActCertifiedWhereMade
        | Note::ForeignLanguageMeansNotKazakhOrRussian
        | Note::TreatyRowNotVerified
        | Note::TreatyStatusUnderReview
        | Note::ApostillePartyMayBeMissing
        | Note::LegalizationAcceptedForApostille
        | Note::TerritoryOfApostilleParty
        | Note::TranslationMadeInKazakhstanNeedsNoCertification
        | Note::NewTranslationInKazakhstanNeedsNoCertification
        | Note::PowerOfAttorneyLikelyMadeAbroad => !page.reference || page.judged_reason,
        _ => true,
    }
}

/// What the next steps depend on besides the outcome: the applicant's own answers.
struct Situation {
    route: Route,
    represented: bool,
    /// The consulate declared rules whose term has ended: the first step asks it to
    /// confirm the service.
    out_of_term: bool,
    /// The applicant did not know whether they already have an IIN.
    iin_unknown: bool,
    /// Whether the applicant is a child on the date, as far as the answers tell.
    minor: Minor,
    /// The State Corporation's rules in force on the date: the way left in Kazakhstan when a
    /// consulate's declared rules have ended and it no longer offers the service.
    in_country: Option<&'static RuleSet>,
    /// An earlier day to apply that spares a renewal (`earlier_line`).
    earlier: Option<String>,
    /// The last days to apply while documents are still to do (`earlier::ready_by`), in
    /// words.
    ready_by: Vec<String>,
    /// A parent applying for their child (the child group).
    for_child: bool,
}

/// A last day to apply while documents are still to do (`earlier::ready_by`), in words.
fn ready_by_line(
    l: Locale,
    d: EarlierDay,
    child: bool,
    by_representative: bool,
    at_consulate: bool,
) -> String {
    let date = text::date(l, d.by);
    let line = match d.avoids {
        Avoids::AgeLimit { under, birthday } => td_string!(
            l,
            result.ready_by_age,
            age = under,
            birthday = text::date(l, birthday),
            date = date
        )
        .to_string(),
        Avoids::Expiry { expires } => {
            let expires = text::date(l, expires);
            if by_representative {
                td_string!(
                    l,
                    result.ready_by_expiry_represented,
                    expires = expires,
                    date = date
                )
                .to_string()
            } else if child {
                td_string!(
                    l,
                    result.ready_by_expiry_child,
                    expires = expires,
                    date = date
                )
                .to_string()
            } else {
                td_string!(l, result.ready_by_expiry, expires = expires, date = date).to_string()
            }
        }
    };
    last_day(l, line, d, at_consulate)
}

/// An earlier day to apply (`earlier::earlier_day`), in words: "If you apply by …".
/// A representative's correction: the representative hands it in (found by a regression audit:
/// "or apply by" beside "your representative applies for you"). A day of a year whose
/// calendar is estimated says so (the days off it skipped may move).
fn earlier_line(
    l: Locale,
    e: EarlierDay,
    child: bool,
    by_representative: bool,
    at_consulate: bool,
) -> String {
    let by = text::date(l, e.by);
    let line = match e.avoids {
        Avoids::AgeLimit { under, birthday } => td_string!(
            l,
            result.earlier_under_age,
            date = by,
            age = under,
            birthday = text::date(l, birthday)
        )
        .to_string(),
        Avoids::Expiry { expires } if by_representative => td_string!(
            l,
            result.earlier_expiry_represented,
            date = by,
            expires = text::date(l, expires)
        )
        .to_string(),
        Avoids::Expiry { expires } if child => td_string!(
            l,
            result.earlier_expiry_child,
            date = by,
            expires = text::date(l, expires)
        )
        .to_string(),
        Avoids::Expiry { expires } => td_string!(
            l,
            result.earlier_expiry,
            date = by,
            expires = text::date(l, expires)
        )
        .to_string(),
    };
    last_day(l, line, e, at_consulate)
}

/// A line naming a last day to apply: at an embassy or consulate, that it may be closed then
/// for a local holiday (the days here are Kazakhstan's: found by a regression audit, "apply by
/// 25 December" to a consulate in Germany); then whether the day is estimated, from the calendar
/// of the days from it to the limit (the days off it skipped decide it: found by an audit of an
/// aging copy, "apply by 31 December 2027" before 1-4 January 2028 named only 2027).
fn last_day(l: Locale, line: String, d: EarlierDay, at_consulate: bool) -> String {
    let line = if at_consulate {
        let date = text::date(l, d.by);
        format!(
            "{line} {}",
            td_string!(l, result.last_day_local_holiday, date = date)
        )
    } else {
        line
    };
    // The last day the limit allows: the expiry day, or the day before the birthday. The days
    // off between the day named and it decide the day: where their calendar is one this tool
    // does not have, the day is said to be estimated (not "dates in 2027", which read as the
    // expiry printed in the passport: found by a regression audit).
    let limit = match d.avoids {
        Avoids::Expiry { expires } => Some(expires),
        Avoids::AgeLimit { birthday, .. } => birthday.pred_opt(),
    };
    let mut years: Vec<i32> = [Some(d.by), limit.filter(|limit| *limit > d.by)]
        .into_iter()
        .flatten()
        .filter(|day| calendar::not_yet_published(*day))
        .map(|day| day.year())
        .collect();
    years.dedup();
    match years[..] {
        [year] => format!(
            "{line} {}",
            td_string!(l, result.last_day_estimated, year = year)
        ),
        [first, .., second] => format!(
            "{line} {}",
            td_string!(
                l,
                result.last_day_estimated_years,
                first = first,
                second = second
            )
        ),
        [] => line,
    }
}

/// `line`, then that the calendar of `day` is estimated where it is.
fn with_estimate(l: Locale, line: String, day: NaiveDate) -> String {
    std::iter::once(line)
        .chain(estimated_years(l, &[Some(day)]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What to do next, for a rule set that serves the applicant. Whether they come in person
/// and what it costs are read from the applied rule set's records, so a new rule set
/// changes them without a change here.
fn next_steps(l: Locale, o: &Outcome, path: Path, at: Situation) -> Vec<String> {
    let Situation {
        route,
        represented,
        out_of_term,
        iin_unknown,
        minor,
        in_country,
        earlier,
        ready_by,
        for_child,
    } = at;
    // Asked once: the rule set's records decide it (`from_prison`).
    let prisoner = from_prison(o);
    let mut steps: Vec<String> = Vec::new();
    let mut push = |s: &str| steps.push(s.to_owned());
    // "I don't know" was judged as "no IIN yet": the office checks first, since a person who
    // has one is refused a new one.
    if iin_unknown && path != Path::Correction {
        // Of the child, for a parent (found by an audit: a mother who has an IIN of her own
        // read "whether you already have one").
        push(if for_child {
            td_string!(l, result.next_check_existing_iin_child)
        } else {
            td_string!(l, result.next_check_existing_iin)
        });
    }
    if out_of_term {
        push(td_string!(l, result.next_confirm_declared));
    }
    // Through a representative the representative applies (found by an audit: "then apply
    // with everything listed", then "your representative applies for you").
    // From prison the institution submits (a review: "then apply" beside "you do not go to
    // the office").
    let by_representative = represented && path == Path::Correction;
    if o.verdict == Verdict::ActionNeeded {
        // From prison with a representative: who hands what in, the rules do not say (the
        // next step says so); only what to get first (a regression audit: "give everything to
        // the institution" beside "your representative applies").
        push(if prisoner && represented {
            td_string!(l, result.next_get_documents_first)
        } else if prisoner {
            td_string!(l, result.next_get_documents_prisoner)
        } else if by_representative {
            td_string!(l, result.next_get_documents_represented)
        } else {
            td_string!(l, result.next_get_documents)
        });
        // Or an earlier day, on which nothing needs renewing.
        if let Some(e) = &earlier {
            push(e);
        }
        // The limits that may pass before the rest is ready.
        for line in &ready_by {
            push(line);
        }
    }
    match path {
        Path::SpecialFormAtDesk => push(td_string!(l, result.next_special_form)),
        Path::SpecialFormByInstitution => push(td_string!(l, result.next_special_form_prisoner)),
        // A correction asked from prison: the rules give the institution the special form and
        // a representative the correction, and say nothing of the two together.
        Path::Correction if prisoner => {
            push(td_string!(l, result.next_correction_prisoner));
            if represented {
                push(td_string!(l, result.next_representative));
            }
        }
        // Through a representative: who does what, said of the representative (found by an
        // audit: "bring", "apply" and "check before you go" said to someone abroad).
        Path::Correction if represented => {
            push(td_string!(l, result.next_representative));
            push(td_string!(l, result.next_correction_proof_represented));
        }
        Path::Correction => push(td_string!(l, result.next_correction_proof)),
        Path::Formation => {}
    }
    let rs = o.ruleset.as_deref().and_then(ruleset::by_id);
    match route {
        // Whether it offers the service is asked once: in the first step when it is one.
        // Both consulate texts ask about a consular fee: no consular rule set names one
        // (`tests/data_integrity.rs` fails the day one does, so these words get reworked).
        Route::Consulate if out_of_term => {
            push(td_string!(l, result.next_consulate_visit));
            // The consulate may have stopped: the way that stays open, for whom it serves.
            if let Some(rs) = in_country {
                let served = text::served(l, &rs.who).0;
                push(&td_string!(l, result.next_if_stopped, served = served).to_string());
            }
        }
        Route::Consulate => push(td_string!(l, result.next_consulate)),
        Route::Mfa => push(td_string!(l, result.next_mfa)),
        Route::InCountry if !prisoner => {
            let fee = match rs.map(|rs| rs.fee) {
                Some(Fee::Free(_)) => td_string!(l, result.fee_free),
                _ => td_string!(l, result.fee_not_stated),
            };
            let served = rs.map(|rs| text::served(l, &rs.who).0).unwrap_or_default();
            push(&if represented && path == Path::Correction {
                td_string!(
                    l,
                    result.next_in_country_represented,
                    served = served,
                    fee = fee
                )
                .to_string()
            } else {
                td_string!(l, result.next_in_country, served = served, fee = fee).to_string()
            });
        }
        Route::InCountry => {}
    }
    // Said on every route whose rules want the applicant at the desk (the 2024 and 2025
    // pilots as much as the State Corporation), except where a representative may apply
    // and does; a prisoner's form is brought by the institution. The sources say nothing
    // of children: that is said unless the applicant is known to be an adult on the date.
    let purpose = if path == Path::Correction {
        Purpose::Correction
    } else {
        Purpose::Formation
    };
    let elsewhere = prisoner || (represented && path == Path::Correction);
    if !elsewhere && rs.is_some_and(|rs| rs.in_person(purpose)) {
        // "No one can apply on your behalf" is not said to someone who may be a child: the
        // sources say only "in person", and leave open whether a parent acts for a child
        // (found by an audit: an 11-year-old was told it, beside "the rules do not say").
        // A known child's page says it of the child, not "if the IIN is for a child" (found by
        // an audit of the printout).
        push(match minor {
            Minor::No => td_string!(l, result.next_in_person),
            Minor::Maybe => td_string!(l, result.next_in_person_child),
            Minor::Yes => td_string!(l, result.next_in_person_known_child),
        });
    }
    steps
}

/// A link's text with a line break allowed after each `&`, where a reader copying it from paper
/// loses nothing: broken anywhere, "date=202" ended one line and "6-12-15" began the next
/// (found by an audit of a returning applicant).
fn breakable_at_pairs(url: &str) -> Vec<Node> {
    let mut parts = Vec::new();
    for (i, pair) in url.split('&').enumerate() {
        if i > 0 {
            parts.push(super::markup::text("&"));
            parts.push(el("wbr"));
        }
        // Whole on its line: broken at its own hyphens, "yes-DE-other-" / "yes-none" read
        // as a word wrapped (found by a regression audit).
        parts.push(el("span").class("print-link__pair").text(pair.to_owned()));
    }
    parts
}

/// The same page by its other name, for the printed link that restores the answers: the
/// folder (`/app/`) as its file of that language (`/app/index.ru.html`), and a file as its
/// folder. A PDF saved from Chromium makes no link of an address equal to the page's own,
/// which it takes for a place in the page itself (found by a regression audit). Both names
/// serve the app's page (`dist/`'s files); any other address is left as it is.
fn other_file_of_the_page(url: &str, lang: &str) -> String {
    let (address, rest) = url.split_at(url.find(['?', '#']).unwrap_or(url.len()));
    let Some(slash) = address.rfind('/') else {
        return url.to_owned();
    };
    let (folder, file) = address.split_at(slash + 1);
    let is_page_file = file.starts_with("index.") && file.ends_with(".html");
    if file.is_empty() {
        format!("{folder}{}{rest}", super::state::page_file_name(lang))
    } else if is_page_file {
        format!("{folder}{rest}")
    } else {
        url.to_owned()
    }
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    // The day of the way chosen, followed only when it changes: the clock is read again each
    // minute and at each midnight here or in Kazakhstan, and a page rebuilt for nothing lost
    // the focus and closed the open folds (found by an audit of clocks).
    let day = Memo::new(move |_| j.today());
    // The device's day only where its clock is wrong: a right clock never rebuilds the page.
    let behind = Memo::new(move |_| {
        let here = j.device_today();
        crate::rules::clock_behind(here).then_some(here)
    });
    // Whether the date chosen is past in Kazakhstan but not on the device (`Today`), followed
    // as a yes or no: the page is rebuilt only when the sentence comes or goes, not
    // at the device's midnight (found by the e2e suite: a page rebuilt for nothing loses its
    // focus and open folds).
    let past_there_only = Memo::new(move |_| {
        let (here, there) = (j.device_today(), j.today());
        // The day the application could be made (a Sunday's Monday), as "in the past" judges.
        j.answers
            .with(|a| a.date)
            .map(crate::rules::evaluate::submission_day)
            .is_some_and(|d| d < there && d >= here)
    });
    // When it does change (the page is rebuilt: "is in the past" may now be said), a focus that
    // fell to the body goes to the heading, on a page or frame of the app's own; and what the
    // verdict box now says is read out if it changed (found by an audit of what a screen reader
    // says: the focus moved at midnight, and the new "is in the past" was never heard).
    let verdict_said = StoredValue::new_local((String::new(), false));
    Effect::new(move |previous: Option<chrono::NaiveDate>| {
        let now = day.get();
        if previous.is_some_and(|p| p != now) {
            let own = j.owns_page();
            super::widgets::after_render(move || {
                if own {
                    super::refocus_lost();
                }
                let changed = verdict_said.try_update_value(|(said, fresh)| {
                    std::mem::replace(fresh, false).then(|| said.clone())
                });
                if let Some(Some(said)) = changed {
                    j.announce.set(said);
                }
            });
        }
        now
    });
    // The answers to the questions that apply: one left from an earlier path (a spouse's
    // category after the citizenship became Kazakh) decides nothing here (`flow::in_effect`).
    // These two read the clock itself, not `day`: a memo read through another memo did not
    // rebuild the page when the day changed (found by the e2e suite, a tab restored 15 days
    // later; reactive_graph 0.2).
    let answers = Memo::new(move |_| {
        let today = j.today();
        j.answers.with(|a| flow::in_effect(a, j.locked(), today))
    });
    provide_context(super::checklist::InEffect(answers));
    let outcome = Memo::new(move |_| {
        let today = j.today();
        answers.with(|a| evaluate(&a.to_applicant(today)))
    });
    // Announce the verdict in the app's polite live region.
    Effect::new(move |_| {
        let l = i18n.get_locale();
        let purpose = answers.with(|a| a.purpose());
        let declared = answers.with(|a| a.declared().is_some());
        let route = answers.with(|a| a.route.unwrap_or(Route::Consulate));
        let date = answers.with(|a| a.date.unwrap_or(day.get()));
        let sentence = outcome.with(|o| {
            let out_of_term = declared_out_of_term(o);
            let not_held =
                rules_not_held(o, date, declared) || declared_unknown(o, route, j.declared_newer);
            let unsure = answers.with(|a| unsure_only(o, a));
            headline(
                l,
                o,
                path(o, purpose),
                (out_of_term, not_held, unsure),
                (route, date),
            )
        });
        j.announce.set(sentence);
    });
    // The ticks are cleared by the page switch (`ui::Shell`), which knows whether the page is
    // left or only built anew for a language under a translator.
    on_cleanup(move || j.announce.set(String::new()));
    let lang = move || text::code(i18n.get_locale_untracked());
    view! {
        <BackLink />
        <h1 class="heading" tabindex="-1">{t!(i18n, result.title)}</h1>
        {move || {
            let l = i18n.get_locale();
            let o = outcome.get();
            let now = day.get();
            let (route, purpose, date, declared, represented, iin_unknown, birth, category, child_offered) = answers.with(|a| {
                (
                    a.route.unwrap_or(Route::Consulate),
                    a.purpose(),
                    a.date.unwrap_or(now),
                    a.declared().is_some(),
                    a.represented(now),
                    a.has_iin == Some(Tri::Unknown),
                    a.birth_date,
                    a.category,
                    flow::may_be_for_a_child(a, now),
                )
            });
            // Whether the applicant may be under 18, for the sentence on what the sources
            // leave open for a child (decided by the rules core: `age::minor`).
            let submit = o.first_open_day.unwrap_or(date);
            let minor = age::minor(birth, category, submit, child_offered);
            let path = path(&o, purpose);
            // A parent applying for their child reads of the child's things, not "yours".
            let child = category == Some(Category::Child);
            let out_of_term = declared_out_of_term(&o);
            let reference = o.checklist_is_reference;
            let unavailable = o.verdict == Verdict::Unavailable;
            // The consulate names rules this version does not know: the rules it holds are
            // not the story (they ended, "no newer known"), the unknown ones are.
            let unknown = declared_unknown(&o, route, j.declared_newer);
            let not_held = rules_not_held(&o, date, declared) || unknown;
            let declared = declared || unknown;
            // No rules in force on the date: those known to come after it, if any.
            let next = (unavailable && !declared)
                .then(|| ruleset::next_for(route, date))
                .flatten();
            let today = Today {
                date: now,
                device_behind: behind.get(),
                past_there_only: past_there_only.get(),
                rules_in_force: ruleset::ruleset_for(route, now).is_some_and(|s| s.in_force),
            };
            let mut facts = verdict_facts(l, &o, path, date, today, declared, next, represented);
            // A Saturday at a Public Service Centre: counted from the next working day, and
            // said to be counted so under "Good to know" (found by an audit of an applicant's questions: some
            // centres are reported to take applications on Saturday mornings, which our
            // sources do not cover).
            let saturday = route == Route::InCountry
                && date.weekday() == Weekday::Sat
                && o.first_open_day.is_some()
                && o.verdict != Verdict::Unavailable;
            // Declared rules out of their term while others are in force on the date (a
            // consulate's page still naming the 2024 pilot in 2025): those others, and whether
            // they serve the applicant, decided by `evaluate` as if nothing were declared (found
            // by an audit of the next order as data: the rules in force were never named).
            if out_of_term {
                let in_force = ruleset::ruleset_for(route, date)
                    .filter(|s| s.in_force && o.ruleset.as_deref() != Some(s.ruleset.id));
                if let Some(other) = in_force {
                    let verdict = answers.with(|a| {
                        let mut applicant = a.to_applicant(now);
                        applicant.ruleset = None;
                        evaluate(&applicant).verdict
                    });
                    let (name, on) = (rules_page::name(l, other.ruleset), text::date(l, date));
                    facts.push(match verdict {
                        Verdict::Eligible | Verdict::ActionNeeded => td_string!(
                            l,
                            result.declared_other_in_force_served,
                            date = on,
                            ruleset = name
                        )
                        .to_string(),
                        _ => td_string!(
                            l,
                            result.declared_other_in_force_not_served,
                            date = on,
                            ruleset = name
                        )
                        .to_string(),
                    });
                }
            }
            // A date gone by, reopened from a saved link: what an application from today would
            // meet, where it is worse (found by an audit of a returning applicant: a passport
            // expired since, a child 16 since, told nothing but "the date is in the past").
            if o.first_open_day.unwrap_or(date) < now {
                let then = answers.with(|a| {
                    let mut a = a.to_applicant(now);
                    a.date = now;
                    evaluate(&a)
                });
                // Worse, or a limit passed since (a passport expired, an age reached) where the
                // verdict stays (found by a regression audit: "action needed" both times, the
                // passport expired since unsaid).
                let passed_since = then
                    .reasons
                    .iter()
                    .any(|r| r.judged_on_own_dates() && !o.reasons.contains(r));
                // A parent reads of the child's package (found by an audit of a page's
                // consistency: "would then not serve you" where the rest said "the child").
                let worse = then.verdict > o.verdict || passed_since;
                match then.verdict {
                    Verdict::NotEligible if worse => facts.push(if child {
                        td_string!(l, result.past_date_now_refused_child).to_string()
                    } else {
                        td_string!(l, result.past_date_now_refused).to_string()
                    }),
                    Verdict::ActionNeeded if worse => facts.push(if child {
                        td_string!(l, result.past_date_now_action_child).to_string()
                    } else {
                        td_string!(l, result.past_date_now_action).to_string()
                    }),
                    _ => {}
                }
            }
            // The verdict box's words, for the day-change Effect above: marked fresh when they
            // differ from the last built (the page is rebuilt at every change of day).
            let unsure = answers.with(|a| unsure_only(&o, a));
            let box_words = std::iter::once(headline(l, &o, path, (out_of_term, not_held, unsure), (route, date)))
                .chain(facts.iter().cloned())
                .collect::<Vec<_>>()
                .join(" ");
            verdict_said.try_update_value(|(said, fresh)| {
                *fresh = !said.is_empty() && *said != box_words;
                *said = box_words;
            });

            // What the applicant can do: instead (reference) or next (served).
            let in_country = ruleset::ruleset_for(Route::InCountry, date);
            let later = answers.with(|a| other_ways::later_day(&a.to_applicant(now), &o));
            let mfa_open = other_ways::mfa_in_force(date);
            let in_country_may_serve = other_ways::in_country_may_serve(&o, route, date);
            let ways = OtherWays {
                next,
                in_country,
                mfa_open,
                declared_newer: unknown,
                in_country_may_serve,
            };
            // An earlier day that avoids the refusal or the renewal, and the last days to apply
            // (decided by the rules core), worded alike.
            let by_representative = represented && path == Path::Correction;
            let at_consulate = route == Route::Consulate;
            let earlier = answers
                .with(|a| earlier_day(&a.to_applicant(now), &o, now))
                .map(|e| earlier_line(l, e, child, by_representative, at_consulate));
            let mut instead = alternatives(l, &o, route, ways, later, now);
            if reference {
                if let Some(e) = earlier.clone() {
                    instead.insert(0, e);
                }
            }
            // The way it recommends, one press away: a consulate's embed, whose country is
            // preset, has no question to choose it (found by an audit: a dead end there).
            // Also where declared rules out of their term say "if it no longer offers it, a
            // Public Service Centre" (found by an audit: no button there).
            let stopped = route == Route::Consulate && out_of_term && !reference;
            let offers = in_country_may_serve || stopped;
            let go_in_country = (in_country.is_some_and(|s| s.in_force) && offers).then(|| {
                el("p").class("no-print").child(
                    el("button")
                        .attr("type", "button")
                        .class("button button--secondary")
                        .text(td_string!(l, result.instead_in_country_button))
                        .on_click(move |_| j.apply_in_kazakhstan(text::code(l))),
                )
            });
            let todo_block = if reference {
                (!instead.is_empty()).then(|| {
                    el("section")
                        .class("next")
                        .attr("aria-labelledby", "instead-title")
                        .child(el("h2").attr("id", "instead-title").text(td_string!(l, result.instead_title)))
                        .child(el("ul").class("list").children(instead.into_iter().map(|s| el("li").kept_text(&s))))
                        .child(go_in_country)
                })
            } else {
                let in_country = in_country.filter(|s| s.in_force).map(|s| s.ruleset);
                let ready_by = answers
                    .with(|a| ready_by(&a.to_applicant(now), &o, now))
                    .into_iter()
                    .map(|d| ready_by_line(l, d, child, by_representative, at_consulate))
                    .collect();
                let at = Situation { route, represented, out_of_term, iin_unknown, minor, in_country, earlier, ready_by, for_child: child };
                let steps = next_steps(l, &o, path, at);
                Some(
                    el("section")
                        .class("next")
                        .attr("aria-labelledby", "next-title")
                        .child(el("h2").attr("id", "next-title").text(td_string!(l, result.next_title)))
                        .child(el("ol").class("list").children(steps.into_iter().map(|s| el("li").kept_text(&s))))
                        .child(go_in_country),
                )
            };

            // Someone who already has an IIN gets no new one by any rules: a list of what a new
            // one needs, under "what those rules required", read as if those rules had ended
            // (found by an audit of the day's fixes, beside the line for a lost number).
            let already_has = o.reasons.contains(&Reason::AlreadyHasIin);
            let checklist = if reference && already_has {
                ().into_any()
            } else if reference {
                view! { <ReferenceList outcome=o.clone() /> }.into_any()
            } else {
                view! { <Checklist outcome=o.clone() /> }.into_any()
            };

            // Where the rules do not serve the applicant (the checklist is only a reference),
            // the reasons about the package (a document to get, certify, translate...) say
            // nothing: the why is what closes this way.
            // A document not yet held is judged for its usual issuer (contract v1.1), and its
            // card says "if it is issued in France: an apostille there". When only such
            // documents need an apostille or legalization, "a required document is missing"
            // is the why; "a foreign document still needs an apostille" would state flatly
            // what holds only for a guessed issuer.
            let certifies = |n: &Need| matches!(n, Need::Apostille | Need::Legalization);
            let only_missing_certify = o
                .documents
                .iter()
                .filter(|d| d.needs.iter().any(certifies))
                .all(|d| d.needs.contains(&Need::Provide));
            let shown_reasons: Vec<_> = o
                .reasons_detail
                .iter()
                .filter(|r| !(reference && r.code.verdict() == Verdict::ActionNeeded))
                .filter(|r| !(r.code == Reason::CertificationNeeded && only_missing_certify))
                .collect();
            // "Every requirement" is not met while an IIN held is not ruled out (found by an
            // audit of an unsure applicant): the office checks it, the next steps say.
            let iin_open = iin_unknown && path != Path::Correction && !reference;
            let reasons = if shown_reasons.is_empty() && iin_open && child {
                el("p").text(td_string!(l, result.no_reasons_iin_unknown_child))
            } else if shown_reasons.is_empty() && iin_open {
                el("p").text(td_string!(l, result.no_reasons_iin_unknown))
            } else if shown_reasons.is_empty() {
                el("p").text(td_string!(l, result.no_reasons))
            } else {
                el("ul").class("reasons").children(shown_reasons.into_iter().map(|r| {
                    // Which documents a reason about the package is about: "a document needs
                    // a translation" alone left three candidates (found by an audit).
                    let concerned_items: Vec<_> = o
                        .documents
                        .iter()
                        .filter(|d| match r.code {
                            Reason::TranslationNeeded => d.needs.contains(&Need::Translation),
                            Reason::CertificationNeeded => {
                                d.needs.iter().any(certifies) && !d.needs.contains(&Need::Provide)
                            }
                            // The applicant's own identity document has a reason of its
                            // own; a parent's is named here (found by an audit: a child's
                            // page said only "A required document is missing").
                            Reason::DocumentMissing => {
                                d.needs.contains(&Need::Provide)
                                    && (d.kind != crate::rules::DocumentKind::Identity
                                        || d.id == DocumentId::ParentKzIdentity)
                            }
                            _ => false,
                        })
                        .collect();
                    // A document whose issuer the applicant does not know (judged for an
                    // assumed state, or by the last resort): a condition, as its entry says
                    // (found by audits: "a foreign document" of a power of attorney a refugee
                    // may have had made in Kazakhstan, of a child's certificate judged as
                    // German). Known ones are named with the plain reason, these after it.
                    let unknown_issuer = |d: &crate::rules::ChecklistItem| {
                        d.issuer.is_none() || d.notes.contains(&Note::IssuerAssumed)
                    };
                    // So is a held document whose language the applicant does not know
                    // (counted as neither Kazakh nor Russian): "may need a translation".
                    let unknown_language = |d: &crate::rules::ChecklistItem| {
                        d.provided && answers.with(|a| a.language_unknown(d.id))
                    };
                    // And one held whose apostille or translation the applicant does not know
                    // about (found by a regression audit: "still needs an apostille" as fact
                    // under a headline that says to check).
                    let unknown_certified = |d: &crate::rules::ChecklistItem| {
                        d.provided && answers.with(|a| a.certified_unknown(d.id))
                    };
                    let unknown_translated = |d: &crate::rules::ChecklistItem| {
                        d.provided && answers.with(|a| a.translated_unknown(d.id))
                    };
                    let (unknown_items, known_items): (Vec<_>, Vec<_>) = match r.code {
                        Reason::CertificationNeeded => concerned_items
                            .into_iter()
                            .partition(|d| unknown_issuer(d) || unknown_certified(d)),
                        Reason::TranslationNeeded => concerned_items
                            .into_iter()
                            .partition(|d| unknown_language(d) || unknown_translated(d)),
                        _ => (Vec::new(), concerned_items),
                    };
                    let only_unsure = known_items.is_empty() && !unknown_items.is_empty();
                    let unsure_sentence = match r.code {
                        Reason::TranslationNeeded
                            if unknown_items.iter().all(|d| unknown_language(d)) =>
                        {
                            td_string!(l, reasons.translation_needed_language_unknown)
                        }
                        Reason::TranslationNeeded => td_string!(l, reasons.translation_needed_unsure),
                        _ if unknown_items.iter().all(|d| unknown_issuer(d)) => {
                            td_string!(l, reasons.certification_needed_issuer_unknown)
                        }
                        _ => td_string!(l, reasons.certification_needed_unsure),
                    };
                    let named = |items: &[&crate::rules::ChecklistItem]| -> Vec<String> {
                        items.iter().map(|d| text::document_in_sentence(l, d.id)).collect()
                    };
                    // A one-of group missing is named as its choice, not as documents each
                    // required (found by a regression audit: "Documents concerned: Death
                    // certificate; Will" under a checklist saying one of them is enough). An
                    // option that is a set of documents is named as the set ("A + B").
                    let (in_group, known_items): (Vec<_>, Vec<_>) =
                        if r.code == Reason::DocumentMissing {
                            known_items.into_iter().partition(|d| d.group.is_some())
                        } else {
                            (Vec::new(), known_items)
                        };
                    let mut groups: Vec<&str> = Vec::new();
                    for g in in_group.iter().filter_map(|d| d.group.as_deref()) {
                        if !groups.contains(&g) {
                            groups.push(g);
                        }
                    }
                    let choices: Vec<String> = groups
                        .iter()
                        .map(|g| {
                            let members: Vec<_> = in_group
                                .iter()
                                .filter(|d| d.group.as_deref() == Some(*g))
                                .collect();
                            // Each document is an option of its own, but for those of a set
                            // (`alternative`), which go together.
                            let mut options: Vec<String> = Vec::new();
                            let mut sets: Vec<&str> = Vec::new();
                            for m in &members {
                                match m.alternative.as_deref() {
                                    None => options.push(text::document_in_sentence(l, m.id)),
                                    Some(set) if sets.contains(&set) => {}
                                    Some(set) => {
                                        sets.push(set);
                                        options.push(
                                            members
                                                .iter()
                                                .filter(|o| o.alternative.as_deref() == Some(set))
                                                .map(|o| text::document_in_sentence(l, o.id))
                                                .collect::<Vec<_>>()
                                                .join(" + "),
                                        );
                                    }
                                }
                            }
                            td_string!(l, reasons.concerns_one_of, docs = options.join("; "))
                                .to_string()
                        })
                        .collect();
                    let concerned = if only_unsure {
                        named(&unknown_items)
                    } else {
                        named(&known_items)
                    };
                    // Mixed: the conditional sentence for the unknown ones follows.
                    let also_unknown = (!only_unsure && !unknown_items.is_empty()).then(|| {
                        format!(
                            "{} {}",
                            unsure_sentence,
                            td_string!(l, reasons.concerns, docs = named(&unknown_items).join("; "))
                        )
                    });
                    let concerns = (!concerned.is_empty())
                        .then(|| {
                            td_string!(l, reasons.concerns, docs = concerned.join("; "))
                                .to_string()
                        })
                        .into_iter()
                        .chain(choices)
                        .collect::<Vec<_>>();
                    let concerns = (!concerns.is_empty()).then(|| concerns.join(" "));
                    el("li")
                        .class("reason")
                        .text(match r.code {
                            Reason::RouteUnavailableOnDate if unknown => {
                                td_string!(l, reasons.route_rules_declared_unknown)
                            }
                            Reason::RouteUnavailableOnDate if not_held => {
                                td_string!(l, reasons.route_rules_not_held)
                            }
                            Reason::RouteUnavailableOnDate if none_known(&o) => {
                                td_string!(l, reasons.route_none_known_on_date)
                            }
                            Reason::CertificationNeeded | Reason::TranslationNeeded
                                if only_unsure =>
                            {
                                unsure_sentence
                            }
                            // The ministry's way as it was, where no rules serve it on the date
                            // (found by a review: the Why still said it as settled fact).
                            Reason::UseMfaRoute if !mfa_open => {
                                td_string!(l, reasons.use_mfa_route_no_rules)
                            }
                            // Asked at the ministry, not an embassy (found by an audit).
                            Reason::CorrectionInCountryOnly if route == Route::Mfa => {
                                td_string!(l, reasons.correction_in_country_only_mfa)
                            }
                            // The child's document, as its question page said (found by an
                            // audit: a parent told "your" document, who might renew theirs).
                            Reason::IdentityDocumentExpired if child => {
                                td_string!(l, reasons.identity_document_expired_child)
                            }
                            Reason::IdentityDocumentMissing if child => {
                                td_string!(l, reasons.identity_document_missing_child)
                            }
                            code => text::reason(l, code),
                        })
                        .child(concerns.map(|c| el("span").text(" ").text(c)))
                        .child(also_unknown.map(|c| el("span").text(" ").text(c)))
                        .child(sources_details(l, &r.sources, &r.interpretations, r.interpretation, None))
                }))
            };
            // What the applicant gets, as the applied rule set's sources say it, with them:
            // a registration certificate under the 2024 pilot (domain §3.5), the IIN handed
            // over under the 2025 one (its sources name no certificate: found by a lawyer's
            // audit), a receipt on applying in Kazakhstan (§4). A prisoner's institution
            // applies for them.
            let issued = o.ruleset.as_deref().and_then(ruleset::by_id).map(|rs| rs.issued);
            let result_doc = (!reference)
                .then_some(issued)
                .flatten()
                .and_then(|issued| {
                    let correction = path == Path::Correction;
                    let text = match issued {
                        _ if route == Route::InCountry && from_prison(&o) => return None,
                        Issued::Receipt(_) if represented && correction => {
                            td_string!(l, result.result_receipt_represented)
                        }
                        // A correction gives corrected data, not an IIN (found by an audit:
                        // "what document you then get with your IIN" to someone who has one).
                        Issued::Receipt(_) if correction => {
                            td_string!(l, result.result_receipt_correction)
                        }
                        Issued::Receipt(_) => td_string!(l, result.result_receipt),
                        Issued::RegistrationCertificate(_) if correction => {
                            td_string!(l, result.result_doc_correction)
                        }
                        Issued::RegistrationCertificate(_) if child => {
                            td_string!(l, result.result_doc_child)
                        }
                        Issued::RegistrationCertificate(_) => td_string!(l, result.result_doc),
                        Issued::Iin(_) if correction => td_string!(l, result.result_iin_correction),
                        Issued::Iin(_) if child => td_string!(l, result.result_iin_child),
                        Issued::Iin(_) => td_string!(l, result.result_iin),
                    };
                    let rule = issued.rule();
                    let (sources, readings) = crate::rules::sources::refs(rule.basis);
                    let node = el("div")
                        .class("result-doc")
                        .child(el("p").text(text))
                        .child(sources_details(l, &sources, &readings, rule.interpretation, None));
                    Some((node, sources))
                });
            // Its sources are printed with the page's others, only where it is said (not for a
            // prisoner; found by a review).
            let (result_doc, issued_sources) = match result_doc {
                Some((node, sources)) => (Some(node), sources),
                None => (None, Vec::new()),
            };
            // Each checklist entry shows its own notes (not on a reference list).
            let on_items: Vec<Note> = if reference {
                Vec::new()
            } else {
                o.documents
                    .iter()
                    .flat_map(|i| i.notes.iter().copied())
                    .filter(|n| shown_as_note(*n))
                    .collect()
            };
            // A ready date, or "one working day after you apply with everything" (action needed,
            // under declared rules out of their term too: found by a regression audit, the
            // note on the host country's holidays was dropped there).
            let dated = (o.verdict == Verdict::Eligible && o.ready_on.is_some())
                || o.verdict == Verdict::ActionNeeded;
            let first_day = o.first_open_day.is_some();
            let reason_marked =
                o.reasons_detail.iter().any(|r| r.interpretation || !r.interpretations.is_empty());
            let judged_reason = o
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::TranslationNeeded | Reason::CertificationNeeded));
            let page = Page {
                reference,
                unavailable,
                declared,
                out_of_term,
                dated,
                first_day,
                reason_marked,
                judged_reason,
            };
            // "Some requirements above are our interpretation" sums up the page: said last.
            let summary = |n: &&Note| **n == Note::ConfirmWithOffice;
            let mut notes: Vec<Node> = o
                .notes
                .iter()
                .filter(|n| !summary(n))
                .chain(o.notes.iter().filter(summary))
                .filter(|n| good_to_know(**n, page, &on_items))
                .map(|n| {
                    el("li").text(match n {
                        // A prisoner does not go to the office: the consent is given
                        // through the institution.
                        Note::ConsentToDataAccessAtOffice if from_prison(&o) => {
                            td_string!(l, notes.consent_to_data_access_prisoner)
                        }
                        // Nor does an applicant whose representative asks for the
                        // correction; the rules do not say how they consent then.
                        Note::ConsentToDataAccessAtOffice
                            if represented && path == Path::Correction =>
                        {
                            td_string!(l, notes.consent_to_data_access_represented)
                        }
                        // The child's document, as its question page said.
                        Note::IdentityDocumentExpiresBeforeReady if child => {
                            td_string!(l, notes.identity_document_expires_before_ready_child)
                        }
                        // No IIN is issued on a correction: the data are corrected (found by
                        // an audit of a page's consistency).
                        Note::IdentityDocumentExpiresBeforeReady if path == Path::Correction => {
                            td_string!(l, notes.identity_document_expires_before_correction)
                        }
                        // The child's data; who signs for a child, the rules do not say.
                        Note::WrittenConsentAtMission if child => {
                            td_string!(l, notes.written_consent_at_mission_child)
                        }
                        // No ready date on the page, only the first day to apply (with "one
                        // working day after you apply with everything", when something is
                        // still to do).
                        Note::HostCountryHolidaysNotModelled
                            if out_of_term
                                && (!dated || (first_day && o.verdict == Verdict::ActionNeeded)) =>
                        {
                            td_string!(l, notes.host_country_holidays_first_day)
                        }
                        _ => text::note(l, *n),
                    })
                })
                .collect();
            let name = o.ruleset.as_deref().map(|r| text::ruleset_name(l, r)).unwrap_or_default();
            let term_line = o.term.map(|t| match t.to {
                // Not "applied": no rules are in force on the date; these are only shown.
                Some(to) if unavailable => td_string!(l, result.ruleset_line_reference, ruleset = name, from = text::date(l, t.from), to = text::date(l, to)).to_string(),
                Some(to) => td_string!(l, result.ruleset_line, ruleset = name, from = text::date(l, t.from), to = text::date(l, to)).to_string(),
                None if unavailable => td_string!(l, result.ruleset_open_reference, ruleset = name, from = text::date(l, t.from)).to_string(),
                None => td_string!(l, result.ruleset_open, ruleset = name, from = text::date(l, t.from)).to_string(),
            });
            let verdict = o.verdict;
            // The term the dates count, with its sources, under "Why": in the verdict box it
            // pushed the first next step off a phone's first screen (found by the e2e suite).
            let timing = timing_sources(&o, date);
            let timing_view = (!timing.is_empty()).then(|| {
                el("div")
                    .class("result-timing")
                    .child(el("p").text(td_string!(l, rules.processing, term = service_term(l, &o))))
                    .child(sources_details(l, &timing, &[], false, None))
            });
            let mut before = vec![el("div")
                .class(verdict_class(verdict, out_of_term))
                .attr("data-verdict", format!("{verdict:?}"))
                .child(el("p").class("verdict__text").text(headline(l, &o, path, (out_of_term, not_held, unsure), (route, date))))
                .children(facts.into_iter().map(|f| el("p").class("verdict__fact").text(f)))];
            before.extend(todo_block);
            let mut after = vec![el("h2").text(td_string!(l, result.why)), reasons];
            after.extend(result_doc);
            after.extend(timing_view);
            // Under "Good to know", not in the verdict box: the first next step stays on a
            // phone's first screen.
            if saturday {
                notes.insert(0, el("li").text(td_string!(l, result.saturday_in_country)));
            }
            if !notes.is_empty() {
                after.push(el("h2").text(td_string!(l, result.notes_title)));
                after.push(el("ul").class("list notes").children(notes));
            }
            after.extend(words_used(l, &o));
            let issued_sources: Vec<_> = issued_sources.into_iter().chain(timing).collect();
            after.push(printed_sources(l, &o, &issued_sources));
            let mut hint = el("p").class("hint").text(td_string!(l, start.not_official)).text(" ");
            if let Some(line) = term_line {
                hint = hint.text(line);
            }
            after.push(hint.text(" ").text(
                td_string!(l, result.treaties_as_of, date = text::date(l, o.treaties_as_of), reviewed = text::date(l, o.rules_reviewed_on)).to_string(),
            ));
            view! {
                {Markup::new(before)}
                {checklist}
                {Markup::new(after)}
                <p class="no-print"><super::rules_page::RulesLink /></p>
            }
        }}
        <PrintSummary />
        <ResultActions />
        <div class="actions no-print">
            <button type="button" class="link-button" on:click=move |_| j.go(Step::Check, lang())>
                {t!(i18n, result.change_answers)}
            </button>
            <button
                type="button"
                class="link-button"
                on:click=move |_| j.start_again(lang())
            >
                {t!(i18n, result.start_again)}
            </button>
        </div>
    }
}

/// "Apostille", "consular legalization" and "notarized translation" in plain words, wherever
/// the checklist lists a state's public document or a notarial act (every such entry speaks
/// of them, if only to say none is needed). Found by an audit of the language: they were
/// explained only on a question that someone without the document yet never sees.
fn words_used(l: Locale, o: &Outcome) -> Option<Node> {
    use crate::rules::DocumentKind;
    let used = o
        .documents
        .iter()
        .any(|d| matches!(d.kind, DocumentKind::Public | DocumentKind::Notarial));
    used.then(|| {
        // Not on paper: the printout is for the office, and it stays within two pages (a
        // regression audit: a third sheet for the English spouse).
        el("section")
            .class("words no-print")
            .attr("aria-labelledby", "words-title")
            .child(
                el("h2")
                    .attr("id", "words-title")
                    .text(td_string!(l, result.words_title)),
            )
            .child(
                el("ul").class("list").children(
                    [
                        td_string!(l, result.word_apostille),
                        td_string!(l, result.word_legalization),
                        td_string!(l, result.word_notarized_translation),
                    ]
                    .into_iter()
                    .map(|w| el("li").text(w)),
                ),
            )
    })
}

/// On paper only: every source the result cites, once, with its address (beside each entry
/// a printout names only our readings: the same few sources under every entry, each with its
/// address, took a third page; found by an audit, which saw no source printed at all).
fn printed_sources(l: Locale, o: &Outcome, issued: &[crate::rules::SourceRef]) -> Node {
    let mut sources: Vec<crate::rules::SourceRef> = Vec::new();
    let all = o
        .documents
        .iter()
        .flat_map(|i| &i.sources)
        .chain(o.reasons_detail.iter().flat_map(|r| &r.sources))
        .chain(issued);
    for s in all {
        if !sources.contains(s) {
            sources.push(s.clone());
        }
    }
    el("section")
        .class("print-only print-sources")
        .child(
            (!sources.is_empty()).then(|| el("h2").text(td_string!(l, result.print_sources_title))),
        )
        .child(super::citations::cited(l, &sources, &[]))
}

/// On paper only: the answers the result rests on, the day it was printed and the link that
/// restores them.
#[component]
fn PrintSummary() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    // Followed only when they change (`ResultPage`'s `day`).
    let day = Memo::new(move |_| j.today());
    // Printed on the applicant's own day, not Kazakhstan's (found by an audit of clocks: "Printed
    // on 1 January 2027" in Los Angeles on 31 December).
    let printed = Memo::new(move |_| j.device_today());
    move || {
        let l = i18n.get_locale();
        let answers = j.answers.get();
        // Where they apply, when the consulate's page set it: no question asked it, and the
        // printout said nowhere (found by an audit of the embeds).
        let preset = j
            .preset_country()
            .then(|| {
                let country = answers.at.map(|c| text::country(l, c)).unwrap_or("?");
                [
                    (
                        td_string!(l, check.route).to_string(),
                        td_string!(l, q.route.consulate).to_string(),
                    ),
                    (
                        td_string!(l, check.consulate).to_string(),
                        country.to_owned(),
                    ),
                ]
            })
            .into_iter()
            .flatten();
        let rows = preset
            .chain(super::check::summary_rows(
                l,
                &answers,
                j.locked(),
                day.get(),
            ))
            .map(|(key, value)| super::check::summary_row(key, value));
        let link = j.owns_page().then(|| j.share_link(text::code(l))).flatten();
        // A link, so that a PDF saved from it opens the answers again with a click (found by
        // an audit: the only way back to them was plain text wrapped over four lines).
        // The typed IIN is never in the link: said where it is printed above (found by an
        // audit: "the link that restores these answers" under "Your IIN 0305...").
        let iin_typed = answers.iin.is_some();
        let link = link.map(|url| {
            el("p")
                .class("print-link")
                .text(if iin_typed {
                    td_string!(l, result.print_link_without_iin)
                } else {
                    td_string!(l, result.print_link)
                })
                .text(" ")
                .child(
                    // The printed address is typed back in: a page translator must not
                    // turn "step=result" into another language's words (found by an audit of
                    // a translated page).
                    el("a")
                        .attr("href", other_file_of_the_page(&url, text::code(l)))
                        .attr("translate", "no")
                        .children(breakable_at_pairs(&url)),
                )
        });
        Markup::from(
            el("section")
                .class("print-only")
                .child(el("h2").text(td_string!(l, result.print_answers_title)))
                .child(el("dl").class("summary").children(rows))
                .child(
                    el("p").text(
                        td_string!(l, result.printed_on, date = text::date(l, printed.get()))
                            .to_string(),
                    ),
                )
                .child(link),
        )
    }
}

/// Print, and the link that restores the answers.
#[component]
fn ResultActions() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    // Whether the last Copy worked: said only once the browser has said so (found by an audit:
    // "Link copied" in an iframe whose copy the browser refused, the clipboard unchanged).
    // A change of language drops it: a live region reworded is read out again (found by an
    // audit: "Link copied" on each switch; and by a review: kept aside, it came back on the
    // switch back).
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |before: Option<Locale>| {
        let l = i18n.get_locale();
        if before.is_some_and(|b| b != l) {
            copied.set(None);
        }
        l
    });
    let link = move || j.share_link(text::code(i18n.get_locale()));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let copy = move |_| {
        let Some(url) = link() else { return };
        copied.set(None);
        leptos::task::spawn_local(async move {
            use wasm_bindgen::JsCast;
            // No clipboard at all (an old browser, a page not served over https: an iframe on a
            // plain-http consulate page) is a refusal; asked first, as calling it would throw
            // (found by a review).
            let clipboard = web_sys::window()
                .map(|w| w.navigator())
                .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
                .filter(|c| c.is_object())
                .map(|c| c.unchecked_into::<web_sys::Clipboard>());
            let written = match clipboard {
                Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url))
                    .await
                    .is_ok(),
                None => false,
            };
            if !written {
                // The link selected in its box, for the device's own Copy.
                if let Some(input) =
                    super::widgets::in_app::<web_sys::HtmlInputElement>(j, "share-link")
                {
                    let _ = input.focus();
                    input.select();
                }
            }
            copied.set(Some(written));
        });
    };
    view! {
        <div class="no-print">
            <button type="button" class="button button--secondary" on:click=print>{t!(i18n, result.print)}</button>
            <Show when=move || j.owns_page()>
                <h2>{t!(i18n, result.share_title)}</h2>
                // The typed IIN stays in memory, never in a link (found by an audit: "every
                // answer" and the number gone from the link opened again).
                <p>
                    {move || {
                        let l = i18n.get_locale();
                        if j.answers.with(|a| a.iin.is_some()) {
                            td_string!(l, result.share_text_without_iin)
                        } else {
                            td_string!(l, result.share_text)
                        }
                    }}
                </p>
                <div class="field">
                    <label class="label" for="share-link">{t!(i18n, result.share_label)}</label>
                    <input class="input input--share" id="share-link" readonly prop:value=move || link().unwrap_or_default() />
                </div>
                <button type="button" class="button button--secondary" on:click=copy>{t!(i18n, result.copy)}</button>
                <p class="hint" role="status">
                    {move || {
                        let l = i18n.get_locale();
                        match copied.get() {
                            Some(true) => td_string!(l, result.copied),
                            Some(false) => td_string!(l, result.copy_failed),
                            None => "",
                        }
                    }}
                </p>
            </Show>
        </div>
    }
}
