//! The order of the question pages, and which ones apply to this applicant. Nothing here is
//! law: what to ask is read from the rule set's metadata (`RuleSetInfo`: categories offered,
//! consent, special form, representation) and the document pages from the checklist that
//! `evaluate` returns, so a new rule set changes the questions without a code change.

use chrono::NaiveDate;

use super::answers::{Answers, IdChoice};
use crate::rules::{
    evaluate, ruleset, DocumentId, DocumentKind, Need, Outcome, Purpose, Route, RuleSetInfo,
};

/// One page of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Start,
    Route,
    Consulate,
    Date,
    HasIin,
    Purpose,
    Citizenship,
    BirthDate,
    Category,
    IdType,
    IdDetails,
    Imprisoned,
    Represented,
    Document(DocumentId),
    Consent,
    Check,
    Result,
    /// "Rules and sources": outside the question flow, like the start page.
    Rules,
}

impl Step {
    /// The name used in the URL (`step=`).
    pub fn slug(self) -> String {
        match self {
            Step::Start => "start".into(),
            Step::Route => "route".into(),
            Step::Consulate => "consulate".into(),
            Step::Date => "date".into(),
            Step::HasIin => "iin".into(),
            Step::Purpose => "purpose".into(),
            Step::Citizenship => "citizenship".into(),
            Step::BirthDate => "birth-date".into(),
            Step::Category => "category".into(),
            Step::IdType => "identity".into(),
            Step::IdDetails => "identity-details".into(),
            Step::Imprisoned => "imprisoned".into(),
            Step::Represented => "represented".into(),
            Step::Document(id) => format!("doc-{}", super::query::doc_code(id)),
            Step::Consent => "consent".into(),
            Step::Check => "check".into(),
            Step::Result => "result".into(),
            Step::Rules => "rules".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Some(match slug {
            "start" => Step::Start,
            "route" => Step::Route,
            "consulate" => Step::Consulate,
            "date" => Step::Date,
            "iin" => Step::HasIin,
            "purpose" => Step::Purpose,
            "citizenship" => Step::Citizenship,
            "birth-date" => Step::BirthDate,
            "category" => Step::Category,
            "identity" => Step::IdType,
            "identity-details" => Step::IdDetails,
            "imprisoned" => Step::Imprisoned,
            "represented" => Step::Represented,
            "consent" => Step::Consent,
            "check" => Step::Check,
            "result" => Step::Result,
            "rules" => Step::Rules,
            other => Step::Document(super::query::doc_from_code(other.strip_prefix("doc-")?)?),
        })
    }
}

/// What the host page preset: those questions are not asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Locked {
    /// The consulate's country is preset (implies the consular route).
    pub consulate: bool,
}

/// The rule-set metadata the questions follow: the declared rule set, else the one shown
/// for the route on the date (in force or the latest, as `evaluate` would pick).
pub fn ruleset_info(answers: &Answers, today: NaiveDate) -> Option<RuleSetInfo> {
    let route = answers.route?;
    let date = answers.date.unwrap_or(today);
    let rs = match answers.ruleset {
        Some(id) => ruleset::by_id(id.as_str())?,
        None => ruleset::ruleset_for(route, date)?.ruleset,
    };
    Some(rs.info())
}

/// The documents that get a question page: those of the checklist the applicant must
/// obtain themselves (not the desk form, not the identity document asked earlier). Once a
/// one-of group is satisfied (`evaluate` then asks nothing more of its other members), its
/// unanswered alternatives are not asked about.
pub fn document_steps(outcome: &Outcome, answers: &Answers) -> Vec<DocumentId> {
    let group_satisfied = |group: &str| {
        let mut members = outcome
            .documents
            .iter()
            .filter(|o| o.group.as_deref() == Some(group));
        members.clone().any(|o| o.provided) && members.all(|o| !o.needs.contains(&Need::Provide))
    };
    outcome
        .documents
        .iter()
        .filter(|item| !matches!(item.kind, DocumentKind::Form | DocumentKind::Identity))
        .filter(|item| {
            let answered = answers.docs.get(&item.id).is_some_and(|d| d.have.is_some());
            let skip = !item.provided && item.group.as_deref().is_some_and(group_satisfied);
            answered || !skip
        })
        .map(|item| item.id)
        .collect()
}

/// Every question page that applies, in order, given the answers so far. Later pages can
/// appear or disappear as earlier answers change; answers to pages that no longer apply are
/// kept (and ignored) so that changing an answer back restores them.
pub fn questions(answers: &Answers, locked: Locked, today: NaiveDate) -> Vec<Step> {
    let mut steps = Vec::new();
    if !locked.consulate {
        steps.push(Step::Route);
        if answers.route == Some(Route::Consulate) {
            steps.push(Step::Consulate);
        }
    }
    steps.push(Step::Date);
    steps.push(Step::HasIin);
    if answers.has_iin == Some(true) {
        steps.push(Step::Purpose);
    }
    steps.push(Step::Citizenship);
    steps.push(Step::BirthDate);
    let info = ruleset_info(answers, today);
    let route = answers.route.unwrap_or(Route::Consulate);
    if let Some(info) = &info {
        let offers_categories = info
            .categories
            .iter()
            .any(|rc| rc.route == route && !rc.categories.is_empty());
        if offers_categories {
            steps.push(Step::Category);
        }
    }
    steps.push(Step::IdType);
    if matches!(
        answers.id_choice,
        Some(IdChoice::Passport | IdChoice::RefugeeCertificate)
    ) {
        steps.push(Step::IdDetails);
    }
    let purpose = answers.purpose.unwrap_or(Purpose::Formation);
    if let Some(info) = &info {
        if answers.id_choice == Some(IdChoice::None) && info.special_form.imprisoned {
            steps.push(Step::Imprisoned);
        }
        if info.represented_allowed_for.contains(&purpose) {
            steps.push(Step::Represented);
        }
    }
    let outcome = evaluate(&answers.to_applicant(today));
    steps.extend(
        document_steps(&outcome, answers)
            .into_iter()
            .map(Step::Document),
    );
    if info.as_ref().is_some_and(|i| i.asks_consent) {
        steps.push(Step::Consent);
    }
    steps
}

/// Whether a question page has its answer.
pub fn is_answered(step: Step, a: &Answers) -> bool {
    match step {
        Step::Start | Step::Check | Step::Result | Step::Rules => true,
        Step::Route => a.route.is_some(),
        Step::Consulate => a.at.is_some(),
        Step::Date => a.date.is_some(),
        Step::HasIin => a.has_iin.is_some(),
        Step::Purpose => a.purpose.is_some(),
        Step::Citizenship => a.citizenship.is_some(),
        Step::BirthDate => a.birth_date.is_some(),
        Step::Category => a.category.is_some(),
        Step::IdType => a.id_choice.is_some(),
        Step::IdDetails => a.id_issuer.is_some() && a.id_expires.is_some() && a.id_latin.is_some(),
        Step::Imprisoned => a.imprisoned.is_some(),
        Step::Represented => a.represented.is_some(),
        Step::Consent => a.consent.is_some(),
        Step::Document(id) => a.docs.get(&id).is_some_and(|d| match d.have {
            Some(false) => true,
            Some(true) => d.issuer.is_some(),
            None => false,
        }),
    }
}

/// Where "Continue" leads from `current`: the next unanswered question when coming back
/// from "Check your answers" (`returning`), else the next question; after the last one,
/// "Check your answers".
pub fn next(
    current: Step,
    answers: &Answers,
    locked: Locked,
    today: NaiveDate,
    returning: bool,
) -> Step {
    let steps = questions(answers, locked, today);
    if returning {
        return first_unanswered(&steps, answers).unwrap_or(Step::Check);
    }
    match current {
        Step::Start => steps.first().copied().unwrap_or(Step::Check),
        Step::Check => Step::Result,
        _ => {
            let after = steps
                .iter()
                .position(|s| *s == current)
                .map(|i| i + 1)
                .unwrap_or(0);
            steps.get(after).copied().unwrap_or(Step::Check)
        }
    }
}

/// The page before `current` on the path (the Back link).
pub fn previous(current: Step, answers: &Answers, locked: Locked, today: NaiveDate) -> Step {
    let steps = questions(answers, locked, today);
    match current {
        Step::Result => Step::Check,
        Step::Check => steps.last().copied().unwrap_or(Step::Start),
        _ => match steps.iter().position(|s| *s == current) {
            Some(0) | None => Step::Start,
            Some(i) => steps[i - 1],
        },
    }
}

fn first_unanswered(steps: &[Step], answers: &Answers) -> Option<Step> {
    steps.iter().copied().find(|s| !is_answered(*s, answers))
}

/// The page a link may open: the requested one if every question before it is answered,
/// else the first unanswered question (a shared link never skips a question).
pub fn reachable(requested: Step, answers: &Answers, locked: Locked, today: NaiveDate) -> Step {
    // The start page and the rules page are outside the question flow: always reachable.
    if matches!(requested, Step::Start | Step::Rules) {
        return requested;
    }
    let steps = questions(answers, locked, today);
    let first_gap = first_unanswered(&steps, answers);
    match requested {
        Step::Check | Step::Result => first_gap.unwrap_or(requested),
        step => match (steps.iter().position(|s| *s == step), first_gap) {
            (None, gap) => gap.unwrap_or(Step::Check),
            (Some(i), Some(gap)) => {
                let gap_index = steps.iter().position(|s| *s == gap).unwrap_or(i);
                if i <= gap_index {
                    step
                } else {
                    gap
                }
            }
            (Some(_), None) => step,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::answers::DocAnswer;
    use crate::rules::{Category, Citizenship, Country};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn spouse_2025() -> Answers {
        Answers {
            route: Some(Route::Consulate),
            at: Some(Country::parse("DE").unwrap()),
            date: Some(d("2025-06-02")),
            has_iin: Some(false),
            citizenship: Some(Citizenship::Of(Country::parse("DE").unwrap())),
            birth_date: Some(d("1985-01-01")),
            category: Some(Category::Spouse),
            id_choice: Some(IdChoice::Passport),
            id_issuer: Some(Country::parse("DE").unwrap()),
            id_expires: Some(d("2030-01-01")),
            id_latin: Some(true),
            ..Answers::default()
        }
    }

    #[test]
    fn consular_2025_asks_the_category_and_its_documents() {
        let steps = questions(&spouse_2025(), Locked::default(), d("2025-06-01"));
        assert!(steps.contains(&Step::Category));
        assert!(steps.contains(&Step::Document(DocumentId::MarriageCertificate)));
        assert!(
            !steps.contains(&Step::Purpose),
            "no IIN: no purpose question"
        );
        assert!(!steps.contains(&Step::Document(DocumentId::ApplicationForm)));
        assert!(!steps.contains(&Step::Document(DocumentId::Passport)));
    }

    #[test]
    fn in_country_asks_consent_and_no_category() {
        let mut a = spouse_2025();
        a.route = Some(Route::InCountry);
        let steps = questions(&a, Locked::default(), d("2025-06-01"));
        assert!(!steps.contains(&Step::Category));
        assert!(steps.contains(&Step::Consent));
        assert!(!steps.contains(&Step::Consulate));
    }

    #[test]
    fn preset_consulate_skips_route_questions() {
        let steps = questions(&spouse_2025(), Locked { consulate: true }, d("2025-06-01"));
        assert_eq!(steps.first(), Some(&Step::Date));
    }

    #[test]
    fn a_link_never_skips_an_unanswered_question() {
        let mut a = spouse_2025();
        a.birth_date = None;
        let today = d("2025-06-01");
        assert_eq!(
            reachable(Step::Result, &a, Locked::default(), today),
            Step::BirthDate
        );
        assert_eq!(
            reachable(Step::Date, &a, Locked::default(), today),
            Step::Date
        );
    }

    #[test]
    fn continue_walks_to_check_then_result() {
        let mut a = spouse_2025();
        let today = d("2025-06-01");
        let last = *questions(&a, Locked::default(), today).last().unwrap();
        a.docs.insert(
            DocumentId::MarriageCertificate,
            DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            },
        );
        assert_eq!(next(last, &a, Locked::default(), today, false), Step::Check);
        assert_eq!(
            next(Step::Check, &a, Locked::default(), today, false),
            Step::Result
        );
        assert_eq!(
            previous(Step::Result, &a, Locked::default(), today),
            Step::Check
        );
    }

    #[test]
    fn a_satisfied_one_of_group_stops_asking() {
        let mut a = spouse_2025();
        a.category = Some(Category::Investor);
        let today = d("2025-06-01");
        let before = questions(&a, Locked::default(), today);
        let group = [
            DocumentId::InvestorCouncilMembership,
            DocumentId::InvestmentContract,
            DocumentId::StateRecommendation,
            DocumentId::AifcRecommendation,
        ];
        assert!(group.iter().all(|id| before.contains(&Step::Document(*id))));
        a.docs.insert(
            DocumentId::InvestorCouncilMembership,
            DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            },
        );
        a.docs.insert(
            DocumentId::InvestmentContract,
            DocAnswer {
                have: Some(true),
                issuer: Some(Country::KZ),
                ..DocAnswer::default()
            },
        );
        let after = questions(&a, Locked::default(), today);
        assert!(
            after.contains(&Step::Document(DocumentId::InvestorCouncilMembership)),
            "answered: kept"
        );
        assert!(after.contains(&Step::Document(DocumentId::InvestmentContract)));
        assert!(!after.contains(&Step::Document(DocumentId::StateRecommendation)));
        assert!(!after.contains(&Step::Document(DocumentId::AifcRecommendation)));
    }

    #[test]
    fn slugs_round_trip() {
        for step in [
            Step::Start,
            Step::Route,
            Step::IdDetails,
            Step::Document(DocumentId::PowerOfAttorney),
            Step::Result,
            Step::Rules,
        ] {
            assert_eq!(Step::from_slug(&step.slug()), Some(step));
        }
        // The rules page opens from a link whatever is answered.
        let nothing = Answers::default();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        assert_eq!(
            reachable(Step::Rules, &nothing, Locked::default(), today),
            Step::Rules
        );
        assert_eq!(Step::from_slug("doc-nonsense"), None);
    }
}
