//! The public evaluation contract v1 (`shared/contract.md`): the JSON shape the UI, the
//! JavaScript API and the scenario files all speak. Field names and code words are fixed:
//! fields may be added, never renamed or dropped.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where the applicant will apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// A Kazakhstan embassy or consulate general abroad.
    Consulate,
    /// The Ministry of Foreign Affairs in Astana (diplomatic staff under the 2025 pilot).
    Mfa,
    /// A State Corporation ("Government for Citizens") office in Kazakhstan.
    InCountry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    #[default]
    Formation,
    Correction,
}

/// The 2025 consular categories, plus `Other` ("none of these").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Investor,
    Exporter,
    Spouse,
    Child,
    Heir,
    DigitalNomad,
    Disability,
    Senior,
    PesticideRegistrant,
    CompanyHead,
    DiplomaticStaff,
    Other,
}

impl Category {
    pub const ALL: [Category; 12] = [
        Category::Investor,
        Category::Exporter,
        Category::Spouse,
        Category::Child,
        Category::Heir,
        Category::DigitalNomad,
        Category::Disability,
        Category::Senior,
        Category::PesticideRegistrant,
        Category::CompanyHead,
        Category::DiplomaticStaff,
        Category::Other,
    ];
}

/// Every document the contract knows by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentId {
    ApplicationForm,
    Passport,
    PassportTranslation,
    InvestorCouncilMembership,
    InvestmentContract,
    StateRecommendation,
    AifcRecommendation,
    MarkingAppointmentOrder,
    MarriageCertificate,
    BirthCertificate,
    ParentKzIdentity,
    DeathCertificate,
    Will,
    ItDiploma,
    ItTrainingCertificate,
    ItPortfolio,
    ItManagerAppointment,
    DisabilityCertificate,
    RefugeeCertificate,
    SpecialForm,
    ChangedDataCertificate,
    PowerOfAttorney,
    CategoryProof,
}

/// The language a held document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Kk,
    Ru,
    Other,
}

/// What certification a held document already carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeldCertification {
    #[default]
    None,
    Apostille,
    Legalization,
}

/// What certification a document needs given its issuer and the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certification {
    None,
    TreatyExempt,
    Apostille,
    Legalization,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationNeed {
    Required,
    NotRequired,
}

/// What is still to do for one checklist entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Provide,
    Renew,
    Translation,
    Apostille,
    Legalization,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    ActionNeeded,
    NotEligible,
    Unavailable,
}

/// Every reason code of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    RouteUnavailableOnDate,
    AlreadyHasIin,
    KazakhstanCitizen,
    StatelessNotCovered,
    CategoryNotCovered,
    UseMfaRoute,
    MfaOnlyForDiplomaticStaff,
    Under65,
    ChildNotUnder16,
    CorrectionInCountryOnly,
    NoIinToCorrect,
    PersonalAppearanceRequired,
    IdentityDocumentMissing,
    IdentityDocumentExpired,
    DocumentMissing,
    TranslationNeeded,
    CertificationNeeded,
    ConsentRequired,
    OutsideRulesetTerm,
}

/// An ISO 3166-1 alpha-2 code (upper case), or `XK` for Kosovo (user-assigned).
/// Parsing checks it against the country table, so an unknown code never gets this far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country([u8; 2]);

impl Country {
    pub const KZ: Country = Country(*b"KZ");

    /// Accepts a known code in any case ("de" or "DE").
    pub fn parse(code: &str) -> Result<Country, String> {
        let upper = code.trim().to_ascii_uppercase();
        let bytes = upper.as_bytes();
        if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_uppercase) {
            return Err(format!("`{code}` is not an ISO 3166-1 alpha-2 country code"));
        }
        let country = Country([bytes[0], bytes[1]]);
        if !super::countries::is_known(country) {
            return Err(format!("`{code}` is not a known ISO 3166-1 alpha-2 country code"));
        }
        Ok(country)
    }

    pub fn as_str(&self) -> &str {
        // Built only from two ASCII upper-case letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl TryFrom<String> for Country {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Country::parse(&value)
    }
}

impl From<Country> for String {
    fn from(value: Country) -> String {
        value.as_str().to_owned()
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `citizenship`: a country, or `"stateless"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Citizenship {
    Stateless,
    Of(Country),
}

impl TryFrom<String> for Citizenship {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value == "stateless" {
            Ok(Citizenship::Stateless)
        } else {
            Country::parse(&value).map(Citizenship::Of)
        }
    }
}

impl From<Citizenship> for String {
    fn from(value: Citizenship) -> String {
        match value {
            Citizenship::Stateless => "stateless".to_owned(),
            Citizenship::Of(c) => c.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityDocumentType {
    Passport,
    RefugeeCertificate,
}

/// The applicant's identity document, as described by them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityDocument {
    #[serde(rename = "type")]
    pub kind: IdentityDocumentType,
    pub issuer: Country,
    pub expires: NaiveDate,
    /// Full name and place of birth are written in Latin or Cyrillic letters.
    pub latin_or_cyrillic: bool,
}

/// A document the applicant holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldDocument {
    pub id: DocumentId,
    pub issuer: Country,
    pub language: Language,
    #[serde(default)]
    pub translated: bool,
    #[serde(default)]
    pub certified: HeldCertification,
}

/// The input of `evaluate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// The day the applicant will submit.
    pub date: NaiveDate,
    /// A declared rule set id; absent: the one in force for `route` on `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset: Option<String>,
    pub route: Route,
    #[serde(default)]
    pub purpose: Purpose,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub citizenship: Citizenship,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub has_iin: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_document: Option<IdentityDocument>,
    #[serde(default)]
    pub documents: Vec<HeldDocument>,
    /// Absent: not asked (no reason). `false` gives `consent_required` where needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    #[serde(default)]
    pub represented: bool,
    #[serde(default)]
    pub imprisoned: bool,
}

/// One entry of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: DocumentId,
    /// The id of the one-of group this document belongs to, if any.
    pub group: Option<String>,
    pub provided: bool,
    pub certification: Certification,
    pub translation: TranslationNeed,
    pub needs: Vec<Need>,
    /// Source citations of the requirement (seed file and section, treaty or calendar source).
    pub basis: Vec<String>,
}

/// The output of `evaluate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The rule set whose checklist is shown (the latest for the route when none is in force).
    pub ruleset: Option<String>,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    pub documents: Vec<ChecklistItem>,
    pub ready_on: Option<NaiveDate>,
}
