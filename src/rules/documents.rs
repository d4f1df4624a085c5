//! What each document is, independently of the rule set: its kind (which decides whether
//! certification can apply), what to bring, and where it is issued when that is inherent.

use super::contract::{Bring, DocumentId, DocumentKind};

/// Static facts about one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentInfo {
    pub kind: DocumentKind,
    pub bring: Bring,
    /// Issued in Kazakhstan by its nature (e.g. an investment contract with Kazakhstan's
    /// investment body, a parent's Kazakh identity document): judged as Kazakh when not yet
    /// held (domain.md §3.3 "issued in Kazakhstan"); otherwise a document not yet held is
    /// judged as if issued by the state of citizenship (contract.md).
    pub issued_in_kazakhstan: bool,
}

const fn info_of(kind: DocumentKind, bring: Bring, issued_in_kazakhstan: bool) -> DocumentInfo {
    DocumentInfo {
        kind,
        bring,
        issued_in_kazakhstan,
    }
}

pub fn info(id: DocumentId) -> DocumentInfo {
    use Bring::*;
    use DocumentId as D;
    use DocumentKind::*;
    match id {
        D::ApplicationForm | D::SpecialForm => info_of(Form, CompletedAtDesk, true),
        // seed 004 §II: a copy and the original for verification.
        D::Passport => info_of(Identity, OriginalAndCopy, false),
        // A refugee certificate is issued by Kazakhstan (seed 002).
        D::RefugeeCertificate => info_of(Identity, OriginalAndCopy, true),
        D::ParentKzIdentity => info_of(Identity, OriginalAndCopy, true),
        D::PassportTranslation | D::Will | D::PowerOfAttorney => info_of(Notarial, Original, false),
        D::InvestorCouncilMembership
        | D::InvestmentContract
        | D::StateRecommendation
        | D::AifcRecommendation => info_of(Public, Original, true),
        // seed 004 §II: internal company documents, copy and original for verification.
        D::MarkingAppointmentOrder | D::ItManagerAppointment => {
            info_of(Private, OriginalAndCopy, false)
        }
        D::ItPortfolio => info_of(Private, Original, false),
        // seed 004 §II: diploma and training certificate, copies and originals.
        D::ItDiploma | D::ItTrainingCertificate => info_of(Public, OriginalAndCopy, false),
        D::MarriageCertificate
        | D::BirthCertificate
        | D::DeathCertificate
        | D::DisabilityCertificate
        | D::ChangedDataCertificate
        | D::CategoryProof => info_of(Public, Original, false),
    }
}
