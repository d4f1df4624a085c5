//! Words for the contract's code words, dates and countries in the current language. Every
//! match is exhaustive and every key is checked at compile time (`td_string!`), so a new
//! reason, note or document cannot ship without its text in all three languages.

use chrono::{Datelike, NaiveDate};

use crate::i18n::*;
use crate::rules::calendar::Closed;
use crate::rules::ruleset::{Staying, Who};
use crate::rules::{countries, Category, Citizenship, Country, DocumentId, Note, Reason};

/// The locale's code as used in the URL and the `lang` attribute.
pub fn code(l: Locale) -> &'static str {
    match l {
        Locale::en => "en",
        Locale::ru => "ru",
        Locale::kk => "kk",
    }
}

pub fn from_code(code: &str) -> Option<Locale> {
    match code {
        "en" => Some(Locale::en),
        "ru" => Some(Locale::ru),
        "kk" => Some(Locale::kk),
        _ => None,
    }
}

/// The first of the browser's preferred languages the app has, else English.
pub fn from_browser() -> Locale {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Locale::en;
    };
    let langs = navigator.languages();
    for value in langs.iter() {
        if let Some(tag) = value.as_string() {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if let Some(l) = from_code(&primary) {
                return l;
            }
        }
    }
    Locale::en
}

fn month(l: Locale, m: u32) -> &'static str {
    match m {
        1 => td_string!(l, months.m1),
        2 => td_string!(l, months.m2),
        3 => td_string!(l, months.m3),
        4 => td_string!(l, months.m4),
        5 => td_string!(l, months.m5),
        6 => td_string!(l, months.m6),
        7 => td_string!(l, months.m7),
        8 => td_string!(l, months.m8),
        9 => td_string!(l, months.m9),
        10 => td_string!(l, months.m10),
        11 => td_string!(l, months.m11),
        _ => td_string!(l, months.m12),
    }
}

/// Words a browser's page translator must leave as they are, each quoted as the texts quote
/// it, with its language: what the applicant is told to type (the citizenship hint's word for
/// "stateless", which the country search knows only in en/ru/kk), an example of a script
/// (the name-letters hint: translated, both examples came out in the reader's own script), and
/// the signs to look for (found by an audit of a translated page).
const KEPT: [(&str, &str, Quoted); 11] = [
    ("\u{201c}stateless\u{201d}", "en", Quoted::Yes),
    ("\u{ab}без гражданства\u{bb}", "ru", Quoted::Yes),
    ("\u{ab}азаматтығы жоқ\u{bb}", "kk", Quoted::Yes),
    ("\"Anna Schmidt\"", "en", Quoted::Yes),
    ("\"Анна Шмидт\"", "ru", Quoted::Yes),
    ("\u{ab}Anna Schmidt\u{bb}", "en", Quoted::Yes),
    ("\u{ab}Анна Шмидт\u{bb}", "ru", Quoted::Yes),
    ("\"ЦОН\"", "ru", Quoted::Yes),
    ("\"ХҚКО\"", "kk", Quoted::Yes),
    // The Russian and Kazakh pages name the signs without quotation marks (a regression
    // audit: only the English page's were kept).
    ("ЦОН", "ru", Quoted::No),
    ("ХҚКО", "kk", Quoted::No),
];

/// Whether a kept word is written with its quotation marks, which stay with the text around.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoted {
    Yes,
    No,
}

/// `text` cut into pieces, each with the language of a word a translator must leave as it is
/// (`KEPT`, without its quotation marks, which stay with the text around them), or `None`.
/// Where two kept words start at one place, or one inside another's quotation marks, the
/// one that starts first (the quoted form) wins.
pub fn kept_pieces(text: &str) -> Vec<(&str, Option<&'static str>)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        let next = KEPT
            .iter()
            .filter_map(|(kept, lang, quoted)| {
                rest.find(kept).map(|at| (at, *kept, *lang, *quoted))
            })
            .min_by_key(|(at, _, _, _)| *at);
        let Some((at, kept, lang, quoted)) = next else {
            break;
        };
        // The quotation marks are one character each, of whatever width.
        let (open, close) = match quoted {
            Quoted::Yes => (
                kept.chars().next().map_or(0, char::len_utf8),
                kept.chars().last().map_or(0, char::len_utf8),
            ),
            Quoted::No => (0, 0),
        };
        pieces.push((&rest[..at + open], None));
        pieces.push((&rest[at + open..at + kept.len() - close], Some(lang)));
        rest = &rest[at + kept.len() - close..];
    }
    pieces.push((rest, None));
    pieces.retain(|(p, _)| !p.is_empty());
    pieces
}

/// A service's term in words: "one working day", "3 рабочих дня", "5 жұмыс күні"
/// (`RuleSet::processing`). Russian numerals govern the noun's form by the last digits.
pub fn working_days(l: Locale, n: std::num::NonZeroU8) -> String {
    let n = n.get();
    let (tens, units) = (n % 100 / 10, n % 10);
    match (n, tens, units) {
        (1, _, _) => td_string!(l, working_days.one).to_string(),
        (_, 1, _) => td_string!(l, working_days.many, n = n).to_string(),
        (_, _, 1) => td_string!(l, working_days.one_n, n = n).to_string(),
        (_, _, 2..=4) => td_string!(l, working_days.few, n = n).to_string(),
        _ => td_string!(l, working_days.many, n = n).to_string(),
    }
}

/// A way of applying named inside a sentence: "at a Kazakhstan embassy or consulate".
pub fn way_named(l: Locale, route: crate::rules::Route) -> &'static str {
    use crate::rules::Route;
    match route {
        Route::Consulate => td_string!(l, result.way.consulate),
        Route::Mfa => td_string!(l, result.way.mfa),
        Route::InCountry => td_string!(l, result.way.in_country),
    }
}

/// A date in words: "3 June 2025", "3 июня 2025 года", "2025 жылғы 3 маусым".
pub fn date(l: Locale, d: NaiveDate) -> String {
    td_string!(
        l,
        date_format,
        day = d.day(),
        month = month(l, d.month()),
        year = d.year()
    )
    .to_string()
}

/// A date within the year already named: "22 March", "22 марта", "22 наурыз".
pub fn day_month(l: Locale, d: NaiveDate) -> String {
    td_string!(
        l,
        date_format_short,
        day = d.day(),
        month = month(l, d.month())
    )
    .to_string()
}

/// Why offices in Kazakhstan are closed on `day`, as the result page says it in brackets
/// ("a Saturday", "Independence Day"): the outcome's `office_closed`.
pub fn closed_why(l: Locale, closed: Option<Closed>, day: NaiveDate) -> String {
    match closed {
        Some(Closed::Saturday) => td_string!(l, result.closed.saturday).into(),
        Some(Closed::Sunday) => td_string!(l, result.closed.sunday).into(),
        Some(Closed::Holiday { holiday: h }) => holiday(l, h, day).into(),
        Some(Closed::MovedHoliday { holiday: h }) => {
            td_string!(l, result.closed.moved, holiday = holiday(l, h, day)).to_string()
        }
        // `None` does not come here: the outcome gives the reason with the first open day.
        Some(Closed::Transfer) | None => td_string!(l, result.closed.transfer).into(),
    }
}

/// A holiday's name on `day`: a holiday renamed from a date (calendar.tsv `renamed`: 25 October
/// is "Day of the Republic of Kazakhstan" since the 2026 Constitution came into force; found by
/// a legal audit: the old name in 2026) gets its new name from that date.
fn holiday(l: Locale, h: crate::rules::calendar::Holiday, day: NaiveDate) -> &'static str {
    use crate::rules::calendar::{renamed_on, Holiday::*};
    match h {
        NewYear => td_string!(l, result.holidays.new_year),
        OrthodoxChristmas => td_string!(l, result.holidays.orthodox_christmas),
        WomensDay => td_string!(l, result.holidays.womens_day),
        ConstitutionDay => td_string!(l, result.holidays.constitution_day),
        Nauryz => td_string!(l, result.holidays.nauryz),
        UnityDay => td_string!(l, result.holidays.unity_day),
        DefenderDay => td_string!(l, result.holidays.defender_day),
        VictoryDay => td_string!(l, result.holidays.victory_day),
        CapitalDay => td_string!(l, result.holidays.capital_day),
        RepublicDay if renamed_on(h, day).is_some() => {
            td_string!(l, result.holidays.republic_day_2026)
        }
        RepublicDay => td_string!(l, result.holidays.republic_day),
        IndependenceDay => td_string!(l, result.holidays.independence_day),
        KurbanAit => td_string!(l, result.holidays.kurban_ait),
    }
}

pub fn country(l: Locale, c: Country) -> &'static str {
    match countries::find(c) {
        Some(row) => match l {
            Locale::en => row.en,
            Locale::ru => row.ru,
            Locale::kk => row.kk,
        },
        None => "?",
    }
}

/// A country's name where a sentence names it: in English with its article ("issued in the
/// United States"); the Russian and Kazakh texts keep the listed name, set off by a colon or a
/// dash, so that it needs no case ending.
pub fn country_in_sentence(l: Locale, c: Country) -> &'static str {
    match (l, countries::find(c)) {
        (Locale::en, Some(row)) => row.en_in_sentence,
        _ => country(l, c),
    }
}

pub fn citizenship(l: Locale, c: Citizenship) -> String {
    match c {
        Citizenship::Stateless => td_string!(l, q.citizenship.stateless).to_string(),
        Citizenship::Of(c) => country(l, c).to_owned(),
    }
}

/// Every country, sorted by its name in `l`'s own alphabet (Kazakh Қ after К, not after Я).
pub fn countries_sorted(l: Locale) -> Vec<(Country, &'static str)> {
    use crate::journey::collation::Lang;
    let lang = match l {
        Locale::en => Lang::En,
        Locale::ru => Lang::Ru,
        Locale::kk => Lang::Kk,
    };
    crate::journey::country_search::order(lang)
        .iter()
        .filter_map(|code| Country::parse(code).ok().map(|c| (c, country(l, c))))
        .collect()
}

/// A document's name inside a sentence ("This concerns: marriage certificate; will";
/// `collation::in_sentence`; found by a proofreader: «касается: Документ…» mid-sentence).
pub fn document_in_sentence(l: Locale, id: DocumentId) -> String {
    crate::journey::collation::in_sentence(document(l, id))
}

/// Documents that go together, as one answer ("Diploma … and portfolio of IT work"): the
/// first name as it is, the others inside the sentence.
pub fn documents_joined(l: Locale, ids: &[DocumentId], joiner: &str) -> String {
    ids.iter()
        .enumerate()
        .map(|(i, id)| match i {
            0 => document(l, *id).to_owned(),
            _ => document_in_sentence(l, *id),
        })
        .collect::<Vec<_>>()
        .join(joiner)
}

pub fn document(l: Locale, id: DocumentId) -> &'static str {
    match id {
        DocumentId::ApplicationForm => td_string!(l, documents.application_form),
        DocumentId::Passport => td_string!(l, documents.passport),
        DocumentId::PassportTranslation => td_string!(l, documents.passport_translation),
        DocumentId::InvestorCouncilMembership => {
            td_string!(l, documents.investor_council_membership)
        }
        DocumentId::InvestmentContract => td_string!(l, documents.investment_contract),
        DocumentId::StateRecommendation => td_string!(l, documents.state_recommendation),
        DocumentId::AifcRecommendation => td_string!(l, documents.aifc_recommendation),
        DocumentId::MarkingAppointmentOrder => td_string!(l, documents.marking_appointment_order),
        DocumentId::MarriageCertificate => td_string!(l, documents.marriage_certificate),
        DocumentId::BirthCertificate => td_string!(l, documents.birth_certificate),
        DocumentId::ParentKzIdentity => td_string!(l, documents.parent_kz_identity),
        DocumentId::DeathCertificate => td_string!(l, documents.death_certificate),
        DocumentId::Will => td_string!(l, documents.will),
        DocumentId::ItDiploma => td_string!(l, documents.it_diploma),
        DocumentId::ItTrainingCertificate => td_string!(l, documents.it_training_certificate),
        DocumentId::ItPortfolio => td_string!(l, documents.it_portfolio),
        DocumentId::ItManagerAppointment => td_string!(l, documents.it_manager_appointment),
        DocumentId::DisabilityCertificate => td_string!(l, documents.disability_certificate),
        DocumentId::RefugeeCertificate => td_string!(l, documents.refugee_certificate),
        DocumentId::SpecialForm => td_string!(l, documents.special_form),
        DocumentId::ChangedDataCertificate => td_string!(l, documents.changed_data_certificate),
        DocumentId::PowerOfAttorney => td_string!(l, documents.power_of_attorney),
        DocumentId::CategoryProof => td_string!(l, documents.category_proof),
    }
}

/// A category's name and its plain-language description.
pub fn category(l: Locale, c: Category) -> (&'static str, &'static str) {
    match c {
        Category::Investor => (
            td_string!(l, categories.investor),
            td_string!(l, categories.investor_desc),
        ),
        Category::Exporter => (
            td_string!(l, categories.exporter),
            td_string!(l, categories.exporter_desc),
        ),
        Category::Spouse => (
            td_string!(l, categories.spouse),
            td_string!(l, categories.spouse_desc),
        ),
        Category::Child => (
            td_string!(l, categories.child),
            td_string!(l, categories.child_desc),
        ),
        Category::Heir => (
            td_string!(l, categories.heir),
            td_string!(l, categories.heir_desc),
        ),
        Category::DigitalNomad => (
            td_string!(l, categories.digital_nomad),
            td_string!(l, categories.digital_nomad_desc),
        ),
        Category::Disability => (
            td_string!(l, categories.disability),
            td_string!(l, categories.disability_desc),
        ),
        Category::Senior => (
            td_string!(l, categories.senior),
            td_string!(l, categories.senior_desc),
        ),
        Category::PesticideRegistrant => (
            td_string!(l, categories.pesticide_registrant),
            td_string!(l, categories.pesticide_registrant_desc),
        ),
        Category::CompanyHead => (
            td_string!(l, categories.company_head),
            td_string!(l, categories.company_head_desc),
        ),
        Category::DiplomaticStaff => (
            td_string!(l, categories.diplomatic_staff),
            td_string!(l, categories.diplomatic_staff_desc),
        ),
        Category::Other => (
            td_string!(l, categories.other),
            td_string!(l, categories.other_desc),
        ),
    }
}

pub fn reason(l: Locale, r: Reason) -> &'static str {
    match r {
        Reason::RouteUnavailableOnDate => td_string!(l, reasons.route_unavailable_on_date),
        Reason::AlreadyHasIin => td_string!(l, reasons.already_has_iin),
        Reason::KazakhstanCitizen => td_string!(l, reasons.kazakhstan_citizen),
        Reason::StatelessNotCovered => td_string!(l, reasons.stateless_not_covered),
        Reason::CategoryNotCovered => td_string!(l, reasons.category_not_covered),
        Reason::UseMfaRoute => td_string!(l, reasons.use_mfa_route),
        Reason::MfaOnlyForDiplomaticStaff => td_string!(l, reasons.mfa_only_for_diplomatic_staff),
        Reason::Under65 => td_string!(l, reasons.under_65),
        Reason::ChildNotUnder16 => td_string!(l, reasons.child_not_under_16),
        Reason::CorrectionInCountryOnly => td_string!(l, reasons.correction_in_country_only),
        Reason::NoIinToCorrect => td_string!(l, reasons.no_iin_to_correct),
        Reason::PersonalAppearanceRequired => {
            td_string!(l, reasons.personal_appearance_required)
        }
        Reason::IdentityDocumentMissing => td_string!(l, reasons.identity_document_missing),
        Reason::IdentityDocumentExpired => td_string!(l, reasons.identity_document_expired),
        Reason::DocumentMissing => td_string!(l, reasons.document_missing),
        Reason::TranslationNeeded => td_string!(l, reasons.translation_needed),
        Reason::CertificationNeeded => td_string!(l, reasons.certification_needed),
        Reason::ConsentRequired => td_string!(l, reasons.consent_required),
        Reason::OutsideRulesetTerm => td_string!(l, reasons.outside_ruleset_term),
    }
}

pub fn note(l: Locale, n: Note) -> &'static str {
    match n {
        Note::HostCountryHolidaysNotModelled => {
            td_string!(l, notes.host_country_holidays_not_modelled)
        }
        Note::ParticipatingMissionsNotInSources => {
            td_string!(l, notes.participating_missions_not_in_sources)
        }
        Note::NoRulesetKnownAfterLastTerm => {
            td_string!(l, notes.no_ruleset_known_after_last_term)
        }
        Note::LatestRulesetShown => td_string!(l, notes.latest_ruleset_shown),
        Note::DeclaredRulesetApplied => td_string!(l, notes.declared_ruleset_applied),
        Note::AgeInterpretation => td_string!(l, notes.age_interpretation),
        Note::LeapDayBirthday => td_string!(l, notes.leap_day_birthday),
        Note::AgeNotChecked => td_string!(l, notes.age_not_checked),
        Note::CategoryDocumentsNotInSources => {
            td_string!(l, notes.category_documents_not_in_sources)
        }
        Note::ForeignerMeansForeignCitizen => {
            td_string!(l, notes.foreigner_means_foreign_citizen)
        }
        Note::KazakhDocumentsNeedNoCertification => {
            td_string!(l, notes.kazakh_documents_need_no_certification)
        }
        Note::PrivateDocumentNotCertified => td_string!(l, notes.private_document_not_certified),
        Note::PublicKindIsOurReading => td_string!(l, notes.public_kind_is_our_reading),
        Note::NotarialActCertifiedWhereMade => {
            td_string!(l, notes.notarial_act_certified_where_made)
        }
        Note::ForeignLanguageMeansNotKazakhOrRussian => {
            td_string!(l, notes.foreign_language_means_not_kazakh_or_russian)
        }
        Note::TreatyRowNotVerified => td_string!(l, notes.treaty_row_not_verified),
        Note::TreatyStatusUnderReview => td_string!(l, notes.treaty_status_under_review),
        Note::ApostillePartyMayBeMissing => td_string!(l, notes.apostille_party_may_be_missing),
        Note::IdentityDocumentExpiresBeforeReady => {
            td_string!(l, notes.identity_document_expires_before_ready)
        }
        Note::WrittenConsentAtMission => td_string!(l, notes.written_consent_at_mission),
        Note::ConsentToDataAccessAtOffice => td_string!(l, notes.consent_to_data_access_at_office),
        Note::ReadyOnEstimated => td_string!(l, notes.ready_on_estimated),
        Note::IdentityDocumentTypeNotAccepted => {
            td_string!(l, notes.identity_document_type_not_accepted)
        }
        Note::ExpiryNotChecked => td_string!(l, notes.expiry_not_checked),
        Note::LanguageNotGiven => td_string!(l, notes.language_not_given),
        Note::IssuerAssumed => td_string!(l, notes.issuer_assumed),
        Note::ConfirmWithOffice => td_string!(l, notes.confirm_with_office),
        Note::OfficeClosedOnDate => td_string!(l, notes.office_closed_on_date),
        Note::TranslationMadeInKazakhstanNeedsNoCertification => {
            td_string!(
                l,
                notes.translation_made_in_kazakhstan_needs_no_certification
            )
        }
        Note::NewTranslationInKazakhstanNeedsNoCertification => {
            td_string!(
                l,
                notes.new_translation_in_kazakhstan_needs_no_certification
            )
        }
        Note::LegalizationAcceptedForApostille => {
            td_string!(l, notes.legalization_accepted_for_apostille)
        }
        Note::StatelessSpecialFormIfNotRenewed => {
            td_string!(l, notes.stateless_special_form_if_not_renewed)
        }
        Note::PowerOfAttorneyLikelyMadeAbroad => {
            td_string!(l, notes.power_of_attorney_likely_made_abroad)
        }
        Note::OtherIdentityDocumentByTreaty => {
            td_string!(l, notes.other_identity_document_by_treaty)
        }
        Note::KinshipProofJudgedByItsOwnIssuer => {
            td_string!(l, notes.kinship_proof_judged_by_its_own_issuer)
        }
        Note::TerritoryOfApostilleParty => {
            td_string!(l, notes.territory_of_apostille_party)
        }
        Note::OtherIdentityDocumentNotNamed => {
            td_string!(l, notes.other_identity_document_not_named)
        }
    }
}

/// A rule set in words ("2025 consular pilot (some groups)"), never its id: the name
/// is part of the rule-set record, so a new order brings its own.
pub fn ruleset_name(l: Locale, id: &str) -> &'static str {
    match crate::rules::ruleset::by_id(id) {
        Some(rs) => super::rules_page::name(l, rs),
        None => td_string!(l, rulesets.other),
    }
}

/// Whom a rule set serves, as a sentence of the result page and as an item of the rules
/// page: read from its record, so a rule set that serves others changes both.
pub fn served(l: Locale, who: &Who) -> (&'static str, &'static str) {
    match (who.stateless, who.staying) {
        (false, Staying::Unstated) => (
            td_string!(l, result.served_foreign),
            td_string!(l, rules.who_foreign),
        ),
        (true, Staying::Unstated) => (
            td_string!(l, result.served_foreign_stateless),
            td_string!(l, rules.who_foreign_stateless),
        ),
        (false, Staying::TemporarilyInKazakhstan) => (
            td_string!(l, result.served_foreign_residing),
            td_string!(l, rules.who_foreign_residing),
        ),
        (true, Staying::TemporarilyInKazakhstan) => (
            td_string!(l, result.served_foreign_stateless_residing),
            td_string!(l, rules.who_foreign_stateless_residing),
        ),
    }
}
