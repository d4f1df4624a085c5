//! `evaluate`: one applicant, one date, one verdict with its reasons, checklist and ready
//! date. Everything regime-specific is read from the rule-set records (`ruleset.rs`); this
//! file only applies them. It never panics and never reads the clock.

use chrono::NaiveDate;

use super::age;
use super::calendar;
use super::contract::*;
use super::documents::{self, UsualIssuer};
use super::legalization;
use super::ruleset::{self, CategoryScope, Requirement, Rule, RuleSet, RULES_REVIEWED_ON};
use super::sources as src;
use super::treaties::TREATIES_AS_OF;

/// Reasons (with their basis) and notes gathered while evaluating.
#[derive(Default)]
struct Findings {
    reasons: Vec<ReasonDetail>,
    notes: Vec<Note>,
}

impl Findings {
    fn reason(&mut self, code: Reason, basis: &[src::Cite], interpretation: bool) {
        self.reason_owned(code, src::texts(basis), interpretation);
    }

    fn reason_owned(
        &mut self,
        code: Reason,
        basis: impl IntoIterator<Item = String>,
        interpretation: bool,
    ) {
        let index = match self.reasons.iter().position(|r| r.code == code) {
            Some(i) => i,
            None => {
                self.reasons.push(ReasonDetail {
                    code,
                    basis: Vec::new(),
                    interpretation: false,
                    sources: Vec::new(),
                    interpretations: Vec::new(),
                });
                self.reasons.len() - 1
            }
        };
        if let Some(detail) = self.reasons.get_mut(index) {
            for b in basis {
                if !detail.basis.contains(&b) {
                    detail.basis.push(b);
                }
            }
            detail.interpretation |= interpretation;
        }
    }

    fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}

fn strings(basis: &[src::Cite]) -> Vec<String> {
    src::texts(basis)
}

fn push_unique(list: &mut Vec<String>, items: &[src::Cite]) {
    for item in src::texts(items) {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// Evaluate one applicant. Total: every well-formed `Applicant` gets an `Outcome`.
pub fn evaluate(applicant: &Applicant) -> Outcome {
    let mut findings = Findings::default();

    // 1. Which rule set: the declared one, else the one in force for the route on the date,
    //    else the latest one for the route (its checklist is still shown).
    let declared = applicant.ruleset.and_then(|id| ruleset::by_id(id.as_str()));
    let selection = match declared {
        Some(rs) => Some((rs, rs.term.contains(applicant.date))),
        None => {
            ruleset::ruleset_for(applicant.route, applicant.date).map(|s| (s.ruleset, s.in_force))
        }
    };
    let Some((rs, in_force)) = selection else {
        // No rule set ever served this route (not the case with the current data).
        findings.reason(Reason::RouteUnavailableOnDate, &[], false);
        return finish(applicant, None, false, findings, Vec::new());
    };

    let route_rule = rs.route_rule(applicant.route);
    let unavailable = match declared {
        Some(_) => route_rule.is_none(),
        None => !in_force,
    };
    if declared.is_some() {
        findings.note(Note::DeclaredRulesetApplied);
        if !in_force {
            findings.reason(Reason::OutsideRulesetTerm, rs.term_basis, false);
        }
    }
    if unavailable {
        findings.reason(Reason::RouteUnavailableOnDate, rs.term_basis, false);
        findings.note(Note::LatestRulesetShown);
    }
    if declared.is_none() && !in_force {
        if let Some(last) = ruleset::last_known_day(applicant.route) {
            if applicant.date > last {
                findings.note(Note::NoRulesetKnownAfterLastTerm);
            }
        }
    }
    if let Some(rr) = route_rule {
        for note in rr.notes {
            findings.note(*note);
        }
    }

    // 2. Eligibility.
    let category_documents = eligibility(applicant, rs, &mut findings);

    // 3. The checklist.
    let checklist = checklist(applicant, rs, category_documents, &mut findings);

    // 4. Appearance and consent.
    let purpose_in_person = rs.in_person(applicant.purpose);
    let by_institution = applicant.imprisoned
        && rs
            .identity
            .special_form
            .as_ref()
            .is_some_and(|sf| sf.imprisoned);
    if applicant.represented && purpose_in_person && !by_institution {
        findings.reason(
            Reason::PersonalAppearanceRequired,
            rs.in_person.rule.basis,
            rs.in_person.rule.interpretation,
        );
    }
    if let Some(consent) = &rs.consent {
        if let Some(note) = consent.note {
            findings.note(note);
        }
        if applicant.consent == Some(false) {
            findings.reason(
                Reason::ConsentRequired,
                consent.rule.basis,
                consent.rule.interpretation,
            );
        }
    }

    if unavailable {
        // Only the unavailability explains the verdict; the checklist still says what the
        // latest rules required.
        findings.reasons.retain(|r| {
            matches!(
                r.code,
                Reason::RouteUnavailableOnDate | Reason::OutsideRulesetTerm
            )
        });
        // Likewise the notes: those about this applicant's answers (which may not even have
        // been given yet, e.g. no citizenship) would claim what the applicant did not say.
        findings.notes.retain(|n| {
            matches!(
                n,
                Note::LatestRulesetShown
                    | Note::NoRulesetKnownAfterLastTerm
                    | Note::DeclaredRulesetApplied
                    | Note::ParticipatingMissionsNotInSources
            )
        });
    }
    finish(applicant, Some(rs), in_force, findings, checklist)
}

/// Who may apply under `rs` on this route; returns the category's requirements when the
/// category is served here.
fn eligibility(
    applicant: &Applicant,
    rs: &'static RuleSet,
    findings: &mut Findings,
) -> &'static [Requirement] {
    match applicant.citizenship {
        // The rules' words on whom they serve, without our reading of "foreigner" (whether it
        // takes in stateless persons), which says nothing of a citizen (found by a
        // regression audit: a citizen's fold named only that reading).
        Citizenship::Of(country) if country.is_kazakhstan() => {
            findings.reason_owned(
                Reason::KazakhstanCitizen,
                src::texts(rs.who.rule.basis)
                    .into_iter()
                    .filter(|t| !src::is_reading(t)),
                false,
            );
        }
        Citizenship::Stateless if !rs.who.stateless => {
            findings.reason(
                Reason::StatelessNotCovered,
                rs.who.rule.basis,
                rs.who.rule.interpretation,
            );
            findings.note(Note::ForeignerMeansForeignCitizen);
        }
        _ => {}
    }

    match rs.purpose_rule(applicant.purpose) {
        None => {
            let mut basis = vec![src::INTERP_CORRECTION_ONLY_IN_COUNTRY];
            basis.extend_from_slice(rs.basis);
            findings.reason(Reason::CorrectionInCountryOnly, &basis, false);
            // The categories say who may get the service this rule set does give (a new IIN):
            // they say nothing about a purpose it does not serve, so no category reason.
            return &[];
        }
        Some(purpose) => {
            if purpose.needs_existing_iin && !applicant.has_iin {
                findings.reason(Reason::NoIinToCorrect, purpose.basis, false);
            }
            if !purpose.needs_existing_iin && applicant.has_iin {
                findings.reason(Reason::AlreadyHasIin, purpose.basis, false);
            }
        }
    }

    let Some(route_rule) = rs.route_rule(applicant.route) else {
        // A declared rule set that does not serve the route: show its category documents.
        return applicant
            .category
            .and_then(|c| rs.category_rule(c))
            .map_or(&[], |c| c.documents);
    };
    let CategoryScope::Listed {
        allowed,
        redirects,
        otherwise,
        basis,
    } = &route_rule.categories
    else {
        // Any applicant the rule set covers: the category is not asked.
        return &[];
    };
    let category = applicant.category;
    if let Some(redirect) = category.and_then(|c| redirects.iter().find(|r| r.category == c)) {
        findings.reason(redirect.reason, redirect.basis, false);
        return &[];
    }
    let Some(category) = category.filter(|c| allowed.contains(c)) else {
        // No category given where the applicant is already refused for who they are (an
        // IIN already held, a Kazakhstan citizen, a stateless person): the journey asks no
        // more, and "only the listed groups" would speak of a question never asked.
        let settled = findings.reasons.iter().any(|r| {
            matches!(
                r.code,
                Reason::AlreadyHasIin | Reason::KazakhstanCitizen | Reason::StatelessNotCovered
            )
        });
        if !(category.is_none() && settled) {
            findings.reason(*otherwise, basis, false);
        }
        return &[];
    };
    let Some(category_rule) = rs.category_rule(category) else {
        return &[];
    };
    if category_rule
        .documents
        .iter()
        .any(|r| r.document == DocumentId::CategoryProof)
    {
        findings.note(Note::CategoryDocumentsNotInSources);
    }
    if let Some(age_rule) = category_rule.age {
        findings.note(Note::AgeInterpretation);
        match applicant.birth_date {
            None => findings.note(Note::AgeNotChecked),
            Some(birth) => {
                if age::is_leap_day(birth) {
                    findings.note(Note::LeapDayBirthday);
                }
                // On the day the applicant can really submit (the first day the office
                // opens when `date` is a day it is closed), as the expiry of the identity
                // document: a 65th birthday on the Sunday counts for a Monday visit.
                let years = age::completed_years(birth, submission_day(applicant.date));
                let fails = match age_rule.limit {
                    ruleset::AgeLimit::AtLeast(min) => i64::from(years) < i64::from(min),
                    ruleset::AgeLimit::Under(max) => i64::from(years) >= i64::from(max),
                };
                if fails {
                    findings.reason(
                        age_rule.reason,
                        age_rule.rule.basis,
                        age_rule.rule.interpretation,
                    );
                }
            }
        }
    }
    category_rule.documents
}

/// One checklist entry while it is being built.
struct Entry {
    item: ChecklistItem,
    /// Reason raised by a `provide` need.
    missing_reason: Reason,
    /// Basis of the requirement plus the refusal rule, for `document_missing`.
    missing_basis: Vec<String>,
}

fn checklist(
    applicant: &Applicant,
    rs: &'static RuleSet,
    category_documents: &'static [Requirement],
    findings: &mut Findings,
) -> Vec<ChecklistItem> {
    let mut entries: Vec<Entry> = Vec::new();

    for req in rs.base {
        entries.push(requirement_entry(applicant, rs, req));
    }
    identity_entries(applicant, rs, &mut entries, findings);

    match rs.purpose_rule(applicant.purpose) {
        Some(purpose) if applicant.purpose == Purpose::Correction => {
            for req in purpose.documents {
                entries.push(requirement_entry(applicant, rs, req));
            }
            if applicant.represented {
                for req in purpose.represented_documents {
                    entries.push(requirement_entry(applicant, rs, req));
                }
            }
        }
        _ => {
            for req in category_documents {
                entries.push(requirement_entry(applicant, rs, req));
            }
        }
    }

    resolve_groups(&mut entries);

    let mut items = Vec::with_capacity(entries.len());
    for entry in entries {
        for need in &entry.item.needs {
            match need {
                Need::Provide => {
                    findings.reason_owned(
                        entry.missing_reason,
                        entry.missing_basis.iter().cloned(),
                        entry.missing_basis.iter().any(|b| src::is_reading(b)),
                    );
                }
                Need::Renew => findings.reason_owned(
                    Reason::IdentityDocumentExpired,
                    entry.missing_basis.iter().cloned(),
                    false,
                ),
                // An interpretation only where this need's own basis carries our reading: the
                // entry's flag also covers its other needs (found by an audit of the law: the
                // reason for an apostille said "part of this rests on our reading" of the
                // translation's reading, and named none).
                Need::Translation => findings.reason_owned(
                    Reason::TranslationNeeded,
                    entry.item.translation_basis.iter().cloned(),
                    entry
                        .item
                        .translation_basis
                        .iter()
                        .any(|b| src::is_reading(b)),
                ),
                Need::Apostille | Need::Legalization => findings.reason_owned(
                    Reason::CertificationNeeded,
                    entry.item.certification_basis.iter().cloned(),
                    entry
                        .item
                        .certification_basis
                        .iter()
                        .any(|b| src::is_reading(b)),
                ),
            }
        }
        for note in &entry.item.notes {
            findings.note(*note);
        }
        if entry.item.interpretation {
            findings.note(Note::ConfirmWithOffice);
        }
        items.push(entry.item);
    }
    items
}

/// The state a document is judged for, and whether that is an assumption (contract v1.1).
struct Judged {
    issuer: Option<Country>,
    /// Judged for the state of citizenship (`home_state`) without the applicant saying so, for
    /// a document not yet held: the app shows it as an assumption the applicant can change.
    assumed: bool,
    /// Held, but its issuer not told: judged for `home_state` (a note says so).
    held_issuer_not_given: bool,
    /// A notarial act not yet held: the state where it would be made abroad.
    abroad: Option<Abroad>,
}

/// Where a notarial act not yet made would be made abroad.
#[derive(Clone, Copy)]
enum Abroad {
    In(Country),
    /// No state is known: judged by the last resort, as a document of unknown issuer.
    Unknown,
}

/// The state a document not yet held (or held, its issuer not told) is judged for: the state
/// of citizenship, else (stateless) the identity document's issuer unless that is Kazakhstan.
/// A stateless person's document from Kazakhstan (a refugee certificate) says nothing of
/// where their other documents come from: judged as from Kazakhstan, a foreign certificate
/// would lose its apostille (found by an audit). `None`: no state is known.
pub fn home_state(applicant: &Applicant) -> Option<Country> {
    applicant.citizenship.country().or_else(|| {
        applicant
            .identity_document
            .as_ref()
            .and_then(|d| d.issuer)
            .filter(|c| !c.is_kazakhstan())
    })
}

/// Its given issuer, else where such a document really comes from: Kazakhstan for what
/// only Kazakhstan issues; a notary in Kazakhstan for a notarial act not yet made (the
/// cheapest usual way, the abroad way kept beside it); else `home_state` (the state of
/// citizenship, else a foreign identity document's issuer, else none known).
fn judged_issuer(
    applicant: &Applicant,
    item: &ChecklistItem,
    held: Option<&HeldDocument>,
) -> Judged {
    let mut judged = Judged {
        issuer: None,
        assumed: false,
        held_issuer_not_given: false,
        abroad: None,
    };
    if let Some(country) = held.and_then(|h| h.issuer) {
        judged.issuer = Some(country);
        return judged;
    }
    let certifiable = matches!(item.kind, DocumentKind::Public | DocumentKind::Notarial);
    match (documents::info(item.id).usual_issuer, held) {
        (UsualIssuer::Kazakhstan, _) => judged.issuer = Some(Country::KZ),
        (UsualIssuer::NotaryOfApplicantsChoice, None) => {
            judged.issuer = Some(Country::KZ);
            // No state known (a stateless person without a foreign identity document): the
            // abroad way stays, judged for an unknown state (found by an audit: the power of
            // attorney of such a person was "issued in Kazakhstan" with no other way).
            judged.abroad = match home_state(applicant) {
                Some(c) if c.is_kazakhstan() => None,
                Some(c) => Some(Abroad::In(c)),
                None => Some(Abroad::Unknown),
            };
        }
        (UsualIssuer::NotaryOfApplicantsChoice | UsualIssuer::CitizenshipState, Some(_)) => {
            judged.issuer = home_state(applicant);
            judged.held_issuer_not_given = certifiable;
        }
        (UsualIssuer::CitizenshipState, None) => {
            judged.issuer = home_state(applicant);
            judged.assumed = certifiable;
        }
    }
    judged
}

fn base_item(id: DocumentId, rule: &Rule) -> ChecklistItem {
    let info = documents::info(id);
    ChecklistItem {
        id,
        group: None,
        provided: false,
        certification: Certification::None,
        translation: TranslationNeed::NotRequired,
        needs: Vec::new(),
        basis: strings(rule.basis),
        alternative: None,
        optional: false,
        kind: info.kind,
        bring: info.bring,
        issuer: None,
        issuer_assumed: false,
        certification_basis: Vec::new(),
        treaty_row_verified: None,
        translation_basis: Vec::new(),
        interpretation: rule.interpretation,
        notes: Vec::new(),
        if_made_abroad: None,
        covered_by_alternative: false,
        translation_judged: true,
        sources: Vec::new(),
        interpretations: Vec::new(),
    }
}

/// Certification (and, for held documents, translation) of one document.
fn judge_document(
    applicant: &Applicant,
    rs: &RuleSet,
    item: &mut ChecklistItem,
    held: Option<&HeldDocument>,
) {
    let judged = judged_issuer(applicant, item, held);
    let issuer = judged.issuer;
    item.issuer = issuer;
    item.issuer_assumed = judged.assumed;
    if judged.held_issuer_not_given {
        item.notes.push(Note::IssuerAssumed);
    }
    // Treaties are read on the day the applicant can really submit (v1.1), like the
    // identity document's validity: a convention in force from a Sunday applies on Monday.
    let submit = submission_day(applicant.date);
    let mut decision = legalization::decide(item.kind, issuer, submit);
    let mut issuer = issuer;
    // A held document whose issuer was not given, judged for a state whose documents need no
    // apostille (Kazakhstan, a Minsk or Chisinau state), and not known to carry one: "I don't
    // know" promises nothing (found by an audit: a Russian citizen's certificate of unknown
    // origin, perhaps Turkish, read "You have it" with no certification question asked). It
    // is judged as from an unknown state, whose page gives each way by where it was issued.
    let certified = held.is_some_and(|h| h.certified != HeldCertification::None);
    if judged.held_issuer_not_given
        && !certified
        && matches!(
            decision.certification,
            Certification::None | Certification::TreatyExempt
        )
    {
        issuer = None;
        item.issuer = None;
        decision = legalization::decide(item.kind, None, submit);
    }
    item.certification = decision.certification;
    item.certification_basis = decision.basis.clone();
    item.treaty_row_verified = decision.verified;
    item.interpretation |= decision.interpretation;
    // An apostille or legalization asked of a document whose public kind is our reading.
    if matches!(
        item.certification,
        Certification::Apostille | Certification::Legalization
    ) {
        if let Some(reading) = documents::kind_reading(item.id) {
            item.certification_basis.push(reading.text());
            item.interpretation = true;
            // Said on the item, not only in its sources (found by an audit: a private course's
            // certificate and a company's letter were told flatly to get an apostille); not
            // once it is done (a regression audit).
            if !certified {
                item.notes.push(Note::PublicKindIsOurReading);
            }
        }
    }
    // A document already legalized needs to know no more of the Apostille Convention: whether
    // a new party's apostille would have done is moot (found by a regression audit).
    let legalized = held.is_some_and(|h| h.certified == HeldCertification::Legalization);
    for note in &decision.notes {
        let moot = legalized && *note == Note::ApostillePartyMayBeMissing;
        if !moot && !item.notes.contains(note) {
            item.notes.push(*note);
        }
    }
    if let Some(abroad) = judged.abroad {
        let state = match abroad {
            Abroad::In(c) => Some(c),
            Abroad::Unknown => None,
        };
        let way = legalization::decide(item.kind, state, submit);
        item.if_made_abroad = Some(way.certification);
        // The abroad way's treaty facts are a claim of the page too: their sources, and their
        // hedges ("confirm with the office"), as for a document from that state (found by an
        // audit: "With a notary in Bangladesh: an apostille" without either). No state known:
        // the last resort (the page gives the rule for every state; the entry is already an
        // interpretation, a notary in Kazakhstan assumed).
        if state.is_some() {
            for basis in way.basis {
                if !item.certification_basis.contains(&basis) {
                    item.certification_basis.push(basis);
                }
            }
            for note in &way.notes {
                if !item.notes.contains(note) {
                    item.notes.push(*note);
                }
            }
            if matches!(
                way.certification,
                Certification::Apostille | Certification::Legalization
            ) {
                push_unique(&mut item.certification_basis, rs.certification.basis);
            }
        }
        if item.id == DocumentId::PowerOfAttorney {
            item.notes.push(Note::PowerOfAttorneyLikelyMadeAbroad);
        }
    }
    if matches!(
        decision.certification,
        Certification::Apostille | Certification::Legalization
    ) {
        push_unique(&mut item.certification_basis, rs.certification.basis);
        item.interpretation |= rs.certification.interpretation;
        if item.kind == DocumentKind::Notarial {
            item.notes.push(Note::NotarialActCertifiedWhereMade);
            push_unique(
                &mut item.certification_basis,
                &[src::INTERP_NOTARIAL_WHERE_MADE],
            );
        }
    }

    let foreign = issuer.is_some_and(|c| !c.is_kazakhstan());
    let translatable = matches!(
        item.kind,
        DocumentKind::Public | DocumentKind::Private | DocumentKind::Notarial
    ) && item.id != DocumentId::PassportTranslation;
    match held {
        None => {
            if !item.optional {
                item.needs.push(Need::Provide);
                item.needs.extend(decision.need(HeldCertification::None));
            }
        }
        Some(held) => {
            item.provided = true;
            item.needs.extend(decision.need(held.certified));
            // Accepted, but on our reading only: the page must not call it plainly done.
            if decision.certification == Certification::Apostille
                && held.certified == HeldCertification::Legalization
            {
                item.notes.push(Note::LegalizationAcceptedForApostille);
                item.interpretation = true;
                push_unique(
                    &mut item.certification_basis,
                    &[src::INTERP_LEGALIZATION_FOR_APOSTILLE],
                );
            }
            // A passport translation made abroad and not yet certified: redoing it before a
            // notary in Kazakhstan is the other way out (certified where made), and often
            // the quicker one. The applicant should hear of both.
            let uncertified = item
                .needs
                .iter()
                .any(|n| matches!(n, Need::Apostille | Need::Legalization));
            if item.id == DocumentId::PassportTranslation && foreign && uncertified {
                item.notes
                    .push(Note::NewTranslationInKazakhstanNeedsNoCertification);
            }
            // An issuer not known (a stateless applicant's document) may be foreign: a
            // language other than Kazakh or Russian needs the translation all the same (found by
            // a review: `not_required`, judged, for such a certificate in another language).
            if translatable && !issuer.is_some_and(|c| c.is_kazakhstan()) {
                match held.language {
                    Some(Language::Other) => {
                        item.translation = TranslationNeed::Required;
                        item.translation_basis = strings(rs.translation.foreign_language.basis);
                        item.interpretation |= rs.translation.foreign_language.interpretation;
                        item.notes
                            .push(Note::ForeignLanguageMeansNotKazakhOrRussian);
                        if !held.translated {
                            item.needs.push(Need::Translation);
                            item.notes
                                .push(Note::TranslationMadeInKazakhstanNeedsNoCertification);
                        }
                    }
                    Some(Language::Kk | Language::Ru) => {}
                    None => item.notes.push(Note::LanguageNotGiven),
                }
            }
        }
    }
    super::order::sort(&mut item.needs);
    item.needs.dedup();
    // A language that decides the translation and is not known: a document not held yet, or
    // held without `language`, from abroad or one that may still be made abroad.
    item.translation_judged = !(translatable
        && (!issuer.is_some_and(|c| c.is_kazakhstan()) || item.if_made_abroad.is_some())
        && (held.is_none_or(|h| h.language.is_none())));
}

fn requirement_entry(applicant: &Applicant, rs: &RuleSet, req: &Requirement) -> Entry {
    let held = applicant.documents.iter().find(|d| d.id == req.document);
    let mut item = base_item(req.document, &req.rule);
    item.group = req.group.map(str::to_owned);
    item.alternative = req.alternative.map(str::to_owned);
    item.optional = req.optional;
    let mut missing_basis = strings(req.rule.basis);
    push_unique(&mut missing_basis, rs.refusal.rule.basis);
    if item.kind == DocumentKind::Form {
        // Completed at the desk: listed, nothing to do in advance, never missing.
        item.provided = held.is_some();
    } else {
        judge_document(applicant, rs, &mut item, held);
    }
    if item.id == DocumentId::CategoryProof {
        item.notes.push(Note::CategoryDocumentsNotInSources);
    }
    // Two documents under one id (found by a legal review: an heir's apostilled death
    // certificate read as a complete package, the proof of kinship never judged).
    if item.id == DocumentId::DeathCertificate && !item.covered_by_alternative {
        item.notes.push(Note::KinshipProofJudgedByItsOwnIssuer);
    }
    Entry {
        item,
        missing_reason: Reason::DocumentMissing,
        missing_basis,
    }
}

/// The identity document (or the special form standing in for it) and, where the name is
/// not in Latin or Cyrillic letters, its notarized translation.
fn identity_entries(
    applicant: &Applicant,
    rs: &RuleSet,
    entries: &mut Vec<Entry>,
    findings: &mut Findings,
) {
    let rule = &rs.identity.rule;
    let mut missing_basis = strings(rule.basis);
    push_unique(&mut missing_basis, rs.refusal.rule.basis);
    let make = |id: DocumentId| -> Entry {
        let mut item = base_item(id, rule);
        item.bring = rs.identity.bring;
        item.certification_basis = vec![src::INTERP_IDENTITY_ORIGINAL.text()];
        Entry {
            item,
            missing_reason: Reason::IdentityDocumentMissing,
            missing_basis: missing_basis.clone(),
        }
    };

    if let Some(doc) = &applicant.identity_document {
        if rs.identity.accepted.contains(&doc.kind) {
            let mut entry = make(doc.kind.document_id());
            entry.item.provided = true;
            // Not told: a refugee certificate is Kazakhstan's, a passport the citizenship's.
            entry.item.issuer =
                doc.issuer
                    .or(match documents::info(doc.kind.document_id()).usual_issuer {
                        UsualIssuer::Kazakhstan => Some(Country::KZ),
                        _ => applicant.citizenship.country(),
                    });
            // Valid on the day the applicant can really submit: on a day the office is
            // closed, the first day it opens (contract v1.1), so a passport that expires
            // over the weekend is not "ready" for a Monday visit.
            match doc.expires {
                Some(expires) if expires < submission_day(applicant.date) => {
                    entry.item.needs.push(Need::Renew);
                    // A stateless person may not be able to renew it where they are: the
                    // rules give them a special form when they have no identity document,
                    // without saying whether an expired one counts as none.
                    let stateless_form = rs
                        .identity
                        .special_form
                        .as_ref()
                        .is_some_and(|sf| sf.stateless);
                    if stateless_form && applicant.citizenship == Citizenship::Stateless {
                        entry
                            .item
                            .notes
                            .push(Note::StatelessSpecialFormIfNotRenewed);
                        entry.item.interpretation = true;
                        push_unique(&mut entry.item.basis, &[src::SEED_002_SPECIAL_FORM]);
                    }
                }
                Some(_) => {}
                None => entry.item.notes.push(Note::ExpiryNotChecked),
            }
            if !doc.latin_or_cyrillic {
                entry.item.translation = TranslationNeed::Required;
                entry.item.translation_basis = strings(rs.translation.passport.basis);
            }
            entries.push(entry);
            if !doc.latin_or_cyrillic {
                entries.push(passport_translation_entry(applicant, rs));
            }
            return;
        }
        findings.note(Note::IdentityDocumentTypeNotAccepted);
    }

    // An identity document listed only in `documents` is not one given: absent = none
    // (contract v1; found by an audit: counted as shown, its expiry never checked, it made an
    // applicant `eligible`).

    if let Some(sf) = &rs.identity.special_form {
        let stateless = applicant.citizenship == Citizenship::Stateless;
        if (sf.stateless && stateless) || (sf.imprisoned && applicant.imprisoned) {
            let mut entry = make(DocumentId::SpecialForm);
            if applicant.imprisoned {
                // The sources say who prepares a prisoner's form: the reading that it is
                // filled in at the office (a stateless person's) does not apply.
                let sourced: Vec<src::Cite> = sf
                    .rule
                    .basis
                    .iter()
                    .copied()
                    .filter(|c| *c != src::INTERP_STATELESS_NO_ID_FORM)
                    .collect();
                entry.item.basis = strings(&sourced);
                entry.item.interpretation = false;
            } else {
                entry.item.basis = strings(sf.rule.basis);
                entry.item.interpretation = sf.rule.interpretation;
            }
            entry.item.certification_basis.clear();
            entry.item.provided = applicant
                .documents
                .iter()
                .any(|d| d.id == DocumentId::SpecialForm);
            entry.item.bring = if applicant.imprisoned {
                Bring::CertifiedByPenalInstitution
            } else {
                Bring::CompletedAtDesk
            };
            entries.push(entry);
            return;
        }
    }

    let mut entry = make(DocumentId::Passport);
    entry.item.needs.push(Need::Provide);
    // Before they get a passport: the rules' own exception (found by a legal audit: a
    // citizen with only a national identity card was told to get one, no word of it).
    // A refugee's travel document or an identity card is not a passport, and the sources do not
    // say whether one is accepted where the rules name no exception: ask (found by an audit).
    match &rs.identity.other_by_treaty {
        Some(rule) => {
            entry.item.notes.push(Note::OtherIdentityDocumentByTreaty);
            push_unique(&mut entry.item.basis, rule.basis);
        }
        None => entry.item.notes.push(Note::OtherIdentityDocumentNotNamed),
    }
    // A passport still to get: its letters are not known yet. For a state that may write the
    // name or place of birth in other letters, its translation is not judged (found by an
    // audit: an Afghan without a passport read "No translation needed").
    entry.item.translation_judged =
        !super::scripts::may_need_other_letters(applicant.citizenship.country());
    entries.push(entry);
}

fn passport_translation_entry(applicant: &Applicant, rs: &RuleSet) -> Entry {
    let rule = &rs.translation.passport;
    let held = applicant
        .documents
        .iter()
        .find(|d| d.id == DocumentId::PassportTranslation);
    let mut item = base_item(DocumentId::PassportTranslation, rule);
    // The translation is a notarial act: certified per where it was made (not yet made: in
    // Kazakhstan, the way abroad beside it; held, its maker not told: `home_state`; see
    // `judged_issuer`).
    judge_document(applicant, rs, &mut item, held);
    let mut missing_basis = strings(rule.basis);
    push_unique(&mut missing_basis, rs.refusal.rule.basis);
    Entry {
        item,
        missing_reason: Reason::DocumentMissing,
        missing_basis,
    }
}

/// One-of groups: a ready alternative (all its non-optional documents held and ready)
/// clears every other alternative; a held but unready alternative clears only the
/// "provide" of the others; with none held, each alternative keeps its needs.
fn resolve_groups(entries: &mut [Entry]) {
    let mut groups: Vec<String> = Vec::new();
    for entry in entries.iter() {
        if let Some(g) = &entry.item.group {
            if !groups.contains(g) {
                groups.push(g.clone());
            }
        }
    }
    for group in groups {
        let alt_key = |e: &Entry| -> String {
            e.item
                .alternative
                .clone()
                .unwrap_or_else(|| format!("{:?}", e.item.id))
        };
        let members: Vec<usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.item.group.as_deref() == Some(group.as_str()))
            .map(|(i, _)| i)
            .collect();
        let mut alternatives: Vec<String> = Vec::new();
        for &i in &members {
            if let Some(e) = entries.get(i) {
                let key = alt_key(e);
                if !alternatives.contains(&key) {
                    alternatives.push(key);
                }
            }
        }
        let complete = |key: &str, ready: bool| -> bool {
            members
                .iter()
                .filter_map(|&i| entries.get(i))
                .filter(|e| alt_key(e) == key)
                .all(|e| {
                    (e.item.optional && !e.item.provided)
                        || (e.item.provided && (!ready || e.item.needs.is_empty()))
                })
        };
        let ready = alternatives.iter().find(|k| complete(k, true)).cloned();
        let held = alternatives.iter().find(|k| complete(k, false)).cloned();
        match (ready, held) {
            (Some(key), _) => {
                for &i in &members {
                    if let Some(e) = entries.get_mut(i) {
                        // Held or not, nothing to do for it: not needed. Held, it was shown
                        // "you have it" with its untranslated text "translated, you have it" and
                        // its missing apostille "done", from needs emptied here (found by an
                        // audit of the API: a digital nomad's training certificate).
                        if alt_key(e) != key {
                            e.item.needs.clear();
                            e.item.covered_by_alternative = true;
                        }
                    }
                }
            }
            (None, Some(key)) => {
                for &i in &members {
                    if let Some(e) = entries.get_mut(i) {
                        if alt_key(e) != key && !e.item.provided {
                            e.item.needs.clear();
                            e.item.covered_by_alternative = true;
                        }
                    }
                }
            }
            (None, None) => {}
        }
    }
}

/// The structured form of every `basis` (contract addition): read back from the texts, so
/// the two cannot disagree.
fn structure_citations(reasons: &mut [ReasonDetail], documents: &mut [ChecklistItem]) {
    for r in reasons {
        (r.sources, r.interpretations) = src::structure(&r.basis);
    }
    for d in documents {
        (d.sources, d.interpretations) = src::structure(
            d.basis
                .iter()
                .chain(&d.certification_basis)
                .chain(&d.translation_basis),
        );
        // A reading cited is an interpretation said (found by an audit of the API: the
        // passport's "identity_original" reading came with `interpretation: false`).
        d.interpretation |= !d.interpretations.is_empty();
    }
}

/// The day the applicant can submit when they plan `date`: `date` itself, or the first
/// working day after it when the office is closed then. A reason judged on it is listed in
/// `Reason::judged_on_submission_day`, which the result page reads to say so.
pub fn submission_day(date: NaiveDate) -> NaiveDate {
    match calendar::is_working_day(date) {
        (true, _) => date,
        (false, _) => calendar::next_working_day(date).map_or(date, |d| d.date),
    }
}

fn finish(
    applicant: &Applicant,
    rs: Option<&'static RuleSet>,
    in_force: bool,
    mut findings: Findings,
    mut documents: Vec<ChecklistItem>,
) -> Outcome {
    structure_citations(&mut findings.reasons, &mut documents);
    super::order::sort_by_key(&mut findings.reasons, |r| r.code);
    let verdict = findings
        .reasons
        .iter()
        .map(|r| r.code.verdict())
        .max()
        .unwrap_or(Verdict::Eligible);
    if findings.reasons.iter().any(|r| r.interpretation) {
        findings.note(Note::ConfirmWithOffice);
    }
    // The day the applicant can really submit: `date`, or the first working day after it
    // when the office is closed then (v1.1); the result comes the rule set's term later.
    let (working, date_estimated) = calendar::is_working_day(applicant.date);
    let first_open = if working {
        None
    } else {
        calendar::next_working_day(applicant.date)
    };
    if !working {
        findings.note(Note::OfficeClosedOnDate);
    }
    let submit_day = match (working, first_open) {
        (true, _) => Some(applicant.date),
        (false, Some(day)) => Some(day.date),
        (false, None) => None,
    };
    let checklist_is_reference = matches!(verdict, Verdict::NotEligible | Verdict::Unavailable);
    // The term is the rule set's (`RuleSet::processing`); none without rules, where the
    // checklist is only for reference anyway.
    let term = rs.map(|r| r.processing.working_days);
    let (ready_on, ready_on_estimated) = match (checklist_is_reference, submit_day, term) {
        (false, Some(submit), Some(days)) => match calendar::working_days_after(submit, days) {
            Some(day) => (
                Some(day.date),
                day.estimated
                    || first_open.is_some_and(|f| f.estimated)
                    || (!working && date_estimated),
            ),
            None => (None, false),
        },
        _ => (None, false),
    };
    if ready_on_estimated {
        findings.note(Note::ReadyOnEstimated);
    }
    // Valid when handed in, expired by the ready date: the sources judge the document on the
    // day it is handed in and say nothing of the day the IIN is issued (found by an audit: a
    // passport expiring the day after applying got no word).
    let expires = applicant.identity_document.as_ref().and_then(|d| d.expires);
    if let (Some(ready), Some(expires), Some(submit)) = (ready_on, expires, submit_day) {
        if submit <= expires && expires < ready {
            findings.note(Note::IdentityDocumentExpiresBeforeReady);
        }
    }
    super::order::sort(&mut findings.notes);
    Outcome {
        ruleset: rs.map(|r| r.id.to_owned()),
        verdict,
        reasons: findings.reasons.iter().map(|r| r.code).collect(),
        documents,
        ready_on,
        reasons_detail: findings.reasons,
        notes: findings.notes,
        term: rs.map(|r| r.term),
        ruleset_in_force: in_force,
        ready_on_estimated,
        rules_reviewed_on: RULES_REVIEWED_ON,
        treaties_as_of: TREATIES_AS_OF,
        first_open_day: first_open.map(|d| d.date),
        office_closed: first_open.and_then(|_| calendar::closed_because(applicant.date)),
        checklist_is_reference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    fn applicant(documents: Vec<HeldDocument>) -> Applicant {
        Applicant {
            date: ymd(2025, 6, 3),
            ruleset: None,
            route: Route::Consulate,
            purpose: Purpose::Formation,
            category: Some(Category::Spouse),
            citizenship: Citizenship::Of(Country::parse("CN").unwrap()),
            birth_date: None,
            has_iin: false,
            identity_document: Some(IdentityDocument {
                kind: IdentityDocumentType::Passport,
                issuer: None,
                expires: None,
                latin_or_cyrillic: false,
            }),
            documents,
            consent: None,
            represented: false,
            imprisoned: false,
        }
    }

    /// The identity document: a copy with the original at a consulate (seed 004 §II); the
    /// original alone at a Public Service Centre, whose office attaches the electronic copy
    /// (seed 002; found by a lawyer's audit).
    #[test]
    fn a_copy_of_the_identity_document_only_where_the_rules_ask_one() {
        let bring = |a: &Applicant| {
            evaluate(a)
                .documents
                .iter()
                .find(|d| d.id == DocumentId::Passport)
                .expect("listed")
                .bring
        };
        let mut a = applicant(vec![]);
        assert_eq!(bring(&a), Bring::OriginalAndCopy);
        a.route = Route::InCountry;
        a.date = ymd(2026, 12, 14);
        a.category = None;
        assert_eq!(bring(&a), Bring::Original);
    }

    /// Already holding an IIN, or stateless, at a consulate with listed categories and no
    /// category given: no "only the listed groups" reason for a question never asked.
    #[test]
    fn a_settled_refusal_gets_no_category_reason_for_a_category_not_given() {
        for stateless in [false, true] {
            let mut a = applicant(Vec::new());
            a.category = None;
            if stateless {
                a.citizenship = Citizenship::Stateless;
            } else {
                a.has_iin = true;
            }
            let outcome = evaluate(&a);
            assert_eq!(outcome.verdict, Verdict::NotEligible);
            assert!(
                !outcome.reasons.contains(&Reason::CategoryNotCovered),
                "{stateless}"
            );
        }
        // With nothing else against it, a missing category is the reason.
        let mut a = applicant(Vec::new());
        a.category = None;
        assert!(evaluate(&a).reasons.contains(&Reason::CategoryNotCovered));
    }

    /// A document valid on the day of applying that expires before the ready date gets a
    /// note; one valid through the ready date, or already expired (a reason), does not.
    #[test]
    fn an_identity_document_expiring_before_the_ready_date_is_noted() {
        let noted = |expires| {
            let mut a = applicant(Vec::new());
            a.route = Route::InCountry;
            a.category = None;
            // Tuesday; 16 December is Independence Day: ready on Thursday the 17th.
            a.date = ymd(2026, 12, 15);
            if let Some(d) = a.identity_document.as_mut() {
                d.expires = Some(expires);
            }
            let o = evaluate(&a);
            assert_eq!(o.ready_on, Some(ymd(2026, 12, 17)));
            o.notes.contains(&Note::IdentityDocumentExpiresBeforeReady)
        };
        assert!(noted(ymd(2026, 12, 15)));
        assert!(noted(ymd(2026, 12, 16)));
        assert!(!noted(ymd(2026, 12, 17)));
        assert!(
            !noted(ymd(2026, 12, 14)),
            "already expired: a reason, not this note"
        );
    }

    /// A document held, from `issuer`, in a foreign language, translated, not certified.
    fn held_translated(id: DocumentId, issuer: &str) -> HeldDocument {
        HeldDocument {
            id,
            issuer: Country::parse(issuer).ok(),
            language: Some(Language::Other),
            translated: true,
            certified: HeldCertification::None,
        }
    }

    /// A held option of a one-of group that another, complete option makes unneeded is "not
    /// needed", not "ready": its needs are emptied, not done (found by an audit of the API: an
    /// untranslated training certificate beside a complete manager's appointment).
    #[test]
    fn a_held_option_the_group_does_not_need_is_covered_not_ready() {
        let mut untranslated = held_translated(DocumentId::ItTrainingCertificate, "GB");
        untranslated.translated = false;
        let mut a = applicant(vec![
            untranslated,
            held_translated(DocumentId::ItManagerAppointment, "GB"),
        ]);
        a.category = Some(Category::DigitalNomad);
        let o = evaluate(&a);
        let item = |id| o.documents.iter().find(|d| d.id == id).expect("listed");
        let cert = item(DocumentId::ItTrainingCertificate);
        assert!(cert.provided && cert.covered_by_alternative && cert.needs.is_empty());
        assert!(!item(DocumentId::ItManagerAppointment).covered_by_alternative);
        assert!(!o.reasons.contains(&Reason::TranslationNeeded));
    }

    /// Every entry that cites a reading says it is an interpretation (found by an audit of the
    /// API: the passport's reading with `interpretation: false`).
    #[test]
    fn an_entry_citing_a_reading_is_marked_an_interpretation() {
        let o = evaluate(&applicant(Vec::new()));
        assert!(o.documents.iter().any(|d| !d.interpretations.is_empty()));
        for d in &o.documents {
            assert!(
                d.interpretations.is_empty() || d.interpretation,
                "{:?}",
                d.id
            );
        }
    }

    /// An IT training certificate's apostille is our reading (who issues it, the sources do
    /// not say), named as one; the diploma beside it is a public document by the sources, and
    /// a certificate from a Minsk Convention party needs nothing, so no reading.
    #[test]
    fn an_it_training_certificates_apostille_is_a_named_reading() {
        let reading = |o: &Outcome, id| {
            let item = o.documents.iter().find(|d| d.id == id).expect("listed");
            (
                item.interpretation,
                item.interpretations
                    .contains(&src::Interpretation::TrainingCertificate),
            )
        };
        let mut a = applicant(vec![
            held_translated(DocumentId::ItDiploma, "DE"),
            held_translated(DocumentId::ItTrainingCertificate, "DE"),
            held_translated(DocumentId::ItPortfolio, "DE"),
        ]);
        a.category = Some(Category::DigitalNomad);
        let o = evaluate(&a);
        assert_eq!(reading(&o, DocumentId::ItTrainingCertificate), (true, true));
        assert!(!reading(&o, DocumentId::ItDiploma).1);
        a.documents[1] = held_translated(DocumentId::ItTrainingCertificate, "RU");
        assert!(!reading(&evaluate(&a), DocumentId::ItTrainingCertificate).1);
    }

    /// An apostille asked of a document whose public kind is our reading is said so on the
    /// item (a note), not only in its sources: a training certificate, and the proof of a group
    /// whose documents the sources do not name (found by an audit: a company head's proof
    /// and a private course's certificate were told flatly to get one).
    #[test]
    fn an_apostille_on_a_document_of_unnamed_kind_says_it_is_our_reading() {
        let noted = |o: &Outcome, id| {
            let item = o.documents.iter().find(|d| d.id == id).expect("listed");
            (
                item.certification,
                item.notes.contains(&Note::PublicKindIsOurReading),
            )
        };
        let mut a = applicant(vec![held_translated(DocumentId::CategoryProof, "DE")]);
        a.category = Some(Category::CompanyHead);
        let o = evaluate(&a);
        assert_eq!(
            noted(&o, DocumentId::CategoryProof),
            (Certification::Apostille, true)
        );
        // From Kazakhstan, or a Minsk Convention party: nothing asked, nothing to say.
        for issuer in ["KZ", "AM"] {
            a.documents[0] = held_translated(DocumentId::CategoryProof, issuer);
            assert!(
                !noted(&evaluate(&a), DocumentId::CategoryProof).1,
                "{issuer}"
            );
        }
        // Its apostille done: nothing more to say of it (a regression audit).
        a.documents[0] = HeldDocument {
            certified: HeldCertification::Apostille,
            ..held_translated(DocumentId::CategoryProof, "DE")
        };
        assert!(!noted(&evaluate(&a), DocumentId::CategoryProof).1);
        let mut a = applicant(vec![
            held_translated(DocumentId::ItDiploma, "DE"),
            held_translated(DocumentId::ItTrainingCertificate, "DE"),
        ]);
        a.category = Some(Category::DigitalNomad);
        let o = evaluate(&a);
        assert!(noted(&o, DocumentId::ItTrainingCertificate).1);
        assert!(
            !noted(&o, DocumentId::ItDiploma).1,
            "a diploma is public by the sources"
        );
    }

    /// A prisoner's special form rests on the sources alone: not on the reading that a
    /// stateless person's form is filled in at the office.
    #[test]
    fn a_prisoners_special_form_is_not_read_as_filled_in_at_the_office() {
        let mut a = applicant(Vec::new());
        a.route = Route::InCountry;
        a.identity_document = None;
        a.imprisoned = true;
        let outcome = evaluate(&a);
        let form = outcome
            .documents
            .iter()
            .find(|d| d.id == DocumentId::SpecialForm)
            .expect("a special form");
        assert!(!form.interpretation, "{form:?}");
        assert!(form.interpretations.is_empty(), "{form:?}");
    }

    /// A correction at a consulate: the one reason is that correction is made in Kazakhstan;
    /// no category reason for a question the journey never asks on that path.
    #[test]
    fn a_correction_abroad_has_one_reason() {
        let mut a = applicant(Vec::new());
        a.purpose = Purpose::Correction;
        a.has_iin = true;
        a.category = None;
        let outcome = evaluate(&a);
        assert_eq!(outcome.verdict, Verdict::NotEligible);
        assert!(outcome.reasons.contains(&Reason::CorrectionInCountryOnly));
        assert!(!outcome.reasons.contains(&Reason::CategoryNotCovered));
    }

    fn held(id: DocumentId, issuer: Option<&str>) -> HeldDocument {
        HeldDocument {
            id,
            issuer: issuer.map(|c| Country::parse(c).unwrap()),
            language: Some(Language::Ru),
            translated: false,
            certified: HeldCertification::None,
        }
    }

    /// A passport still to get: its letters are not known yet, so its translation is judged
    /// only for a state that writes in Latin or Cyrillic letters (found by an audit: an Afghan
    /// without a passport read "No translation needed").
    #[test]
    fn a_passport_still_to_get_has_its_translation_judged_by_its_state_only() {
        for (code, judged) in [("AF", false), ("CN", false), ("DE", true), ("RU", true)] {
            let mut a = applicant(Vec::new());
            a.route = Route::InCountry;
            a.date = ymd(2026, 12, 7);
            a.category = None;
            a.citizenship = Citizenship::Of(Country::parse(code).unwrap());
            a.identity_document = None;
            let outcome = evaluate(&a);
            let passport = outcome
                .documents
                .iter()
                .find(|i| i.id == DocumentId::Passport)
                .unwrap();
            assert_eq!(passport.needs, [Need::Provide], "{code}");
            assert_eq!(passport.translation, TranslationNeed::NotRequired, "{code}");
            assert_eq!(passport.translation_judged, judged, "{code}");
        }
    }

    #[test]
    fn held_documents_carry_no_assumption_and_no_abroad_way() {
        let outcome = evaluate(&applicant(vec![
            held(DocumentId::PassportTranslation, None),
            held(DocumentId::MarriageCertificate, None),
        ]));
        for id in [
            DocumentId::PassportTranslation,
            DocumentId::MarriageCertificate,
        ] {
            let item = outcome.documents.iter().find(|i| i.id == id).unwrap();
            assert!(item.provided);
            assert!(!item.issuer_assumed, "{id:?}");
            assert_eq!(item.if_made_abroad, None, "{id:?}");
            // The issuer was not told: judged for the citizenship state, and a note says so.
            assert!(item.notes.contains(&Note::IssuerAssumed), "{id:?}");
        }
        let json = serde_json::to_value(&outcome).unwrap();
        let translation = json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == "passport_translation")
            .unwrap();
        assert!(translation.get("if_made_abroad").is_none());
        assert!(json.get("first_open_day").is_none(), "a working day");
        assert!(json.get("office_closed").is_none(), "a working day");
    }

    /// "I don't know" where a held certificate was issued promises nothing: judged for a
    /// citizenship whose documents need no apostille (Russia), it is judged as from an unknown
    /// state (found by an audit: a Russian's certificate, perhaps Turkish, read "You have it").
    /// One known to carry an apostille or legalization needs nothing more; a German citizen's
    /// keeps the assumption, which already asks for one.
    #[test]
    fn a_held_document_of_unknown_origin_is_not_passed_by_an_exempt_citizenship() {
        let mut a = applicant(vec![held(DocumentId::MarriageCertificate, None)]);
        a.citizenship = Citizenship::Of(Country::parse("RU").unwrap());
        let marriage = |o: &Outcome| {
            o.documents
                .iter()
                .find(|i| i.id == DocumentId::MarriageCertificate)
                .unwrap()
                .clone()
        };
        let o = evaluate(&a);
        let item = marriage(&o);
        assert_eq!(item.issuer, None);
        assert!(item.notes.contains(&Note::IssuerAssumed));
        assert_eq!(item.needs, [Need::Legalization]);
        assert_ne!(o.verdict, Verdict::Eligible);
        for certified in [
            HeldCertification::Apostille,
            HeldCertification::Legalization,
        ] {
            a.documents[0].certified = certified;
            let item = marriage(&evaluate(&a));
            assert_eq!(item.issuer, Country::parse("RU").ok(), "{certified:?}");
            assert!(item.needs.is_empty(), "{certified:?}");
        }
        a.documents[0].certified = HeldCertification::None;
        a.citizenship = Citizenship::Of(Country::parse("DE").unwrap());
        let item = marriage(&evaluate(&a));
        assert_eq!(item.issuer, Country::parse("DE").ok());
        assert_eq!(item.needs, [Need::Apostille]);
    }

    #[test]
    fn not_held_documents_name_their_usual_issuer() {
        let outcome = evaluate(&applicant(Vec::new()));
        let item = |id| outcome.documents.iter().find(|i| i.id == id).unwrap();
        let translation = item(DocumentId::PassportTranslation);
        assert_eq!(translation.certification, Certification::None);
        assert_eq!(translation.if_made_abroad, Some(Certification::Apostille));
        assert!(!translation.issuer_assumed);
        let marriage = item(DocumentId::MarriageCertificate);
        assert!(marriage.issuer_assumed);
        assert_eq!(marriage.if_made_abroad, None);
        assert!(!marriage.notes.contains(&Note::IssuerAssumed));
        // The passport stands for itself: never an assumption.
        assert!(!item(DocumentId::Passport).issuer_assumed);
    }

    /// No state known (stateless, the passport's issuer not told, or a refugee certificate):
    /// a notarial act not yet made keeps its abroad way, judged by the last resort, with its
    /// language not judged (found by an audit: "issued in Kazakhstan, no translation needed").
    #[test]
    fn stateless_without_any_state_keeps_the_abroad_way() {
        let mut a = applicant(Vec::new());
        a.route = Route::InCountry;
        a.category = None;
        a.citizenship = Citizenship::Stateless;
        let outcome = evaluate(&a);
        let translation = outcome
            .documents
            .iter()
            .find(|i| i.id == DocumentId::PassportTranslation)
            .unwrap();
        assert_eq!(translation.certification, Certification::None);
        assert_eq!(
            translation.if_made_abroad,
            Some(Certification::Legalization)
        );
        // Nor is a refugee certificate (Kazakhstan's) a state the other documents come from.
        a.date = ymd(2026, 12, 7);
        a.purpose = Purpose::Correction;
        a.has_iin = true;
        a.represented = true;
        a.identity_document = Some(IdentityDocument {
            kind: IdentityDocumentType::RefugeeCertificate,
            issuer: None,
            expires: Some(ymd(2030, 1, 1)),
            latin_or_cyrillic: true,
        });
        let outcome = evaluate(&a);
        let find = |id| outcome.documents.iter().find(|i| i.id == id).unwrap();
        assert_eq!(
            find(DocumentId::RefugeeCertificate).issuer,
            Some(Country::KZ)
        );
        // It stands for the passport, which is not asked as well.
        assert!(outcome
            .documents
            .iter()
            .all(|i| i.id != DocumentId::Passport));
        let poa = find(DocumentId::PowerOfAttorney);
        assert_eq!(poa.if_made_abroad, Some(Certification::Legalization));
        assert!(poa.notes.contains(&Note::PowerOfAttorneyLikelyMadeAbroad));
        assert!(poa.interpretation);
        assert!(!poa.translation_judged);
        let changed = find(DocumentId::ChangedDataCertificate);
        assert_eq!(changed.issuer, None);
        assert!(changed.issuer_assumed);
    }

    /// The abroad way's treaty facts come with their sources and hedges, as for a document
    /// of that state (found by an audit: Bangladesh's apostille, in force from 30 March 2025,
    /// hedged on its certificate and not on its power of attorney).
    #[test]
    fn the_abroad_way_carries_its_treaty_sources_and_hedges() {
        let mut a = applicant(Vec::new());
        a.route = Route::InCountry;
        a.category = None;
        a.date = ymd(2026, 12, 7);
        a.purpose = Purpose::Correction;
        a.has_iin = true;
        a.represented = true;
        a.citizenship = Citizenship::Of(Country::parse("BD").unwrap());
        let outcome = evaluate(&a);
        let poa = outcome
            .documents
            .iter()
            .find(|i| i.id == DocumentId::PowerOfAttorney)
            .unwrap();
        assert_eq!(poa.certification, Certification::None);
        assert_eq!(poa.if_made_abroad, Some(Certification::Apostille));
        let held = legalization::decide(DocumentKind::Public, home_state(&a), a.date);
        for basis in &held.basis {
            assert!(poa.certification_basis.contains(basis), "{basis}");
        }
        for note in &held.notes {
            assert!(poa.notes.contains(note), "{note:?}");
        }
    }

    /// An identity document listed only in `documents` is not one given (contract v1:
    /// `identity_document` absent = none).
    #[test]
    fn an_identity_document_only_in_documents_is_none() {
        let mut a = applicant(vec![HeldDocument {
            id: DocumentId::Passport,
            issuer: Some(Country::parse("CN").unwrap()),
            language: None,
            translated: false,
            certified: HeldCertification::None,
        }]);
        a.route = Route::InCountry;
        a.category = None;
        a.identity_document = None;
        let outcome = evaluate(&a);
        assert_eq!(outcome.verdict, Verdict::ActionNeeded);
        assert!(outcome.reasons.contains(&Reason::IdentityDocumentMissing));
    }

    /// "A valid passport, unless an international treaty of Kazakhstan sets another
    /// procedure" (the consular rules): said on the passport still to get, with its source;
    /// not in Kazakhstan, whose rules name no such exception (found by a legal audit).
    #[test]
    fn a_passport_still_to_get_names_the_treaty_exception_where_the_rules_do() {
        let passport = |route: Route, date: NaiveDate| {
            let mut a = applicant(Vec::new());
            a.route = route;
            a.date = date;
            a.identity_document = None;
            if route == Route::InCountry {
                a.category = None;
            }
            let o = evaluate(&a);
            o.documents
                .into_iter()
                .find(|d| d.id == DocumentId::Passport)
                .expect("a passport to get")
        };
        let p2025 = passport(Route::Consulate, ymd(2025, 6, 3));
        assert!(p2025.notes.contains(&Note::OtherIdentityDocumentByTreaty));
        assert!(
            p2025.basis.contains(&src::SEED_004_II.text()),
            "{:?}",
            p2025.basis
        );
        let p2024 = passport(Route::Consulate, ymd(2024, 6, 3));
        assert!(p2024.notes.contains(&Note::OtherIdentityDocumentByTreaty));
        let home = passport(Route::InCountry, ymd(2026, 12, 7));
        assert!(!home.notes.contains(&Note::OtherIdentityDocumentByTreaty));
        assert!(home.notes.contains(&Note::OtherIdentityDocumentNotNamed));
        // A passport held: nothing to ask.
        let held = evaluate(&applicant(Vec::new()));
        let p = held
            .documents
            .iter()
            .find(|d| d.id == DocumentId::Passport)
            .unwrap();
        assert!(!p.notes.contains(&Note::OtherIdentityDocumentByTreaty));
        assert!(!p.notes.contains(&Note::OtherIdentityDocumentNotNamed));
    }

    /// "No rules in force on this date" cites where the term's dates come from, not the law
    /// on pilot projects or a note on the 2025 suspension (found by a legal audit).
    #[test]
    fn a_date_outside_every_term_cites_the_terms_sources() {
        let mut a = applicant(Vec::new());
        a.date = ymd(2026, 12, 7);
        let o = evaluate(&a);
        let detail = o
            .reasons_detail
            .iter()
            .find(|d| d.code == Reason::RouteUnavailableOnDate)
            .expect("unavailable");
        assert!(
            detail.basis.contains(&src::PILOT_2025_ORDER.text()),
            "{:?}",
            detail.basis
        );
        for unrelated in [src::LAW_PUBLIC_SERVICES_ART_22, src::SEED_004_INTRO] {
            assert!(
                !detail.basis.contains(&unrelated.text()),
                "{:?}",
                detail.basis
            );
        }
    }

    /// A reason that rests on our reading says so (`interpretation`, hence "confirm with the
    /// office"): an apostille asked of an IT training certificate, whose public kind is our
    /// reading. One resting on the sources alone does not. Found by mutation testing: the flag
    /// of every reason could be dropped (`|=` made `&=`) and no test noticed.
    #[test]
    fn a_reason_resting_on_a_reading_is_an_interpretation() {
        let mut a = applicant(vec![
            held_translated(DocumentId::ItDiploma, "DE"),
            held_translated(DocumentId::ItTrainingCertificate, "DE"),
        ]);
        a.category = Some(Category::DigitalNomad);
        let o = evaluate(&a);
        let detail = |o: &Outcome, code| {
            o.reasons_detail
                .iter()
                .find(|r| r.code == code)
                .cloned()
                .expect("a reason")
        };
        let certification = detail(&o, Reason::CertificationNeeded);
        assert!(
            !certification.interpretations.is_empty(),
            "{certification:?}"
        );
        assert!(certification.interpretation, "{certification:?}");
        assert!(o.notes.contains(&Note::ConfirmWithOffice));
        // A Chinese spouse without the marriage certificate: missing, on the sources alone.
        let o = evaluate(&applicant(Vec::new()));
        let missing = detail(&o, Reason::DocumentMissing);
        assert!(missing.interpretations.is_empty(), "{missing:?}");
        assert!(!missing.interpretation, "{missing:?}");
    }

    /// "The sources do not name this group's documents" only for a group whose list has the
    /// catch-all proof (a company head), never for one whose documents the rules name (a
    /// spouse's marriage certificate). Found by mutation testing: the test on `CategoryProof`
    /// could be inverted unnoticed.
    #[test]
    fn only_a_group_with_unnamed_documents_is_told_so() {
        let not_named = |category| {
            let mut a = applicant(Vec::new());
            a.category = Some(category);
            let o = evaluate(&a);
            assert!(
                !o.reasons.contains(&Reason::CategoryNotCovered),
                "{category:?}"
            );
            o.notes.contains(&Note::CategoryDocumentsNotInSources)
        };
        assert!(not_named(Category::CompanyHead));
        assert!(!not_named(Category::Spouse));
        assert!(!not_named(Category::DigitalNomad));
    }

    /// A stateless person's documents are judged for the state of their foreign identity
    /// document, never for Kazakhstan because their identity document is Kazakhstan's (a
    /// refugee certificate, its issuer given): that would pass a foreign certificate with no
    /// apostille or legalization. Found by mutation testing: the `!` of `home_state`'s filter
    /// could be deleted unnoticed (the tests gave the certificate no issuer).
    #[test]
    fn a_stateless_persons_documents_are_judged_for_a_foreign_identity_documents_state() {
        let changed = |kind, issuer: &str| {
            let mut a = applicant(Vec::new());
            a.route = Route::InCountry;
            a.date = ymd(2026, 12, 7);
            a.category = None;
            a.citizenship = Citizenship::Stateless;
            a.purpose = Purpose::Correction;
            a.has_iin = true;
            a.identity_document = Some(IdentityDocument {
                kind,
                issuer: Country::parse(issuer).ok(),
                expires: Some(ymd(2030, 1, 1)),
                latin_or_cyrillic: true,
            });
            assert_eq!(
                home_state(&a),
                Country::parse(issuer).ok().filter(|c| !c.is_kazakhstan())
            );
            evaluate(&a)
                .documents
                .into_iter()
                .find(|i| i.id == DocumentId::ChangedDataCertificate)
                .expect("listed")
        };
        let de = changed(IdentityDocumentType::Passport, "DE");
        assert_eq!(de.issuer, Country::parse("DE").ok());
        assert_eq!(de.certification, Certification::Apostille);
        let kz = changed(IdentityDocumentType::RefugeeCertificate, "KZ");
        assert_eq!(kz.issuer, None);
        assert_eq!(kz.certification, Certification::Legalization);
        assert!(kz.needs.contains(&Need::Legalization), "{:?}", kz.needs);
    }

    /// "Confirm with the office" is said wherever a document's decision rests on our reading,
    /// even with nothing left to do: a certificate issued in Kazakhstan (no certification, our
    /// reading), a company head's proof already apostilled (its public kind is our reading),
    /// a foreign-language certificate already translated and apostilled (what a
    /// foreign language is, our reading). Found by mutation testing: each `|=` of the item's
    /// flag made `&=` dropped the note unnoticed (the item's flag itself is restored later from
    /// its cited readings, the outcome's note is not).
    #[test]
    fn a_decision_resting_on_a_reading_says_confirm_with_the_office() {
        let confirm = |documents: Vec<HeldDocument>, category| {
            let mut a = applicant(documents);
            a.category = Some(category);
            if let Some(d) = a.identity_document.as_mut() {
                d.latin_or_cyrillic = true;
            }
            let o = evaluate(&a);
            assert!(o.reasons.is_empty(), "{category:?}: {:?}", o.reasons);
            o.notes.contains(&Note::ConfirmWithOffice)
        };
        let done = |id, issuer, language| HeldDocument {
            id,
            issuer: Country::parse(issuer).ok(),
            language: Some(language),
            translated: true,
            certified: HeldCertification::Apostille,
        };
        let mut kz = done(DocumentId::MarriageCertificate, "KZ", Language::Kk);
        kz.certified = HeldCertification::None;
        assert!(confirm(vec![kz], Category::Spouse), "issued in Kazakhstan");
        // In Russian: the foreign-language reading (below) would say it on its own.
        let proof = done(DocumentId::CategoryProof, "DE", Language::Ru);
        assert!(
            confirm(vec![proof], Category::CompanyHead),
            "a company head's proof"
        );
        let marriage = done(DocumentId::MarriageCertificate, "DE", Language::Other);
        assert!(
            confirm(vec![marriage], Category::Spouse),
            "foreign language"
        );
    }

    /// An heir's death certificate stands for two documents: the note that the proof of kinship
    /// is judged by its own issuer is always on it. Found by mutation testing: deleting the `!`
    /// of `!item.covered_by_alternative` (always false where it is read) dropped it unnoticed.
    #[test]
    fn an_heirs_death_certificate_says_the_kinship_proof_is_judged_apart() {
        for documents in [
            Vec::new(),
            vec![held_translated(DocumentId::DeathCertificate, "DE")],
        ] {
            let mut a = applicant(documents);
            a.category = Some(Category::Heir);
            let o = evaluate(&a);
            let death = o
                .documents
                .iter()
                .find(|d| d.id == DocumentId::DeathCertificate)
                .expect("listed");
            assert!(
                death
                    .notes
                    .contains(&Note::KinshipProofJudgedByItsOwnIssuer),
                "{:?}",
                death.notes
            );
        }
    }

    /// The special form as a way out of an expired identity document is a stateless person's
    /// only, and only where the rules give that form: never a citizen's (a German with an
    /// expired passport must renew it). Found by mutation testing (`&&` made `||`).
    #[test]
    fn only_a_stateless_person_hears_of_the_special_form_for_an_expired_document() {
        let special_form_said = |citizenship, route, date| {
            let mut a = applicant(Vec::new());
            a.route = route;
            a.date = date;
            a.category = None;
            a.citizenship = citizenship;
            a.identity_document = Some(IdentityDocument {
                kind: IdentityDocumentType::Passport,
                issuer: Country::parse("DE").ok(),
                expires: Some(ymd(2024, 1, 1)),
                latin_or_cyrillic: true,
            });
            let o = evaluate(&a);
            assert!(o.reasons.contains(&Reason::IdentityDocumentExpired));
            o.documents
                .iter()
                .any(|d| d.notes.contains(&Note::StatelessSpecialFormIfNotRenewed))
        };
        let de = Citizenship::Of(Country::parse("DE").unwrap());
        let in_country = (Route::InCountry, ymd(2026, 12, 7));
        let consulate = (Route::Consulate, ymd(2025, 6, 3));
        assert!(special_form_said(
            Citizenship::Stateless,
            in_country.0,
            in_country.1
        ));
        assert!(!special_form_said(de, in_country.0, in_country.1));
        // The consulate rules give no special form to a stateless person.
        assert!(!special_form_said(
            Citizenship::Stateless,
            consulate.0,
            consulate.1
        ));
    }

    /// A rule set the applicant's consulate declares still applies: no "no rules are known
    /// after the last pilot" beside it (that is for a date no declared rules cover). Found by
    /// mutation testing (`declared.is_none() && !in_force` made `||`).
    #[test]
    fn declared_rules_are_not_told_that_none_are_known_after_the_last_term() {
        let mut a = applicant(Vec::new());
        a.date = ymd(2026, 3, 2);
        let undeclared = evaluate(&a);
        assert!(undeclared
            .notes
            .contains(&Note::NoRulesetKnownAfterLastTerm));
        a.ruleset = Some(RulesetId::parse("fi-pilot-2025").unwrap());
        let declared = evaluate(&a);
        assert_eq!(declared.ruleset.as_deref(), Some("fi-pilot-2025"));
        assert!(!declared.notes.contains(&Note::NoRulesetKnownAfterLastTerm));
    }

    /// One-of groups (an heir's death certificate or will): a ready alternative clears the
    /// others, even a held one still to translate; a held but unready one clears only the
    /// "provide" of the others, never makes them missing, and leaves another held one its own
    /// needs. Found by mutation testing: four mutants of `resolve_groups` survived (a held,
    /// unready alternative taken for a ready one; the others left "missing").
    #[test]
    fn an_heirs_one_of_documents_resolve_as_the_group_says() {
        let heir = |documents: Vec<HeldDocument>| {
            let mut a = applicant(documents);
            a.category = Some(Category::Heir);
            if let Some(d) = a.identity_document.as_mut() {
                d.latin_or_cyrillic = true;
            }
            evaluate(&a)
        };
        let item = |o: &Outcome, id| {
            o.documents
                .iter()
                .find(|d| d.id == id)
                .cloned()
                .expect("listed")
        };
        let ready = |id| HeldDocument {
            certified: HeldCertification::Apostille,
            ..held_translated(id, "DE")
        };
        let untranslated = |id| HeldDocument {
            translated: false,
            ..ready(id)
        };
        // The will ready, the death certificate held untranslated: the will does.
        let o = heir(vec![
            untranslated(DocumentId::DeathCertificate),
            ready(DocumentId::Will),
        ]);
        let death = item(&o, DocumentId::DeathCertificate);
        assert!(
            death.covered_by_alternative && death.needs.is_empty(),
            "{death:?}"
        );
        assert!(!item(&o, DocumentId::Will).covered_by_alternative);
        assert_eq!(o.verdict, Verdict::Eligible, "{:?}", o.reasons);
        // Only the will held, untranslated: translate it; the death certificate is not missing.
        let o = heir(vec![untranslated(DocumentId::Will)]);
        assert_eq!(o.reasons, [Reason::TranslationNeeded]);
        let death = item(&o, DocumentId::DeathCertificate);
        assert!(
            death.covered_by_alternative && death.needs.is_empty(),
            "{death:?}"
        );
        // Both held, neither ready: each keeps its own translation to do.
        let o = heir(vec![
            untranslated(DocumentId::DeathCertificate),
            untranslated(DocumentId::Will),
        ]);
        for id in [DocumentId::DeathCertificate, DocumentId::Will] {
            let d = item(&o, id);
            assert!(!d.covered_by_alternative, "{id:?}");
            assert_eq!(d.needs, [Need::Translation], "{id:?}");
        }
    }

    /// A prisoner's special form is "held" only when the special form itself is given, not
    /// because some other document is. Found by mutation testing (`==` made `!=`).
    #[test]
    fn a_special_form_is_held_only_when_it_is_given() {
        let form_held = |documents: Vec<HeldDocument>| {
            let mut a = applicant(documents);
            a.route = Route::InCountry;
            a.date = ymd(2026, 12, 7);
            a.category = None;
            a.identity_document = None;
            a.imprisoned = true;
            evaluate(&a)
                .documents
                .iter()
                .find(|d| d.id == DocumentId::SpecialForm)
                .expect("a special form")
                .provided
        };
        assert!(!form_held(Vec::new()));
        assert!(!form_held(vec![held(
            DocumentId::PowerOfAttorney,
            Some("KZ")
        )]));
        assert!(form_held(vec![held(DocumentId::SpecialForm, Some("KZ"))]));
    }
}
