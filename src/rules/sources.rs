//! Citations: every requirement, reason and table row points at one of these. Seeds are the
//! source articles in `shared/seeds/` (cited by number and section); the others are public
//! treaty, calendar and news sources named in `shared/*.md`.
//!
//! The text is a citation, never a quotation: the sources are restated, not copied.

/// Seed 000: Kazinform, 2024-04-03 (2024 pilot: term, documents, translation, legalization).
pub const SEED_000_TERM: &str = "seed 000 ¶pilot term and one working day";
pub const SEED_000_DOCUMENTS: &str = "seed 000 ¶application and identity document";
pub const SEED_000_TRANSLATION: &str = "seed 000 ¶translation, legalization or apostille";
pub const SEED_000_REFUSAL: &str = "seed 000 ¶refusal without a full valid package";
/// Seed 001: law-firm legal update on the 2024 joint order (term, place, procedure, refusals).
pub const SEED_001_TERM: &str = "seed 001 §Term and place";
pub const SEED_001_PROCEDURE: &str = "seed 001 §IIN obtainment procedure";
pub const SEED_001_REFUSAL: &str = "seed 001 §Rejection to form IIN";
/// Seed 002: MIA rules for the State Corporation, in force 2024-03-25.
pub const SEED_002: &str = "seed 002 (MIA rules, State Corporation, from 2024-03-25)";
pub const SEED_002_IDENTITY: &str = "seed 002 ¶identity document and translation";
pub const SEED_002_SPECIAL_FORM: &str = "seed 002 ¶special form without identity document";
pub const SEED_002_CORRECTION: &str = "seed 002 ¶correction documents";
pub const SEED_002_REFUGEE: &str = "seed 002 ¶refugee identity card";
pub const SEED_002_RECEIPT: &str = "seed 002 ¶receipt, submission day not counted";
pub const SEED_002_REFUSAL: &str = "seed 002 ¶refusal grounds (incl. consent)";
/// Seed 003: 2025 draft described 2025-03-19 (categories, translation, certification).
pub const SEED_003: &str = "seed 003 (2025-03-19)";
pub const SEED_003_OPERATION: &str = "seed 003 §How will the system operate";
pub const SEED_003_REFUSAL: &str = "seed 003 §Grounds for refusal";
/// Seed 004: FChain, 2025-01-29 (2025 pilot: who, documents, term, refusals).
pub const SEED_004_I: &str = "seed 004 §I";
pub const SEED_004_II: &str = "seed 004 §II";
pub const SEED_004_III: &str = "seed 004 §III";
pub const SEED_004_IV: &str = "seed 004 §IV";
pub const SEED_004_INTRO: &str = "seed 004 (introduction: 2024 pilot suspended)";

/// Secondary sources named in domain.md §2-§4.
pub const KAZINFORM_2024_04_03: &str = "Kazinform 2024-04-03 (2024 pilot term)";
pub const ADILET_G25IY111418: &str =
    "joint order, adilet G25IY111418 (2025 pilot, para 3: consent)";
pub const TREND_AZ_2025_04_15: &str =
    "Embassy in Russia via trend.az 2025-04-15 (acceptance from 2025-04-18; ten categories)";
pub const INBUSINESS_END_2025: &str = "draft order via inbusiness.kz (2025 pilot ends 2025-12-31)";
pub const MIA_ORDER_258: &str =
    "MIA order No. 258 of 2020-03-27 as reworded 2024-02-29 (zakon.kz; bizmedia.kz 2024-03-15)";
pub const LAW_PUBLIC_SERVICES_ART_22: &str = "Law \"On public services\" Art. 22 (pilot projects)";

/// Interpretations, each named so the UI can say "confirm with the office".
pub const INTERP_AGE: &str = "interpretation (domain.md §3.1): age in completed years on the date";
pub const INTERP_FOREIGNER: &str =
    "interpretation (domain.md §3.1): \"foreigner\" = foreign citizen";
pub const INTERP_KZ_DOCS: &str =
    "interpretation (domain.md §3.4): documents issued in Kazakhstan need no certification";
pub const INTERP_PRIVATE_DOCS: &str =
    "interpretation (domain.md §3.4): a company's internal document is not a public document";
pub const INTERP_IDENTITY_ORIGINAL: &str =
    "domain.md §5: a passport is shown in the original, never apostilled";
pub const INTERP_FOREIGN_LANGUAGE: &str =
    "interpretation (domain.md §3.4): foreign language = not Kazakh or Russian";
pub const INTERP_CATEGORY_PROOF: &str =
    "interpretation (domain.md §3.1, §5): category documents not in our sources";
pub const INTERP_NOTARIAL_WHERE_MADE: &str =
    "interpretation: a notarial act is certified per the state where it was made";
pub const INTERP_IN_COUNTRY_CERTIFICATION: &str =
    "interpretation: foreign public documents need apostille or legalization in country too (domain.md §3.4, §4)";
pub const INTERP_CORRECTION_ONLY_IN_COUNTRY: &str =
    "contract.md (purpose): correction exists in country only";
pub const INTERP_STATELESS_NO_ID_FORM: &str =
    "interpretation: the special form is completed at the desk, like the application";

/// Treaties (treaties.md).
pub const HCCH_STATUS_TABLE: &str = "HCCH status table, Apostille Convention (cid=41)";
pub const VERDRAGEN_CHANGELOG: &str = "verdragen.nl change log (depositary)";
pub const MINSK_1993: &str = "Minsk Convention 1993-01-22 (gov.kz/egov.kz service texts)";
pub const CHISINAU_2002: &str =
    "Chisinau Convention 2002-10-07 (Kazakhstan Law No. 531 of 2004-03-10, zakonpravo.kz)";
pub const UKRAINE_LAW_2783: &str =
    "Ukrainian Ministry of Justice notice on Law 2783-IX (Minsk ceased for Ukraine 2023-12-29)";
pub const TREATY_ORDER: &str = "treaties.md §Order of the checks";

/// Calendar (calendar.md and the 2024 research).
pub const HOLIDAY_LAW: &str =
    "Law \"On holidays in the Republic of Kazakhstan\" Art. 5; Labour Code Art. 84-85";
