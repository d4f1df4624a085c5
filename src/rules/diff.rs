//! What changed between consecutive rule sets of a route, and what each rule set rests on,
//! COMPUTED from the rule-set records (never written by hand): the "Rules and sources" page
//! reads these, so a new record (say, a 2027 consular pilot) shows up with its changes and
//! sources without any code change. Every function takes the rule sets as a slice, so a test
//! can pass its own.

use super::contract::{Category, DocumentId, Route, Term};
use super::ruleset::{CategoryScope, Fee, Requirement, RuleSet};
use super::sources::{Cite, Interpretation, SourceId};

/// The categories a rule set serves on a route (empty: anyone it covers, no category asked).
pub fn categories(rs: &RuleSet, route: Route) -> Vec<Category> {
    match rs.route_rule(route).map(|r| &r.categories) {
        Some(CategoryScope::Listed { allowed, .. }) => allowed.to_vec(),
        _ => Vec::new(),
    }
}

/// Every document a rule set can ask for on a route: the form, the accepted identity
/// documents (or the special form), the purposes' documents, and the documents of the
/// categories served there. Each once, in `DocumentId` order (a sorted list, not a
/// `BTreeSet`: the tree's code is kilobytes of the browser build, issue 12).
pub fn documents(rs: &RuleSet, route: Route) -> Vec<DocumentId> {
    let mut all: Vec<DocumentId> = Vec::new();
    let served = categories(rs, route);
    let reqs = rs
        .base
        .iter()
        .chain(rs.purposes.iter().flat_map(|p| p.documents.iter()))
        .chain(
            rs.purposes
                .iter()
                .flat_map(|p| p.represented_documents.iter()),
        )
        .chain(
            rs.categories
                .iter()
                .filter(|c| served.contains(&c.category))
                .flat_map(|c| c.documents.iter()),
        );
    all.extend(reqs.map(|r: &Requirement| r.document));
    all.extend(rs.identity.accepted.iter().map(|t| t.document_id()));
    if rs.identity.special_form.is_some() {
        all.push(DocumentId::SpecialForm);
    }
    super::order::sort(&mut all);
    all.dedup();
    all
}

/// The rule sets serving a route, oldest first.
pub fn history(sets: &[RuleSet], route: Route) -> Vec<&RuleSet> {
    let mut serving: Vec<&RuleSet> = sets.iter().filter(|r| r.serves(route)).collect();
    super::order::sort_by_key(&mut serving, |r| r.term.from);
    serving
}

/// What changed from one rule set to the next on a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change<'a> {
    pub route: Route,
    pub before: &'a RuleSet,
    pub after: &'a RuleSet,
    pub categories_added: Vec<Category>,
    pub categories_removed: Vec<Category>,
    /// The rule set before served anyone it covered (no categories): the categories of the
    /// one after narrow who may apply, they do not add to it.
    pub limited_to_categories: bool,
    pub documents_added: Vec<DocumentId>,
    pub documents_removed: Vec<DocumentId>,
    /// The terms before and after, when they differ (they always do between two orders).
    pub term: Option<(Term, Term)>,
    /// Whether the gap between the two terms left the route without rules.
    pub gap_days: i64,
    /// Consent to the processing of personal data: whether the rule set after asks for it,
    /// when that differs from the one before.
    pub consent: Option<bool>,
}

impl PartialEq for RuleSet {
    fn eq(&self, other: &RuleSet) -> bool {
        self.id == other.id
    }
}
impl Eq for RuleSet {}

impl Change<'_> {
    /// Nothing but the term changed.
    pub fn only_term(&self) -> bool {
        self.categories_added.is_empty()
            && self.categories_removed.is_empty()
            && self.documents_added.is_empty()
            && self.documents_removed.is_empty()
            && self.consent.is_none()
    }
}

/// The change from `before` to `after` on `route`.
pub fn change<'a>(before: &'a RuleSet, after: &'a RuleSet, route: Route) -> Change<'a> {
    let (cb, ca) = (categories(before, route), categories(after, route));
    let (db, da) = (documents(before, route), documents(after, route));
    let gap = before
        .term
        .to
        .map_or(0, |end| (after.term.from - end).num_days() - 1)
        .max(0);
    Change {
        route,
        before,
        after,
        categories_added: ca.iter().filter(|c| !cb.contains(c)).copied().collect(),
        categories_removed: cb.iter().filter(|c| !ca.contains(c)).copied().collect(),
        limited_to_categories: cb.is_empty() && !ca.is_empty(),
        documents_added: da.iter().filter(|d| !db.contains(d)).copied().collect(),
        documents_removed: db.iter().filter(|d| !da.contains(d)).copied().collect(),
        term: (before.term != after.term).then_some((before.term, after.term)),
        gap_days: gap,
        consent: (before.asks_consent() != after.asks_consent()).then_some(after.asks_consent()),
    }
}

/// Every change between consecutive rule sets of a route, oldest first.
pub fn changes(sets: &[RuleSet], route: Route) -> Vec<Change<'_>> {
    history(sets, route)
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(change(a, b, route)),
            _ => None,
        })
        .collect()
}

/// Every citation in a rule-set record, in record order.
pub fn citations(rs: &RuleSet) -> Vec<Cite> {
    let mut all: Vec<Cite> = Vec::new();
    let mut add = |basis: &[Cite]| all.extend_from_slice(basis);
    add(rs.basis);
    for r in rs.routes {
        add(r.basis);
        if let CategoryScope::Listed {
            redirects, basis, ..
        } = &r.categories
        {
            add(basis);
            for red in *redirects {
                add(red.basis);
            }
        }
    }
    add(rs.who.rule.basis);
    for p in rs.purposes {
        add(p.basis);
        for req in p.documents.iter().chain(p.represented_documents) {
            add(req.rule.basis);
        }
    }
    for c in rs.categories {
        add(c.basis);
        if let Some(age) = c.age {
            add(age.rule.basis);
        }
        for req in c.documents {
            add(req.rule.basis);
        }
    }
    for req in rs.base {
        add(req.rule.basis);
    }
    add(rs.identity.rule.basis);
    if let Some(sf) = &rs.identity.special_form {
        add(sf.rule.basis);
    }
    add(rs.translation.passport.basis);
    add(rs.translation.foreign_language.basis);
    add(rs.certification.basis);
    if let Some(c) = &rs.consent {
        add(c.rule.basis);
    }
    add(rs.in_person.rule.basis);
    if let Fee::Free(rule) = &rs.fee {
        add(rule.basis);
    }
    add(rs.issued.rule().basis);
    add(rs.processing.rule.basis);
    add(rs.refusal.rule.basis);
    all
}

/// The sources a rule set rests on (each once, in record order) and our readings.
pub fn sources(rs: &RuleSet) -> (Vec<SourceId>, Vec<Interpretation>) {
    let mut ids: Vec<SourceId> = Vec::new();
    let mut readings: Vec<Interpretation> = Vec::new();
    for cite in citations(rs) {
        match cite {
            Cite::Source(id, _) if !ids.contains(&id) => ids.push(id),
            Cite::Reading(i) if !readings.contains(&i) => readings.push(i),
            _ => {}
        }
    }
    (ids, readings)
}

/// A rule set's sources with the place cited in each (an article, a section), in the order
/// first cited, each place once: what "Rules and sources" lists (found by a lawyer's audit:
/// the page named the acts without the places the result page gives).
pub fn placed_sources(rs: &RuleSet) -> Vec<super::sources::SourceRef> {
    let mut out: Vec<super::sources::SourceRef> = Vec::new();
    for cite in citations(rs) {
        if let Cite::Source(id, locator) = cite {
            let place = super::sources::SourceRef {
                id,
                locator: locator.map(str::to_owned),
            };
            if !out.contains(&place) {
                out.push(place);
            }
        }
    }
    out
}

/// The treaty and calendar sources every rule set relies on for certification and the ready
/// date (the tables carry their own "as of" dates).
pub const TREATY_SOURCES: &[SourceId] = &[
    SourceId::HcchApostille,
    SourceId::NlDepositaryApostille,
    SourceId::Minsk1993,
    SourceId::Chisinau2002,
    SourceId::KzServiceTextsLegalAssistance,
    SourceId::UaLaw2783,
    SourceId::MdTreatyRegister,
];
pub const CALENDAR_SOURCES: &[SourceId] = &[
    SourceId::KzHolidaysLaw,
    SourceId::KzLabourCode,
    SourceId::KzConstitution2026,
    SourceId::Taspa20260318,
];

/// The routes, in the order the page shows them.
pub const ROUTES: [Route; 3] = [Route::Consulate, Route::Mfa, Route::InCountry];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::contract::Reason;
    use crate::rules::ruleset::{by_id, rulesets, ymd, CategoryRule, RouteRule};
    use crate::rules::sources::{self as src, Localized};

    /// Every place a rule set cites in a document reads back as a section, article, paragraph
    /// or introduction: a locator written otherwise ("Annex 2", "Article 5") would be read as a
    /// treaty party's name and shown untranslated on the Russian and Kazakh pages (found by a
    /// code review: `sources::read_locator` falls back to `Locator::State`).
    #[test]
    fn every_place_a_rule_set_cites_reads_as_a_place_in_a_document() {
        use crate::rules::sources::{read_locator, Locator};
        for rs in rulesets() {
            for place in placed_sources(rs) {
                let Some(locator) = place.locator.as_deref() else {
                    continue;
                };
                assert!(
                    matches!(
                        read_locator(locator),
                        Locator::Section(_)
                            | Locator::Article(_)
                            | Locator::Paragraph(_)
                            | Locator::DraftParagraph(_)
                            | Locator::Introduction
                    ),
                    "{}: {:?} cites {locator:?}, which reads as {:?}",
                    rs.id,
                    place.id,
                    read_locator(locator)
                );
            }
        }
    }

    #[test]
    fn the_2025_pilot_adds_categories_and_their_documents_on_the_consular_route() {
        let all = changes(rulesets(), Route::Consulate);
        assert_eq!(all.len(), 1);
        let c = &all[0];
        assert_eq!(
            (c.before.id, c.after.id),
            ("fi-pilot-2024", "fi-pilot-2025")
        );
        assert!(c.categories_added.contains(&Category::Spouse));
        assert!(!c.categories_added.contains(&Category::DiplomaticStaff));
        // The 2024 pilot served any foreign citizen: the 2025 categories narrow it.
        assert!(c.limited_to_categories);
        assert!(c.categories_removed.is_empty());
        assert!(c.documents_added.contains(&DocumentId::MarriageCertificate));
        assert!(!c.documents_added.contains(&DocumentId::Passport));
        assert!(c.documents_removed.is_empty());
        let (before, after) = c.term.expect("the term changed");
        assert_eq!(before.to, Some(ymd(2024, 12, 31)));
        assert_eq!(after.from, ymd(2025, 4, 18));
        assert_eq!(c.gap_days, 107);
        // The 2025 order asks for written consent; the 2024 one did not.
        assert_eq!(c.consent, Some(true));
    }

    #[test]
    fn a_route_with_one_rule_set_has_no_change() {
        assert!(changes(rulesets(), Route::InCountry).is_empty());
        assert!(changes(rulesets(), Route::Mfa).is_empty());
        assert_eq!(history(rulesets(), Route::Mfa).len(), 1);
    }

    #[test]
    fn in_country_documents_include_correction_and_the_special_form() {
        let rs = by_id("in-country-2024").expect("record");
        let docs = documents(rs, Route::InCountry);
        for d in [
            DocumentId::ChangedDataCertificate,
            DocumentId::PowerOfAttorney,
            DocumentId::SpecialForm,
            DocumentId::RefugeeCertificate,
        ] {
            assert!(docs.contains(&d), "{d:?}");
        }
    }

    #[test]
    fn the_rules_page_lists_the_places_cited() {
        let placed = placed_sources(by_id("fi-pilot-2025").expect("record"));
        assert!(placed.iter().any(
            |s| s.id == SourceId::Fchain20250129 && s.locator.as_deref() == Some("section II")
        ));
        // Each place once.
        for (i, s) in placed.iter().enumerate() {
            assert!(!placed[..i].contains(s), "{s:?}");
        }
    }

    #[test]
    fn every_rule_set_rests_on_registry_sources() {
        for rs in rulesets() {
            let (ids, _) = sources(rs);
            assert!(!ids.is_empty(), "{}", rs.id);
        }
        let (_, readings) = sources(by_id("fi-pilot-2025").expect("record"));
        assert!(readings.contains(&Interpretation::Age));
    }

    /// The worked example of ARCHITECTURE.md ("Adding the next order"): a hypothetical 2027
    /// consular pilot is one more record; the what-changed view and the page's sources pick
    /// it up with no code change.
    #[test]
    fn a_new_2027_record_is_picked_up_without_code_change() {
        static CATEGORIES_2027: &[CategoryRule] = &[CategoryRule {
            category: Category::Spouse,
            documents: &[],
            age: None,
            basis: &[src::SEED_004_I],
        }];
        static ROUTES_2027: &[RouteRule] = &[RouteRule {
            route: Route::Consulate,
            categories: CategoryScope::Listed {
                allowed: &[Category::Spouse, Category::Senior],
                redirects: &[],
                otherwise: Reason::CategoryNotCovered,
                basis: &[src::SEED_004_I],
            },
            basis: &[src::LAW_PUBLIC_SERVICES_ART_22],
            notes: &[],
        }];
        let base_2025 = by_id("fi-pilot-2025").expect("record");
        let pilot_2027 = RuleSet {
            id: "fi-pilot-2027",
            name: Localized::all("2027 consular pilot", "Пилот 2027", "2027 пилот"),
            routes: ROUTES_2027,
            term: Term {
                from: ymd(2027, 3, 1),
                to: Some(ymd(2027, 12, 31)),
            },
            basis: &[src::LAW_PUBLIC_SERVICES_ART_22],
            categories: CATEGORIES_2027,
            ..base_2025.clone()
        };
        let mut sets: Vec<RuleSet> = rulesets().to_vec();
        sets.push(pilot_2027);

        let consular = changes(&sets, Route::Consulate);
        assert_eq!(consular.len(), 2);
        let c = &consular[1];
        assert_eq!(
            (c.before.id, c.after.id),
            ("fi-pilot-2025", "fi-pilot-2027")
        );
        assert!(c.categories_added.is_empty());
        assert!(c.categories_removed.contains(&Category::Investor));
        assert!(!c.categories_removed.contains(&Category::Spouse));
        assert!(c
            .documents_removed
            .contains(&DocumentId::MarriageCertificate));
        assert!(c.documents_added.is_empty());
        assert_eq!(c.gap_days, 424);
        // The MFA route is no longer served by the new record: its history is unchanged.
        assert_eq!(history(&sets, Route::Mfa).len(), 1);
        let (ids, _) = sources(sets.last().expect("pushed"));
        assert_eq!(ids.first(), Some(&SourceId::KzPublicServicesLaw));
    }
}
