//! What each document is, independently of the rule set: its kind (which decides whether
//! certification can apply), what to bring, and where it usually comes from (which decides
//! how a document not yet held is judged, contract v1.1).

use super::contract::{Bring, DocumentId, DocumentKind};
use super::sources::{self as src, Cite};

/// Where a document not yet held would really come from (contract v1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsualIssuer {
    /// Only Kazakhstan issues it (a state recommendation, an investment contract with
    /// Kazakhstan's investment body, a refugee certificate, the forms at the desk): it needs
    /// no certification whether held or not.
    Kazakhstan,
    /// A notarial act the applicant has made (a translation, a power of attorney): the
    /// cheapest usual way is a notary in Kazakhstan; made abroad, it is certified per the
    /// state where it was made (`if_made_abroad`).
    NotaryOfApplicantsChoice,
    /// Issued where the applicant's life happened: judged for the state of citizenship,
    /// and that is an assumption the applicant can change (`issuer_assumed`).
    CitizenshipState,
}

/// Static facts about one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentInfo {
    pub kind: DocumentKind,
    pub bring: Bring,
    /// Where it comes from when the applicant does not say (domain.md §3.3, contract v1.1).
    pub usual_issuer: UsualIssuer,
}

const fn info_of(kind: DocumentKind, bring: Bring, usual_issuer: UsualIssuer) -> DocumentInfo {
    DocumentInfo {
        kind,
        bring,
        usual_issuer,
    }
}

pub fn info(id: DocumentId) -> DocumentInfo {
    use Bring::*;
    use DocumentId as D;
    use DocumentKind::*;
    use UsualIssuer::{CitizenshipState as Abroad, Kazakhstan as Kz, NotaryOfApplicantsChoice};
    match id {
        D::ApplicationForm | D::SpecialForm => info_of(Form, CompletedAtDesk, Kz),
        // seed 004 §II: a copy and the original for verification.
        D::Passport => info_of(Identity, OriginalAndCopy, Abroad),
        // A refugee certificate is issued by Kazakhstan (seed 002).
        D::RefugeeCertificate => info_of(Identity, OriginalAndCopy, Kz),
        D::ParentKzIdentity => info_of(Identity, OriginalAndCopy, Kz),
        D::PassportTranslation | D::PowerOfAttorney => {
            info_of(Notarial, Original, NotaryOfApplicantsChoice)
        }
        // A will is a notarial act too, but the testator made it where they lived.
        D::Will => info_of(Notarial, Original, Abroad),
        D::InvestorCouncilMembership
        | D::InvestmentContract
        | D::StateRecommendation
        | D::AifcRecommendation => info_of(Public, Original, Kz),
        // seed 004 §II: internal company documents, copy and original for verification.
        D::MarkingAppointmentOrder | D::ItManagerAppointment => {
            info_of(Private, OriginalAndCopy, Abroad)
        }
        D::ItPortfolio => info_of(Private, Original, Abroad),
        // seed 004 §II: diploma and training certificate, copies and originals.
        D::ItDiploma | D::ItTrainingCertificate => info_of(Public, OriginalAndCopy, Abroad),
        D::MarriageCertificate
        | D::BirthCertificate
        | D::DeathCertificate
        | D::DisabilityCertificate
        | D::ChangedDataCertificate
        | D::CategoryProof => info_of(Public, Original, Abroad),
    }
}

/// Where a document's kind is our reading, not the sources': they list an IT training
/// certificate beside the diploma and do not say who issues it, so that it is a public
/// document (to be apostilled or legalized) is ours to say, and the page says so (found by a
/// lawyer's audit: a private course's certificate cannot be apostilled as it is).
pub fn kind_reading(id: DocumentId) -> Option<Cite> {
    match id {
        DocumentId::ItTrainingCertificate => Some(src::INTERP_TRAINING_CERTIFICATE),
        // The sources do not say which document proves these groups: it may be a state's or a
        // company's (found by an audit: a branch head's appointment by the parent company).
        DocumentId::CategoryProof => Some(src::INTERP_CATEGORY_PROOF),
        _ => None,
    }
}
