//! The order of the question pages, and which ones apply to this applicant. Nothing here is
//! law: what to ask is read from the rule set's records (`RuleSetInfo` and the category
//! rules: categories offered, age limits, special form, representation) and from the
//! checklist `evaluate` returns, so a new rule set changes the questions without a code
//! change. A question is asked only where its answer can change the outcome: the route and
//! the date come first, and a route that no rule set serves on that date ends the journey.

use chrono::NaiveDate;

use super::answers::{Answers, DocAnswer, IdChoice, IssuerAnswer, LanguageAnswer, Tri};
use crate::rules::{
    documents, evaluate, ruleset, Category, Certification, ChecklistItem, Country, DocumentId,
    DocumentKind, IdentityDocumentType, Outcome, Purpose, Reason, Route, RuleSet, RuleSetInfo,
    TranslationNeed, Verdict,
};

/// The id of a one-of group as the rule-set records spell it (`investor_proof`).
pub type GroupId = &'static str;

/// One page of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Start,
    Route,
    Date,
    HasIin,
    Purpose,
    Citizenship,
    BirthDate,
    Category,
    IdType,
    /// Which state issued the identity document: only where that changes the outcome.
    IdIssuer,
    /// Until when the identity document is valid.
    IdExpiry,
    /// Whether the name and place of birth are in Latin or Cyrillic letters: only for an
    /// issuer that may write them in other letters (`Answers::id_letters_asked`).
    IdLetters,
    Imprisoned,
    Represented,
    /// "Do you have this document?"
    Document(DocumentId),
    /// "Which of these do you have?" for a one-of group.
    Group(GroupId),
    /// Who issued a held document (or made it, for a notarial act).
    DocIssuer(DocumentId),
    /// The language a held document is written in.
    DocLanguage(DocumentId),
    /// Whether a held document in another language is already translated.
    DocTranslated(DocumentId),
    /// What certification a held document already carries.
    DocCertified(DocumentId),
    Check,
    Result,
    /// "Rules and sources": outside the question flow, like the start page.
    Rules,
}

impl Step {
    /// The name used in the URL (`step=`).
    pub fn slug(self) -> String {
        let doc = super::query::doc_code;
        match self {
            Step::Start => "start".into(),
            Step::Route => "route".into(),
            Step::Date => "date".into(),
            Step::HasIin => "iin".into(),
            Step::Purpose => "purpose".into(),
            Step::Citizenship => "citizenship".into(),
            Step::BirthDate => "birth-date".into(),
            Step::Category => "category".into(),
            Step::IdType => "identity".into(),
            Step::IdIssuer => "identity-issuer".into(),
            Step::IdExpiry => "identity-expiry".into(),
            Step::IdLetters => "identity-letters".into(),
            Step::Imprisoned => "imprisoned".into(),
            Step::Represented => "represented".into(),
            Step::Document(id) => format!("doc-{}", doc(id)),
            Step::Group(g) => format!("which-{g}"),
            Step::DocIssuer(id) => format!("issuer-{}", doc(id)),
            Step::DocLanguage(id) => format!("language-{}", doc(id)),
            Step::DocTranslated(id) => format!("translated-{}", doc(id)),
            Step::DocCertified(id) => format!("certified-{}", doc(id)),
            Step::Check => "check".into(),
            Step::Result => "result".into(),
            Step::Rules => "rules".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        let doc = |rest: &str| super::query::doc_from_code(rest);
        Some(match slug {
            "start" => Step::Start,
            "route" => Step::Route,
            // The country of the embassy or consulate was asked after the date until no
            // answer to it changed anything (older links): the page that followed it.
            "consulate" => Step::HasIin,
            "date" => Step::Date,
            "iin" => Step::HasIin,
            "purpose" => Step::Purpose,
            "citizenship" => Step::Citizenship,
            "birth-date" => Step::BirthDate,
            "category" => Step::Category,
            "identity" => Step::IdType,
            "identity-issuer" => Step::IdIssuer,
            // "identity-details" asked both before they had a page each (older links).
            "identity-expiry" | "identity-details" => Step::IdExpiry,
            "identity-letters" => Step::IdLetters,
            "imprisoned" => Step::Imprisoned,
            "represented" => Step::Represented,
            "check" => Step::Check,
            "result" => Step::Result,
            "rules" => Step::Rules,
            other => {
                let (kind, rest) = other.split_once('-')?;
                match kind {
                    "doc" => Step::Document(doc(rest)?),
                    "which" => Step::Group(group_id(rest)?),
                    "issuer" => Step::DocIssuer(doc(rest)?),
                    "language" => Step::DocLanguage(doc(rest)?),
                    "translated" => Step::DocTranslated(doc(rest)?),
                    "certified" => Step::DocCertified(doc(rest)?),
                    _ => return None,
                }
            }
        })
    }

    /// The document a page asks about, if any.
    pub fn document(self) -> Option<DocumentId> {
        match self {
            Step::Document(id)
            | Step::DocIssuer(id)
            | Step::DocLanguage(id)
            | Step::DocTranslated(id)
            | Step::DocCertified(id) => Some(id),
            _ => None,
        }
    }
}

/// What the host page preset: those questions are not asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Locked {
    /// The consulate's country is preset (implies the consular route).
    pub consulate: bool,
}

/// The rule set the questions follow: the declared one (on the consular route), else the one
/// shown for the route on the date (in force or the latest, as `evaluate` would pick).
pub fn selected_ruleset(answers: &Answers, today: NaiveDate) -> Option<&'static RuleSet> {
    let route = answers.route?;
    let date = answers.date.unwrap_or(today);
    match answers.declared() {
        Some(id) => ruleset::by_id(id.as_str()),
        None => Some(ruleset::ruleset_for(route, date)?.ruleset),
    }
}

/// Whether the rules followed may serve a child on this route: no groups listed (anyone), or
/// a listed group that is not only for adults. Where they may, a parent applying for their
/// child is told to answer about the child (found by an audit: nothing said so before the
/// group question; and said on the ministry's way, which serves diplomatic staff only).
pub fn may_be_for_a_child(answers: &Answers, today: NaiveDate) -> bool {
    let (Some(route), Some(rs)) = (answers.route, selected_ruleset(answers, today)) else {
        return true;
    };
    let groups = rs.categories_offered(route);
    groups.is_empty() || groups.iter().any(|c| !c.describes_an_adult())
}

/// The rule-set metadata the questions follow (see [`selected_ruleset`]).
pub fn ruleset_info(answers: &Answers, today: NaiveDate) -> Option<RuleSetInfo> {
    selected_ruleset(answers, today).map(RuleSet::info)
}

/// The groups of the rules followed that need no document beyond the identity document.
pub fn categories_without_documents(answers: &Answers, today: NaiveDate) -> Vec<Category> {
    match (answers.route, selected_ruleset(answers, today)) {
        (Some(route), Some(rs)) => rs.categories_without_documents(route),
        _ => Vec::new(),
    }
}

/// The route and date are answered and no rule set serves that route on that date:
/// nothing else the applicant could answer changes that, so the journey ends on the result
/// (which says what to do instead). `evaluate` decides, from the route and date alone.
pub fn route_closed(answers: &Answers, today: NaiveDate) -> bool {
    if answers.route.is_none() || answers.date.is_none() {
        return false;
    }
    let only_route_and_date = Answers {
        route: answers.route,
        date: answers.date,
        ruleset: answers.ruleset,
        ..Answers::default()
    };
    evaluate(&only_route_and_date.to_applicant(today))
        .reasons
        .contains(&Reason::RouteUnavailableOnDate)
}

/// The one-of group id as the records spell it, for a name read from a URL or a checklist.
pub fn group_id(name: &str) -> Option<GroupId> {
    ruleset::rulesets()
        .iter()
        .flat_map(|rs| rs.categories.iter())
        .flat_map(|c| c.documents.iter())
        .filter_map(|r| r.group)
        .find(|g| *g == name)
}

/// The alternatives of a group in the records (the union over the rule sets, in their
/// order): the same shape as [`alternatives`] reads from a checklist.
fn group_alternatives(group: GroupId) -> Vec<Alternative> {
    let mut keys: Vec<Option<&'static str>> = Vec::new();
    let mut list: Vec<Alternative> = Vec::new();
    let mut seen: Vec<DocumentId> = Vec::new();
    for r in ruleset::rulesets()
        .iter()
        .flat_map(|rs| rs.categories.iter())
        .flat_map(|c| c.documents.iter())
        .filter(|r| r.group == Some(group))
    {
        if seen.contains(&r.document) {
            continue;
        }
        seen.push(r.document);
        // A document outside any named alternative is an alternative on its own.
        let index = match r
            .alternative
            .and_then(|k| keys.iter().position(|x| *x == Some(k)))
        {
            Some(i) => i,
            None => {
                keys.push(r.alternative);
                list.push(Alternative {
                    required: Vec::new(),
                    optional: Vec::new(),
                });
                list.len() - 1
            }
        };
        if let Some(alt) = list.get_mut(index) {
            if r.optional {
                alt.optional.push(r.document);
            } else {
                alt.required.push(r.document);
            }
        }
    }
    list.retain(|a| !a.required.is_empty());
    list
}

/// One way to satisfy a one-of group: the documents that together make it (`required`) and
/// those brought only if available (`optional`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub required: Vec<DocumentId>,
    pub optional: Vec<DocumentId>,
}

/// The alternatives of `group` in `evaluate`'s checklist, in its order: documents sharing
/// an `alternative` id form one, any other member is one on its own.
pub fn alternatives(outcome: &Outcome, group: &str) -> Vec<Alternative> {
    let mut keys: Vec<String> = Vec::new();
    let mut list: Vec<Alternative> = Vec::new();
    for item in outcome
        .documents
        .iter()
        .filter(|i| i.group.as_deref() == Some(group))
    {
        let key = item
            .alternative
            .clone()
            .unwrap_or_else(|| format!("doc:{}", super::query::doc_code(item.id)));
        let index = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                keys.push(key);
                list.push(Alternative {
                    required: Vec::new(),
                    optional: Vec::new(),
                });
                list.len() - 1
            }
        };
        if let Some(alt) = list.get_mut(index) {
            if item.optional {
                alt.optional.push(item.id);
            } else {
                alt.required.push(item.id);
            }
        }
    }
    list.retain(|a| !a.required.is_empty());
    list
}

/// The answer to a group page, read back from the document answers: `None` unanswered,
/// `Some(None)` "none of these yet", `Some(Some(i))` the alternative `i` is held (also when
/// a link says so without answering the others).
pub fn group_choice(alternatives: &[Alternative], answers: &Answers) -> Option<Option<usize>> {
    let have = |id: &DocumentId| answers.docs.get(id).and_then(|d| d.have);
    let held = alternatives
        .iter()
        .position(|a| a.required.iter().all(|id| have(id) == Some(true)));
    if held.is_some() {
        return Some(held);
    }
    let all_answered = alternatives
        .iter()
        .flat_map(|a| a.required.iter())
        .all(|id| have(id).is_some());
    all_answered.then_some(None)
}

/// Stores a group page's answer as document answers: the chosen alternative's documents
/// held (their details kept when already given), every other member not held.
pub fn set_group_choice(
    alternatives: &[Alternative],
    answers: &mut Answers,
    chosen: Option<usize>,
) {
    // Another choice than before: the chosen alternative's optional documents are asked
    // (found by an audit: "none of these" had recorded the IT diploma as not held, and
    // choosing the certificate and portfolio afterwards skipped its question).
    let changed = group_choice(alternatives, answers) != Some(chosen);
    for (i, alt) in alternatives.iter().enumerate() {
        let held = chosen == Some(i);
        if held && changed {
            for id in &alt.optional {
                answers.docs.remove(id);
            }
        }
        for id in &alt.required {
            let entry = answers.docs.entry(*id).or_default();
            if held {
                entry.have = Some(true);
            } else {
                *entry = DocAnswer {
                    have: Some(false),
                    ..DocAnswer::default()
                };
            }
        }
        if !held {
            // An optional document of an alternative not chosen is not brought.
            for id in &alt.optional {
                answers.docs.insert(
                    *id,
                    DocAnswer {
                        have: Some(false),
                        ..DocAnswer::default()
                    },
                );
            }
        }
    }
}

/// The checklist entry of `id` when the applicant holds it with `answer`.
fn judged(
    answers: &Answers,
    today: NaiveDate,
    id: DocumentId,
    answer: DocAnswer,
) -> Option<ChecklistItem> {
    let mut probe = answers.clone();
    probe.docs.insert(
        id,
        DocAnswer {
            have: Some(true),
            ..answer
        },
    );
    evaluate(&probe.to_applicant(today))
        .documents
        .into_iter()
        .find(|i| i.id == id)
}

/// The state a held document `id` of unknown origin, not known to be certified, is judged
/// for: the "I don't know" hint of its issuer page says so. None where `evaluate` judges it
/// as from an unknown state (a stateless applicant's; a Minsk state's citizen's, whose
/// documents would otherwise be passed unseen).
pub fn unknown_issuer_judged_for(
    answers: &Answers,
    today: NaiveDate,
    id: DocumentId,
) -> Option<Country> {
    let answer = DocAnswer {
        issuer: Some(IssuerAnswer::Unknown),
        certified: None,
        ..answers.docs.get(&id).copied().unwrap_or_default()
    };
    judged(answers, today, id, answer).and_then(|i| i.issuer)
}

/// States that stand for each certification regime a document can meet: Kazakhstan itself,
/// a Minsk Convention party, an Apostille party, a state with neither (consular
/// legalization). If `evaluate` judges a document the same for all of them, who issued it
/// cannot change the outcome and is not asked.
const PROBE_ISSUERS: [&str; 4] = ["KZ", "RU", "DE", "AE"];

/// Whether the issuer of held document `id` can change what `evaluate` asks of it.
pub fn issuer_matters(answers: &Answers, today: NaiveDate, id: DocumentId) -> bool {
    if documents::info(id).usual_issuer == documents::UsualIssuer::Kazakhstan {
        return false;
    }
    let base = answers.docs.get(&id).copied().unwrap_or_default();
    let mut seen: Vec<(Certification, TranslationNeed)> = Vec::new();
    for code in PROBE_ISSUERS {
        let Ok(country) = Country::parse(code) else {
            continue;
        };
        let answer = DocAnswer {
            issuer: Some(IssuerAnswer::Country(country)),
            language: Some(LanguageAnswer::Other),
            translated: Some(Tri::No),
            ..base
        };
        if let Some(item) = judged(answers, today, id, answer) {
            let key = (item.certification, item.translation);
            if !seen.contains(&key) {
                seen.push(key);
            }
        }
    }
    seen.len() > 1
}

/// Whether the language of held document `id` can matter: written in another language and
/// not translated, would `evaluate` ask for a translation?
pub fn language_matters(answers: &Answers, today: NaiveDate, id: DocumentId) -> bool {
    let base = answers.docs.get(&id).copied().unwrap_or_default();
    judged(
        answers,
        today,
        id,
        DocAnswer {
            language: Some(LanguageAnswer::Other),
            translated: Some(Tri::No),
            ..base
        },
    )
    .is_some_and(|i| i.translation == TranslationNeed::Required)
}

/// Whether held document `id`, as answered so far, needs an apostille or a legalization
/// (then the applicant is asked whether it already carries one).
pub fn certification_matters(answers: &Answers, today: NaiveDate, id: DocumentId) -> bool {
    // Judged without its own answer: a document of unknown origin is judged for the state of
    // citizenship once it carries an apostille, and as from an unknown state without one. Judged
    // with the answer, "An apostille" made the question moot, `in_effect` dropped the answer and
    // the question came back, for ever (found by a review: a Russian citizen's certificate).
    let base = DocAnswer {
        certified: None,
        ..answers.docs.get(&id).copied().unwrap_or_default()
    };
    judged(answers, today, id, base).is_some_and(|i| {
        matches!(
            i.certification,
            Certification::Apostille | Certification::Legalization
        )
    })
}

/// Whether the identity document's issuer can change the outcome (it stands in for the
/// issuer of other documents when the applicant is stateless, for example). Judged on the
/// answers given before its page only (the document pages come later: as if none were held
/// yet), so that no later answer makes this earlier page appear.
pub fn id_issuer_matters(answers: &Answers, today: NaiveDate) -> bool {
    let before = Answers {
        docs: Default::default(),
        represented: None,
        imprisoned: None,
        ..answers.clone()
    };
    let mut seen = Vec::new();
    for code in PROBE_ISSUERS {
        let mut probe = before.clone();
        probe.id_issuer = Country::parse(code).ok();
        let outcome = evaluate(&probe.to_applicant(today));
        let key: Vec<_> = outcome
            .documents
            .iter()
            .map(|i| (i.id, i.certification, i.translation, i.needs.clone()))
            .collect();
        let key = (key, outcome.reasons);
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
    seen.len() > 1
}

/// The follow-up pages of a held document, each only where `evaluate` says it matters.
fn held_steps(answers: &Answers, today: NaiveDate, id: DocumentId, steps: &mut Vec<Step>) {
    if answers.docs.get(&id).and_then(|d| d.have) != Some(true) {
        return;
    }
    if issuer_matters(answers, today, id) {
        steps.push(Step::DocIssuer(id));
    }
    if language_matters(answers, today, id) {
        steps.push(Step::DocLanguage(id));
        if answers.docs.get(&id).and_then(|d| d.language) == Some(LanguageAnswer::Other) {
            steps.push(Step::DocTranslated(id));
        }
    }
    if certification_matters(answers, today, id) {
        steps.push(Step::DocCertified(id));
    }
}

/// The document pages: for each document of the checklist the applicant obtains themselves
/// (not the desk form, not the identity document asked earlier), "do you have it?" (or one
/// "which of these do you have?" page per one-of group), then the follow-ups of each held one.
/// Whether a checklist entry gets the document pages ("do you have it?" and the follow-ups
/// that matter). Not a form (filled in at the desk), nor the applicant's own identity document:
/// that one has pages of its own (which document, issuer, expiry, letters). Any other document
/// does, even one of the identity kind such as a child's parent's Kazakhstan identity document:
/// without the question, a child's checklist could never be complete.
fn asked_as_document(item: &ChecklistItem) -> bool {
    item.kind != DocumentKind::Form
        && ![
            IdentityDocumentType::Passport,
            IdentityDocumentType::RefugeeCertificate,
        ]
        .iter()
        .any(|t| t.document_id() == item.id)
}

pub fn document_steps(outcome: &Outcome, answers: &Answers, today: NaiveDate) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut groups_seen: Vec<GroupId> = Vec::new();
    for item in outcome
        .documents
        .iter()
        .filter(|item| asked_as_document(item))
    {
        match item.group.as_deref().and_then(group_id) {
            Some(group) => {
                let alts = alternatives(outcome, group);
                if !groups_seen.contains(&group) {
                    groups_seen.push(group);
                    steps.push(Step::Group(group));
                }
                if item.optional {
                    // Brought if available: asked only within the alternative held.
                    let chosen = group_choice(&alts, answers).flatten();
                    let in_chosen = chosen
                        .and_then(|i| alts.get(i))
                        .is_some_and(|a| a.optional.contains(&item.id));
                    if !in_chosen {
                        continue;
                    }
                    steps.push(Step::Document(item.id));
                }
                held_steps(answers, today, item.id, &mut steps);
            }
            None => {
                steps.push(Step::Document(item.id));
                held_steps(answers, today, item.id, &mut steps);
            }
        }
    }
    steps
}

/// The questions whose answers decide an eligibility reason (empty: not an eligibility
/// reason, or one a later answer can still change).
fn decided_by(reason: Reason) -> &'static [Step] {
    match reason {
        Reason::KazakhstanCitizen | Reason::StatelessNotCovered => &[Step::Citizenship],
        Reason::AlreadyHasIin | Reason::NoIinToCorrect | Reason::CorrectionInCountryOnly => {
            &[Step::HasIin, Step::Purpose]
        }
        Reason::CategoryNotCovered | Reason::UseMfaRoute | Reason::MfaOnlyForDiplomaticStaff => {
            &[Step::Category]
        }
        Reason::Under65 | Reason::ChildNotUnder16 => &[Step::Category, Step::BirthDate],
        _ => &[],
    }
}

/// Who may apply is settled by the answers so far: when an answered question already makes
/// the applicant not eligible (a citizen of Kazakhstan, an IIN already held, no listed
/// category...), no later answer (identity, documents) can change that verdict, so
/// nothing more is asked. A reason counts only when every question it rests on was asked
/// and answered, or was not asked because the rule set has no such question (the purpose of
/// someone without an IIN), so a default standing in for an unanswered question never ends
/// the journey.
fn settled_not_eligible(steps: &[Step], answers: &Answers, today: NaiveDate) -> bool {
    // The answers to these questions only: one left from an earlier path (a category before
    // the citizenship became Kazakh) decides nothing.
    let outcome = evaluate(&kept(answers, steps, Kept::NotDocuments).to_applicant(today));
    outcome.verdict == Verdict::NotEligible
        && outcome.reasons.iter().any(|r| {
            let needs = decided_by(*r);
            !needs.is_empty()
                && needs.iter().all(|s| match s {
                    // Asked only with an IIN; otherwise its default is the true answer.
                    Step::Purpose if answers.has_iin != Some(Tri::Yes) => true,
                    s => steps.contains(s) && is_answered(*s, answers),
                })
        })
}

/// `answers` without a group the rules of the way chosen do not offer (a spouse's, kept from
/// the consulate's way, at the ministry): its page is asked again, and "Check your answers"
/// never shows a group the applicant could not have chosen (found by an audit of people who
/// change their minds). The journey's memory keeps it: the way changed back, it is back.
fn with_offered_category(answers: &Answers, today: NaiveDate) -> Answers {
    let mut a = answers.clone();
    if group_not_offered(answers, today) {
        a.category = None;
    }
    a
}

/// Whether the group answered is one the rules of the way chosen do not offer (on the date
/// given, else `today`). A link the app writes never holds one (`in_effect`); a saved link whose
/// rules have changed since, or a hand-made one, may.
pub fn group_not_offered(answers: &Answers, today: NaiveDate) -> bool {
    match (answers.category, selected_ruleset(answers, today)) {
        (Some(c), Some(rs)) => {
            let route = answers.route.unwrap_or(Route::Consulate);
            c != crate::rules::Category::Other && !rs.categories_offered(route).contains(&c)
        }
        _ => false,
    }
}

/// The first question page, where Start leads: where to apply, unless the host preset the
/// embassy or consulate, then the date. It depends on nothing else, so the start page knows it
/// without the rest of the flow (and without the rules engine, which the start page's download
/// leaves out: issue 12).
pub fn first_question(locked: Locked) -> Step {
    if locked.consulate {
        Step::Date
    } else {
        Step::Route
    }
}

/// Every question page that applies, in order, given the answers so far. Later pages can
/// appear or disappear as earlier answers change; answers to pages that no longer apply are
/// kept (and ignored: `in_effect`) so that changing an answer back restores them.
pub fn questions(answers: &Answers, locked: Locked, today: NaiveDate) -> Vec<Step> {
    settle(answers, locked, today).1
}

/// The answers in effect and their questions: the pages `asked_given` the answers, the
/// answers to those pages only, again until nothing more is left out. Once is not enough: an
/// answer no page asks (a contract's issuer, from a link) can decide which later pages come
/// (its language), and those must not rest on it either (found by a review).
pub fn settle(answers: &Answers, locked: Locked, today: NaiveDate) -> (Answers, Vec<Step>) {
    let offered = with_offered_category(answers, today);
    let answers = &offered;
    let mut steps = asked_given(answers, locked, today);
    let mut live = kept(answers, &steps, Kept::AsAsked);
    // Each round only leaves answers out, so it ends; the bound is a guard.
    for _ in 0..16 {
        let again = asked_given(&live, locked, today);
        let next = kept(&live, &again, Kept::AsAsked);
        steps = again;
        if next == live {
            break;
        }
        live = next;
    }
    (live, steps)
}

/// The pages `answers` lead to, every answer given counted.
fn asked_given(answers: &Answers, locked: Locked, today: NaiveDate) -> Vec<Step> {
    let mut steps = vec![first_question(locked)];
    if steps[0] != Step::Date {
        steps.push(Step::Date);
    }
    if route_closed(answers, today) {
        return steps;
    }
    // The country of the embassy or consulate is not asked: no rules known to us differ by
    // it (found by an audit of plain questions: every result was the same for China and
    // Germany). A consulate's page may preset it (`Locked::consulate`).
    steps.push(Step::HasIin);
    if answers.has_iin == Some(Tri::Yes) {
        steps.push(Step::Purpose);
    }
    steps.push(Step::Citizenship);
    if settled_not_eligible(&steps, answers, today) {
        return steps;
    }
    let rs = selected_ruleset(answers, today);
    let info = rs.map(RuleSet::info);
    let route = answers.route.unwrap_or(Route::Consulate);
    let purpose = answers.purpose();
    if let Some(rs) = rs {
        // A correction concerns an existing IIN: no category applies to it.
        if purpose == Purpose::Formation && !rs.categories_offered(route).is_empty() {
            steps.push(Step::Category);
            // The date of birth only where the chosen category has an age limit.
            let age_limited = answers
                .category
                .and_then(|c| rs.category_rule(c))
                .is_some_and(|c| c.age.is_some());
            if age_limited {
                steps.push(Step::BirthDate);
            }
        }
    }
    if settled_not_eligible(&steps, answers, today) {
        return steps;
    }
    steps.push(Step::IdType);
    if matches!(
        answers.id_choice,
        Some(IdChoice::Passport | IdChoice::RefugeeCertificate)
    ) {
        // The issuer last: whether it matters can depend on the letters (a translation to
        // make), and whether the letters are asked depends only on the citizenship, so no
        // answer here makes an earlier page appear.
        steps.push(Step::IdExpiry);
        if answers.id_letters_asked() {
            steps.push(Step::IdLetters);
        }
        // A refugee certificate is Kazakhstan's: asked who issued it, a refugee answering
        // truly had their other documents judged as Kazakh (found by an audit).
        if answers.id_choice == Some(IdChoice::Passport) && id_issuer_matters(answers, today) {
            steps.push(Step::IdIssuer);
        }
    }
    if let Some(info) = &info {
        if answers.id_choice == Some(IdChoice::None) && info.special_form.imprisoned {
            steps.push(Step::Imprisoned);
        }
        if answers.represented_asked(today) {
            steps.push(Step::Represented);
        }
    }
    // The documents of the category and identity answered on this path (the documents'
    // answers all: which of them are asked is what this decides).
    let outcome = evaluate(&kept(answers, &steps, Kept::AllDocuments).to_applicant(today));
    steps.extend(document_steps(&outcome, answers, today));
    // Consent to the processing of personal data is not asked: it is given on paper at the
    // office, and the result says so (the rule set's consent note); a question whose only
    // other answer is "then you will be refused" would cost every applicant a page.
    steps
}

/// The answers to the questions that apply (`questions`), the others left out: what the
/// result and the address rest on. Answers to pages that no longer apply stay in the
/// journey's memory, so that changing an answer back restores them, but they never decide a
/// result (found by an audit: a citizen of Kazakhstan shown a spouse's marriage certificate
/// after changing the citizenship) nor travel in a link (a "serving a sentence" replaced by
/// a passport).
pub fn in_effect(answers: &Answers, locked: Locked, today: NaiveDate) -> Answers {
    settle(answers, locked, today).0
}

/// Which document answers `kept` keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    /// Those of the document pages among the steps.
    AsAsked,
    /// None: the steps stop before the documents.
    NotDocuments,
    /// All: the steps stop before the documents, which are to be decided.
    AllDocuments,
}

/// `a` with only the answers to `steps`, and what no page asks (the declared rules; the
/// consulate a host preset, which makes the first question the date).
fn kept(a: &Answers, steps: &[Step], docs: Kept) -> Answers {
    let asked = |s: Step| steps.contains(&s);
    let preset = steps.first() == Some(&Step::Date);
    let mut k = Answers {
        route: if preset || asked(Step::Route) {
            a.route
        } else {
            None
        },
        at: if preset { a.at } else { None },
        date: a.date.filter(|_| asked(Step::Date)),
        has_iin: a.has_iin.filter(|_| asked(Step::HasIin)),
        iin: if asked(Step::HasIin) {
            a.iin.clone()
        } else {
            None
        },
        purpose: a.purpose.filter(|_| asked(Step::Purpose)),
        citizenship: a.citizenship.filter(|_| asked(Step::Citizenship)),
        birth_date: a.birth_date.filter(|_| asked(Step::BirthDate)),
        category: a.category.filter(|_| asked(Step::Category)),
        id_choice: a.id_choice.filter(|_| asked(Step::IdType)),
        id_issuer: a.id_issuer.filter(|_| asked(Step::IdIssuer)),
        id_expires: a.id_expires.filter(|_| asked(Step::IdExpiry)),
        id_latin: a.id_latin.filter(|_| asked(Step::IdLetters)),
        imprisoned: a.imprisoned.filter(|_| asked(Step::Imprisoned)),
        represented: a.represented.filter(|_| asked(Step::Represented)),
        docs: Default::default(),
        ruleset: a.ruleset,
        subject: a.subject,
    };
    for (id, d) in &a.docs {
        let id = *id;
        let answer = match docs {
            Kept::AllDocuments => *d,
            Kept::NotDocuments => continue,
            Kept::AsAsked => {
                // A group page answers for every document an alternative needs.
                let in_group = steps.iter().any(|s| match s {
                    Step::Group(g) => group_alternatives(g)
                        .iter()
                        .any(|alt| alt.required.contains(&id)),
                    _ => false,
                });
                let have = asked(Step::Document(id)) || in_group;
                DocAnswer {
                    have: if have { d.have } else { None },
                    issuer: d.issuer.filter(|_| asked(Step::DocIssuer(id))),
                    language: d.language.filter(|_| asked(Step::DocLanguage(id))),
                    translated: d.translated.filter(|_| asked(Step::DocTranslated(id))),
                    certified: d.certified.filter(|_| asked(Step::DocCertified(id))),
                }
            }
        };
        if answer != DocAnswer::default() {
            k.docs.insert(id, answer);
        }
    }
    k
}

/// Whether a question page has its answer.
pub fn is_answered(step: Step, a: &Answers) -> bool {
    let doc = |id: DocumentId| a.docs.get(&id).copied().unwrap_or_default();
    match step {
        Step::Start | Step::Check | Step::Result | Step::Rules => true,
        Step::Route => a.route.is_some(),
        Step::Date => a.date.is_some(),
        Step::HasIin => a.has_iin.is_some(),
        Step::Purpose => a.purpose.is_some(),
        Step::Citizenship => a.citizenship.is_some(),
        Step::BirthDate => a.birth_date.is_some(),
        Step::Category => a.category.is_some(),
        Step::IdType => a.id_choice.is_some(),
        Step::IdIssuer => a.id_issuer.is_some(),
        Step::IdExpiry => a.id_expires.is_some(),
        Step::IdLetters => a.id_latin.is_some(),
        Step::Imprisoned => a.imprisoned.is_some(),
        Step::Represented => a.represented.is_some(),
        Step::Document(id) => doc(id).have.is_some(),
        Step::Group(g) => group_choice(&group_alternatives(g), a).is_some(),
        Step::DocIssuer(id) => doc(id).issuer.is_some(),
        Step::DocLanguage(id) => doc(id).language.is_some(),
        Step::DocTranslated(id) => doc(id).translated.is_some(),
        Step::DocCertified(id) => doc(id).certified.is_some(),
    }
}

/// Where the journey ends after the last question: "Check your answers", or straight to the
/// result when the route is closed on the date (two answers need no checking page).
fn end(answers: &Answers, today: NaiveDate) -> Step {
    if route_closed(answers, today) {
        Step::Result
    } else {
        Step::Check
    }
}

/// Where "Continue" leads from `current`: the next unanswered question when coming back
/// from "Check your answers" (`returning`), else the next question; after the last one,
/// "Check your answers" (or the result when the route is closed).
pub fn next(
    current: Step,
    answers: &Answers,
    locked: Locked,
    today: NaiveDate,
    returning: bool,
) -> Step {
    let (live, steps) = settle(answers, locked, today);
    let end = end(answers, today);
    if returning {
        return first_unanswered(&steps, &live).unwrap_or(end);
    }
    match current {
        Step::Start => steps.first().copied().unwrap_or(end),
        Step::Check => Step::Result,
        _ => {
            let after = steps
                .iter()
                .position(|s| *s == current)
                .map(|i| i + 1)
                .unwrap_or(0);
            steps.get(after).copied().unwrap_or(end)
        }
    }
}

/// The page before `current` on the path (the Back link).
pub fn previous(current: Step, answers: &Answers, locked: Locked, today: NaiveDate) -> Step {
    let steps = questions(answers, locked, today);
    match current {
        Step::Result if end(answers, today) == Step::Check => Step::Check,
        Step::Result | Step::Check => steps.last().copied().unwrap_or(Step::Start),
        _ => match steps.iter().position(|s| *s == current) {
            Some(0) | None => Step::Start,
            Some(i) => steps[i - 1],
        },
    }
}

fn first_unanswered(steps: &[Step], answers: &Answers) -> Option<Step> {
    steps.iter().copied().find(|s| !is_answered(*s, answers))
}

/// The start page and the rules page are outside the question flow: a link may always open
/// them.
pub fn outside_flow(step: Step) -> bool {
    matches!(step, Step::Start | Step::Rules)
}

/// The page a link may open: the requested one if every question before it is answered,
/// else the first unanswered question (a shared link never skips a question).
pub fn reachable(requested: Step, answers: &Answers, locked: Locked, today: NaiveDate) -> Step {
    if outside_flow(requested) {
        return requested;
    }
    let (live, steps) = settle(answers, locked, today);
    let first_gap = first_unanswered(&steps, &live);
    match requested {
        // "Check your answers" stays open from a link even where the journey itself skips it
        // (a closed route): the result's "Change your answers" leads there, and a reload of
        // that page must show the same page.
        Step::Check | Step::Result => first_gap.unwrap_or(requested),
        step => match (steps.iter().position(|s| *s == step), first_gap) {
            (None, gap) => gap.unwrap_or(end(answers, today)),
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
    use crate::journey::answers::CertifiedAnswer;
    use crate::rules::{Category, Citizenship, Country, Purpose};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn c(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    /// A held document issued in Germany, in another language, translated, with neither an
    /// apostille nor a legalization yet.
    fn german_translated_not_certified() -> DocAnswer {
        DocAnswer {
            have: Some(true),
            issuer: Some(IssuerAnswer::Country(c("DE"))),
            language: Some(LanguageAnswer::Other),
            translated: Some(Tri::Yes),
            certified: Some(super::super::answers::CertifiedAnswer::None),
        }
    }

    fn spouse_2025() -> Answers {
        Answers {
            route: Some(Route::Consulate),
            at: Some(c("DE")),
            date: Some(d("2025-06-02")),
            has_iin: Some(Tri::No),
            citizenship: Some(Citizenship::Of(c("DE"))),
            birth_date: Some(d("1985-01-01")),
            category: Some(Category::Spouse),
            id_choice: Some(IdChoice::Passport),
            id_expires: Some(d("2030-01-01")),
            id_latin: Some(true),
            ..Answers::default()
        }
    }

    /// Walks the journey as `person` answers (a copy of each answer is revealed only when
    /// its page comes up) and returns the question pages shown before check or result.
    fn walk(person: &Answers, locked: Locked, today: NaiveDate) -> (Vec<Step>, Step) {
        let mut given = Answers {
            ruleset: person.ruleset,
            at: if locked.consulate { person.at } else { None },
            route: if locked.consulate { person.route } else { None },
            ..Answers::default()
        };
        let mut shown = Vec::new();
        let mut step = next(Step::Start, &given, locked, today, false);
        while !matches!(step, Step::Check | Step::Result) {
            assert!(shown.len() < 40, "no end: {shown:?}");
            assert!(!shown.contains(&step), "{step:?} shown twice: {shown:?}");
            shown.push(step);
            let before = questions(&given, locked, today);
            reveal(step, person, &mut given);
            // No answer makes an earlier page appear or go: the pages up to this one stay.
            let after = questions(&given, locked, today);
            let upto = |steps: &[Step]| {
                let end = steps.iter().position(|s| *s == step).map_or(0, |i| i + 1);
                steps[..end].to_vec()
            };
            assert_eq!(
                upto(&before),
                upto(&after),
                "answering {step:?} changed earlier pages"
            );
            step = next(step, &given, locked, today, false);
        }
        (shown, step)
    }

    fn reveal(step: Step, p: &Answers, g: &mut Answers) {
        match step {
            Step::Route => g.route = p.route,
            Step::Date => g.date = p.date,
            Step::HasIin => g.has_iin = p.has_iin,
            Step::Purpose => g.purpose = p.purpose,
            Step::Citizenship => g.citizenship = p.citizenship,
            Step::BirthDate => g.birth_date = p.birth_date,
            Step::Category => g.category = p.category,
            Step::IdType => g.id_choice = p.id_choice,
            Step::IdIssuer => g.id_issuer = p.id_issuer,
            Step::IdExpiry => g.id_expires = p.id_expires,
            Step::IdLetters => g.id_latin = p.id_latin,
            Step::Imprisoned => g.imprisoned = p.imprisoned,
            Step::Represented => g.represented = p.represented,
            Step::Group(group) => {
                for alt in group_alternatives(group) {
                    for id in alt.required.iter().chain(&alt.optional) {
                        let have = p.docs.get(id).and_then(|d| d.have).unwrap_or(false);
                        g.docs.entry(*id).or_default().have = Some(have);
                    }
                }
            }
            Step::Document(id) => {
                g.docs.entry(id).or_default().have =
                    Some(p.docs.get(&id).and_then(|d| d.have).unwrap_or(false));
            }
            Step::DocIssuer(id) => {
                g.docs.entry(id).or_default().issuer = p.docs.get(&id).and_then(|d| d.issuer)
            }
            Step::DocLanguage(id) => {
                g.docs.entry(id).or_default().language = p.docs.get(&id).and_then(|d| d.language)
            }
            Step::DocTranslated(id) => {
                g.docs.entry(id).or_default().translated =
                    p.docs.get(&id).and_then(|d| d.translated)
            }
            Step::DocCertified(id) => {
                g.docs.entry(id).or_default().certified = p.docs.get(&id).and_then(|d| d.certified)
            }
            Step::Start | Step::Check | Step::Result | Step::Rules => {}
        }
    }

    const TODAY: &str = "2026-12-01";

    /// The start page moves on with `first_question` (the rules engine is not in its
    /// download): it must be the page the whole flow puts first, whatever was answered.
    #[test]
    fn start_leads_to_the_flow_s_first_question() {
        let closed = Answers {
            date: Some(d("2026-03-02")),
            ..spouse_2025()
        };
        let in_country = Answers {
            route: Some(Route::InCountry),
            ..spouse_2025()
        };
        for answers in [Answers::default(), spouse_2025(), closed, in_country] {
            for consulate in [false, true] {
                let locked = Locked { consulate };
                for today in [d("2025-06-01"), d(TODAY)] {
                    assert_eq!(
                        next(Step::Start, &answers, locked, today, false),
                        first_question(locked),
                        "{answers:?} {locked:?} {today}"
                    );
                    assert_eq!(
                        questions(&answers, locked, today)[0],
                        first_question(locked)
                    );
                }
            }
        }
    }

    #[test]
    fn a_consulate_today_ends_on_the_result_within_three_answers() {
        let person = Answers {
            route: Some(Route::Consulate),
            date: Some(d(TODAY)),
            ..spouse_2025()
        };
        let (shown, end) = walk(&person, Locked::default(), d(TODAY));
        assert_eq!(shown, [Step::Route, Step::Date]);
        assert!(shown.len() <= 3);
        assert_eq!(end, Step::Result);
        // The Back link from the result returns to the date, not to a check page.
        assert_eq!(
            previous(Step::Result, &person, Locked::default(), d(TODAY)),
            Step::Date
        );
        // Embedded by a consulate (route and country preset): one answer.
        let (shown, end) = walk(&person, Locked { consulate: true }, d(TODAY));
        assert_eq!((shown, end), (vec![Step::Date], Step::Result));
        // The ministry's route is closed today too.
        let mfa = Answers {
            route: Some(Route::Mfa),
            ..person.clone()
        };
        assert_eq!(walk(&mfa, Locked::default(), d(TODAY)).1, Step::Result);
    }

    /// Found walking a Chinese investor: answering the passport's letters made the issuer's
    /// page appear before them, so "Check your answers" sent the applicant back. `walk`
    /// checks after every answer that the pages up to it stay as they were.
    #[test]
    fn no_answer_brings_back_an_earlier_page() {
        let declared = crate::rules::RulesetId::parse("fi-pilot-2025").unwrap();
        let held = |issuer: Option<&str>| DocAnswer {
            have: Some(true),
            issuer: Some(issuer.map_or(IssuerAnswer::Unknown, |i| IssuerAnswer::Country(c(i)))),
            language: Some(LanguageAnswer::Other),
            translated: Some(Tri::No),
            certified: None,
        };
        let mut walked = 0;
        for cit in [Some("DE"), Some("CN"), Some("TR"), Some("IR"), None] {
            for latin in [true, false] {
                for id in [
                    IdChoice::Passport,
                    IdChoice::RefugeeCertificate,
                    IdChoice::None,
                ] {
                    for (route, ruleset, category) in [
                        (Route::InCountry, None, None),
                        (Route::Consulate, Some(declared), Some(Category::Investor)),
                        (Route::Consulate, Some(declared), Some(Category::Spouse)),
                    ] {
                        let mut person = Answers {
                            route: Some(route),
                            at: Some(c("CN")),
                            date: Some(d(TODAY)),
                            ruleset,
                            category,
                            citizenship: Some(
                                cit.map_or(Citizenship::Stateless, |x| Citizenship::Of(c(x))),
                            ),
                            id_choice: Some(id),
                            id_issuer: Some(c(cit.unwrap_or("AE"))),
                            id_latin: Some(latin),
                            imprisoned: Some(false),
                            ..spouse_2025()
                        };
                        person
                            .docs
                            .insert(DocumentId::MarriageCertificate, held(cit));
                        person
                            .docs
                            .insert(DocumentId::InvestmentContract, held(Some("KZ")));
                        person
                            .docs
                            .insert(DocumentId::PassportTranslation, held(None));
                        walk(&person, Locked { consulate: true }, d(TODAY));
                        walked += 1;
                    }
                }
            }
        }
        assert_eq!(walked, 90);
    }

    #[test]
    fn a_declared_rule_set_keeps_the_journey_going() {
        let person = Answers {
            date: Some(d(TODAY)),
            ruleset: Some(crate::rules::RulesetId::parse("fi-pilot-2025").unwrap()),
            ..spouse_2025()
        };
        let (shown, end) = walk(&person, Locked { consulate: true }, d(TODAY));
        assert!(shown.contains(&Step::Category), "{shown:?}");
        assert_eq!(end, Step::Check);
    }

    /// Issue 10's measure: an in-country Turkish citizen with a Latin passport.
    #[test]
    fn in_country_turkish_citizen_page_count() {
        let person = Answers {
            route: Some(Route::InCountry),
            at: None,
            date: Some(d(TODAY)),
            citizenship: Some(Citizenship::Of(c("TR"))),
            category: None,
            birth_date: None,
            ..spouse_2025()
        };
        let (shown, end) = walk(&person, Locked::default(), d(TODAY));
        assert_eq!(
            shown,
            [
                Step::Route,
                Step::Date,
                Step::HasIin,
                Step::Citizenship,
                Step::IdType,
                Step::IdExpiry,
            ]
        );
        assert_eq!(end, Step::Check);
    }

    /// A group the way's rules do not offer is no answer: its page is asked again (found by
    /// an audit: a spouse's group, chosen at a consulate, shown on Check at the ministry).
    #[test]
    fn a_group_not_offered_on_the_way_is_asked_again() {
        let mut a = spouse_2025();
        a.route = Some(Route::Mfa);
        let today = d("2025-06-01");
        let (live, steps) = settle(&a, Locked::default(), today);
        assert_eq!(live.category, None);
        assert!(steps.contains(&Step::Category), "{steps:?}");
        assert_eq!(
            next(Step::Citizenship, &a, Locked::default(), today, true),
            Step::Category
        );
        // The consulate again: the spouse's group is back.
        let (live, _) = settle(&spouse_2025(), Locked::default(), today);
        assert_eq!(live.category, Some(crate::rules::Category::Spouse));
    }

    #[test]
    fn no_birth_date_or_category_where_no_rule_uses_them() {
        let mut a = spouse_2025();
        a.route = Some(Route::InCountry);
        let steps = questions(&a, Locked::default(), d("2025-06-01"));
        assert!(!steps.contains(&Step::Category));
        assert!(!steps.contains(&Step::BirthDate), "no age rule in-country");
        assert!(
            !steps.contains(&Step::IdLetters),
            "a passport of Türkiye is in Latin letters"
        );
        // At a consulate in 2025: the spouse category has no age limit either...
        let steps = questions(&spouse_2025(), Locked::default(), d("2025-06-01"));
        assert!(steps.contains(&Step::Category));
        assert!(!steps.contains(&Step::BirthDate));
        // ...the senior category has one.
        let mut senior = spouse_2025();
        senior.category = Some(Category::Senior);
        let steps = questions(&senior, Locked::default(), d("2025-06-01"));
        let pos = |s| steps.iter().position(|x| *x == s).unwrap();
        assert!(pos(Step::Category) < pos(Step::BirthDate));
        // The 2024 pilot had no categories at all.
        let mut a2024 = spouse_2025();
        a2024.date = Some(d("2024-06-03"));
        let steps = questions(&a2024, Locked::default(), d("2024-06-01"));
        assert!(!steps.contains(&Step::Category));
    }

    #[test]
    fn a_parent_is_told_to_answer_for_the_child_only_where_a_child_may_apply() {
        let mut a = spouse_2025();
        let today = d("2025-06-01");
        assert!(
            may_be_for_a_child(&a, today),
            "the 2025 consular groups include a child"
        );
        a.route = Some(Route::InCountry);
        assert!(
            may_be_for_a_child(&a, today),
            "no groups in Kazakhstan: anyone"
        );
        a.route = Some(Route::Mfa);
        assert!(
            !may_be_for_a_child(&a, today),
            "the ministry serves diplomatic staff only"
        );
    }

    /// A refugee certificate is Kazakhstan's: who issued it is never asked, though a passport's
    /// issuer is, for the same stateless person (found by an audit: a refugee answering truly had
    /// their other documents judged as Kazakh).
    #[test]
    fn a_refugee_certificate_has_no_issuer_question() {
        let mut a = spouse_2025();
        a.route = Some(Route::InCountry);
        a.date = Some(d("2026-12-07"));
        a.has_iin = Some(Tri::Yes);
        a.purpose = Some(Purpose::Correction);
        a.citizenship = Some(Citizenship::Stateless);
        a.id_choice = Some(IdChoice::Passport);
        let today = d("2026-12-05");
        assert!(questions(&a, Locked::default(), today).contains(&Step::IdIssuer));
        a.id_choice = Some(IdChoice::RefugeeCertificate);
        a.id_issuer = Some(c("AF"));
        let steps = questions(&a, Locked::default(), today);
        assert!(steps.contains(&Step::IdExpiry), "{steps:?}");
        assert!(!steps.contains(&Step::IdIssuer), "{steps:?}");
        assert_eq!(in_effect(&a, Locked::default(), today).id_issuer, None);
    }

    #[test]
    fn no_category_after_choosing_correction() {
        let mut a = spouse_2025();
        a.has_iin = Some(Tri::Yes);
        a.purpose = Some(Purpose::Correction);
        let steps = questions(&a, Locked::default(), d("2025-06-01"));
        assert!(steps.contains(&Step::Purpose));
        assert!(!steps.contains(&Step::Category), "{steps:?}");
        assert!(!steps.contains(&Step::BirthDate));
        // "I don't know" whether one has an IIN: no purpose question.
        a.has_iin = Some(Tri::Unknown);
        let steps = questions(&a, Locked::default(), d("2025-06-01"));
        assert!(!steps.contains(&Step::Purpose));
    }

    #[test]
    fn a_settled_not_eligible_asks_nothing_more() {
        let today = d("2025-06-01");
        // No listed category at a consulate in 2025: documents cannot change that.
        let mut a = spouse_2025();
        a.category = Some(Category::Other);
        let steps = questions(&a, Locked::default(), today);
        assert_eq!(steps.last(), Some(&Step::Category), "{steps:?}");
        assert_eq!(
            next(Step::Category, &a, Locked::default(), today, false),
            Step::Check
        );
        // A citizen of Kazakhstan: ends after the citizenship.
        let mut kz = spouse_2025();
        kz.citizenship = Some(Citizenship::Of(Country::KZ));
        kz.category = None;
        let steps = questions(&kz, Locked::default(), today);
        assert_eq!(steps.last(), Some(&Step::Citizenship), "{steps:?}");
        // Not yet answered: the default never ends the journey early.
        let mut open = spouse_2025();
        open.category = None;
        let steps = questions(&open, Locked::default(), today);
        assert!(steps.contains(&Step::IdType), "{steps:?}");
    }

    #[test]
    fn route_and_date_come_first() {
        let steps = questions(&spouse_2025(), Locked::default(), d("2025-06-01"));
        assert_eq!(&steps[..3], &[Step::Route, Step::Date, Step::HasIin]);
        let steps = questions(&spouse_2025(), Locked { consulate: true }, d("2025-06-01"));
        assert_eq!(&steps[..2], &[Step::Date, Step::HasIin]);
    }

    #[test]
    fn the_document_page_is_one_question_per_page() {
        let mut a = spouse_2025();
        let today = d("2025-06-01");
        let steps = questions(&a, Locked::default(), today);
        let marriage = DocumentId::MarriageCertificate;
        assert!(steps.contains(&Step::Document(marriage)));
        assert!(
            !steps.contains(&Step::DocIssuer(marriage)),
            "not held: nothing more"
        );
        assert!(!steps.contains(&Step::Document(DocumentId::ApplicationForm)));
        assert!(!steps.contains(&Step::Document(DocumentId::Passport)));
        a.docs.insert(
            marriage,
            DocAnswer {
                have: Some(true),
                ..DocAnswer::default()
            },
        );
        let steps = questions(&a, Locked::default(), today);
        assert!(steps.contains(&Step::DocIssuer(marriage)));
        assert!(steps.contains(&Step::DocLanguage(marriage)));
        assert!(
            !steps.contains(&Step::DocTranslated(marriage)),
            "language not yet said"
        );
        // Issued in Kazakhstan, in Russian: no translation, no certification questions.
        a.docs.insert(
            marriage,
            DocAnswer {
                have: Some(true),
                issuer: Some(IssuerAnswer::Country(Country::KZ)),
                language: Some(LanguageAnswer::Ru),
                ..DocAnswer::default()
            },
        );
        let steps = questions(&a, Locked::default(), today);
        assert!(!steps.contains(&Step::DocLanguage(marriage)));
        assert!(!steps.contains(&Step::DocCertified(marriage)));
        // From Germany in German: translated? and certified? follow.
        a.docs.insert(
            marriage,
            DocAnswer {
                have: Some(true),
                issuer: Some(IssuerAnswer::Country(c("DE"))),
                language: Some(LanguageAnswer::Other),
                ..DocAnswer::default()
            },
        );
        let steps = questions(&a, Locked::default(), today);
        let expected = [
            Step::Document(marriage),
            Step::DocIssuer(marriage),
            Step::DocLanguage(marriage),
            Step::DocTranslated(marriage),
            Step::DocCertified(marriage),
        ];
        let start = steps.iter().position(|s| *s == expected[0]).unwrap();
        assert_eq!(&steps[start..start + 5], &expected);
    }

    #[test]
    fn a_one_of_group_is_one_page_of_alternatives() {
        let mut a = spouse_2025();
        a.category = Some(Category::Investor);
        let today = d("2025-06-01");
        let steps = questions(&a, Locked::default(), today);
        assert!(steps.contains(&Step::Group("investor_proof")));
        assert!(
            !steps.iter().any(|s| matches!(s, Step::Document(_))),
            "{steps:?}"
        );
        let outcome = evaluate(&a.to_applicant(today));
        let alts = alternatives(&outcome, "investor_proof");
        assert_eq!(alts.len(), 4);
        assert_eq!(group_choice(&alts, &a), None);
        set_group_choice(&alts, &mut a, Some(1));
        assert_eq!(group_choice(&alts, &a), Some(Some(1)));
        assert!(is_answered(Step::Group("investor_proof"), &a));
        // The records give the same alternatives as the checklist.
        assert_eq!(group_alternatives("investor_proof"), alts);
        assert_eq!(
            group_alternatives("digital_nomad_proof").len(),
            2,
            "IT qualification (three documents) or IT manager"
        );
        let held = alts[1].required[0];
        assert_eq!(held, DocumentId::InvestmentContract);
        // Only Kazakhstan issues the investor proofs: nothing more to ask of them.
        let steps = questions(&a, Locked::default(), today);
        assert!(
            !steps.iter().any(|s| s.document() == Some(held)),
            "{steps:?}"
        );
        set_group_choice(&alts, &mut a, None);
        assert_eq!(group_choice(&alts, &a), Some(None));
        // Heirs: a will held gets its follow-ups (who made it, its language...).
        a.category = Some(Category::Heir);
        let outcome = evaluate(&a.to_applicant(today));
        let alts = alternatives(&outcome, "heir_proof");
        assert_eq!(alts.len(), 2);
        let will = alts
            .iter()
            .position(|x| x.required == [DocumentId::Will])
            .unwrap();
        set_group_choice(&alts, &mut a, Some(will));
        let steps = questions(&a, Locked::default(), today);
        assert!(
            steps.contains(&Step::DocIssuer(DocumentId::Will)),
            "{steps:?}"
        );
        assert!(!steps.contains(&Step::DocIssuer(DocumentId::DeathCertificate)));
        // Digital nomads: two alternatives; the diploma (if available) is asked only
        // within the IT qualification.
        a.category = Some(Category::DigitalNomad);
        let outcome = evaluate(&a.to_applicant(today));
        let alts = alternatives(&outcome, "digital_nomad_proof");
        assert_eq!(alts.len(), 2);
        assert_eq!(alts[0].optional, [DocumentId::ItDiploma]);
        set_group_choice(&alts, &mut a, Some(0));
        let steps = questions(&a, Locked::default(), today);
        assert!(steps.contains(&Step::Document(DocumentId::ItDiploma)));
        set_group_choice(&alts, &mut a, Some(1));
        let steps = questions(&a, Locked::default(), today);
        assert!(!steps.contains(&Step::Document(DocumentId::ItDiploma)));
    }

    /// Found by an audit: the German spouse changed her citizenship to Kazakh on "Check your
    /// answers"; her result still listed the marriage certificate, from answers no page asks
    /// any more. The result rests on the answers in effect: the same as a fresh walk's.
    #[test]
    fn answers_no_page_asks_any_more_decide_nothing() {
        let today = d("2025-06-01");
        let mut stale = spouse_2025();
        stale.docs.insert(
            DocumentId::MarriageCertificate,
            german_translated_not_certified(),
        );
        stale.citizenship = Some(Citizenship::Of(c("KZ")));
        let live = in_effect(&stale, Locked::default(), today);
        let fresh = Answers {
            route: stale.route,
            date: stale.date,
            has_iin: stale.has_iin,
            citizenship: stale.citizenship,
            ..Answers::default()
        };
        assert_eq!(live, fresh);
        let outcome = evaluate(&live.to_applicant(today));
        assert!(
            !outcome
                .documents
                .iter()
                .any(|i| i.id == DocumentId::MarriageCertificate),
            "{:?}",
            outcome.documents
        );
        // Every answer of a journey that asks them all is in effect.
        // (Not the birth date nor the letters: a spouse's category has no age limit, a German
        // passport is in Latin letters.)
        let mut whole = spouse_2025();
        whole.docs = stale.docs.clone();
        let live = in_effect(&whole, Locked::default(), today);
        // Nor the consulate's country of an older link, which no page asks any more.
        (whole.birth_date, whole.id_latin, whole.at) = (None, None, None);
        assert_eq!(live, whole);
        whole.at = Some(c("DE"));
        // A consulate preset by the host: its country and the route are no page's answers,
        // and stay.
        let preset = Locked { consulate: true };
        let live = in_effect(&whole, preset, today);
        assert_eq!((live.route, live.at), (whole.route, whole.at));
    }

    /// Found by a review: a link gave an investment contract's issuer (Germany), which no page
    /// asks (such a contract is usually made in Kazakhstan); the issuer, left out, had still
    /// decided that its language pages came. The answers in effect are settled: leaving out
    /// once more leaves nothing more out, and the questions are those of the answers kept.
    #[test]
    fn the_answers_in_effect_are_settled() {
        let today = d("2026-12-05");
        // A consulate that declares the 2025 pilot's rules (as in the e2e state that found it).
        let mut a = spouse_2025();
        a.date = Some(d("2026-12-07"));
        a.ruleset = Some(crate::rules::RulesetId::parse("fi-pilot-2025").unwrap());
        a.category = Some(Category::Investor);
        a.docs.insert(
            DocumentId::InvestmentContract,
            german_translated_not_certified(),
        );
        for locked in [Locked::default(), Locked { consulate: true }] {
            let live = in_effect(&a, locked, today);
            assert_eq!(in_effect(&live, locked, today), live);
            assert_eq!(
                questions(&live, locked, today),
                questions(&a, locked, today)
            );
            let contract = live.docs.get(&DocumentId::InvestmentContract).copied();
            let steps = questions(&a, locked, today);
            assert!(contract.is_some(), "the contract is asked about: {steps:?}");
            if let Some(answer) = contract {
                assert_eq!(
                    answer.issuer.is_some(),
                    steps.contains(&Step::DocIssuer(DocumentId::InvestmentContract)),
                    "{steps:?}"
                );
                assert_eq!(
                    answer.language.is_some(),
                    steps.contains(&Step::DocLanguage(DocumentId::InvestmentContract)),
                    "{steps:?}"
                );
            }
        }
    }

    /// Found by a review (stop 53): a Russian citizen's certificate of unknown origin, answered
    /// "An apostille", lost the answer (`in_effect`: the question had become moot) and the
    /// certification page came back for ever. Every certification answer, for citizens of a
    /// Minsk state, an Apostille party and neither, is kept and its page stays asked.
    #[test]
    fn a_certification_answer_never_makes_its_own_question_moot() {
        let today = d("2026-12-06");
        for cit in ["RU", "UZ", "DE", "AE"] {
            for certified in [
                CertifiedAnswer::None,
                CertifiedAnswer::Apostille,
                CertifiedAnswer::Legalization,
                CertifiedAnswer::Unknown,
            ] {
                let mut a = Answers {
                    route: Some(Route::InCountry),
                    date: Some(d("2026-12-07")),
                    has_iin: Some(Tri::Yes),
                    purpose: Some(Purpose::Correction),
                    citizenship: Some(Citizenship::Of(c(cit))),
                    id_choice: Some(IdChoice::Passport),
                    id_expires: Some(d("2030-01-01")),
                    id_latin: Some(true),
                    represented: Some(false),
                    ..Answers::default()
                };
                a.docs.insert(
                    DocumentId::ChangedDataCertificate,
                    DocAnswer {
                        have: Some(true),
                        issuer: Some(IssuerAnswer::Unknown),
                        language: Some(LanguageAnswer::Other),
                        translated: Some(Tri::Yes),
                        certified: Some(certified),
                    },
                );
                let locked = Locked::default();
                let live = in_effect(&a, locked, today);
                let kept = live.docs.get(&DocumentId::ChangedDataCertificate);
                assert_eq!(
                    kept.and_then(|k| k.certified),
                    Some(certified),
                    "{cit} {certified:?}"
                );
                assert!(
                    questions(&live, locked, today)
                        .contains(&Step::DocCertified(DocumentId::ChangedDataCertificate)),
                    "{cit} {certified:?}"
                );
                assert_eq!(in_effect(&live, locked, today), live, "{cit} {certified:?}");
            }
        }
    }

    /// Found by an audit: a digital nomad chose "none of these", then the IT qualification on
    /// "Check your answers": the IT diploma's question was skipped, "not held" kept from the
    /// first choice, an answer never given.
    #[test]
    fn a_group_choice_changed_asks_the_new_choices_optional_document() {
        let today = d("2025-06-01");
        let mut a = spouse_2025();
        a.category = Some(Category::DigitalNomad);
        let outcome = evaluate(&a.to_applicant(today));
        let alts = alternatives(&outcome, "digital_nomad_proof");
        assert_eq!(alts[0].optional, [DocumentId::ItDiploma]);
        set_group_choice(&alts, &mut a, None);
        set_group_choice(&alts, &mut a, Some(0));
        let steps = questions(&a, Locked::default(), today);
        let diploma = Step::Document(DocumentId::ItDiploma);
        assert!(steps.contains(&diploma), "{steps:?}");
        assert!(!is_answered(diploma, &a), "asked, not taken as 'not held'");
        // The same choice again keeps what was answered about it.
        a.docs.entry(DocumentId::ItDiploma).or_default().have = Some(true);
        set_group_choice(&alts, &mut a, Some(0));
        assert!(is_answered(diploma, &a));
    }

    #[test]
    fn documents_only_kazakhstan_issues_get_no_issuer_question() {
        let mut a = spouse_2025();
        a.category = Some(Category::Child);
        a.birth_date = Some(d("2015-01-01"));
        a.docs.insert(
            DocumentId::ParentKzIdentity,
            DocAnswer {
                have: Some(true),
                ..DocAnswer::default()
            },
        );
        let steps = questions(&a, Locked::default(), d("2025-06-01"));
        assert!(!steps.contains(&Step::DocIssuer(DocumentId::ParentKzIdentity)));
    }

    /// A child's checklist asks for the identity document of the parent who is a Kazakhstan
    /// citizen: it is asked about (only whether it is held), and once held, nothing is missing.
    #[test]
    fn a_child_is_asked_for_the_parents_kazakhstan_identity_document() {
        let mut person = spouse_2025();
        person.category = Some(Category::Child);
        person.birth_date = Some(d("2015-01-01"));
        for id in [DocumentId::ParentKzIdentity, DocumentId::BirthCertificate] {
            person.docs.insert(
                id,
                DocAnswer {
                    have: Some(true),
                    issuer: Some(IssuerAnswer::Country(c("DE"))),
                    language: Some(LanguageAnswer::Other),
                    translated: Some(Tri::Yes),
                    certified: Some(super::super::answers::CertifiedAnswer::Apostille),
                },
            );
        }
        let today = d("2025-06-01");
        let (shown, end) = walk(&person, Locked::default(), today);
        assert_eq!(end, Step::Check);
        let parent: Vec<&Step> = shown
            .iter()
            .filter(|s| s.document() == Some(DocumentId::ParentKzIdentity))
            .collect();
        assert_eq!(parent, [&Step::Document(DocumentId::ParentKzIdentity)]);
        let outcome = crate::rules::evaluate(&person.to_applicant(today));
        let item = outcome
            .documents
            .iter()
            .find(|i| i.id == DocumentId::ParentKzIdentity)
            .expect("the parent's identity document is on a child's checklist");
        assert!(item.provided);
    }

    #[test]
    fn a_link_never_skips_an_unanswered_question() {
        let mut a = spouse_2025();
        a.category = None;
        let today = d("2025-06-01");
        assert_eq!(
            reachable(Step::Result, &a, Locked::default(), today),
            Step::Category
        );
        assert_eq!(
            reachable(Step::Date, &a, Locked::default(), today),
            Step::Date
        );
    }

    #[test]
    fn a_closed_routes_check_page_reloads_as_itself() {
        // The consulate route after the last pilot, with no declared rules: the journey
        // ends on the result after the date, but "Change your answers" opens the Check page,
        // and its address must open it again.
        let a = Answers {
            route: Some(Route::Consulate),
            date: Some(d("2026-12-16")),
            ..Answers::default()
        };
        let today = d("2026-12-07");
        assert!(route_closed(&a, today));
        assert_eq!(
            reachable(Step::Check, &a, Locked::default(), today),
            Step::Check
        );
        assert_eq!(
            reachable(Step::Result, &a, Locked::default(), today),
            Step::Result
        );
    }

    #[test]
    fn continue_walks_to_check_then_result() {
        let mut a = spouse_2025();
        let today = d("2025-06-01");
        a.docs.insert(
            DocumentId::MarriageCertificate,
            DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            },
        );
        let last = *questions(&a, Locked::default(), today).last().unwrap();
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
    fn slugs_round_trip() {
        for step in [
            Step::Start,
            Step::Route,
            Step::IdExpiry,
            Step::IdLetters,
            Step::IdIssuer,
            Step::Document(DocumentId::PowerOfAttorney),
            Step::Group("heir_proof"),
            Step::DocIssuer(DocumentId::Will),
            Step::DocLanguage(DocumentId::Will),
            Step::DocTranslated(DocumentId::Will),
            Step::DocCertified(DocumentId::Will),
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
        assert_eq!(Step::from_slug("which-nonsense"), None);
    }
}
