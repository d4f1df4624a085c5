//! The rule sets (regimes) as dated data (domain.md §2). Each record says where it applies,
//! its term, who is covered, what must be brought, and on what basis. A new order is a new
//! entry in [`RULESETS`]: the evaluation reads these records and has no per-regime code.

use chrono::NaiveDate;
use serde::Serialize;

use super::contract::{
    Bring, Category, DocumentId, IdentityDocumentType, Note, Purpose, Reason, Route, Term,
};
use super::sources::{self as src, Cite, Localized};

/// The day these rules were last reviewed against the sources (shown in the app).
pub const RULES_REVIEWED_ON: NaiveDate = ymd(2026, 12, 1);

/// How long a review is taken as current. A copy of the app can outlive it: it works offline
/// once visited, and a consulate may host a build for years. Past this, the app tells the
/// applicant that newer rules may apply. Six months: the orders known on this service came
/// a year apart (2024, 2025), so a copy half a year past its review may already miss one.
pub const REVIEW_CURRENT_FOR: chrono::Months = chrono::Months::new(6);

/// Whether, on `today`, the review is older than [`REVIEW_CURRENT_FOR`] and rules for `date`
/// (the planned day) could have changed since: `date` after the review. A date the review
/// already covered keeps the rules it had.
pub fn review_outdated(today: NaiveDate, date: NaiveDate) -> bool {
    let current_until = RULES_REVIEWED_ON
        .checked_add_months(REVIEW_CURRENT_FOR)
        .unwrap_or(NaiveDate::MAX);
    today > current_until && date > RULES_REVIEWED_ON
}

/// Whether `today` comes before the review of the rules: the device's clock is wrong (this
/// copy of the app was built after that day), and "today" with it (found by an audit: a clock a
/// year behind read the ended 2025 pilot as in force).
pub fn clock_behind(today: NaiveDate) -> bool {
    today < RULES_REVIEWED_ON
}

/// A date known at compile time (an invalid literal fails the build, never a run).
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date literal in rules data"),
    }
}

pub type Basis = &'static [Cite];

/// One dated rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// The stable id of the contract (`ruleset`); never shown to people.
    pub id: &'static str,
    /// The name people read, in English, Russian and Kazakh.
    pub name: Localized,
    /// The routes it serves, each with who may use it there.
    pub routes: &'static [RouteRule],
    pub term: Term,
    /// The sources of the term's dates: cited where a date falls outside it ("no rules in
    /// force on this date"), not the whole legal basis (found by a legal audit: the law on
    /// pilot projects and a note on the 2025 suspension were cited for a day in 2026).
    pub term_basis: Basis,
    /// What applied on its routes before its term, where it is the first rule set known there.
    pub before: Before,
    /// The legal basis of the rule set and of its term.
    pub basis: Basis,
    pub who: Who,
    pub purposes: &'static [PurposeRule],
    /// The categories and their extra documents; empty: no category question.
    pub categories: &'static [CategoryRule],
    /// Documents every applicant brings (the application form).
    pub base: &'static [Requirement],
    pub identity: IdentityRule,
    pub translation: TranslationRule,
    /// Foreign public documents and notarial acts need apostille or legalization unless a
    /// treaty exempts them (domain.md §3.4).
    pub certification: Rule,
    /// Consent to personal-data processing, when the rule set requires it.
    pub consent: Option<ConsentRule>,
    pub in_person: InPersonRule,
    /// What applying costs, as far as the sources say.
    pub fee: Fee,
    /// What the applicant is handed, as far as the sources say (found by a lawyer's audit:
    /// "a registration certificate" was said under rules whose sources do not name one).
    pub issued: Issued,
    /// How long the service takes: the ready date is this many working days after the day the
    /// application is handed in. Data, so an order with another term needs no code
    /// (found by a code review: "one working day" was written in `evaluate`).
    pub processing: Processing,
    /// The refusal to accept an incomplete or expired package, and whether the sources say a
    /// refusal comes as a written notice.
    pub refusal: Refusal,
}

/// What applied before a rule set's term. A date before the first rules this tool holds for
/// a route is "no rules in force" only where the service began with them.
#[derive(Debug, Clone, Copy)]
pub enum Before {
    /// The service began with these rules.
    NewService(Basis),
    /// The service existed under earlier rules this tool does not hold.
    EarlierRulesNotHeld(Basis),
    /// The sources do not say.
    Unstated,
}

/// A basis and whether the rule is an interpretation of it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub basis: Basis,
    pub interpretation: bool,
}

/// How the rule set refuses: the basis of the refusal to accept an incomplete or expired
/// package, and whether the sources say a refusal to form the IIN comes as a written notice
/// (found by a legal audit of the rules page: the 2024 pilot was said to give "a written
/// notice", which only the 2025 sources state).
#[derive(Debug, Clone, Copy)]
pub struct Refusal {
    pub rule: Rule,
    pub notice: RefusalNotice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalNotice {
    /// A written notice of refusal (the 2025 order, §IV).
    Written,
    /// The sources do not say how a refusal is given.
    NotStated,
}

/// The service's term, in working days in Kazakhstan (the day of application not counted).
#[derive(Debug, Clone, Copy)]
pub struct Processing {
    /// At least one: the sources give the term as whole working days after the application.
    pub working_days: std::num::NonZeroU8,
    pub rule: Rule,
}

/// One working day: the term every rule set held so far states.
const ONE_WORKING_DAY: std::num::NonZeroU8 = std::num::NonZeroU8::MIN;

#[derive(Debug, Clone)]
pub struct RouteRule {
    pub route: Route,
    pub categories: CategoryScope,
    pub basis: Basis,
    /// Notes always shown for this route under this rule set.
    pub notes: &'static [Note],
}

#[derive(Debug, Clone)]
pub enum CategoryScope {
    /// Any applicant the rule set covers: the category question is not asked.
    Any,
    /// Only the `allowed` categories; a `redirect` category gets its own reason (another
    /// route serves it); any other category, or none, gets `otherwise`.
    Listed {
        allowed: &'static [Category],
        redirects: &'static [Redirect],
        otherwise: Reason,
        basis: Basis,
    },
}

#[derive(Debug, Clone)]
pub struct Redirect {
    pub category: Category,
    pub reason: Reason,
    pub basis: Basis,
}

/// Who is covered at all (before categories): foreign citizens always (the app is for
/// them), stateless persons where the rules name them, and where the person must be staying.
#[derive(Debug, Clone)]
pub struct Who {
    pub stateless: bool,
    pub staying: Staying,
    pub rule: Rule,
}

/// Where the rules want the applicant to be staying. The result page and the rules page say
/// whom a rule set serves from this, so a new rule set changes their words without code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Staying {
    /// The rules name no place (the consular pilots).
    Unstated,
    /// Temporarily residing in Kazakhstan (the State Corporation's service, domain.md §4).
    TemporarilyInKazakhstan,
}

#[derive(Debug, Clone)]
pub struct PurposeRule {
    pub purpose: Purpose,
    /// Correction needs an IIN to correct; formation needs none (already_has_iin).
    pub needs_existing_iin: bool,
    pub documents: &'static [Requirement],
    /// Extra documents when a representative applies (allowed only where not in person).
    pub represented_documents: &'static [Requirement],
    pub basis: Basis,
}

#[derive(Debug, Clone)]
pub struct CategoryRule {
    pub category: Category,
    pub documents: &'static [Requirement],
    pub age: Option<AgeRule>,
    pub basis: Basis,
}

#[derive(Debug, Clone, Copy)]
pub enum AgeLimit {
    /// The applicant must have reached this age on the date.
    AtLeast(u32),
    /// The applicant must be younger than this on the date.
    Under(u32),
}

#[derive(Debug, Clone, Copy)]
pub struct AgeRule {
    pub limit: AgeLimit,
    pub reason: Reason,
    pub rule: Rule,
}

impl AgeRule {
    /// The day someone born on `birth` first meets a minimum age; `None` for a maximum (it
    /// is never met again).
    pub fn met_from(&self, birth: NaiveDate) -> Option<NaiveDate> {
        match self.limit {
            AgeLimit::AtLeast(min) => super::age::reached_on(birth, min),
            AgeLimit::Under(_) => None,
        }
    }
}

/// One document to bring.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    pub document: DocumentId,
    /// One-of group: one satisfied alternative satisfies the group.
    pub group: Option<&'static str>,
    /// Within a group, documents sharing an alternative satisfy it together.
    pub alternative: Option<&'static str>,
    /// Brought if available, never missing.
    pub optional: bool,
    pub rule: Rule,
}

impl Requirement {
    const fn doc(document: DocumentId, basis: Basis) -> Requirement {
        Requirement {
            document,
            group: None,
            alternative: None,
            optional: false,
            rule: Rule {
                basis,
                interpretation: false,
            },
        }
    }

    const fn one_of(document: DocumentId, group: &'static str, basis: Basis) -> Requirement {
        Requirement {
            group: Some(group),
            ..Requirement::doc(document, basis)
        }
    }

    const fn in_alternative(self, alternative: &'static str) -> Requirement {
        Requirement {
            alternative: Some(alternative),
            ..self
        }
    }

    const fn optional(self) -> Requirement {
        Requirement {
            optional: true,
            ..self
        }
    }

    const fn interpretation(self) -> Requirement {
        Requirement {
            rule: Rule {
                basis: self.rule.basis,
                interpretation: true,
            },
            ..self
        }
    }
}

#[derive(Debug, Clone)]
pub struct IdentityRule {
    pub accepted: &'static [IdentityDocumentType],
    pub rule: Rule,
    /// "A valid passport, unless an international treaty of Kazakhstan sets another
    /// procedure": where the rules say so, with their source. An applicant without a passport
    /// is told to ask whether another document they hold is accepted.
    pub other_by_treaty: Option<Rule>,
    /// Who may apply without an identity document, on a special form.
    pub special_form: Option<SpecialFormRule>,
    /// How the identity document is brought: a copy with the original, for verification (the
    /// consular rules), or the original alone where the office attaches an electronic copy
    /// itself (the State Corporation, seed 002; found by a lawyer's audit: a paper copy was
    /// asked there on the consular rules' word).
    pub bring: Bring,
}

#[derive(Debug, Clone)]
pub struct SpecialFormRule {
    pub stateless: bool,
    pub imprisoned: bool,
    pub rule: Rule,
}

#[derive(Debug, Clone)]
pub struct TranslationRule {
    /// Identity document without name and place of birth in Latin or Cyrillic letters:
    /// a notarized translation joins the checklist.
    pub passport: Rule,
    /// Other documents issued abroad in a language other than Kazakh or Russian.
    pub foreign_language: Rule,
}

#[derive(Debug, Clone)]
pub struct ConsentRule {
    pub rule: Rule,
    pub note: Option<Note>,
}

#[derive(Debug, Clone)]
pub struct InPersonRule {
    pub formation: bool,
    pub correction: bool,
    pub rule: Rule,
}

/// The fee of the service. The consular rule sets' sources name none, and none says the
/// service is free there (domain.md §5: consular fees are not known), so the app asks the
/// applicant to ask; the in-country rules make it free.
#[derive(Debug, Clone, Copy)]
pub enum Fee {
    /// No fee, by this rule.
    Free(Rule),
    /// The sources name no fee and no exemption.
    NotStated,
}

/// What the applicant gets, in the sources' own terms: the result page and "Rules and
/// sources" say it with its citation, and no more than the sources say.
#[derive(Debug, Clone, Copy)]
pub enum Issued {
    /// A registration certificate with the IIN.
    RegistrationCertificate(Rule),
    /// The office hands the IIN over; the sources name no document it comes on.
    Iin(Rule),
    /// A receipt on applying; the sources name no document that carries the IIN.
    Receipt(Rule),
}

impl Issued {
    pub fn rule(&self) -> &Rule {
        match self {
            Issued::RegistrationCertificate(r) | Issued::Iin(r) | Issued::Receipt(r) => r,
        }
    }
}

impl RuleSet {
    /// Whether the applicant must come in person for `purpose` (no representative).
    pub fn in_person(&self, purpose: Purpose) -> bool {
        match purpose {
            Purpose::Formation => self.in_person.formation,
            Purpose::Correction => self.in_person.correction,
        }
    }

    /// Whether a representative may apply for `purpose` (a purpose the rule set serves,
    /// without appearance in person).
    pub fn representable(&self, purpose: Purpose) -> bool {
        self.purpose_rule(purpose).is_some() && !self.in_person(purpose)
    }

    pub fn serves(&self, route: Route) -> bool {
        self.route_rule(route).is_some()
    }

    pub fn route_rule(&self, route: Route) -> Option<&'static RouteRule> {
        self.routes.iter().find(|r| r.route == route)
    }

    pub fn purpose_rule(&self, purpose: Purpose) -> Option<&'static PurposeRule> {
        self.purposes.iter().find(|p| p.purpose == purpose)
    }

    pub fn category_rule(&self, category: Category) -> Option<&'static CategoryRule> {
        self.categories.iter().find(|c| c.category == category)
    }

    /// The categories a UI offers on this route (redirected ones included, so the applicant
    /// learns where to go); empty: no category question. "None of these" is `other`.
    pub fn categories_offered(&self, route: Route) -> Vec<Category> {
        match self.route_rule(route).map(|r| &r.categories) {
            Some(CategoryScope::Listed {
                allowed, redirects, ..
            }) => {
                let mut all: Vec<Category> = allowed.to_vec();
                all.extend(redirects.iter().map(|r| r.category));
                all
            }
            _ => Vec::new(),
        }
    }

    /// The groups allowed on this route that ask for no document beyond the identity document
    /// (65 or over, in 2025): the group question tells an applicant who fits several groups
    /// (found by an audit of the questions: a 65-year-old spouse chose "spouse" and was sent
    /// to have a marriage certificate apostilled and translated).
    pub fn categories_without_documents(&self, route: Route) -> Vec<Category> {
        match self.route_rule(route).map(|r| &r.categories) {
            Some(CategoryScope::Listed { allowed, .. }) => allowed
                .iter()
                .copied()
                .filter(|c| {
                    self.category_rule(*c)
                        .is_some_and(|r| r.documents.is_empty())
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn asks_consent(&self) -> bool {
        self.consent.is_some()
    }

    /// The metadata a UI needs to decide which questions to ask.
    pub fn info(&self) -> RuleSetInfo {
        RuleSetInfo {
            id: self.id,
            routes: self.routes.iter().map(|r| r.route).collect(),
            from: self.term.from,
            to: self.term.to,
            name: self.name.en,
            basis: src::texts(self.basis),
            categories: self
                .routes
                .iter()
                .map(|r| RouteCategories {
                    route: r.route,
                    categories: self.categories_offered(r.route),
                })
                .collect(),
            purposes: self.purposes.iter().map(|p| p.purpose).collect(),
            asks_consent: self.asks_consent(),
            identity_document_types: self.identity.accepted.to_vec(),
            identity_bring: self.identity.bring,
            special_form: self
                .identity
                .special_form
                .as_ref()
                .map(|s| SpecialFormInfo {
                    stateless: s.stateless,
                    imprisoned: s.imprisoned,
                })
                .unwrap_or_default(),
            represented_allowed_for: self
                .purposes
                .iter()
                .map(|p| p.purpose)
                .filter(|p| self.representable(*p))
                .collect(),
        }
    }
}

/// Serializable rule-set metadata for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleSetInfo {
    pub id: &'static str,
    /// The name people read (English; the UI takes the reader's language from the record).
    pub name: &'static str,
    pub routes: Vec<Route>,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    /// Public citations (title, publisher, date; place in the document).
    pub basis: Vec<String>,
    /// Per route, the categories to offer (empty: do not ask).
    pub categories: Vec<RouteCategories>,
    pub purposes: Vec<Purpose>,
    pub asks_consent: bool,
    pub identity_document_types: Vec<IdentityDocumentType>,
    /// How the identity document is brought (`IdentityRule::bring`).
    pub identity_bring: Bring,
    /// Who may apply on the special form without an identity document.
    pub special_form: SpecialFormInfo,
    /// Purposes for which a representative may apply (ask "represented?" only then).
    pub represented_allowed_for: Vec<Purpose>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteCategories {
    pub route: Route,
    pub categories: Vec<Category>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SpecialFormInfo {
    pub stateless: bool,
    pub imprisoned: bool,
}

/// The rule set shown for a route on a date, and whether it is in force then.
#[derive(Debug, Clone, Copy)]
pub struct Selection {
    pub ruleset: &'static RuleSet,
    pub in_force: bool,
}

/// All rule sets, oldest first.
pub fn rulesets() -> &'static [RuleSet] {
    RULESETS
}

pub fn by_id(id: &str) -> Option<&'static RuleSet> {
    RULESETS.iter().find(|r| r.id == id)
}

/// The rule set in force for `route` on `date`; when none is, the latest one for the route
/// (contract: its checklist is still shown "so the app can say what it last required"),
/// with `in_force: false`. "Latest" is read relative to `date`: the most recent rule set that
/// had started by then (in the 2025 gap that is `fi-pilot-2024`, the rules last applied, not
/// the 2025 order that had not started yet); before any had started, the first one to come.
/// `None` only if no rule set ever served the route.
pub fn ruleset_for(route: Route, date: NaiveDate) -> Option<Selection> {
    let serving = || RULESETS.iter().filter(move |r| r.serves(route));
    if let Some(ruleset) = serving().find(|r| r.term.contains(date)) {
        return Some(Selection {
            ruleset,
            in_force: true,
        });
    }
    serving()
        .filter(|r| r.term.from <= date)
        .max_by_key(|r| r.term.from)
        .or_else(|| serving().min_by_key(|r| r.term.from))
        .map(|ruleset| Selection {
            ruleset,
            in_force: false,
        })
}

impl RuleSet {
    /// Whether `date`, before this rule set's term, is a day whose rules this tool does not
    /// hold (rather than one on which the service was not offered).
    pub fn rules_not_held_on(&self, date: NaiveDate) -> bool {
        date < self.term.from && !matches!(self.before, Before::NewService(_))
    }
}

/// Whether an embassy or consulate can declare that it applies this rule set: one that
/// serves the consular route (the State Corporation's rules are not a consulate's).
pub fn declarable(id: &str) -> bool {
    by_id(id).is_some_and(|rs| rs.serves(Route::Consulate))
}

/// A declared rule set this build does not hold that may be one newer than it: written as
/// ours are (lower-case words and a year, joined by hyphens: `fi-pilot-2027`), with a year
/// after the latest any of ours starts in. Not a mistyped id (`fi pilot 2025`) nor one of ours
/// for another way (`in-country-2024`): the page then does not speak of rules it lacks
/// (found by a regression audit).
pub fn perhaps_newer(value: &str) -> bool {
    use chrono::Datelike;
    if by_id(value).is_some() {
        return false;
    }
    let Some((words, year)) = value.rsplit_once('-') else {
        return false;
    };
    let well_formed = !words.is_empty()
        && words
            .split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
    let latest = RULESETS
        .iter()
        .map(|r| r.term.from.year())
        .max()
        .unwrap_or(0);
    well_formed && year.len() == 4 && year.parse::<i32>().is_ok_and(|y| y > latest)
}

/// The first rule set serving `route` that starts after `date`: before the first one, or in
/// a gap between two (no consular rules from 2025-01-01 to 2025-04-17), the one to come, so
/// the result names it rather than telling the applicant to wait for new rules.
pub fn next_for(route: Route, date: NaiveDate) -> Option<&'static RuleSet> {
    RULESETS
        .iter()
        .filter(|r| r.serves(route) && r.term.from > date)
        .min_by_key(|r| r.term.from)
}

/// The last day any rule set serves `route` (None: open-ended, or no rule set).
pub fn last_known_day(route: Route) -> Option<NaiveDate> {
    let mut last: Option<NaiveDate> = None;
    for r in RULESETS.iter().filter(|r| r.serves(route)) {
        match r.term.to {
            None => return None,
            Some(to) => last = Some(last.map_or(to, |l| l.max(to))),
        }
    }
    last
}

// ---------------------------------------------------------------------------------------
// The data.
// ---------------------------------------------------------------------------------------

use Category as C;
use DocumentId as D;

const CONSULAR_NOTES: &[Note] = &[
    Note::ParticipatingMissionsNotInSources,
    Note::HostCountryHolidaysNotModelled,
];

/// The ten categories as applied from 2025-04-18 (seed 004 §I lists eight; the Embassy in
/// Russia's list adds pesticide registrants and company heads).
const CONSULAR_2025_CATEGORIES: &[Category] = &[
    C::Investor,
    C::Exporter,
    C::Spouse,
    C::Child,
    C::Heir,
    C::DigitalNomad,
    C::Disability,
    C::Senior,
    C::PesticideRegistrant,
    C::CompanyHead,
];

const B_2024_DOCS: Basis = &[src::SEED_000_DOCUMENTS, src::SEED_001_PROCEDURE];
const B_2025_DOCS: Basis = &[src::SEED_004_II, src::SEED_003_OPERATION];
const B_2025_CATEGORY_DOCS: Basis = &[src::SEED_004_II];
const B_CATEGORY_PROOF_2025_ADDED: Basis = &[src::TREND_AZ_2025_04_15, src::INTERP_CATEGORY_PROOF];
const B_CATEGORY_PROOF_DIPLOMATS: Basis =
    &[src::SEED_004_I, src::SEED_003, src::INTERP_CATEGORY_PROOF];

static RULESETS: &[RuleSet] = &[
    // The 2024 pilot: any foreign citizen at a participating embassy or consulate.
    RuleSet {
        id: "fi-pilot-2024",
        name: Localized::all(
            "2024 consular pilot",
            "Пилотный проект 2024 года (загранучреждения)",
            "2024 жылғы пилоттық жоба (шетелдегі мекемелер)",
        ),
        routes: &[RouteRule {
            route: Route::Consulate,
            categories: CategoryScope::Any,
            basis: &[src::SEED_000_TERM, src::SEED_001_TERM],
            notes: CONSULAR_NOTES,
        }],
        term: Term {
            from: ymd(2024, 4, 13),
            to: Some(ymd(2024, 12, 31)),
        },
        term_basis: &[src::PILOT_2024_ORDER, src::KAZINFORM_2024_04_03],
        // A pilot: embassies and consulates "will be able to" form IINs.
        before: Before::NewService(&[src::SEED_000_TERM]),
        basis: &[
            src::PILOT_2024_ORDER,
            src::SEED_000_TERM,
            src::SEED_001_TERM,
            src::KAZINFORM_2024_04_03,
        ],
        who: Who {
            stateless: false,
            staying: Staying::Unstated,
            rule: Rule {
                basis: &[
                    src::SEED_000_TERM,
                    src::SEED_001_PROCEDURE,
                    src::INTERP_FOREIGNER,
                ],
                interpretation: true,
            },
        },
        purposes: &[PurposeRule {
            purpose: Purpose::Formation,
            needs_existing_iin: false,
            documents: &[],
            represented_documents: &[],
            basis: &[src::SEED_000_TERM, src::SEED_001_REFUSAL],
        }],
        categories: &[],
        base: &[Requirement::doc(D::ApplicationForm, B_2024_DOCS)],
        identity: IdentityRule {
            accepted: &[IdentityDocumentType::Passport],
            rule: Rule {
                basis: B_2024_DOCS,
                interpretation: false,
            },
            other_by_treaty: Some(Rule {
                basis: &[src::SEED_000_DOCUMENTS],
                interpretation: false,
            }),
            special_form: None,
            bring: Bring::OriginalAndCopy,
        },
        translation: TranslationRule {
            passport: Rule {
                basis: &[src::SEED_000_TRANSLATION, src::SEED_001_PROCEDURE],
                interpretation: false,
            },
            foreign_language: Rule {
                basis: &[src::SEED_000_TRANSLATION, src::INTERP_FOREIGN_LANGUAGE],
                interpretation: true,
            },
        },
        certification: Rule {
            basis: &[src::SEED_000_TRANSLATION, src::SEED_001_PROCEDURE],
            interpretation: false,
        },
        consent: None,
        in_person: InPersonRule {
            formation: true,
            correction: true,
            rule: Rule {
                basis: &[src::SEED_001_PROCEDURE],
                interpretation: false,
            },
        },
        // Consular fees are not in the sources (domain.md §5).
        fee: Fee::NotStated,
        // "Following the results of IIN formation ... a registration certificate" (§3.5).
        issued: Issued::RegistrationCertificate(Rule {
            basis: &[src::SEED_001_PROCEDURE],
            interpretation: false,
        }),
        processing: Processing {
            working_days: ONE_WORKING_DAY,
            rule: Rule {
                basis: &[src::SEED_000_TERM, src::SEED_001_PROCEDURE],
                interpretation: false,
            },
        },
        refusal: Refusal {
            rule: Rule {
                basis: &[src::SEED_000_REFUSAL],
                interpretation: false,
            },
            notice: RefusalNotice::NotStated,
        },
    },
    // The 2025 pilot: listed categories at a consulate; diplomatic staff at the ministry.
    RuleSet {
        id: "fi-pilot-2025",
        name: Localized::all(
            "2025 consular pilot (some groups)",
            "Пилотный проект 2025 года (загранучреждения, для отдельных групп иностранцев)",
            "2025 жылғы пилоттық жоба (шетелдегі мекемелер, шетелдіктердің жекелеген топтары үшін)",
        ),
        routes: &[
            RouteRule {
                route: Route::Consulate,
                categories: CategoryScope::Listed {
                    allowed: CONSULAR_2025_CATEGORIES,
                    redirects: &[Redirect {
                        category: C::DiplomaticStaff,
                        reason: Reason::UseMfaRoute,
                        basis: &[src::SEED_004_I, src::SEED_003],
                    }],
                    otherwise: Reason::CategoryNotCovered,
                    basis: &[src::SEED_004_I, src::SEED_003, src::TREND_AZ_2025_04_15],
                },
                basis: &[src::SEED_004_I, src::SEED_004_II],
                notes: CONSULAR_NOTES,
            },
            RouteRule {
                route: Route::Mfa,
                categories: CategoryScope::Listed {
                    allowed: &[C::DiplomaticStaff],
                    redirects: &[],
                    otherwise: Reason::MfaOnlyForDiplomaticStaff,
                    basis: &[src::SEED_004_I, src::SEED_003],
                },
                basis: &[src::SEED_004_I, src::SEED_003],
                notes: &[],
            },
        ],
        term: Term {
            from: ymd(2025, 4, 18),
            to: Some(ymd(2025, 12, 31)),
        },
        // The order's title names the scheduled end; the embassy announced the start.
        term_basis: &[src::PILOT_2025_ORDER, src::TREND_AZ_2025_04_15],
        // Only the ministry's way starts here; the sources do not say what applied to
        // diplomatic staff before.
        before: Before::Unstated,
        basis: &[
            src::PILOT_2025_ORDER,
            src::LAW_PUBLIC_SERVICES_ART_22,
            src::TREND_AZ_2025_04_15,
            src::SEED_004_INTRO,
        ],
        who: Who {
            stateless: false,
            staying: Staying::Unstated,
            rule: Rule {
                basis: &[src::SEED_004_I, src::INTERP_FOREIGNER],
                interpretation: true,
            },
        },
        purposes: &[PurposeRule {
            purpose: Purpose::Formation,
            needs_existing_iin: false,
            documents: &[],
            represented_documents: &[],
            basis: &[src::SEED_004_IV, src::SEED_003_REFUSAL],
        }],
        categories: &[
            CategoryRule {
                category: C::Investor,
                documents: &[
                    Requirement::one_of(
                        D::InvestorCouncilMembership,
                        "investor_proof",
                        B_2025_CATEGORY_DOCS,
                    ),
                    Requirement::one_of(
                        D::InvestmentContract,
                        "investor_proof",
                        B_2025_CATEGORY_DOCS,
                    ),
                    Requirement::one_of(
                        D::StateRecommendation,
                        "investor_proof",
                        B_2025_CATEGORY_DOCS,
                    ),
                    Requirement::one_of(
                        D::AifcRecommendation,
                        "investor_proof",
                        B_2025_CATEGORY_DOCS,
                    ),
                ],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::Exporter,
                documents: &[Requirement::doc(
                    D::MarkingAppointmentOrder,
                    B_2025_CATEGORY_DOCS,
                )],
                age: None,
                basis: &[src::SEED_004_I, src::TREND_AZ_2025_04_15],
            },
            CategoryRule {
                category: C::Spouse,
                documents: &[Requirement::doc(
                    D::MarriageCertificate,
                    &[src::SEED_004_II, src::SEED_003],
                )],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::Child,
                documents: &[
                    Requirement::doc(D::BirthCertificate, B_2025_CATEGORY_DOCS),
                    Requirement::doc(D::ParentKzIdentity, B_2025_CATEGORY_DOCS),
                ],
                age: Some(AgeRule {
                    limit: AgeLimit::Under(16),
                    reason: Reason::ChildNotUnder16,
                    rule: Rule {
                        basis: &[src::SEED_004_I, src::INTERP_AGE],
                        interpretation: true,
                    },
                }),
                basis: &[src::SEED_004_I],
            },
            CategoryRule {
                category: C::Heir,
                documents: &[
                    Requirement::one_of(
                        D::DeathCertificate,
                        "heir_proof",
                        &[src::SEED_004_II, src::SEED_003],
                    ),
                    Requirement::one_of(D::Will, "heir_proof", &[src::SEED_004_II, src::SEED_003]),
                ],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::DigitalNomad,
                documents: &[
                    Requirement::one_of(D::ItDiploma, "digital_nomad_proof", B_2025_CATEGORY_DOCS)
                        .in_alternative("it_qualification")
                        .optional(),
                    Requirement::one_of(
                        D::ItTrainingCertificate,
                        "digital_nomad_proof",
                        B_2025_CATEGORY_DOCS,
                    )
                    .in_alternative("it_qualification"),
                    Requirement::one_of(
                        D::ItPortfolio,
                        "digital_nomad_proof",
                        B_2025_CATEGORY_DOCS,
                    )
                    .in_alternative("it_qualification"),
                    Requirement::one_of(
                        D::ItManagerAppointment,
                        "digital_nomad_proof",
                        B_2025_CATEGORY_DOCS,
                    )
                    .in_alternative("it_manager"),
                ],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::Disability,
                documents: &[Requirement::doc(
                    D::DisabilityCertificate,
                    B_2025_CATEGORY_DOCS,
                )],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::Senior,
                // Age is read from the passport: nothing more to bring.
                documents: &[],
                age: Some(AgeRule {
                    limit: AgeLimit::AtLeast(65),
                    reason: Reason::Under65,
                    rule: Rule {
                        basis: &[src::SEED_004_I, src::SEED_003, src::INTERP_AGE],
                        interpretation: true,
                    },
                }),
                basis: &[src::SEED_004_I, src::SEED_003],
            },
            CategoryRule {
                category: C::PesticideRegistrant,
                documents: &[
                    Requirement::doc(D::CategoryProof, B_CATEGORY_PROOF_2025_ADDED)
                        .interpretation(),
                ],
                age: None,
                basis: &[src::TREND_AZ_2025_04_15],
            },
            CategoryRule {
                category: C::CompanyHead,
                documents: &[
                    Requirement::doc(D::CategoryProof, B_CATEGORY_PROOF_2025_ADDED)
                        .interpretation(),
                ],
                age: None,
                basis: &[src::TREND_AZ_2025_04_15],
            },
            CategoryRule {
                category: C::DiplomaticStaff,
                documents: &[
                    Requirement::doc(D::CategoryProof, B_CATEGORY_PROOF_DIPLOMATS).interpretation(),
                ],
                age: None,
                basis: &[src::SEED_004_I, src::SEED_003],
            },
        ],
        base: &[Requirement::doc(D::ApplicationForm, B_2025_DOCS)],
        identity: IdentityRule {
            accepted: &[IdentityDocumentType::Passport],
            rule: Rule {
                basis: B_2025_DOCS,
                interpretation: false,
            },
            other_by_treaty: Some(Rule {
                basis: &[src::SEED_004_II],
                interpretation: false,
            }),
            special_form: None,
            bring: Bring::OriginalAndCopy,
        },
        translation: TranslationRule {
            passport: Rule {
                basis: &[src::SEED_003_OPERATION, src::SEED_000_TRANSLATION],
                interpretation: false,
            },
            foreign_language: Rule {
                basis: &[src::SEED_003_OPERATION, src::INTERP_FOREIGN_LANGUAGE],
                interpretation: true,
            },
        },
        certification: Rule {
            basis: &[src::SEED_003_OPERATION],
            interpretation: false,
        },
        consent: Some(ConsentRule {
            rule: Rule {
                basis: &[src::PILOT_2025_ORDER_CONSENT],
                interpretation: false,
            },
            note: Some(Note::WrittenConsentAtMission),
        }),
        in_person: InPersonRule {
            formation: true,
            correction: true,
            rule: Rule {
                basis: &[src::SEED_004_II, src::SEED_003_OPERATION],
                interpretation: false,
            },
        },
        fee: Fee::NotStated,
        // The ministry forms the IIN and sends it back to the mission, which hands it over
        // (§3.5); the 2025 sources name no certificate.
        issued: Issued::Iin(Rule {
            basis: &[src::SEED_003_OPERATION],
            interpretation: false,
        }),
        processing: Processing {
            working_days: ONE_WORKING_DAY,
            rule: Rule {
                basis: &[src::SEED_004_III, src::SEED_003_OPERATION],
                interpretation: false,
            },
        },
        refusal: Refusal {
            rule: Rule {
                basis: &[src::SEED_004_IV],
                interpretation: false,
            },
            notice: RefusalNotice::Written,
        },
    },
    // The State Corporation in Kazakhstan, from 2024-03-25: open-ended.
    RuleSet {
        id: "in-country-2024",
        name: Localized::all(
            "State Corporation rules (in Kazakhstan, from 2024)",
            "Правила Госкорпорации (в Казахстане, с 2024 года)",
            "Мемлекеттік корпорация қағидалары (Қазақстанда, 2024 жылдан бастап)",
        ),
        routes: &[RouteRule {
            route: Route::InCountry,
            categories: CategoryScope::Any,
            basis: &[src::SEED_002],
            notes: &[],
        }],
        term: Term {
            from: ymd(2024, 3, 25),
            to: None,
        },
        term_basis: &[src::MIA_ORDER_258],
        // A rewording of the MIA rules (domain.md §4): the State Corporation formed IINs
        // before it, under rules this tool does not hold.
        before: Before::EarlierRulesNotHeld(&[src::SEED_002]),
        basis: &[src::SEED_002, src::MIA_ORDER_258, src::MIA_RULES_REPORTED],
        who: Who {
            stateless: true,
            staying: Staying::TemporarilyInKazakhstan,
            rule: Rule {
                basis: &[src::SEED_002],
                interpretation: false,
            },
        },
        purposes: &[
            PurposeRule {
                purpose: Purpose::Formation,
                needs_existing_iin: false,
                documents: &[],
                represented_documents: &[],
                basis: &[src::SEED_002],
            },
            PurposeRule {
                purpose: Purpose::Correction,
                needs_existing_iin: true,
                documents: &[Requirement::doc(
                    D::ChangedDataCertificate,
                    &[src::SEED_002_CORRECTION],
                )],
                represented_documents: &[Requirement::doc(
                    D::PowerOfAttorney,
                    &[src::SEED_002_CORRECTION, src::MIA_ORDER_258],
                )],
                basis: &[src::SEED_002_CORRECTION],
            },
        ],
        categories: &[],
        base: &[Requirement::doc(
            D::ApplicationForm,
            &[src::SEED_002_IDENTITY],
        )],
        identity: IdentityRule {
            accepted: &[
                IdentityDocumentType::Passport,
                IdentityDocumentType::RefugeeCertificate,
            ],
            rule: Rule {
                basis: &[src::SEED_002_IDENTITY, src::SEED_002_REFUGEE],
                interpretation: false,
            },
            // The rules name a valid foreign passport or a refugee certificate, and no
            // exception by treaty.
            other_by_treaty: None,
            special_form: Some(SpecialFormRule {
                stateless: true,
                imprisoned: true,
                rule: Rule {
                    basis: &[src::SEED_002_SPECIAL_FORM, src::INTERP_STATELESS_NO_ID_FORM],
                    interpretation: true,
                },
            }),
            bring: Bring::Original,
        },
        translation: TranslationRule {
            passport: Rule {
                basis: &[
                    src::SEED_002_IDENTITY,
                    src::INTERP_IN_COUNTRY_IDENTITY_SCRIPT,
                ],
                interpretation: true,
            },
            foreign_language: Rule {
                // The State Corporation's own rules and our reading: the consular sources (Mondaq on the
                // 2025 pilot) do not speak for an office in Kazakhstan.
                basis: &[src::INTERP_FOREIGN_LANGUAGE, src::MIA_ORDER_258],
                interpretation: true,
            },
        },
        certification: Rule {
            basis: &[src::INTERP_IN_COUNTRY_CERTIFICATION, src::MIA_ORDER_258],
            interpretation: true,
        },
        consent: Some(ConsentRule {
            rule: Rule {
                basis: &[src::SEED_002_REFUSAL],
                interpretation: false,
            },
            note: Some(Note::ConsentToDataAccessAtOffice),
        }),
        in_person: InPersonRule {
            formation: true,
            correction: false,
            rule: Rule {
                basis: &[src::SEED_002, src::MIA_ORDER_258, src::MIA_RULES_REPORTED],
                interpretation: false,
            },
        },
        // The service standard of the rules: free of charge.
        fee: Fee::Free(Rule {
            basis: &[src::MIA_ORDER_258],
            interpretation: false,
        }),
        // A receipt on applying (§4); the rules name no document with the IIN.
        issued: Issued::Receipt(Rule {
            basis: &[src::SEED_002_RECEIPT],
            interpretation: false,
        }),
        processing: Processing {
            working_days: ONE_WORKING_DAY,
            rule: Rule {
                basis: &[src::SEED_002_RECEIPT],
                interpretation: false,
            },
        },
        refusal: Refusal {
            rule: Rule {
                basis: &[src::SEED_002_REFUSAL],
                interpretation: false,
            },
            notice: RefusalNotice::NotStated,
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// 65 or over needs only the passport in 2025; the diplomatic staff's group, sent to the
    /// ministry, is not counted; rules without groups have none.
    #[test]
    fn groups_without_documents() {
        let rs = by_id("fi-pilot-2025").unwrap();
        assert_eq!(
            rs.categories_without_documents(Route::Consulate),
            vec![Category::Senior]
        );
        assert_eq!(rs.categories_without_documents(Route::InCountry), vec![]);
        let in_country = by_id("in-country-2024").unwrap();
        assert_eq!(
            in_country.categories_without_documents(Route::InCountry),
            vec![]
        );
    }

    /// The note for rules that name no treaty exception (`other_identity_document_not_named`)
    /// names, in its words, the passport and the refugee certificate as the only identity
    /// documents. A rule set without the exception that accepts other documents needs those
    /// words revised: this fails first.
    #[test]
    fn rules_without_the_treaty_exception_accept_what_their_note_names() {
        for rs in rulesets() {
            if rs.identity.other_by_treaty.is_none() {
                assert_eq!(
                    rs.identity.accepted,
                    &[
                        IdentityDocumentType::Passport,
                        IdentityDocumentType::RefugeeCertificate
                    ],
                    "{}: revise notes.other_identity_document_not_named",
                    rs.id
                );
            }
        }
    }

    /// What the applicant is handed is said no further than its sources: the registration
    /// certificate is the 2024 pilot's (Aequitas); the 2025 sources say only that the office
    /// hands the IIN over (found by a lawyer's audit). Each is cited.
    #[test]
    fn what_the_applicant_is_handed_is_cited_and_the_2025_rules_name_no_certificate() {
        for rs in rulesets() {
            assert!(!rs.issued.rule().basis.is_empty(), "{}", rs.id);
        }
        let issued = |id| by_id(id).map(|rs| rs.issued);
        assert!(matches!(
            issued("fi-pilot-2024"),
            Some(Issued::RegistrationCertificate(_))
        ));
        assert!(matches!(issued("fi-pilot-2025"), Some(Issued::Iin(_))));
        assert!(matches!(
            issued("in-country-2024"),
            Some(Issued::Receipt(_))
        ));
    }

    #[test]
    fn the_2025_order_is_cited_whole_for_the_rule_set_and_its_term_para_3_for_consent() {
        use crate::rules::sources::{Cite, SourceId};
        let rs = by_id("fi-pilot-2025").unwrap();
        let order = |c: &&Cite| matches!(c, Cite::Source(SourceId::KzPilot2025Order, _));
        // Found by an audit: the end date, 31 December 2025, was cited to para. 3.
        let cited: Vec<&Cite> = rs.basis.iter().filter(order).collect();
        assert_eq!(cited, vec![&Cite::Source(SourceId::KzPilot2025Order, None)]);
        let consent = rs.consent.as_ref().unwrap().rule.basis;
        assert!(consent.contains(&Cite::Source(
            SourceId::KzPilot2025Order,
            Some("para. 3 of the draft published for comment")
        )));
    }

    #[test]
    fn a_review_is_current_for_six_months_for_dates_after_it() {
        let last_current = RULES_REVIEWED_ON
            .checked_add_months(REVIEW_CURRENT_FOR)
            .unwrap();
        let next_day = |d: NaiveDate| d.succ_opt().unwrap();
        let later = RULES_REVIEWED_ON
            .checked_add_months(chrono::Months::new(12))
            .unwrap();
        assert!(!review_outdated(last_current, later), "on its last day");
        assert!(review_outdated(next_day(last_current), later));
        // A planned day the review covered keeps its rules, however old the copy.
        let years_on = RULES_REVIEWED_ON
            .checked_add_months(chrono::Months::new(40))
            .unwrap();
        assert!(!review_outdated(years_on, RULES_REVIEWED_ON));
        assert!(review_outdated(years_on, next_day(RULES_REVIEWED_ON)));
    }

    #[test]
    fn a_rule_sets_basis_names_each_citation_once() {
        for rs in crate::rules::rulesets() {
            let basis = rs.info().basis;
            for (n, text) in basis.iter().enumerate() {
                assert!(!basis[..n].contains(text), "{}: {text} twice", rs.id);
            }
        }
    }
    #[test]
    fn a_declared_id_perhaps_newer_is_one_written_as_ours_with_a_later_year() {
        assert!(perhaps_newer("fi-pilot-2027"));
        assert!(perhaps_newer("fi-pilot-2099"));
        for not in [
            "fi-pilot-2025",
            "in-country-2024",
            "fi pilot 2027",
            "FI-PILOT-2027",
            "fi-pilot-27",
            "2027",
            "fi--pilot-2027",
            "fi-pilot-2024x",
            "",
        ] {
            assert!(!perhaps_newer(not), "{not}");
        }
    }
}
