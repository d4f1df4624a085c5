//! Citations: every requirement, reason and table row points at public documents anyone can
//! open, through the [`registry`] of sources (id, kind, title, publisher, date, link), with an
//! optional locator inside THAT document ("section II", "Art. 5"). Where the sources are
//! silent, the project's own reading is an [`Interpretation`]: the question it answers and
//! our reading of it, never presented as a source.
//!
//! The constants below keep the names the rule-set records were written with (`SEED_004_II`
//! is the FChain article's section II); what they are is a [`Cite`]. The public text of a
//! citation ([`Cite::text`], [`source_text`]) is what the contract's `basis` strings carry;
//! [`structure`] reads such strings back into registry ids, so the structured form cannot
//! drift from the text.
//!
//! The text is a citation, never a quotation: the sources are restated, not copied.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::NaiveDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ruleset::ymd;

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A legal act (law, code, order, constitution); its text may not be public.
    Act,
    /// An international treaty, or its official status table.
    Treaty,
    /// A notice of a state body or a depositary.
    OfficialNotice,
    /// A news article.
    News,
    /// A law firm's note or legal update.
    LawFirmNote,
}

/// The stable id of a registry source, as written in the contract's `sources` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceId {
    KzPilot2024Order,
    Kazinform20240403,
    Aequitas202403,
    Centralasia24Pilot2024,
    KzPilot2025Order,
    Fchain20250129,
    Mondaq20250319,
    Trend20250415,
    Mia258,
    Centralasia24Mia2024,
    KzPublicServicesLaw,
    HcchApostille,
    NlDepositaryApostille,
    Minsk1993,
    Chisinau2002,
    KzServiceTextsLegalAssistance,
    UaLaw2783,
    MdTreatyRegister,
    KzHolidaysLaw,
    KzConstitution2026,
    KzLabourCode,
    Taspa20260318,
}

impl SourceId {
    /// The stable id ("fchain-2025-01-29"), spelled once here.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceId::KzPilot2024Order => "kz-pilot-2024-order",
            SourceId::Kazinform20240403 => "kazinform-2024-04-03",
            SourceId::Aequitas202403 => "aequitas-2024-03",
            SourceId::Centralasia24Pilot2024 => "centralasia24-2024-pilot",
            SourceId::KzPilot2025Order => "kz-pilot-2025-order",
            SourceId::Fchain20250129 => "fchain-2025-01-29",
            SourceId::Mondaq20250319 => "mondaq-2025-03-19",
            SourceId::Trend20250415 => "trend-2025-04-15",
            SourceId::Mia258 => "mia-258",
            SourceId::Centralasia24Mia2024 => "centralasia24-2024-mia",
            SourceId::KzPublicServicesLaw => "kz-public-services-law",
            SourceId::HcchApostille => "hcch-apostille",
            SourceId::NlDepositaryApostille => "nl-depositary-apostille",
            SourceId::Minsk1993 => "minsk-1993",
            SourceId::Chisinau2002 => "chisinau-2002",
            SourceId::KzServiceTextsLegalAssistance => "kz-service-texts-legal-assistance",
            SourceId::UaLaw2783 => "ua-law-2783",
            SourceId::MdTreatyRegister => "md-treaty-register",
            SourceId::KzHolidaysLaw => "kz-holidays-law",
            SourceId::KzConstitution2026 => "kz-constitution-2026",
            SourceId::KzLabourCode => "kz-labour-code",
            SourceId::Taspa20260318 => "taspa-2026-03-18",
        }
    }

    pub fn parse(id: &str) -> Option<SourceId> {
        REGISTRY.iter().map(|s| s.id).find(|s| s.as_str() == id)
    }

    /// Its registry entry (every id has one: see the tests).
    pub fn source(self) -> &'static Source {
        REGISTRY
            .iter()
            .find(|s| s.id == self)
            .unwrap_or(&REGISTRY[0])
    }
}

impl Serialize for SourceId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SourceId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SourceId::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown source `{text}`")))
    }
}

impl JsonSchema for SourceId {
    fn schema_name() -> Cow<'static, str> {
        "SourceId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = REGISTRY.iter().map(|s| s.id.as_str()).collect();
        json_schema!({ "type": "string", "enum": ids })
    }
}

/// How precisely a source is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceDate {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
}

impl SourceDate {
    /// ISO-style text ("2025-01-29", "2024-03", "2024"): readable in every language.
    pub fn iso(&self) -> String {
        match self {
            SourceDate::Day(d) => super::dates::format_iso(*d),
            SourceDate::Month(y, m) => format!("{y}-{m:02}"),
            SourceDate::Year(y) => y.to_string(),
        }
    }
}

/// A text in English with a Russian and a Kazakh form where one is natural (an act's
/// official title, a ministry's name); absent: the English (or original) text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized {
    pub en: &'static str,
    pub ru: Option<&'static str>,
    pub kk: Option<&'static str>,
}

impl Localized {
    pub const fn en(en: &'static str) -> Localized {
        Localized {
            en,
            ru: None,
            kk: None,
        }
    }

    pub const fn all(en: &'static str, ru: &'static str, kk: &'static str) -> Localized {
        Localized {
            en,
            ru: Some(ru),
            kk: Some(kk),
        }
    }

    /// The text for a language tag ("en", "ru", "kk"); falls back to English.
    pub fn get(&self, lang: &str) -> &'static str {
        match lang {
            "ru" => self.ru.unwrap_or(self.en),
            "kk" => self.kk.unwrap_or(self.en),
            _ => self.en,
        }
    }

    /// The language of what `get(lang)` gives: `lang`, or "en" where it fell back (a page
    /// marks that text so a screen reader reads it with an English voice).
    pub fn lang_of(&self, lang: &str) -> &'static str {
        match (lang, self.ru, self.kk) {
            ("ru", Some(_), _) => "ru",
            ("kk", _, Some(_)) => "kk",
            _ => "en",
        }
    }
}

/// One public source.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    pub title: Localized,
    /// Our summary of what it reports, in the reader's language, after its title: for a title
    /// kept in its own language.
    pub about: Option<Localized>,
    pub publisher: Localized,
    pub date: Option<SourceDate>,
    /// An https address where the document, or its official page, can be opened.
    pub link: Option<&'static str>,
    /// An English text of a document in another language, where sources.md gives one: linked
    /// for an English reader after the original (found by a legal review: the ministry's order
    /// was linked only in Russian).
    pub english_text: Option<&'static str>,
    /// An act cited through the source that reports or quotes it (it has no address of its
    /// own here).
    pub reported_by: Option<Reported>,
}

/// How an act without an address of its own is cited: through another source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reported {
    /// Its text is not public (the pilot orders): known from the sources that reported it,
    /// each named, since each gives a different part (the 2024 order's signing date comes
    /// from Aequitas, its term from Kazinform: found by a lawyer's audit).
    NotPublic(&'static [SourceId]),
    /// Public, and cited as that source quotes or reports it.
    Quoted(SourceId),
}

impl Reported {
    /// The sources it is cited through.
    pub fn by(&self) -> &[SourceId] {
        match self {
            Reported::NotPublic(by) => by,
            Reported::Quoted(by) => std::slice::from_ref(by),
        }
    }
}

/// Every source, in the order a reader meets them (rule sets, then treaties, then calendar).
pub fn registry() -> &'static [Source] {
    REGISTRY
}

const fn day(y: i32, m: u32, d: u32) -> Option<SourceDate> {
    Some(SourceDate::Day(ymd(y, m, d)))
}

use SourceId as S;
use SourceKind as K;

static REGISTRY: &[Source] = &[
    Source {
        id: S::KzPilot2024Order,
        kind: K::Act,
        // A Kazakhstan act: its title in the reader's language (our translation of the
        // reported title; the text is not public, which the citation says).
        title: Localized::all(
            "Joint order of the Ministers of Foreign Affairs, Internal Affairs, and Digital Development, Innovations and Aerospace Industry on the pilot project \"Formation of an IIN for foreigners through foreign institutions of the Republic of Kazakhstan\" (in force 13 April 2024 to 31 December 2024)",
            "Совместный приказ министров иностранных дел, внутренних дел, цифрового развития, инноваций и аэрокосмической промышленности о пилотном проекте «Формирование ИИН для иностранцев через загранучреждения Республики Казахстан» (действовал с 13 апреля 2024 года по 31 декабря 2024 года)",
            "Сыртқы істер, Ішкі істер, Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлерінің «Шетелдіктер үшін ЖСН‑ді Қазақстан Республикасының шетелдегі мекемелері арқылы қалыптастыру» пилоттық жобасы туралы бірлескен бұйрығы (2024 жылғы 13 сәуірден 31 желтоқсанды қоса алғанда қолданылды)",
        ),
        publisher: Localized::all(
            "Ministers of Foreign Affairs, Internal Affairs, and Digital Development, Innovations and Aerospace Industry of the Republic of Kazakhstan",
            "Министры иностранных дел, внутренних дел, цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
            "Қазақстан Республикасының Сыртқы істер, Ішкі істер, Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлері",
        ),
        date: day(2024, 3, 19),
        link: None,
        english_text: None,
        reported_by: Some(Reported::NotPublic(&[S::Aequitas202403, S::Kazinform20240403])),
        about: None,
    },
    Source {
        id: S::Kazinform20240403,
        kind: K::News,
        title: Localized::en(
            "Foreign residents will be able to get Kazakhstan's IIN at 96 embassies and consulates abroad",
        ),
        publisher: Localized::en("Kazinform"),
        date: day(2024, 4, 3),
        link: Some("https://en.inform.kz/news/foreign-residents-could-apply-for-kazakhstani-individual-identification-number-aboard-2e2b0a/"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Aequitas202403,
        kind: K::LawFirmNote,
        title: Localized::en(
            "Kazakhstan launches a pilot project on IIN obtainment at foreign establishments (Legal Update)",
        ),
        publisher: Localized::en("Aequitas Law Firm"),
        date: Some(SourceDate::Month(2024, 3)),
        link: None,
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Centralasia24Pilot2024,
        kind: K::News,
        title: Localized::en(
            "Kazakhstan Launches Pilot Project for Foreigners' Identification Numbers",
        ),
        publisher: Localized::en("CentralAsia24"),
        date: Some(SourceDate::Year(2024)),
        link: Some("https://centralasia24.com/kazakhstan/politics/post/2109/kazakhstan-launches-pilot-project-for-foreigners-identification-numbers"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::KzPilot2025Order,
        kind: K::Act,
        // A Kazakhstan act: its title in the reader's language (our translation of the
        // reported title; the adopted text is not public).
        title: Localized::all(
            "Joint order on the pilot project \"Formation and correction of the IIN for foreigners through foreign institutions of the Republic of Kazakhstan and the Ministry of Foreign Affairs\" (draft published for comment; applied from 18 April 2025, scheduled end 31 December 2025)",
            "Совместный приказ о пилотном проекте «Формирование и корректировка ИИН для иностранцев через загранучреждения Республики Казахстан и Министерство иностранных дел» (проект опубликован для обсуждения; применялся с 18 апреля 2025 года, плановое окончание — 31 декабря 2025 года)",
            "«Шетелдіктер үшін ЖСН‑ді Қазақстан Республикасының шетелдегі мекемелері және Сыртқы істер министрлігі арқылы қалыптастыру және түзету» пилоттық жобасы туралы бірлескен бұйрық (жобасы талқылауға жарияланған; 2025 жылғы 18 сәуірден қолданылды, жоспарланған аяқталуы — 2025 жылғы 31 желтоқсан)",
        ),
        publisher: Localized::all(
            "Ministers of the Republic of Kazakhstan (joint order)",
            "Министры Республики Казахстан (совместный приказ)",
            "Қазақстан Республикасының министрлері (бірлескен бұйрық)",
        ),
        date: Some(SourceDate::Year(2025)),
        link: None,
        english_text: None,
        reported_by: Some(Reported::NotPublic(&[S::Fchain20250129, S::Trend20250415])),
        about: None,
    },
    Source {
        id: S::Fchain20250129,
        kind: K::LawFirmNote,
        title: Localized::en("Obtaining Kazakhstani IIN in foreign institutions in 2025"),
        publisher: Localized::en("FChain Kazakhstan (S. Gaidarov)"),
        date: day(2025, 1, 29),
        link: Some("https://f-chain.com/obtaining-kazakhstani-iin-in-foreign-institutions-in-2025/"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Mondaq20250319,
        kind: K::LawFirmNote,
        title: Localized::en(
            "Kazakhstan: Developing a Pilot Project for Issuing IINs to Foreign Nationals",
        ),
        publisher: Localized::en("Mondaq"),
        date: day(2025, 3, 19),
        link: Some("https://www.mondaq.com/work-visas/1599516/kazakhstan-developing-a-pilot-project-for-issuing-iins-to-foreign-nationals"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Trend20250415,
        kind: K::News,
        // The article's own title stays in English (marked so on a ru/kk page); our summary is
        // translated (found by an audit: the two in one text were read with one voice).
        title: Localized::en(
            "Kazakhstan sets date for renewal of IIN applications for foreign citizens",
        ),
        about: Some(Localized::all(
            "Embassy of Kazakhstan in Russia: ten categories, from 18 April 2025",
            "посольство Казахстана в России: десять групп, с 18 апреля 2025 года",
            "Қазақстанның Ресейдегі елшілігі: он топ, 2025 жылғы 18 сәуірден",
        )),
        publisher: Localized::en("Trend"),
        date: day(2025, 4, 15),
        link: Some("https://www.trend.az/business/4031077.html"),
        english_text: None,
        reported_by: None,
    },
    Source {
        id: S::Mia258,
        kind: K::Act,
        title: Localized::all(
            "Order of the Minister of Internal Affairs No. 258 of 27 March 2020: Rules of the public service \"Formation and correction of the IIN for foreigners and stateless persons temporarily staying in the Republic of Kazakhstan\" (as amended 29 February 2024, in force 25 March 2024)",
            "Приказ Министра внутренних дел № 258 от 27 марта 2020 года: Правила оказания государственной услуги «Формирование и корректировка индивидуального идентификационного номера иностранцам и лицам без гражданства, временно пребывающим в Республике Казахстан» (в редакции от 29 февраля 2024 года, действует с 25 марта 2024 года)",
            "Ішкі істер министрінің 2020 жылғы 27 наурыздағы № 258 бұйрығы: «Қазақстан Республикасында уақытша болатын шетелдіктерге және азаматтығы жоқ адамдарға жеке сәйкестендіру нөмірін қалыптастыру және түзету» мемлекеттік қызмет көрсету қағидалары (2024 жылғы 29 ақпандағы редакцияда, 2024 жылғы 25 наурыздан бастап қолданылады)",
        ),
        publisher: Localized::all(
            "Ministry of Internal Affairs of the Republic of Kazakhstan (Adilet legal database)",
            "Министерство внутренних дел Республики Казахстан (ИПС «Әділет»)",
            "Қазақстан Республикасының Ішкі істер министрлігі («Әділет» АҚЖ)",
        ),
        date: day(2024, 2, 29),
        link: Some("https://adilet.zan.kz/rus/docs/V2000020201"),
        english_text: Some("https://cis-legislation.com/document.fwx?rgn=123789"),
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Centralasia24Mia2024,
        kind: K::News,
        title: Localized::en(
            "Ministry of Internal Affairs Approves Updated Rules for Foreigners' Identification Numbers in Kazakhstan",
        ),
        publisher: Localized::en("CentralAsia24"),
        date: Some(SourceDate::Year(2024)),
        link: Some("https://centralasia24.com/kazakhstan/national-security/post/821/ministry-of-internal-affairs-approves-updated-rules-for-foreigners-identification-numbers-in-kazakhstan"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::KzPublicServicesLaw,
        kind: K::Act,
        title: Localized::all(
            "Law of the Republic of Kazakhstan \"On public services\" No. 88-V of 15 April 2013",
            "Закон Республики Казахстан «О государственных услугах» от 15 апреля 2013 года № 88-V",
            "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының 2013 жылғы 15 сәуірдегі № 88-V Заңы",
        ),
        publisher: Localized::all("Adilet legal database", "ИПС «Әділет»", "«Әділет» АҚЖ"),
        date: day(2013, 4, 15),
        link: Some("https://adilet.zan.kz/rus/docs/Z1300000088"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::HcchApostille,
        kind: K::Treaty,
        title: Localized::all(
            "Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents (Apostille Convention): status table",
            "Конвенция, отменяющая требование легализации иностранных официальных документов, от 5 октября 1961 года (Конвенция об апостиле): таблица статуса",
            "Шетелдік ресми құжаттарды заңдастыру талабын жоятын 1961 жылғы 5 қазандағы конвенция (Апостиль конвенциясы): мәртебе кестесі",
        ),
        publisher: Localized::en("HCCH"),
        date: None,
        link: Some("https://www.hcch.net/en/instruments/conventions/status-table/?cid=41"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::NlDepositaryApostille,
        kind: K::OfficialNotice,
        // Our description of the source, in the reader's language.
        title: Localized::all(
            "Apostille Convention: depositary notifications and change log (Netherlands treaty database)",
            "Конвенция об апостиле: уведомления депозитария и журнал изменений (база договоров Нидерландов)",
            "Апостиль конвенциясы: депозитарий хабарламалары және өзгерістер журналы (Нидерланд шарттарының дерекқоры)",
        ),
        publisher: Localized::all("Ministry of Foreign Affairs of the Netherlands (depositary)", "Министерство иностранных дел Нидерландов (депозитарий)", "Нидерланд Сыртқы істер министрлігі (депозитарий)"),
        date: None,
        link: None,
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Minsk1993,
        kind: K::Treaty,
        title: Localized::all(
            "Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Minsk, 22 January 1993)",
            "Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Минск, 22 января 1993 года)",
            "Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Минск, 1993 жылғы 22 қаңтар)",
        ),
        publisher: Localized::all("CIS", "СНГ", "ТМД"),
        date: day(1993, 1, 22),
        link: None,
        english_text: None,
        reported_by: Some(Reported::Quoted(S::KzServiceTextsLegalAssistance)),
        about: None,
    },
    Source {
        id: S::Chisinau2002,
        kind: K::Treaty,
        title: Localized::all(
            "Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Chisinau, 7 October 2002); ratified by Kazakhstan by Law No. 531 of 10 March 2004",
            "Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Кишинёв, 7 октября 2002 года); ратифицирована Законом Республики Казахстан № 531 от 10 марта 2004 года",
            "Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Кишинев, 2002 жылғы 7 қазан); Қазақстан Республикасының 2004 жылғы 10 наурыздағы № 531 Заңымен ратификацияланған",
        ),
        publisher: Localized::all("CIS", "СНГ", "ТМД"),
        date: day(2002, 10, 7),
        link: None,
        english_text: None,
        reported_by: Some(Reported::Quoted(S::KzServiceTextsLegalAssistance)),
        about: None,
    },
    Source {
        id: S::KzServiceTextsLegalAssistance,
        kind: K::OfficialNotice,
        // Our description of the source, in the reader's language.
        title: Localized::all(
            "Public-service texts of Kazakhstan quoting the Minsk and Chisinau Conventions (documents from their parties need no legalization)",
            "Тексты государственных услуг Казахстана со ссылкой на Минскую и Кишинёвскую конвенции (документам из государств-участников легализация не нужна)",
            "Минск және Кишинев конвенцияларына сілтеме жасалған Қазақстанның мемлекеттік қызмет мәтіндері (қатысушы мемлекеттердің құжаттарына заңдастыру қажет емес)",
        ),
        publisher: Localized::en("gov.kz, egov.kz"),
        date: None,
        link: Some("https://egov.kz/"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::UaLaw2783,
        kind: K::OfficialNotice,
        // Our description of the source, in the reader's language.
        title: Localized::all(
            "Notice on Law of Ukraine No. 2783-IX: the Minsk Convention ceased to apply for Ukraine from 29 December 2023",
            "Сообщение о Законе Украины № 2783-IX: Минская конвенция перестала действовать для Украины с 29 декабря 2023 года",
            "Украинаның № 2783-IX Заңы туралы хабарлама: Минск конвенциясы Украина үшін 2023 жылғы 29 желтоқсаннан бастап қолданылмайды",
        ),
        publisher: Localized::all("Ministry of Justice of Ukraine", "Министерство юстиции Украины", "Украина Әділет министрлігі"),
        date: Some(SourceDate::Year(2023)),
        link: None,
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::MdTreatyRegister,
        kind: K::OfficialNotice,
        // Our description of the source, in the reader's language.
        title: Localized::all(
            "State register of international treaties of the Republic of Moldova (Minsk Convention in force for Moldova from 26 March 1996)",
            "Государственный реестр международных договоров Республики Молдова (Минская конвенция действует для Молдовы с 26 марта 1996 года)",
            "Молдова Республикасының халықаралық шарттарының мемлекеттік тізілімі (Минск конвенциясы Молдова үшін 1996 жылғы 26 наурыздан бастап қолданылады)",
        ),
        publisher: Localized::all("Republic of Moldova", "Республика Молдова", "Молдова Республикасы"),
        date: None,
        link: None,
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::KzHolidaysLaw,
        kind: K::Act,
        title: Localized::all(
            "Law of the Republic of Kazakhstan \"On holidays in the Republic of Kazakhstan\" (as amended)",
            "Закон Республики Казахстан «О праздниках в Республике Казахстан» (с изменениями)",
            "«Қазақстан Республикасындағы мерекелер туралы» Қазақстан Республикасының Заңы (өзгерістерімен)",
        ),
        publisher: Localized::all("Adilet legal database", "ИПС «Әділет»", "«Әділет» АҚЖ"),
        date: day(2001, 12, 13),
        link: Some("https://adilet.zan.kz/rus/docs/Z010000267_"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::KzConstitution2026,
        kind: K::Act,
        title: Localized::all(
            "Constitution of the Republic of Kazakhstan adopted by referendum on 15 March 2026, in force from 1 July 2026",
            "Конституция Республики Казахстан, принятая на референдуме 15 марта 2026 года, действует с 1 июля 2026 года",
            "2026 жылғы 15 наурызда референдумда қабылданған, 2026 жылғы 1 шілдеден бастап қолданылатын Қазақстан Республикасының Конституциясы",
        ),
        publisher: Localized::all(
            "Republic of Kazakhstan",
            "Республика Казахстан",
            "Қазақстан Республикасы",
        ),
        date: day(2026, 3, 15),
        link: None,
        english_text: None,
        reported_by: Some(Reported::Quoted(S::Taspa20260318)),
        about: None,
    },
    Source {
        id: S::KzLabourCode,
        kind: K::Act,
        title: Localized::all(
            "Labour Code of the Republic of Kazakhstan",
            "Трудовой кодекс Республики Казахстан",
            "Қазақстан Республикасының Еңбек кодексі",
        ),
        publisher: Localized::all("Adilet legal database", "ИПС «Әділет»", "«Әділет» АҚЖ"),
        date: day(2015, 11, 23),
        link: Some("https://adilet.zan.kz/rus/docs/K1500000414"),
        english_text: None,
        reported_by: None,
        about: None,
    },
    Source {
        id: S::Taspa20260318,
        kind: K::News,
        // Our description of the source, in the reader's language.
        title: Localized::all(
            "Ministry of Labour on the holidays under the 2026 Constitution (30 August no longer a holiday: Monday 31 August 2026 a working day; 15 March a holiday from 2027)",
            "Минтруда о праздниках по Конституции 2026 года (30 августа больше не праздник: понедельник 31 августа 2026 года — рабочий день; 15 марта — праздник с 2027 года)",
            "Еңбек министрлігі 2026 жылғы Конституция бойынша мерекелер туралы (30 тамыз енді мереке емес: 2026 жылғы 31 тамыз, дүйсенбі — жұмыс күні; 15 наурыз 2027 жылдан бастап мереке)",
        ),
        publisher: Localized::en("taspanews.kz"),
        date: day(2026, 3, 18),
        link: None,
        english_text: None,
        reported_by: None,
        about: None,
    },
];

/// A question the sources leave open, answered by the project's own reading (the UI shows
/// it as "question: our reading, confirm with the office", localized by its id).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Interpretation {
    Age,
    Foreigner,
    KazakhstanDocuments,
    PrivateDocuments,
    IdentityOriginal,
    ForeignLanguage,
    CategoryProof,
    NotarialWhereMade,
    InCountryCertification,
    CorrectionOnlyInCountry,
    StatelessSpecialForm,
    LegalizationForApostille,
    TrainingCertificate,
    Territory,
    InCountryIdentityScript,
}

impl Interpretation {
    pub const ALL: [Interpretation; 15] = [
        Interpretation::Age,
        Interpretation::Foreigner,
        Interpretation::KazakhstanDocuments,
        Interpretation::PrivateDocuments,
        Interpretation::IdentityOriginal,
        Interpretation::ForeignLanguage,
        Interpretation::CategoryProof,
        Interpretation::NotarialWhereMade,
        Interpretation::InCountryCertification,
        Interpretation::CorrectionOnlyInCountry,
        Interpretation::StatelessSpecialForm,
        Interpretation::LegalizationForApostille,
        Interpretation::TrainingCertificate,
        Interpretation::Territory,
        Interpretation::InCountryIdentityScript,
    ];

    /// The question and our reading, in English (the `basis` text; the UI shows them in the
    /// reader's language from its own texts).
    pub fn english(self) -> (&'static str, &'static str) {
        match self {
            Interpretation::Age => (
                "How is an age limit counted?",
                "In completed years on the day of application; a 29 February birthday is reached on 1 March in a common year.",
            ),
            Interpretation::Foreigner => (
                "Does \"foreigner\" include stateless persons?",
                "No: it means a foreign citizen.",
            ),
            Interpretation::KazakhstanDocuments => (
                "Does a document issued in Kazakhstan need an apostille or legalization?",
                "No.",
            ),
            Interpretation::PrivateDocuments => (
                "Does a company's internal document or a portfolio need an apostille or legalization?",
                "No: it is not a public document.",
            ),
            Interpretation::IdentityOriginal => (
                "Does an identity document (a passport, a refugee certificate, a parent's identity card) need an apostille?",
                "No: it is shown in the original.",
            ),
            Interpretation::ForeignLanguage => (
                "Which documents other than the identity document need a translation?",
                "Those in a language other than Kazakh or Russian.",
            ),
            Interpretation::CategoryProof => (
                "Which document proves a category whose documents the sources do not list?",
                "A document that shows you belong to it; ask the office which one.",
            ),
            Interpretation::NotarialWhereMade => (
                "How is a document made by a notary (a notarized translation, a power of attorney, a will) certified?",
                "By the rules of the state where the notary acted.",
            ),
            Interpretation::InCountryCertification => (
                "Do foreign public documents need an apostille or legalization at an office in Kazakhstan too?",
                "Yes, unless a treaty exempts them.",
            ),
            Interpretation::CorrectionOnlyInCountry => (
                "Can an IIN be corrected at an embassy or consulate?",
                "No, only in Kazakhstan: the descriptions of the consular service speak only of a new IIN, though the 2025 order's title also names correction.",
            ),
            Interpretation::StatelessSpecialForm => (
                "Who fills in the special form for a stateless person without an identity document?",
                "It is completed at the office, like the application.",
            ),
            Interpretation::LegalizationForApostille => (
                "Is a document with a consular legalization accepted where an apostille is the rule?",
                "Yes: legalization is the fuller procedure, ending with a Kazakhstan consul's own certification.",
            ),
            // Whether it is a public document depends on who issued it; the sources list it
            // beside the diploma and say no more (found by a lawyer's audit).
            Interpretation::TrainingCertificate => (
                "Does a certificate of advanced training in IT need an apostille or consular legalization?",
                "Yes, like a diploma, when an education body issued it; a private course's certificate may not take an apostille as it is: ask the office.",
            ),
            // Puerto Rico, Réunion, Aruba: not parties of their own (found by an audit that
            // compared the page with the engine: their documents were sent to a legalization
            // their authorities do not give, Puerto Rico's issuing apostilles).
            Interpretation::Territory => (
                "Does the Apostille Convention apply to a territory that is part of a party (Puerto Rico of the United States, Réunion of France)?",
                "Yes, as for that state, unless it left the territory out: an apostille from the territory's authority.",
            ),
            // The State Corporation's rules speak of a document "not in Cyrillic or Latin
            // script"; the name and place of birth are the consular pilots' words (found by a
            // legal audit of the rules page: said as the in-country rule itself).
            Interpretation::InCountryIdentityScript => (
                "At an office in Kazakhstan, when does an identity document need a notarized translation?",
                "When its holder's name and place of birth are not in Latin or Cyrillic letters, as the consular rules say; the State Corporation's rules say only \"not in Cyrillic or Latin script\", so ask the office about a document in two scripts.",
            ),
        }
    }
}

/// What a rule rests on: a registry source (with a locator in that document), or our reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cite {
    Source(SourceId, Option<&'static str>),
    Reading(Interpretation),
}

impl Cite {
    const fn at(id: SourceId, locator: &'static str) -> Cite {
        Cite::Source(id, Some(locator))
    }

    const fn whole(id: SourceId) -> Cite {
        Cite::Source(id, None)
    }

    /// The public text of the citation, in English (the contract's `basis` string).
    pub fn text(&self) -> String {
        match self {
            Cite::Source(id, locator) => source_text(*id, *locator),
            Cite::Reading(i) => reading_text(*i),
        }
    }
}

/// Whether `text` (a basis entry) is one of our readings rather than a public source.
pub fn is_reading(text: &str) -> bool {
    text.starts_with(READING_PREFIX)
}

const READING_PREFIX: &str = "Our reading where the sources are silent (confirm with the office): ";

fn reading_text(i: Interpretation) -> String {
    let (question, reading) = i.english();
    format!("{READING_PREFIX}{question} {reading}")
}

fn source_head(source: &Source) -> String {
    let mut text = source.title.en.to_owned();
    if let Some(about) = source.about {
        text.push_str(&format!(" ({})", about.en));
    }
    text.push_str(&format!(". {}", source.publisher.en));
    if let Some(date) = source.date {
        text.push_str(", ");
        text.push_str(&date.iso());
    }
    text
}

/// The public text of a source with an optional locator (an article, a section, a table
/// row): title, publisher, date; locator.
pub fn source_text(id: SourceId, locator: Option<&str>) -> String {
    let mut text = source_head(id.source());
    if let Some(locator) = locator.filter(|l| !l.is_empty()) {
        text.push_str("; ");
        text.push_str(locator);
    }
    text
}

/// A registry source with the place in it, as the contract's structured `sources` list says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceRef {
    pub id: SourceId,
    /// The place in that document (an article, a section, a table row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
}

/// Reads `basis` strings back into registry references and interpretations, in order,
/// without duplicates. A string that is neither is skipped (the tests demand none).
pub fn structure<'a>(
    basis: impl IntoIterator<Item = &'a String>,
) -> (Vec<SourceRef>, Vec<Interpretation>) {
    let mut sources: Vec<SourceRef> = Vec::new();
    let mut readings: Vec<Interpretation> = Vec::new();
    for text in basis {
        match parse(text) {
            Some(Parsed::Source(r)) if !sources.contains(&r) => sources.push(r),
            Some(Parsed::Reading(i)) if !readings.contains(&i) => readings.push(i),
            _ => {}
        }
    }
    (sources, readings)
}

enum Parsed {
    Source(SourceRef),
    Reading(Interpretation),
}

type Written = (Vec<(SourceId, String)>, Vec<(Interpretation, String)>);

/// Every registry source's head and every reading's text, written once: `parse` reads every
/// citation of every `evaluate` back against them (found by a slow-phone audit: writing them
/// anew for each citation was about half of `evaluate`'s time, 70 ms of a result's build at
/// 6x CPU slowdown).
fn written() -> &'static Written {
    static WRITTEN: OnceLock<Written> = OnceLock::new();
    WRITTEN.get_or_init(|| {
        (
            REGISTRY.iter().map(|s| (s.id, source_head(s))).collect(),
            Interpretation::ALL
                .into_iter()
                .map(|i| (i, reading_text(i)))
                .collect(),
        )
    })
}

fn parse(text: &str) -> Option<Parsed> {
    let (heads, readings) = written();
    if text.starts_with(READING_PREFIX) {
        return readings
            .iter()
            .find(|(_, t)| t == text)
            .map(|(i, _)| Parsed::Reading(*i));
    }
    // The longest head that matches wins (no head is a prefix of another: see the tests).
    heads.iter().find_map(|(id, head)| {
        let rest = text.strip_prefix(head.as_str())?;
        let locator = if rest.is_empty() {
            None
        } else {
            Some(rest.strip_prefix("; ")?.to_owned())
        };
        Some(Parsed::Source(SourceRef { id: *id, locator }))
    })
}

/// Is this `basis` string a citation of the registry (a source or our reading)?
pub fn is_citation(text: &str) -> bool {
    parse(text).is_some()
}

/// The registry source a treaty table row's free-text source names (the tables keep their
/// wording; this maps it to an id). `fallback`: the table's own source.
pub fn for_treaty_row(text: &str, fallback: SourceId) -> SourceId {
    let t = text.to_ascii_lowercase();
    if t.contains("2783") {
        S::UaLaw2783
    } else if t.contains("moldovan state register") {
        S::MdTreatyRegister
    } else if t.contains("gov.kz") {
        S::KzServiceTextsLegalAssistance
    } else if t.contains("verdragen") {
        S::NlDepositaryApostille
    } else if t.contains("hcch") {
        // Before "depositary": a row read at hcch.net that also quotes the depositary through
        // another publication (Kosovo, PT aviso 16/2017) names the HCCH page it was read on
        // (found by an audit: it was credited to the Dutch change log, which it never cites).
        S::HcchApostille
    } else if t.contains("depositary") {
        S::NlDepositaryApostille
    } else {
        fallback
    }
}

// ---------------------------------------------------------------------------------------
// The citations the rule-set records use (names kept from when they cited our notes).
// ---------------------------------------------------------------------------------------

/// The 2024 pilot, as reported by Kazinform on 2024-04-03 (a news article: no sections).
pub const SEED_000_TERM: Cite = Cite::whole(S::Kazinform20240403);
pub const SEED_000_DOCUMENTS: Cite = Cite::whole(S::Kazinform20240403);
pub const SEED_000_TRANSLATION: Cite = Cite::whole(S::Kazinform20240403);
pub const SEED_000_REFUSAL: Cite = Cite::whole(S::Kazinform20240403);
/// Aequitas' legal update on the 2024 joint order, by its section headings.
pub const SEED_001_TERM: Cite = Cite::at(S::Aequitas202403, "section \"Term and place\"");
pub const SEED_001_PROCEDURE: Cite =
    Cite::at(S::Aequitas202403, "section \"IIN obtainment procedure\"");
pub const SEED_001_REFUSAL: Cite = Cite::at(S::Aequitas202403, "section \"Rejection to form IIN\"");
/// The Ministry of Internal Affairs' rules for the State Corporation (order No. 258); no
/// locator: the paragraphs of the amended text were not checked one by one.
pub const SEED_002: Cite = Cite::whole(S::Mia258);
pub const SEED_002_IDENTITY: Cite = Cite::whole(S::Mia258);
pub const SEED_002_SPECIAL_FORM: Cite = Cite::whole(S::Mia258);
pub const SEED_002_CORRECTION: Cite = Cite::whole(S::Mia258);
pub const SEED_002_REFUGEE: Cite = Cite::whole(S::Mia258);
pub const SEED_002_RECEIPT: Cite = Cite::whole(S::Mia258);
pub const SEED_002_REFUSAL: Cite = Cite::whole(S::Mia258);
/// Mondaq's note of 2025-03-19 on the 2025 draft, by its section headings.
pub const SEED_003: Cite = Cite::whole(S::Mondaq20250319);
pub const SEED_003_OPERATION: Cite =
    Cite::at(S::Mondaq20250319, "section \"How will the system operate\"");
pub const SEED_003_REFUSAL: Cite = Cite::at(S::Mondaq20250319, "section \"Grounds for refusal\"");
/// FChain's article of 2025-01-29 on the 2025 pilot, by its numbered sections.
pub const SEED_004_I: Cite = Cite::at(S::Fchain20250129, "section I");
pub const SEED_004_II: Cite = Cite::at(S::Fchain20250129, "section II");
pub const SEED_004_III: Cite = Cite::at(S::Fchain20250129, "section III");
pub const SEED_004_IV: Cite = Cite::at(S::Fchain20250129, "section IV");
pub const SEED_004_INTRO: Cite = Cite::at(S::Fchain20250129, "introduction");

pub const KAZINFORM_2024_04_03: Cite = Cite::whole(S::Kazinform20240403);
pub const PILOT_2024_ORDER: Cite = Cite::whole(S::KzPilot2024Order);
/// The 2025 joint order (adilet G25IY111418) as a whole: the rule set, its term (the title
/// names the scheduled end, reported with the draft). Not "para. 3", the consent clause (found
/// by an audit: the end date was cited to it).
pub const PILOT_2025_ORDER: Cite = Cite::whole(S::KzPilot2025Order);
/// Its para. 3: the applicant's written consent, collected by the mission (domain.md §3.1),
/// known from the draft published for comment: the notes that report the order do not say it.
pub const PILOT_2025_ORDER_CONSENT: Cite = Cite::at(
    S::KzPilot2025Order,
    "para. 3 of the draft published for comment",
);
pub const TREND_AZ_2025_04_15: Cite = Cite::whole(S::Trend20250415);
pub const MIA_ORDER_258: Cite = Cite::whole(S::Mia258);
pub const MIA_RULES_REPORTED: Cite = Cite::whole(S::Centralasia24Mia2024);
pub const LAW_PUBLIC_SERVICES_ART_22: Cite = Cite::at(S::KzPublicServicesLaw, "Art. 22");

/// Interpretations: never a source; the UI shows the question and our reading.
pub const INTERP_AGE: Cite = Cite::Reading(Interpretation::Age);
pub const INTERP_FOREIGNER: Cite = Cite::Reading(Interpretation::Foreigner);
pub const INTERP_KZ_DOCS: Cite = Cite::Reading(Interpretation::KazakhstanDocuments);
pub const INTERP_PRIVATE_DOCS: Cite = Cite::Reading(Interpretation::PrivateDocuments);
pub const INTERP_IDENTITY_ORIGINAL: Cite = Cite::Reading(Interpretation::IdentityOriginal);
pub const INTERP_FOREIGN_LANGUAGE: Cite = Cite::Reading(Interpretation::ForeignLanguage);
pub const INTERP_IN_COUNTRY_IDENTITY_SCRIPT: Cite =
    Cite::Reading(Interpretation::InCountryIdentityScript);
pub const INTERP_CATEGORY_PROOF: Cite = Cite::Reading(Interpretation::CategoryProof);
pub const INTERP_NOTARIAL_WHERE_MADE: Cite = Cite::Reading(Interpretation::NotarialWhereMade);
pub const INTERP_IN_COUNTRY_CERTIFICATION: Cite =
    Cite::Reading(Interpretation::InCountryCertification);
pub const INTERP_CORRECTION_ONLY_IN_COUNTRY: Cite =
    Cite::Reading(Interpretation::CorrectionOnlyInCountry);
pub const INTERP_STATELESS_NO_ID_FORM: Cite = Cite::Reading(Interpretation::StatelessSpecialForm);
pub const INTERP_LEGALIZATION_FOR_APOSTILLE: Cite =
    Cite::Reading(Interpretation::LegalizationForApostille);
pub const INTERP_TRAINING_CERTIFICATE: Cite = Cite::Reading(Interpretation::TrainingCertificate);
pub const INTERP_TERRITORY: Cite = Cite::Reading(Interpretation::Territory);

/// Treaties.
pub const HCCH_STATUS_TABLE: Cite = Cite::whole(S::HcchApostille);
pub const VERDRAGEN_CHANGELOG: Cite = Cite::whole(S::NlDepositaryApostille);
pub const MINSK_1993: Cite = Cite::whole(S::Minsk1993);
pub const CHISINAU_2002: Cite = Cite::whole(S::Chisinau2002);
pub const UKRAINE_LAW_2783: Cite = Cite::whole(S::UaLaw2783);
/// Certification when neither a legal-assistance convention nor the Apostille Convention
/// applies: consular legalization (the Convention lifts it only between its parties; the rule
/// set's own basis asks for it). Cited as the status table, whole: the page cited is the
/// table, which has no articles (found by a legal review: "status table ... Art. 2-3").
pub const TREATY_ORDER: Cite = Cite::whole(S::HcchApostille);

/// Calendar.
pub const HOLIDAY_LAW: Cite = Cite::at(S::KzHolidaysLaw, "Art. 5");
pub const LABOUR_CODE_TRANSFERS: Cite = Cite::at(S::KzLabourCode, "Art. 84-85");
pub const CONSTITUTION_DAY_2026: Cite = Cite::at(S::KzConstitution2026, "Art. 94");

/// A locator, read back into its parts so a UI can say it in the reader's language. The
/// texts are made by the functions below (and the `Cite` constants), so the formats are
/// spelled in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locator<'a> {
    Section(&'a str),
    Article(&'a str),
    Paragraph(&'a str),
    /// A paragraph of an order known from its draft published for comment, not from the
    /// notes that report the order (the 2025 order's consent, para. 3: found by an audit of the
    /// law, the citation said "reported by" a note that does not mention it).
    DraftParagraph(&'a str),
    Introduction,
    /// A treaty table row: the state, and the day the treaty entered into force for it.
    InForceFrom(&'a str, NaiveDate),
    /// Not yet in force on the date judged.
    InForceOnlyFrom(&'a str, NaiveDate),
    NotAParty(&'a str),
    /// The last day a treaty applied to the state.
    AppliedUntil(&'a str, NaiveDate),
    ObjectionBlocksPair,
    /// A treaty table row named by its state.
    State(&'a str),
}

const OF_THE_DRAFT: &str = " of the draft published for comment";
const IN_FORCE_ONLY_FROM: &str = ": in force only from ";
const IN_FORCE_FROM: &str = ": in force from ";
const NOT_A_PARTY: &str = ": not a party";
const APPLIED_UNTIL: &str = ": applied until ";
const OBJECTION: &str = "objection blocking this pair (Art. 12)";

pub fn locator_in_force_from(state: &str, date: NaiveDate) -> String {
    format!("{state}{IN_FORCE_FROM}{date}")
}
pub fn locator_in_force_only_from(state: &str, date: NaiveDate) -> String {
    format!("{state}{IN_FORCE_ONLY_FROM}{date}")
}
pub fn locator_not_a_party(state: &str) -> String {
    format!("{state}{NOT_A_PARTY}")
}
pub fn locator_applied_until(state: &str, date: NaiveDate) -> String {
    format!("{state}{APPLIED_UNTIL}{date}")
}
pub const LOCATOR_OBJECTION: &str = OBJECTION;

/// Reads a locator made here back into its parts.
pub fn read_locator(text: &str) -> Locator<'_> {
    let dated = |sep: &str| -> Option<(&str, NaiveDate)> {
        let (state, date) = text.split_once(sep)?;
        Some((state, super::dates::parse_iso(date)?))
    };
    if let Some(n) = text.strip_prefix("section ") {
        Locator::Section(n)
    } else if let Some(n) = text.strip_prefix("Art. ") {
        Locator::Article(n)
    } else if let Some(n) = text
        .strip_prefix("para. ")
        .and_then(|n| n.strip_suffix(OF_THE_DRAFT))
    {
        Locator::DraftParagraph(n)
    } else if let Some(n) = text.strip_prefix("para. ") {
        Locator::Paragraph(n)
    } else if text == "introduction" {
        Locator::Introduction
    } else if text == OBJECTION {
        Locator::ObjectionBlocksPair
    } else if let Some((s, d)) = dated(IN_FORCE_ONLY_FROM) {
        Locator::InForceOnlyFrom(s, d)
    } else if let Some((s, d)) = dated(IN_FORCE_FROM) {
        Locator::InForceFrom(s, d)
    } else if let Some((s, d)) = dated(APPLIED_UNTIL) {
        Locator::AppliedUntil(s, d)
    } else if let Some(s) = text.strip_suffix(NOT_A_PARTY) {
        Locator::NotAParty(s)
    } else {
        Locator::State(text)
    }
}

/// A rule's sources and readings, as an outcome carries them (for a rule-set record the
/// page cites directly: what the applicant is handed).
pub fn refs(basis: &[Cite]) -> (Vec<SourceRef>, Vec<Interpretation>) {
    structure(&texts(basis))
}

/// The public texts of a list of citations.
/// The citations' texts, each once: two constants may cite the same place (a seed's term and
/// the article it is, say), and a `basis` list that names it twice says nothing more.
pub fn texts(basis: &[Cite]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(basis.len());
    for text in basis.iter().map(Cite::text) {
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_has_one_entry_and_a_public_link_or_none() {
        for (i, s) in REGISTRY.iter().enumerate() {
            assert_eq!(s.id.source().id, s.id);
            assert!(
                REGISTRY.iter().skip(i + 1).all(|o| o.id != s.id),
                "{} twice",
                s.id.as_str()
            );
            assert_eq!(SourceId::parse(s.id.as_str()), Some(s.id));
            for link in s.link.into_iter().chain(s.english_text) {
                assert!(link.starts_with("https://"), "{link}");
            }
            for by in s.reported_by.iter().flat_map(|r| r.by()) {
                assert_eq!(by.source().id, *by);
            }
        }
    }

    #[test]
    fn no_head_is_a_prefix_of_another() {
        for a in REGISTRY {
            for b in REGISTRY {
                if a.id != b.id {
                    assert!(!source_head(b).starts_with(&source_head(a)));
                }
            }
        }
    }

    #[test]
    fn texts_read_back_into_the_same_citations() {
        let all = [
            SEED_004_II,
            MINSK_1993,
            INTERP_AGE,
            HOLIDAY_LAW,
            TREATY_ORDER,
        ];
        let texts = texts(&all);
        let (sources, readings) = structure(&texts);
        assert_eq!(
            sources.first(),
            Some(&SourceRef {
                id: S::Fchain20250129,
                locator: Some("section II".into())
            })
        );
        assert_eq!(sources.len(), 4);
        assert_eq!(readings, vec![Interpretation::Age]);
        let row = source_text(S::HcchApostille, Some("Palau: in force from 2020-06-23"));
        assert!(is_citation(&row));
        assert!(!is_citation("seed 004 §II"));
    }

    #[test]
    fn locators_read_back() {
        let d = ymd(2020, 6, 23);
        assert_eq!(
            read_locator(&locator_in_force_from("Palau", d)),
            Locator::InForceFrom("Palau", d)
        );
        assert_eq!(
            read_locator(&locator_in_force_only_from("Viet Nam", d)),
            Locator::InForceOnlyFrom("Viet Nam", d)
        );
        assert_eq!(
            read_locator(&locator_not_a_party("Iran")),
            Locator::NotAParty("Iran")
        );
        assert_eq!(
            read_locator(&locator_applied_until("Ukraine", d)),
            Locator::AppliedUntil("Ukraine", d)
        );
        assert_eq!(read_locator("section II"), Locator::Section("II"));
        assert_eq!(read_locator("Art. 2-3"), Locator::Article("2-3"));
        assert_eq!(read_locator("para. 3"), Locator::Paragraph("3"));
        assert_eq!(
            read_locator("para. 3 of the draft published for comment"),
            Locator::DraftParagraph("3")
        );
        assert_eq!(
            read_locator(LOCATOR_OBJECTION),
            Locator::ObjectionBlocksPair
        );
        assert_eq!(read_locator("Armenia"), Locator::State("Armenia"));
    }

    #[test]
    fn treaty_row_sources_map_to_registry_ids() {
        assert_eq!(
            for_treaty_row("gov.kz/egov.kz service texts (Minsk)", S::Minsk1993),
            S::KzServiceTextsLegalAssistance
        );
        assert_eq!(
            for_treaty_row("HCCH status table cid=41", S::HcchApostille),
            S::HcchApostille
        );
        assert_eq!(
            for_treaty_row(
                "Ukrainian Ministry of Justice notice on Law 2783-IX",
                S::Minsk1993
            ),
            S::UaLaw2783
        );
        assert_eq!(
            for_treaty_row(
                "verdragen.nl change log (accession 2025-12-31)",
                S::HcchApostille
            ),
            S::NlDepositaryApostille
        );
        assert_eq!(
            for_treaty_row(
                "PT aviso 16/2017 (dre.tretas.org/dre/2894131) quoting the depositary; hcch.net/es/.../notifications/?csid=1319&disp=type",
                S::HcchApostille
            ),
            S::HcchApostille
        );
    }
}
