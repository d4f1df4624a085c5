//! Which certification a document needs, by its kind, issuing state and the date, in the
//! order of `shared/treaties.md`:
//! 1. issued in Kazakhstan: none;
//! 2. Minsk or Chisinau Convention in force between the issuer and Kazakhstan: `treaty_exempt`;
//! 3. Apostille Convention in force for the issuer, no objection blocking the pair: `apostille`;
//! 4. otherwise consular `legalization`.
//!
//! Before those: identity documents are shown in the original and never apostilled, forms
//! are filled in at the desk, and private papers (a company's internal order, a portfolio)
//! are not public documents (our readings where the sources are silent).

use chrono::NaiveDate;

use super::contract::{Certification, Country, DocumentKind, HeldCertification, Need, Note};
use super::sources::{self as src, Cite, SourceId};
use super::treaties;

/// The decision and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub certification: Certification,
    pub basis: Vec<String>,
    /// Whether the treaty row used was checked against a primary source (None: no row used).
    pub verified: Option<bool>,
    pub interpretation: bool,
    pub notes: Vec<Note>,
}

impl Decision {
    fn new(certification: Certification, basis: &[Cite], interpretation: bool) -> Decision {
        Decision {
            certification,
            basis: src::texts(basis),
            verified: None,
            interpretation,
            notes: Vec::new(),
        }
    }

    /// What is still to do given what the held document carries.
    pub fn need(&self, held: HeldCertification) -> Option<Need> {
        match (self.certification, held) {
            (Certification::None | Certification::TreatyExempt, _) => None,
            // Consular legalization is the fuller procedure: it also satisfies a need for an
            // apostille (interpretation; Kazakhstan's own consul certified the document).
            (Certification::Apostille, HeldCertification::Apostille)
            | (Certification::Apostille, HeldCertification::Legalization)
            | (Certification::Legalization, HeldCertification::Legalization) => None,
            (Certification::Apostille, HeldCertification::None) => Some(Need::Apostille),
            (Certification::Legalization, _) => Some(Need::Legalization),
        }
    }
}

/// Decide for a document of `kind` issued (or, for a notarial act, made) in `issuer` and
/// produced in Kazakhstan on `date`. `issuer` None: unknown (e.g. a stateless applicant with
/// no identity document): judged by the last step, legalization, and flagged.
pub fn decide(kind: DocumentKind, issuer: Option<Country>, date: NaiveDate) -> Decision {
    match kind {
        DocumentKind::Form => return Decision::new(Certification::None, &[], false),
        DocumentKind::Identity => {
            return Decision::new(Certification::None, &[src::INTERP_IDENTITY_ORIGINAL], false)
        }
        DocumentKind::Private => {
            let mut d = Decision::new(Certification::None, &[src::INTERP_PRIVATE_DOCS], true);
            d.notes.push(Note::PrivateDocumentNotCertified);
            return d;
        }
        DocumentKind::Public | DocumentKind::Notarial => {}
    }
    let Some(issuer) = issuer else {
        let mut d = Decision::new(Certification::Legalization, &[src::TREATY_ORDER], true);
        d.notes.push(Note::IssuerAssumed);
        return d;
    };
    decide_for_state(issuer, date)
}

/// Steps 1-4 for a foreign public document or notarial act from `issuer` on `date`.
pub fn decide_for_state(issuer: Country, date: NaiveDate) -> Decision {
    if issuer.is_kazakhstan() {
        let mut d = Decision::new(Certification::None, &[src::INTERP_KZ_DOCS], true);
        d.notes.push(Note::KazakhDocumentsNeedNoCertification);
        return d;
    }
    if let Some(row) = treaties::legal_assistance_in_force(issuer, date) {
        let mut d = Decision::new(Certification::TreatyExempt, &[src::MINSK_1993], false);
        if row.chisinau == "yes" {
            d.basis.push(src::CHISINAU_2002.text());
        }
        let row_source = src::for_treaty_row(row.source, SourceId::Minsk1993);
        d.basis.push(src::source_text(row_source, Some(row.state)));
        d.verified = Some(row.verified);
        if !row.verified {
            d.notes.push(Note::TreatyRowNotVerified);
        }
        if row.under_review() {
            d.notes.push(Note::TreatyStatusUnderReview);
        }
        return d;
    }
    if let Some(row) = treaties::apostille_in_force(issuer, date) {
        if let Some(pair) = treaties::blocked(issuer, Country::KZ, date) {
            let mut d = Decision::new(Certification::Legalization, &[src::TREATY_ORDER], false);
            let by = src::for_treaty_row(pair.source, SourceId::HcchApostille);
            d.basis
                .push(src::source_text(by, Some(src::LOCATOR_OBJECTION)));
            return d;
        }
        let mut d = Decision::new(Certification::Apostille, &[src::HCCH_STATUS_TABLE], false);
        let row_source = src::for_treaty_row(row.source, SourceId::HcchApostille);
        d.basis.push(src::source_text(
            row_source,
            Some(&src::locator_in_force_from(row.state, row.in_force)),
        ));
        // A state that left Minsk (Ukraine) gets here from the day after it ceased.
        if let Some(left) = treaties::legal_assistance_rows()
            .iter()
            .find(|r| r.country == issuer && !r.in_force_on(date))
        {
            let by = src::for_treaty_row(left.source, SourceId::Minsk1993);
            let until = left.to.map(|to| src::locator_applied_until(left.state, to));
            d.basis.push(src::source_text(by, until.as_deref()));
        }
        d.verified = Some(row.verified);
        if !row.verified {
            d.notes.push(Note::TreatyRowNotVerified);
        }
        return d;
    }
    let mut d = Decision::new(Certification::Legalization, &[src::TREATY_ORDER], false);
    match treaties::apostille_row(issuer) {
        Some(row) => d.basis.push(src::source_text(
            SourceId::HcchApostille,
            Some(&src::locator_in_force_only_from(row.state, row.in_force)),
        )),
        None => d.basis.push(src::source_text(
            SourceId::HcchApostille,
            Some(&src::locator_not_a_party(
                super::countries::find(issuer).map_or(issuer.as_str(), |c| c.en),
            )),
        )),
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    fn c(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn order_of_checks() {
        let d = ymd(2025, 6, 2);
        assert_eq!(
            decide_for_state(Country::KZ, d).certification,
            Certification::None
        );
        assert_eq!(
            decide_for_state(c("RU"), d).certification,
            Certification::TreatyExempt
        );
        // Belarus is both Minsk and Apostille party: the treaty wins (step 2 before 3).
        assert_eq!(
            decide_for_state(c("BY"), d).certification,
            Certification::TreatyExempt
        );
        assert_eq!(
            decide_for_state(c("DE"), d).certification,
            Certification::Apostille
        );
        assert_eq!(
            decide_for_state(c("AE"), d).certification,
            Certification::Legalization
        );
    }

    #[test]
    fn ukraine_leaves_minsk_on_2023_12_29() {
        let before = decide_for_state(c("UA"), ymd(2023, 12, 28));
        let after = decide_for_state(c("UA"), ymd(2023, 12, 29));
        assert_eq!(before.certification, Certification::TreatyExempt);
        assert_eq!(after.certification, Certification::Apostille);
    }

    #[test]
    fn new_apostille_parties_switch_on_entry_into_force() {
        for (code, day) in [("VN", ymd(2026, 9, 11)), ("DZ", ymd(2026, 7, 9))] {
            let eve = day.pred_opt().unwrap();
            assert_eq!(
                decide_for_state(c(code), eve).certification,
                Certification::Legalization
            );
            assert_eq!(
                decide_for_state(c(code), day).certification,
                Certification::Apostille
            );
        }
    }

    #[test]
    fn kinds_that_never_need_certification() {
        let d = ymd(2025, 6, 2);
        for kind in [
            DocumentKind::Form,
            DocumentKind::Identity,
            DocumentKind::Private,
        ] {
            assert_eq!(
                decide(kind, Some(c("AE")), d).certification,
                Certification::None
            );
        }
        assert!(decide(DocumentKind::Private, Some(c("DE")), d).interpretation);
    }

    #[test]
    fn needs_by_what_is_held() {
        let apostille = decide_for_state(c("DE"), ymd(2025, 6, 2));
        assert_eq!(
            apostille.need(HeldCertification::None),
            Some(Need::Apostille)
        );
        assert_eq!(apostille.need(HeldCertification::Apostille), None);
        assert_eq!(apostille.need(HeldCertification::Legalization), None);
        let legalization = decide_for_state(c("AE"), ymd(2025, 6, 2));
        assert_eq!(
            legalization.need(HeldCertification::Apostille),
            Some(Need::Legalization)
        );
        assert_eq!(legalization.need(HeldCertification::Legalization), None);
    }
}
