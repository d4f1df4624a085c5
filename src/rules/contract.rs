//! The public evaluation contract v1 (`shared/contract.md`): the JSON shape the UI, the
//! JavaScript API and the scenario files all speak. Field names and code words are fixed:
//! fields may be added, never renamed or dropped.
//!
//! Input types are lenient where the contract is silent (optional issuer, language, expiry;
//! `null` read as "absent"), strict where it speaks (unknown fields and unknown codes are
//! errors). Output types only add fields to the contract's.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize};

pub use super::sources::{Interpretation, SourceId, SourceRef};

/// Where the applicant will apply.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// A Kazakhstan embassy or consulate general abroad.
    Consulate,
    /// The Ministry of Foreign Affairs in Astana (diplomatic staff under the 2025 pilot).
    Mfa,
    /// A State Corporation ("Government for Citizens") office in Kazakhstan.
    InCountry,
}

impl Route {
    pub const ALL: [Route; 3] = [Route::Consulate, Route::Mfa, Route::InCountry];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    #[default]
    Formation,
    Correction,
}

/// The 2025 consular categories, plus `Other` ("none of these").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Investor,
    /// Also: participant in the circulation of goods under labelling and traceability.
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

    /// Whether the category itself describes an adult: a post, an appointment, a contract or
    /// a programme for working people, or an age of 65 or over. An everyday reading, not a
    /// rule of the sources: it only spares such an applicant the result's sentence on what
    /// the sources leave open for a child. A spouse, an heir, a person with a disability and
    /// "none of these" may be under 18.
    pub fn describes_an_adult(self) -> bool {
        match self {
            Category::Investor
            | Category::Exporter
            | Category::DigitalNomad
            | Category::Senior
            | Category::PesticideRegistrant
            | Category::CompanyHead
            | Category::DiplomaticStaff => true,
            Category::Spouse
            | Category::Child
            | Category::Heir
            | Category::Disability
            | Category::Other => false,
        }
    }
}

/// Every document the contract knows by id.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
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

impl DocumentId {
    pub const ALL: [DocumentId; 23] = [
        DocumentId::ApplicationForm,
        DocumentId::Passport,
        DocumentId::PassportTranslation,
        DocumentId::InvestorCouncilMembership,
        DocumentId::InvestmentContract,
        DocumentId::StateRecommendation,
        DocumentId::AifcRecommendation,
        DocumentId::MarkingAppointmentOrder,
        DocumentId::MarriageCertificate,
        DocumentId::BirthCertificate,
        DocumentId::ParentKzIdentity,
        DocumentId::DeathCertificate,
        DocumentId::Will,
        DocumentId::ItDiploma,
        DocumentId::ItTrainingCertificate,
        DocumentId::ItPortfolio,
        DocumentId::ItManagerAppointment,
        DocumentId::DisabilityCertificate,
        DocumentId::RefugeeCertificate,
        DocumentId::SpecialForm,
        DocumentId::ChangedDataCertificate,
        DocumentId::PowerOfAttorney,
        DocumentId::CategoryProof,
    ];
}

/// The language a held document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Kk,
    Ru,
    Other,
}

/// What certification a held document already carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HeldCertification {
    /// Nothing.
    // `"treaty_exempt"` is an output value only: once read as `none`, it was offered by the
    // error for a wrong value though the contract and the schema refuse it (found by an audit
    // of the API).
    #[default]
    None,
    Apostille,
    Legalization,
}

/// What certification a document needs given its issuer and the date.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Certification {
    /// Nothing: issued in Kazakhstan, not a public document, or shown in the original.
    None,
    /// Nothing, thanks to the Minsk (1993) or Chisinau (2002) Convention.
    TreatyExempt,
    Apostille,
    Legalization,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TranslationNeed {
    Required,
    NotRequired,
}

/// What is still to do for one checklist entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Provide,
    Renew,
    Translation,
    Apostille,
    Legalization,
}

/// Ordered from best to worst, so `max` gives the verdict of several findings.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    ActionNeeded,
    NotEligible,
    Unavailable,
}

/// Every reason code of the contract.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    RouteUnavailableOnDate,
    AlreadyHasIin,
    KazakhstanCitizen,
    StatelessNotCovered,
    CategoryNotCovered,
    UseMfaRoute,
    MfaOnlyForDiplomaticStaff,
    // snake_case alone would give `under65` / `child_not_under16`: the contract's words differ.
    #[serde(rename = "under_65")]
    Under65,
    #[serde(rename = "child_not_under_16")]
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

impl Reason {
    pub const ALL: [Reason; 19] = [
        Reason::RouteUnavailableOnDate,
        Reason::AlreadyHasIin,
        Reason::KazakhstanCitizen,
        Reason::StatelessNotCovered,
        Reason::CategoryNotCovered,
        Reason::UseMfaRoute,
        Reason::MfaOnlyForDiplomaticStaff,
        Reason::Under65,
        Reason::ChildNotUnder16,
        Reason::CorrectionInCountryOnly,
        Reason::NoIinToCorrect,
        Reason::PersonalAppearanceRequired,
        Reason::IdentityDocumentMissing,
        Reason::IdentityDocumentExpired,
        Reason::DocumentMissing,
        Reason::TranslationNeeded,
        Reason::CertificationNeeded,
        Reason::ConsentRequired,
        Reason::OutsideRulesetTerm,
    ];

    /// The verdict this reason leads to on its own. `OutsideRulesetTerm` is information
    /// only: a declared rule set is applied whatever the date (contract, `ruleset`).
    pub fn verdict(self) -> Verdict {
        match self {
            Reason::RouteUnavailableOnDate => Verdict::Unavailable,
            Reason::AlreadyHasIin
            | Reason::KazakhstanCitizen
            | Reason::StatelessNotCovered
            | Reason::CategoryNotCovered
            | Reason::UseMfaRoute
            | Reason::MfaOnlyForDiplomaticStaff
            | Reason::Under65
            | Reason::ChildNotUnder16
            | Reason::CorrectionInCountryOnly
            | Reason::NoIinToCorrect => Verdict::NotEligible,
            // Fixable by the applicant (go in person), so the package is what fails.
            Reason::PersonalAppearanceRequired
            | Reason::IdentityDocumentMissing
            | Reason::IdentityDocumentExpired
            | Reason::DocumentMissing
            | Reason::TranslationNeeded
            | Reason::CertificationNeeded
            | Reason::ConsentRequired => Verdict::ActionNeeded,
            Reason::OutsideRulesetTerm => Verdict::Eligible,
        }
    }

    /// Whether `evaluate` judges this on the day the applicant can submit (the outcome's
    /// `first_open_day` when `date` is a day offices are closed), not on `date` itself: the
    /// age limits, the identity document's validity and the treaties that say whether a
    /// document needs an apostille or a legalization (`evaluate::submission_day`).
    /// Of these, the ones judged on the applicant's own dates (their age, their document's
    /// expiry), which the page says were judged for the first open day; a treaty's date is
    /// not said beside every certification needed.
    pub fn judged_on_own_dates(self) -> bool {
        self.judged_on_submission_day() && self != Reason::CertificationNeeded
    }

    pub fn judged_on_submission_day(self) -> bool {
        matches!(
            self,
            Reason::Under65
                | Reason::ChildNotUnder16
                | Reason::IdentityDocumentExpired
                | Reason::CertificationNeeded
        )
    }
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
            return Err(format!(
                "`{code}` is not an ISO 3166-1 alpha-2 country code"
            ));
        }
        let country = Country([bytes[0], bytes[1]]);
        if !super::countries::is_known(country) {
            return Err(format!(
                "`{code}` is not a known ISO 3166-1 alpha-2 country code"
            ));
        }
        Ok(country)
    }

    pub fn as_str(&self) -> &str {
        // Built only from two ASCII upper-case letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn is_kazakhstan(self) -> bool {
        self == Country::KZ
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

impl JsonSchema for Country {
    fn schema_name() -> Cow<'static, str> {
        "Country".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = super::countries::all().iter().map(|r| r.code).collect();
        json_schema!({
            "description": "ISO 3166-1 alpha-2 code in upper case, as listed (XK: Kosovo, user-assigned). evaluate() also reads a code in lower case, which this list does not include: send upper case to validate against it",
            "type": "string",
            "enum": codes,
        })
    }
}

/// `citizenship`: a country, or `"stateless"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Citizenship {
    Stateless,
    Of(Country),
}

impl Citizenship {
    pub fn country(self) -> Option<Country> {
        match self {
            Citizenship::Stateless => None,
            Citizenship::Of(c) => Some(c),
        }
    }
}

impl TryFrom<String> for Citizenship {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        if value.trim().eq_ignore_ascii_case("stateless") {
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

impl JsonSchema for Citizenship {
    fn schema_name() -> Cow<'static, str> {
        "Citizenship".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let country = generator.subschema_for::<Country>();
        json_schema!({
            "description": "a country code, or \"stateless\" (evaluate() also reads it in any letter case)",
            "anyOf": [country, { "type": "string", "const": "stateless" }],
        })
    }
}

/// The id of a rule set of the table in [`super::ruleset`]; parsing checks it is known, so
/// an `Applicant` can never declare a rule set the core does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct RulesetId(&'static str);

// Written by hand: a derived impl would try to borrow the `&'static str` from the input.
impl<'de> Deserialize<'de> for RulesetId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        RulesetId::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl RulesetId {
    pub fn parse(id: &str) -> Result<RulesetId, String> {
        super::ruleset::rulesets()
            .iter()
            .find(|r| r.id == id.trim())
            .map(|r| RulesetId(r.id))
            .ok_or_else(|| {
                let known: Vec<&str> = super::ruleset::rulesets().iter().map(|r| r.id).collect();
                format!("unknown rule set `{id}` (known: {})", known.join(", "))
            })
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl TryFrom<String> for RulesetId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        RulesetId::parse(&value)
    }
}

impl From<RulesetId> for String {
    fn from(value: RulesetId) -> String {
        value.0.to_owned()
    }
}

impl JsonSchema for RulesetId {
    fn schema_name() -> Cow<'static, str> {
        "RulesetId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = super::ruleset::rulesets().iter().map(|r| r.id).collect();
        json_schema!({ "type": "string", "enum": ids })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentityDocumentType {
    Passport,
    RefugeeCertificate,
}

impl IdentityDocumentType {
    /// The checklist entry that stands for this identity document.
    pub fn document_id(self) -> DocumentId {
        match self {
            IdentityDocumentType::Passport => DocumentId::Passport,
            IdentityDocumentType::RefugeeCertificate => DocumentId::RefugeeCertificate,
        }
    }
}

/// `null` reads as the default (lenient where the contract is silent).
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A date exactly as `YYYY-MM-DD` (the schema's `format: date`, RFC 3339's full-date).
/// chrono's own reading also takes "2025-6-2" and signed years of more than four digits,
/// which the contract does not (found by an audit of the API, 2026-12-04).
fn iso_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
    read_iso_date(&text).map_err(serde::de::Error::custom)
}

fn iso_date_or_null<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? {
        Some(text) => read_iso_date(&text)
            .map(Some)
            .map_err(serde::de::Error::custom),
        None => Ok(None),
    }
}

/// The message names what was given and what is expected: the shape, or a real day.
fn read_iso_date(text: &str) -> Result<NaiveDate, String> {
    if let Some(date) = super::dates::parse_iso(text) {
        return Ok(date);
    }
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    // Cut as every other value is, with "…" (found by an audit: a long date looked whole).
    let shown = super::json::shorten(text);
    Err(if shaped {
        format!("{shown:?} is not a real calendar date; expected YYYY-MM-DD, e.g. 2025-06-02")
    } else {
        format!("expected a date as YYYY-MM-DD (four-digit year, two-digit month and day), e.g. 2025-06-02; got {shown:?}")
    })
}

fn default_true() -> bool {
    true
}

fn null_as_true<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(deserializer)?.unwrap_or(true))
}

/// The applicant's identity document, as described by them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IdentityDocument {
    #[serde(rename = "type", default = "default_identity_type")]
    pub kind: IdentityDocumentType,
    /// The issuing state. Absent: a refugee certificate is Kazakhstan's, a passport the state
    /// of citizenship's (a stateless person's: not known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Country>,
    /// Absent: not told, so not checked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "iso_date_or_null"
    )]
    pub expires: Option<NaiveDate>,
    /// Full name and place of birth are written in Latin or Cyrillic letters (absent: yes).
    #[serde(default = "default_true", deserialize_with = "null_as_true")]
    #[schemars(with = "Option<bool>")]
    pub latin_or_cyrillic: bool,
}

fn default_identity_type() -> IdentityDocumentType {
    IdentityDocumentType::Passport
}

/// A document the applicant holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeldDocument {
    pub id: DocumentId,
    /// The state that issued (or, for a notarial act, made) it. Absent: a document only
    /// Kazakhstan issues is judged as Kazakh; any other is judged for the state of
    /// citizenship (a stateless person's: a foreign identity document's issuer, else no state,
    /// the last resort) with the note `issuer_assumed`. Unlike a notarial act not yet held
    /// (judged as made in Kazakhstan), a held one is judged as made in that state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Country>,
    /// Absent: not told, so no translation is asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<bool>")]
    pub translated: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<HeldCertification>")]
    pub certified: HeldCertification,
}

/// The input of `evaluate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// The day the applicant will submit.
    #[serde(deserialize_with = "iso_date")]
    pub date: NaiveDate,
    /// A declared rule set id; absent: the one in force for `route` on `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset: Option<RulesetId>,
    pub route: Route,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<Purpose>")]
    pub purpose: Purpose,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub citizenship: Citizenship,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "iso_date_or_null"
    )]
    pub birth_date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<bool>")]
    pub has_iin: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_document: Option<IdentityDocument>,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<Vec<HeldDocument>>")]
    pub documents: Vec<HeldDocument>,
    /// Absent: not asked (no reason). `false` gives `consent_required` where needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<bool>")]
    pub represented: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Option<bool>")]
    pub imprisoned: bool,
}

/// What kind of paper a document is: decides whether certification can apply at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The office's own form (application, special form).
    Form,
    /// Shown in the original, never apostilled (domain.md §5).
    Identity,
    /// A public document of a state (civil status, court, administrative, education).
    Public,
    /// A notarial act (notarized translation, power of attorney): certified where made.
    Notarial,
    /// A private paper (company internal order, portfolio): not a public document.
    Private,
}

/// What to bring to the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bring {
    /// A copy, and the original for verification.
    OriginalAndCopy,
    Original,
    /// The office's own form: the sources do not say whether it is filled in there or
    /// brought filled in (the page says to ask).
    CompletedAtDesk,
    /// Prepared and certified by the head of the penal institution, which submits it.
    CertifiedByPenalInstitution,
}

/// Interpretations and warnings the UI must show (translated by the UI).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// The consulate also closes on its host country's holidays; not modelled.
    HostCountryHolidaysNotModelled,
    /// The list of participating embassies and consulates is not in our sources.
    ParticipatingMissionsNotInSources,
    /// No consular rule set is known after the last one ended (as of the review date).
    NoRulesetKnownAfterLastTerm,
    /// Not in force on the date: the checklist shown is that of the latest rule set.
    LatestRulesetShown,
    /// A declared rule set was applied.
    DeclaredRulesetApplied,
    /// "Under 16" read as under 16 on the date; "from 65" as 65th birthday reached.
    AgeInterpretation,
    /// A 29 February birthday is reached on 1 March in a common year.
    LeapDayBirthday,
    /// No birth date given: the age condition was not checked.
    AgeNotChecked,
    /// The category's documents are not in our sources: a proof of category is asked for.
    CategoryDocumentsNotInSources,
    /// "Foreigner" read as a foreign citizen: stateless persons are not covered abroad.
    ForeignerMeansForeignCitizen,
    /// Documents issued in Kazakhstan need no apostille or legalization.
    KazakhDocumentsNeedNoCertification,
    /// A company's internal document or a portfolio is not a public document.
    PrivateDocumentNotCertified,
    /// An apostille or legalization asked of a document whose public kind is our reading (a
    /// training certificate, a group's proof the sources do not name): one issued by a private
    /// company or course may need none, or may not take one as it is.
    PublicKindIsOurReading,
    /// A notarized translation is a notarial act certified per the state where it was made;
    /// assumed to be the state of citizenship (or the issuer given).
    NotarialActCertifiedWhereMade,
    /// "Foreign language" read as any language other than Kazakh or Russian.
    ForeignLanguageMeansNotKazakhOrRussian,
    /// A treaty row used here is not fully confirmed by a primary source: its date is in doubt
    /// near the application date, or an objection between that state and Kazakhstan is not
    /// ruled out (the full list of objectors was not seen).
    TreatyRowNotVerified,
    /// The treaty status of the issuing state is under review (e.g. Moldova and the CIS).
    TreatyStatusUnderReview,
    /// The issuing state is not in the table of Apostille parties, on a date after the table
    /// is known to be complete: a state that joined since (one was reported for mid-2026 and
    /// is unknown) may be missing, so "not a party" is not certain (treaties.md).
    ApostillePartyMayBeMissing,
    /// Written consent to personal-data processing, on paper at the mission.
    WrittenConsentAtMission,
    /// The ready date is computed by the holiday rules for a year without an official table.
    ReadyOnEstimated,
    /// The identity document type given is not the one this rule set accepts.
    IdentityDocumentTypeNotAccepted,
    /// The identity document's expiry date was not given: validity not checked.
    ExpiryNotChecked,
    /// A held document's language was not given: translation not judged.
    LanguageNotGiven,
    /// The document's issuer was not given: judged as if issued by the state of citizenship
    /// (a stateless person's: a foreign identity document's issuer, else none known).
    IssuerAssumed,
    /// The rule of this requirement is an interpretation: confirm with the office.
    ConfirmWithOffice,
    // ---- v1.1 ----
    /// `date` is not a Kazakhstan working day: the office is closed; see `first_open_day`.
    OfficeClosedOnDate,
    /// The translation still to do can be made by a notary in Kazakhstan, and then needs no
    /// apostille or legalization of its own (a notarial act is certified where it was made).
    TranslationMadeInKazakhstanNeedsNoCertification,
    /// The passport's translation, made abroad, still lacks its apostille or legalization: a
    /// new translation made by a notary in Kazakhstan would need neither, and may be the
    /// quicker way (a notarial act is certified where it was made).
    NewTranslationInKazakhstanNeedsNoCertification,
    /// The document carries a consular legalization where an apostille is the rule: read as
    /// enough (the fuller procedure), which is our reading: confirm with the office.
    LegalizationAcceptedForApostille,
    /// A stateless person's identity document will have expired: if it cannot be renewed,
    /// the rules' special form for a stateless person without an identity document may apply;
    /// they do not say whether an expired one counts as none (ask the office).
    StatelessSpecialFormIfNotRenewed,
    /// A power of attorney given by someone abroad is usually made by a notary there, so
    /// the `if_made_abroad` way is the likely one.
    PowerOfAttorneyLikelyMadeAbroad,
    /// The office accesses personal data protected by law to form the IIN; the applicant
    /// consents there, and without that consent the application is refused (in-country route).
    ConsentToDataAccessAtOffice,
    /// The identity document is valid on the day the applicant can apply but expires before
    /// the ready date: the rules ask for a valid document when it is handed in and do not say
    /// whether it must still be valid when the IIN is issued (ask the office).
    IdentityDocumentExpiresBeforeReady,
    /// On the passport still to get: the rules ask for a valid passport unless an
    /// international treaty of Kazakhstan sets another procedure, so another identity
    /// document held (a national identity card) may be accepted: ask the office first.
    OtherIdentityDocumentByTreaty,
    /// On the passport still to get, where the rules name no exception: they name no identity
    /// document but those they accept (in Kazakhstan a passport and a refugee certificate), so
    /// whether another one held (a refugee's travel document, a national identity card) is
    /// accepted is for the office to say.
    OtherIdentityDocumentNotNamed,
    /// The heir's death certificate goes with a proof of kinship (seed 004): one entry, judged
    /// for the death certificate's issuer. The proof of kinship (the heir's birth certificate,
    /// say) may come from another state: it then needs what a public document from there
    /// needs, and a translation if it is not in Kazakh or Russian.
    KinshipProofJudgedByItsOwnIssuer,
    /// The issuing territory is no party of its own to the Apostille Convention but part of
    /// a state that is (Puerto Rico of the United States): judged as for that state, an
    /// apostille, our reading (a state may have left a territory out): ask the office.
    TerritoryOfApostilleParty,
}

/// One entry of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = checklist_item_required)]
pub struct ChecklistItem {
    pub id: DocumentId,
    /// The id of the one-of group this document belongs to, if any.
    pub group: Option<String>,
    pub provided: bool,
    pub certification: Certification,
    pub translation: TranslationNeed,
    pub needs: Vec<Need>,
    /// Public citations of the requirement in English: title, publisher, date; the place in
    /// the document (structured in `sources` and `interpretations`).
    pub basis: Vec<String>,
    // ---- additions to the contract ----
    /// Within a one-of group, the alternative this document belongs to when an alternative
    /// is a set of documents (all its non-optional documents together satisfy the group).
    #[serde(default)]
    pub alternative: Option<String>,
    /// Brought "if available" (the IT diploma): never missing.
    #[serde(default)]
    pub optional: bool,
    pub kind: DocumentKind,
    pub bring: Bring,
    /// The state the certification was judged for: the held document's issuer, or the one
    /// assumed for a document not yet held (then `issuer_assumed`).
    #[serde(default)]
    pub issuer: Option<Country>,
    /// True for a document not yet held, judged for an assumed state (contract v1.1: the app
    /// shows "if issued in ..."). Always false for a held document: one held without `issuer`
    /// is judged for the state of citizenship, and the outcome's note `issuer_assumed` says so
    /// instead.
    // Written out after an audit of the API read the field and the note as a contradiction.
    #[serde(default)]
    pub issuer_assumed: bool,
    /// Sources of the certification decision (treaty table rows, interpretation).
    #[serde(default)]
    pub certification_basis: Vec<String>,
    /// Whether the treaty row behind the decision was checked against a primary source
    /// (absent when no treaty row was involved).
    #[serde(default)]
    pub treaty_row_verified: Option<bool>,
    /// Sources of the translation rule applied.
    #[serde(default)]
    pub translation_basis: Vec<String>,
    /// The requirement, or how it is judged, is an interpretation: say so.
    #[serde(default)]
    pub interpretation: bool,
    /// Notes about this entry.
    #[serde(default)]
    pub notes: Vec<Note>,
    // ---- v1.1 ----
    /// A notarial act not yet held is judged as made by a notary in Kazakhstan (the
    /// cheapest usual way, `certification`); this is what it needs if made in the state of
    /// citizenship instead (a stateless person's: a foreign identity document's issuer; none
    /// known: the last resort, `legalization`, which an apostille or a treaty may spare
    /// depending on the state). Its treaty sources and notes join the entry's. Absent for
    /// held documents and for other kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_made_abroad: Option<Certification>,
    /// Nothing to do because another alternative of its one-of group is held (complete, or
    /// held where this one is not): not needed (rather than "ready"), `needs` empty even where
    /// this one, held too, lacks a translation or an apostille.
    #[serde(default)]
    pub covered_by_alternative: bool,
    /// False where `translation` is `not_required` only because what decides it is not known.
    /// For a public, private or notarial document from abroad (or that may still be made
    /// abroad) not held yet, or held without `language`: its language; it then needs a
    /// notarized translation if it is not in Kazakh or Russian (found by an audit of the API:
    /// a German marriage certificate not yet held read as needing none). For an identity
    /// document still to get, of a state that may write names in other letters (or of a
    /// stateless person): its letters; it then needs one if the name and place of birth are
    /// not in Latin or Cyrillic letters, whatever its language.
    #[serde(default = "default_true")]
    pub translation_judged: bool,
    /// The registry sources behind `basis`, `certification_basis` and `translation_basis`
    /// (the same citations, structured: source id and the place in that document).
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// The questions the sources leave open that this entry rests on: our reading, shown as
    /// such ("confirm with the office"), never as a source.
    #[serde(default)]
    pub interpretations: Vec<Interpretation>,
}

/// A reason with its basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReasonDetail {
    pub code: Reason,
    /// Public citations in English: title, publisher, date; the place in the document.
    pub basis: Vec<String>,
    pub interpretation: bool,
    /// `basis`, structured: registry source ids with the place in each document.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Our readings where the sources are silent (never a source).
    #[serde(default)]
    pub interpretations: Vec<Interpretation>,
}

/// The term of a rule set (`to` absent: open-ended).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Term {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// Where a date falls against a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermPosition {
    /// Before it starts.
    NotStarted,
    /// Within it.
    InForce,
    /// After its last day.
    Ended { last: NaiveDate },
}

impl Term {
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.from && self.to.is_none_or(|to| date <= to)
    }

    /// Before, within or after the term on `date`.
    pub fn position(&self, date: NaiveDate) -> TermPosition {
        match self.to {
            _ if date < self.from => TermPosition::NotStarted,
            Some(last) if date > last => TermPosition::Ended { last },
            _ => TermPosition::InForce,
        }
    }
}

/// `fields` required in a struct's schema although they are `Option`s: the contract lists them
/// as always present (null when empty) and they are always written, but schemars leaves an
/// `Option` optional, so types generated from the schema were weaker than the contract (found
/// by an audit of the API). `#[schemars(required)]` would also drop the `null`.
fn required_too(schema: &mut schemars::Schema, fields: &[&str]) {
    let required = schema
        .ensure_object()
        .entry("required")
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    if let Some(list) = required.as_array_mut() {
        for field in fields.iter().rev() {
            if !list.iter().any(|v| v == field) {
                list.insert(0, serde_json::Value::from(*field));
            }
        }
    }
}

fn outcome_required(schema: &mut schemars::Schema) {
    required_too(schema, &["ruleset", "ready_on"]);
}

fn checklist_item_required(schema: &mut schemars::Schema) {
    required_too(schema, &["group"]);
}

/// The output of `evaluate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = outcome_required)]
pub struct Outcome {
    /// The rule set whose checklist is shown (the latest for the route when none is in force).
    pub ruleset: Option<String>,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    pub documents: Vec<ChecklistItem>,
    pub ready_on: Option<NaiveDate>,
    // ---- additions to the contract ----
    /// Every reason with its basis and whether it rests on an interpretation.
    pub reasons_detail: Vec<ReasonDetail>,
    /// Interpretations and warnings to show.
    pub notes: Vec<Note>,
    /// The term of the rule set shown.
    pub term: Option<Term>,
    /// Whether the rule set shown is in force on the date.
    pub ruleset_in_force: bool,
    /// Whether `ready_on` rests on a computed (not officially published) calendar.
    pub ready_on_estimated: bool,
    /// The day these rules were last reviewed against the sources.
    pub rules_reviewed_on: NaiveDate,
    /// The "as of" date of the treaty tables.
    pub treaties_as_of: NaiveDate,
    // ---- v1.1 ----
    /// When `date` is not a Kazakhstan working day: the first working day after it, from
    /// which `ready_on` counts (note `office_closed_on_date`). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_open_day: Option<NaiveDate>,
    /// Why `date` is not a working day, given with `first_open_day` (an addition): a Saturday,
    /// a Sunday, a holiday or the day off of one moved from a weekend (by its code), or a day
    /// of rest moved by order of the Minister of Labour. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_closed: Option<super::calendar::Closed>,
    /// `not_eligible` or `unavailable`: the checklist says only what those rules required,
    /// for reference; it carries no status for this applicant and there is no readiness.
    #[serde(default)]
    pub checklist_is_reference: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_against_a_term() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let closed = Term {
            from: d("2025-04-18"),
            to: Some(d("2025-12-31")),
        };
        assert_eq!(closed.position(d("2025-04-17")), TermPosition::NotStarted);
        assert_eq!(closed.position(d("2025-04-18")), TermPosition::InForce);
        assert_eq!(closed.position(d("2025-12-31")), TermPosition::InForce);
        assert_eq!(
            closed.position(d("2026-01-01")),
            TermPosition::Ended {
                last: d("2025-12-31")
            }
        );
        let open = Term {
            from: d("2024-03-25"),
            to: None,
        };
        assert_eq!(open.position(d("2099-01-01")), TermPosition::InForce);
        for day in ["2024-03-24", "2024-03-25", "2030-01-01"] {
            assert_eq!(
                open.position(d(day)) == TermPosition::InForce,
                open.contains(d(day))
            );
        }
    }
}
