//! The answers as URL parameters, so a link restores every answer and nothing is stored
//! anywhere else: the link's settings in the query string, the answers after `#`, which a
//! browser never sends to a server (`in_query`). Parsing takes already-decoded `(key, value)`
//! pairs (the browser's `URLSearchParams` decodes them) and never fails: a bad or hostile
//! value is dropped and named in `ignored`, so the app can say so and keep working.
//!
//! Why not serde_urlencoded / serde_qs: every field needs its own validation and its own
//! "ignored" notice rather than one error for the whole query, and the browser already
//! decodes; a crate would add bytes to the wasm without removing any code here.

use chrono::NaiveDate;

use super::answers::{
    Answers, CertifiedAnswer, DocAnswer, IdChoice, IssuerAnswer, LanguageAnswer, Tri,
};
use super::flow::Step;
use crate::rules::{Category, Citizenship, Country, DocumentId, Purpose, Route, RulesetId};

/// Longest value accepted for any parameter; longer ones are hostile or broken.
const MAX_VALUE: usize = 64;
/// More parameters than this: the rest are ignored.
const MAX_PARAMS: usize = 80;

/// What a URL said, after validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub answers: Answers,
    pub step: Option<Step>,
    /// The interface language asked for (`lang`), if it is one the app has.
    pub lang: Option<String>,
    /// The consulate's country was preset by the host (`country`): not asked again.
    pub preset_country: bool,
    /// Parameter names whose values were not usable (for the console; never shown).
    pub ignored: Vec<String>,
    /// The same, as the questions they answer (shown to the applicant in words), once each.
    pub ignored_fields: Vec<LinkField>,
    /// A well-formed language tag the app has no translation for (a consulate's `de`):
    /// not the applicant's mistake, so no notice; the browser's languages decide.
    pub unsupported_lang: Option<String>,
    /// The declared rule set (`ruleset`) could not be used and may be one newer than this
    /// build (`ruleset::perhaps_newer`).
    pub ruleset_perhaps_newer: bool,
}

/// What a link parameter answers, so a damaged one is named in words ("your date of birth"),
/// never by its parameter name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkField {
    Route,
    /// The country of the embassy or consulate as an older link's answer (`at`): no question
    /// asks it any more.
    Consulate,
    /// The country a consulate's link presets (`country`): a setting of the link, told to the
    /// applicant when it cannot be read, since the page then asks where they apply (found by
    /// an audit: a damaged `country=` was dropped without a word).
    PresetCountry,
    Date,
    HasIin,
    Purpose,
    Citizenship,
    BirthDate,
    Category,
    IdType,
    IdIssuer,
    IdExpires,
    IdLatin,
    Imprisoned,
    Represented,
    Document(DocumentId),
    /// The rule set a consulate declared.
    Ruleset,
    Language,
    /// The page to open.
    Page,
    /// A parameter the app does not know (a damaged or foreign link).
    Other,
}

impl LinkField {
    /// Whether this part of a link is an answer to a question (which the applicant can give
    /// again), rather than a setting of the link (the declared rules, the language, the page).
    pub fn is_answer(self) -> bool {
        !matches!(
            self,
            LinkField::PresetCountry
                | LinkField::Ruleset
                | LinkField::Language
                | LinkField::Page
                | LinkField::Other
        )
    }
}

/// The question a parameter answers.
pub fn link_field(key: &str) -> LinkField {
    match key {
        "route" => LinkField::Route,
        "at" => LinkField::Consulate,
        "country" => LinkField::PresetCountry,
        "date" => LinkField::Date,
        "has_iin" => LinkField::HasIin,
        "purpose" => LinkField::Purpose,
        "cit" => LinkField::Citizenship,
        "dob" => LinkField::BirthDate,
        "cat" => LinkField::Category,
        "id" => LinkField::IdType,
        "id_by" => LinkField::IdIssuer,
        "id_exp" => LinkField::IdExpires,
        "id_latin" => LinkField::IdLatin,
        "prison" => LinkField::Imprisoned,
        "rep" => LinkField::Represented,
        "ruleset" => LinkField::Ruleset,
        "lang" => LinkField::Language,
        "step" => LinkField::Page,
        _ => match key.strip_prefix("doc.").and_then(doc_from_code) {
            Some(id) => LinkField::Document(id),
            None => LinkField::Other,
        },
    }
}

/// Parameters owned by the embedding layer (`embed`, `origin`, `accent`): validated there,
/// skipped here without a notice.
pub const EMBED_KEYS: [&str; 3] = ["embed", "origin", "accent"];

pub const LANGS: [&str; 3] = ["en", "ru", "kk"];

/// A key given twice: the same value twice is read once; two different values are neither
/// read, the question is named as not read and asked again (`parse`). Found by audits:
/// `cit=DE&cit=FR` once silently took the second, then the first with a notice saying it
/// could not be read, while the result used it.
#[derive(Default)]
struct Seen<'a>(Vec<(&'a str, &'a str)>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    First,
    Same,
    Different,
}

impl<'a> Seen<'a> {
    fn note(&mut self, key: &'a str, value: &'a str) -> Repeat {
        match self.0.iter().find(|(k, _)| *k == key) {
            Some((_, first)) if *first == value => Repeat::Same,
            Some(_) => Repeat::Different,
            None => {
                if self.0.len() < MAX_PARAMS {
                    self.0.push((key, value));
                }
                Repeat::First
            }
        }
    }
}

/// Parse decoded query pairs. Unknown keys and bad values are dropped and listed.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Parsed {
    let mut p = Parsed::default();
    let mut seen = Seen::default();
    let pairs: Vec<(&str, &str)> = pairs.into_iter().take(MAX_PARAMS + 1).collect();
    // Keys given twice with different values: which one the applicant meant is unknown.
    let read = &pairs[..pairs.len().min(MAX_PARAMS)];
    let conflicting: Vec<&str> = read
        .iter()
        .filter(|(k, v)| read.iter().any(|(k2, v2)| k2 == k && v2 != v))
        .map(|(k, _)| *k)
        .collect();
    for (count, (key, value)) in pairs.into_iter().enumerate() {
        if count >= MAX_PARAMS {
            p.ignored.push("…".into());
            if !p.ignored_fields.contains(&LinkField::Other) {
                p.ignored_fields.push(LinkField::Other);
            }
            break;
        }
        if skipped(key) {
            continue;
        }
        // A repeat was decided with the key's first value.
        if seen.note(key, value) != Repeat::First {
            continue;
        }
        let ok = !conflicting.contains(&key)
            && value.len() <= MAX_VALUE
            && key.len() <= MAX_VALUE
            && apply(&mut p, key, value);
        if !ok {
            p.ignored.push(printable(key));
            let field = link_field(key);
            if !p.ignored_fields.contains(&field) {
                p.ignored_fields.push(field);
            }
        }
    }
    if p.preset_country {
        p.answers.route = Some(Route::Consulate);
    }
    // A birth date after the planned date is refused as the question page refuses it: a
    // typo (2052 for 2025) would otherwise be read as a child not yet born.
    if let (Some(born), Some(date)) = (p.answers.birth_date, p.answers.date) {
        if born > date {
            p.answers.birth_date = None;
            p.ignored.push("dob".into());
            if !p.ignored_fields.contains(&LinkField::BirthDate) {
                p.ignored_fields.push(LinkField::BirthDate);
            }
        }
    }
    p
}

/// A key as it may be shown back to the applicant: ASCII letters, digits, `._-` only,
/// so a hostile key cannot inject anything.
fn printable(key: &str) -> String {
    let clean: String = key
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .take(24)
        .collect();
    if clean.is_empty() {
        "?".into()
    } else {
        clean
    }
}

/// The primary language of a well-formed BCP 47-like tag (`ru-RU` → `ru`), lower case.
pub(crate) fn language_tag(value: &str) -> Option<String> {
    let mut parts = value.split(['-', '_']);
    let primary = parts.next()?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then(|| primary.to_ascii_lowercase())
}

fn date(value: &str) -> Option<NaiveDate> {
    let d = crate::rules::dates::parse_iso(value)?;
    // Four-digit years only: the date input and the contract speak YYYY-MM-DD.
    (super::date_input::MIN_YEAR..=super::date_input::MAX_YEAR)
        .contains(&chrono::Datelike::year(&d))
        .then_some(d)
}

fn yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn tri_code(t: Tri) -> &'static str {
    match t {
        Tri::Yes => "yes",
        Tri::No => "no",
        Tri::Unknown => "unknown",
    }
}

fn tri(value: &str) -> Option<Tri> {
    match value {
        "yes" => Some(Tri::Yes),
        "no" => Some(Tri::No),
        "unknown" => Some(Tri::Unknown),
        _ => None,
    }
}

/// Applies one pair; false when the key is unknown or the value unusable.
fn apply(p: &mut Parsed, key: &str, value: &str) -> bool {
    let a = &mut p.answers;
    match key {
        "lang" => set_lang(p, value),
        // Always written last, so the part of a link that a sentence's full stop, a closing
        // bracket or an ellipsis sticks to when it is pasted (found by an audit of odd input:
        // "step=result." opened the start page).
        "step" => {
            set(
                &mut p.step,
                Step::from_slug(value.trim_end_matches(|c: char| {
                    c.is_whitespace() || ".,;:!?)]}>'\"…»”’".contains(c)
                })),
            )
        }
        "country" => set_preset_country(p, value),
        "ruleset" => {
            p.ruleset_perhaps_newer = crate::rules::ruleset::perhaps_newer(value);
            set(&mut p.answers.ruleset, declared(value))
        }
        "route" => set(&mut a.route, route_from(value)),
        // The host's preset country (`country`) is not the applicant's to change.
        "at" if p.preset_country => false,
        "at" => set(&mut a.at, consulate_country(value)),
        "date" => set(&mut a.date, date(value)),
        "has_iin" => set(&mut a.has_iin, tri(value)),
        "purpose" => set(
            &mut a.purpose,
            match value {
                "formation" => Some(Purpose::Formation),
                "correction" => Some(Purpose::Correction),
                _ => None,
            },
        ),
        "cit" => set(
            &mut a.citizenship,
            Citizenship::try_from(value.to_owned()).ok(),
        ),
        "dob" => set(&mut a.birth_date, date(value)),
        "cat" => set(&mut a.category, category_from(value)),
        "id" => set(
            &mut a.id_choice,
            match value {
                "passport" => Some(IdChoice::Passport),
                "refugee_certificate" => Some(IdChoice::RefugeeCertificate),
                "none" => Some(IdChoice::None),
                _ => None,
            },
        ),
        "id_by" => set(&mut a.id_issuer, Country::parse(value).ok()),
        "id_exp" => set(&mut a.id_expires, date(value)),
        "id_latin" => set(&mut a.id_latin, yes_no(value)),
        "prison" => set(&mut a.imprisoned, yes_no(value)),
        "rep" => set(&mut a.represented, yes_no(value)),
        _ => match key.strip_prefix("doc.").and_then(doc_from_code) {
            Some(id) => match doc_answer(value) {
                Some(answer) => {
                    a.docs.insert(id, answer);
                    true
                }
                None => false,
            },
            None => false,
        },
    }
}

/// The language asked for: one the app has, or a well-formed tag it has no texts for (a
/// consulate's `de`: not the applicant's mistake, so no notice). False when malformed.
fn set_lang(p: &mut Parsed, value: &str) -> bool {
    match language_tag(value) {
        Some(primary) if LANGS.contains(&primary.as_str()) => {
            p.lang = Some(primary);
            true
        }
        Some(_) => {
            p.unsupported_lang = Some(value.to_owned());
            true
        }
        None => false,
    }
}

/// Parameters read by nobody here: the embedding layer's (`EMBED_KEYS`); `iin`, never read (an
/// IIN does not belong in a link: an old link may carry one, and the app writes the address
/// again without it); `consent`, asked until December 2026 and now told on the result page, so
/// an older link's answer is dropped without a notice.
/// And the tags that social networks, newsletters and ads add to a link (`utm_source`,
/// `fbclid`...): not the applicant's, so no "could not be read" notice (found by an audit of
/// odd input: everyone arriving from a consulate's post was told their link was damaged).
fn skipped(key: &str) -> bool {
    EMBED_KEYS.contains(&key) || key == "iin" || key == "consent" || tracking(key)
}

/// A link-tracking parameter of a known kind.
fn tracking(key: &str) -> bool {
    const KEYS: [&str; 17] = [
        "fbclid",
        "gclid",
        "gbraid",
        "wbraid",
        "dclid",
        "msclkid",
        "yclid",
        "ysclid",
        "_ga",
        "_gl",
        "igshid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
    ];
    key.starts_with("utm_") || key.starts_with("mc_") || KEYS.contains(&key)
}

/// The consulate's country preset by the host (`country`): not asked again.
fn set_preset_country(p: &mut Parsed, value: &str) -> bool {
    let ok = set(&mut p.answers.at, consulate_country(value));
    p.preset_country |= ok;
    ok
}

/// Stores `v` in `slot`; false when there is nothing to store (the value was unusable).
fn set<T>(slot: &mut Option<T>, v: Option<T>) -> bool {
    match v {
        Some(v) => {
            *slot = Some(v);
            true
        }
        None => false,
    }
}

/// The rules an embassy or consulate applies: a rule set for another way is unusable.
fn declared(value: &str) -> Option<RulesetId> {
    RulesetId::parse(value)
        .ok()
        .filter(|id| crate::rules::ruleset::declarable(id.as_str()))
}

/// The country of a Kazakhstan embassy or consulate: any country but Kazakhstan (its
/// question refuses it too).
fn consulate_country(value: &str) -> Option<Country> {
    Country::parse(value).ok().filter(|c| !c.is_kazakhstan())
}

/// What the first download reads of a link by itself: the language, the page, a consulate's
/// country and the rules it declared (and the embedding layer's keys, skipped as `parse`
/// skips them). On the app's own page `parse` and `to_pairs` are in the page module
/// (`ui::pages`, Cargo feature `split`): every answer's codes and checks are about 6 KB brotli
/// of the first download (issue 12), and only a link that carries answers needs them, which
/// waits for that module anyway to check its page. The flag is true when every pair was one
/// of these, with a value `parse` takes: the `Parsed` is then the one `parse` returns.
pub fn parse_settings<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Parsed, bool) {
    let mut p = Parsed::default();
    let mut complete = true;
    // A different repeat is for `parse` to name.
    let mut seen = Seen::default();
    for (count, (key, value)) in pairs.into_iter().enumerate() {
        if count >= MAX_PARAMS {
            complete = false;
            break;
        }
        if skipped(key) {
            continue;
        }
        match seen.note(key, value) {
            Repeat::First => {}
            Repeat::Same => continue,
            Repeat::Different => {
                complete = false;
                continue;
            }
        }
        let ok = value.len() <= MAX_VALUE
            && match key {
                "lang" => set_lang(&mut p, value),
                // Any other page is in the page module, which then reads the link.
                "step" => set(&mut p.step, settings_step(value)),
                "country" => set_preset_country(&mut p, value),
                "ruleset" => {
                    p.ruleset_perhaps_newer = crate::rules::ruleset::perhaps_newer(value);
                    set(&mut p.answers.ruleset, declared(value))
                }
                _ => false,
            };
        complete &= ok;
    }
    if p.preset_country {
        p.answers.route = Some(Route::Consulate);
    }
    (p, complete)
}

/// Whether a link asks for a page other than the first download's (`settings_step`): one that
/// only the page module names.
pub fn asks_for_later_page<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> bool {
    pairs
        .into_iter()
        .any(|(key, value)| key == "step" && settings_step(value).is_none())
}

/// The pages of the first download, by their slugs (`Step::slug`, which is not in it).
fn settings_step(slug: &str) -> Option<Step> {
    match slug {
        "start" => Some(Step::Start),
        "rules" => Some(Step::Rules),
        _ => None,
    }
}

/// The slug of a page of the first download (`settings_step` the other way round).
fn settings_slug(step: Step) -> Option<&'static str> {
    match step {
        Step::Start => Some("start"),
        Step::Rules => Some("rules"),
        _ => None,
    }
}

/// A link whose answers the first download could not read (the page module did not load), on
/// another of the first download's pages or in another language: its own pairs, with `lang`
/// and `step` set, so the address and the "Rules and sources" link keep its answers, preset
/// country and declared rules until the module reads them. The parameters nobody reads
/// (`skipped`) are left out, as the module's `to_pairs` leaves them out: an IIN never stays in
/// the address, and a frame's address adds its embedding parameters back (`ui::state`). `None`
/// for a later page, which only the module can name.
pub fn relink_unread(
    pairs: &[(String, String)],
    step: Step,
    lang: &str,
) -> Option<Vec<(String, String)>> {
    let slug = settings_slug(step)?;
    let mut q = vec![("lang".to_owned(), lang.to_owned())];
    q.extend(
        pairs
            .iter()
            .filter(|(k, _)| k != "lang" && k != "step" && !skipped(k))
            .cloned(),
    );
    q.push(("step".to_owned(), slug.to_owned()));
    Some(q)
}

/// Whether a link's pair goes in the query string, which the server that sends the page sees
/// (and a shared link's recipient's server, and its logs): only the link's settings, which
/// hold nothing the applicant entered: the language (it picks the pre-rendered page), the
/// start or rules page, a consulate's preset country and declared rules, the embedding
/// parameters. Everything else, the answers and the page among the questions, goes after `#`,
/// which a browser never sends anywhere: without a service worker (a first visit from a
/// shared link, a frame, a browser without one) a reload would otherwise send every answer.
pub fn in_query(key: &str, value: &str) -> bool {
    matches!(key, "lang" | "country" | "ruleset")
        || EMBED_KEYS.contains(&key)
        || (key == "step" && settings_step(value).is_some())
}

/// `to_pairs` for the first download (see `parse_settings`): the language, a preset country,
/// the declared rules and the page. The flag is true when `answers` hold nothing else (as
/// before any question is answered) and the page is the start page or "Rules and sources":
/// the pairs are then the ones `to_pairs` returns.
pub fn settings_pairs(
    answers: &Answers,
    step: Step,
    lang: &str,
    preset_country: bool,
) -> (Vec<(String, String)>, bool) {
    let settings = Answers {
        route: answers.route,
        at: answers.at,
        ruleset: answers.ruleset,
        // Never written in a link.
        iin: answers.iin.clone(),
        ..Answers::default()
    };
    // The first question too (the route, or the date where a consulate preset the route):
    // Start pressed before the page module is here still gets its own history entry, so the
    // browser's Back returns to the start page.
    let page = settings_slug(step).or(match step {
        Step::Route => Some("route"),
        Step::Date => Some("date"),
        _ => None,
    });
    // Without a preset, the route and the country are answers to questions.
    let complete = *answers == settings
        && (preset_country || (answers.route.is_none() && answers.at.is_none()))
        && page.is_some();
    let mut q = vec![("lang".to_owned(), lang.to_owned())];
    if let (true, Some(c)) = (preset_country, answers.at) {
        q.push(("country".to_owned(), c.as_str().to_owned()));
    }
    if let Some(r) = answers.ruleset {
        q.push(("ruleset".to_owned(), r.as_str().to_owned()));
    }
    q.push(("step".to_owned(), page.unwrap_or_default().to_owned()));
    (q, complete)
}

/// The link's pairs for `answers` (and the page), in a stable order (`in_query`: where each
/// goes).
pub fn to_pairs(
    answers: &Answers,
    step: Step,
    lang: &str,
    preset_country: bool,
) -> Vec<(String, String)> {
    let mut q: Vec<(String, String)> = Vec::new();
    let mut put = |k: &str, v: String| q.push((k.to_owned(), v));
    put("lang", lang.to_owned());
    if preset_country {
        if let Some(c) = answers.at {
            put("country", c.as_str().to_owned());
        }
    } else if let Some(r) = answers.route {
        // No `at`: the country of the consulate is asked no more, only preset by a host.
        put("route", route_code(r).to_owned());
    }
    if let Some(r) = answers.ruleset {
        put("ruleset", r.as_str().to_owned());
    }
    let yn = |b: bool| if b { "yes" } else { "no" }.to_owned();
    if let Some(v) = answers.date {
        put("date", v.to_string());
    }
    if let Some(v) = answers.has_iin {
        put("has_iin", tri_code(v).to_owned());
    }
    // The typed IIN (`answers.iin`) is deliberately not written: it stays in memory.
    if let Some(v) = answers.purpose {
        put(
            "purpose",
            match v {
                Purpose::Formation => "formation",
                Purpose::Correction => "correction",
            }
            .to_owned(),
        );
    }
    if let Some(v) = answers.citizenship {
        put("cit", String::from(v));
    }
    if let Some(v) = answers.birth_date {
        put("dob", v.to_string());
    }
    if let Some(v) = answers.category {
        put("cat", category_code(v).to_owned());
    }
    if let Some(v) = answers.id_choice {
        put(
            "id",
            match v {
                IdChoice::Passport => "passport",
                IdChoice::RefugeeCertificate => "refugee_certificate",
                IdChoice::None => "none",
            }
            .to_owned(),
        );
    }
    if let Some(v) = answers.id_issuer {
        put("id_by", v.as_str().to_owned());
    }
    if let Some(v) = answers.id_expires {
        put("id_exp", v.to_string());
    }
    if let Some(v) = answers.id_latin {
        put("id_latin", yn(v));
    }
    if let Some(v) = answers.imprisoned {
        put("prison", yn(v));
    }
    if let Some(v) = answers.represented {
        put("rep", yn(v));
    }
    for (id, d) in &answers.docs {
        if let Some(v) = doc_value(d) {
            put(&format!("doc.{}", doc_code(*id)), v);
        }
    }
    put("step", step.slug());
    q
}

/// A document answer as one value: `no`, or `yes` followed by `-`-separated fields
/// (issuer, language, translated, certified), each `_` when not answered.
fn doc_value(d: &DocAnswer) -> Option<String> {
    match d.have? {
        false => Some("no".into()),
        true => {
            let issuer = match d.issuer {
                Some(IssuerAnswer::Country(c)) => c.as_str().to_owned(),
                Some(IssuerAnswer::Unknown) => "unknown".to_owned(),
                None => "_".to_owned(),
            };
            let language = match d.language {
                Some(LanguageAnswer::Kk) => "kk",
                Some(LanguageAnswer::Ru) => "ru",
                Some(LanguageAnswer::Other) => "other",
                Some(LanguageAnswer::Unknown) => "unknown",
                None => "_",
            };
            let translated = d.translated.map_or("_", tri_code);
            let certified = match d.certified {
                Some(CertifiedAnswer::None) => "none",
                Some(CertifiedAnswer::Apostille) => "apostille",
                Some(CertifiedAnswer::Legalization) => "legalization",
                Some(CertifiedAnswer::Unknown) => "unknown",
                None => "_",
            };
            Some(format!("yes-{issuer}-{language}-{translated}-{certified}"))
        }
    }
}

fn doc_answer(value: &str) -> Option<DocAnswer> {
    if value == "no" {
        return Some(DocAnswer {
            have: Some(false),
            ..DocAnswer::default()
        });
    }
    let mut parts = value.split('-');
    if parts.next()? != "yes" {
        return None;
    }
    fn field(s: Option<&str>) -> Option<&str> {
        s.filter(|s| *s != "_")
    }
    let issuer = match field(parts.next()) {
        Some("unknown") => Some(IssuerAnswer::Unknown),
        Some(code) => Some(IssuerAnswer::Country(Country::parse(code).ok()?)),
        None => None,
    };
    let language = match field(parts.next()) {
        None => None,
        Some("kk") => Some(LanguageAnswer::Kk),
        Some("ru") => Some(LanguageAnswer::Ru),
        Some("other") => Some(LanguageAnswer::Other),
        Some("unknown") => Some(LanguageAnswer::Unknown),
        Some(_) => return None,
    };
    let translated = match field(parts.next()) {
        None => None,
        Some(v) => Some(tri(v)?),
    };
    let certified = match field(parts.next()) {
        None => None,
        Some("none") => Some(CertifiedAnswer::None),
        Some("apostille") => Some(CertifiedAnswer::Apostille),
        Some("legalization") => Some(CertifiedAnswer::Legalization),
        Some("unknown") => Some(CertifiedAnswer::Unknown),
        Some(_) => return None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(DocAnswer {
        have: Some(true),
        issuer,
        language,
        translated,
        certified,
    })
}

pub fn route_code(r: Route) -> &'static str {
    match r {
        Route::Consulate => "consulate",
        Route::Mfa => "mfa",
        Route::InCountry => "in_country",
    }
}

pub fn route_from(value: &str) -> Option<Route> {
    Route::ALL.into_iter().find(|r| route_code(*r) == value)
}

/// The contract's code word for a category (`digital_nomad`).
pub fn category_code(c: Category) -> &'static str {
    match c {
        Category::Investor => "investor",
        Category::Exporter => "exporter",
        Category::Spouse => "spouse",
        Category::Child => "child",
        Category::Heir => "heir",
        Category::DigitalNomad => "digital_nomad",
        Category::Disability => "disability",
        Category::Senior => "senior",
        Category::PesticideRegistrant => "pesticide_registrant",
        Category::CompanyHead => "company_head",
        Category::DiplomaticStaff => "diplomatic_staff",
        Category::Other => "other",
    }
}

fn category_from(value: &str) -> Option<Category> {
    Category::ALL
        .into_iter()
        .find(|c| category_code(*c) == value)
}

/// The contract's code word for a document (`marriage_certificate`).
pub fn doc_code(id: DocumentId) -> &'static str {
    match id {
        DocumentId::ApplicationForm => "application_form",
        DocumentId::Passport => "passport",
        DocumentId::PassportTranslation => "passport_translation",
        DocumentId::InvestorCouncilMembership => "investor_council_membership",
        DocumentId::InvestmentContract => "investment_contract",
        DocumentId::StateRecommendation => "state_recommendation",
        DocumentId::AifcRecommendation => "aifc_recommendation",
        DocumentId::MarkingAppointmentOrder => "marking_appointment_order",
        DocumentId::MarriageCertificate => "marriage_certificate",
        DocumentId::BirthCertificate => "birth_certificate",
        DocumentId::ParentKzIdentity => "parent_kz_identity",
        DocumentId::DeathCertificate => "death_certificate",
        DocumentId::Will => "will",
        DocumentId::ItDiploma => "it_diploma",
        DocumentId::ItTrainingCertificate => "it_training_certificate",
        DocumentId::ItPortfolio => "it_portfolio",
        DocumentId::ItManagerAppointment => "it_manager_appointment",
        DocumentId::DisabilityCertificate => "disability_certificate",
        DocumentId::RefugeeCertificate => "refugee_certificate",
        DocumentId::SpecialForm => "special_form",
        DocumentId::ChangedDataCertificate => "changed_data_certificate",
        DocumentId::PowerOfAttorney => "power_of_attorney",
        DocumentId::CategoryProof => "category_proof",
    }
}

pub fn doc_from_code(value: &str) -> Option<DocumentId> {
    DocumentId::ALL.into_iter().find(|d| doc_code(*d) == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(q: &str) -> Parsed {
        let pairs: Vec<(&str, &str)> = q
            .split('&')
            .filter(|s| !s.is_empty())
            .map(|kv| kv.split_once('=').unwrap_or((kv, "")))
            .collect();
        parse(pairs)
    }

    #[test]
    fn tracking_tags_are_skipped_without_a_notice_and_a_pasted_steps_punctuation_is_dropped() {
        let p = parse_str(
            "utm_source=facebook&utm_medium=social&fbclid=IwAR3x&gclid=abc&yclid=1&_ga=2.1&cit=DE",
        );
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert!(p.answers.citizenship.is_some());
        let p = parse_str("unknown=1");
        assert_eq!(p.ignored, vec!["unknown".to_string()]);
        for step in [
            "result.",
            "result)",
            "result%E2%80%A6",
            "result…",
            "result,",
            "result »",
        ] {
            let step = step.replace("%E2%80%A6", "…");
            let p = parse_str(&format!("cit=DE&step={step}"));
            assert_eq!(p.step, Some(Step::Result), "{step}");
            assert!(p.ignored.is_empty(), "{step}: {:?}", p.ignored);
        }
        assert_eq!(parse_str("step=resul").step, None);
    }

    #[test]
    fn a_key_given_twice_with_different_values_is_not_read_and_named_once() {
        let p = parse_str("cit=DE&date=2025-06-02&cit=FR&cit=DE");
        assert_eq!(p.answers.citizenship, None);
        assert!(p.answers.date.is_some());
        assert_eq!(p.ignored, vec!["cit".to_string()]);
        assert_eq!(p.ignored_fields, vec![LinkField::Citizenship]);
        // The same value twice is no mistake.
        let p = parse_str("cit=DE&cit=DE");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert!(p.answers.citizenship.is_some());
        let p = parse_str("doc.will=no&doc.will=yes-DE-kk-_-_");
        assert!(p.answers.docs.get(&DocumentId::Will).is_none());
        assert_eq!(p.ignored, vec!["doc.will".to_string()]);
    }

    #[test]
    fn the_hosts_preset_country_is_not_replaced_by_an_answer_in_the_link() {
        let de = Country::parse("DE").unwrap();
        for link in ["country=DE&at=FR", "at=FR&country=DE"] {
            let p = parse_str(link);
            assert_eq!(p.answers.at, Some(de), "{link}");
            assert!(p.preset_country, "{link}");
        }
        assert_eq!(
            parse_str("country=DE&at=FR").ignored,
            vec!["at".to_string()]
        );
    }

    #[test]
    fn codes_match_the_contract_serialization() {
        for id in DocumentId::ALL {
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json.trim_matches('"'), doc_code(id));
        }
        for c in Category::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json.trim_matches('"'), category_code(c));
        }
        for r in Route::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json.trim_matches('"'), route_code(r));
        }
    }

    #[test]
    fn every_answer_round_trips() {
        let mut a = Answers {
            route: Some(Route::Consulate),
            date: Some("2025-06-02".parse().unwrap()),
            has_iin: Some(Tri::Unknown),
            iin: None,
            purpose: Some(Purpose::Correction),
            citizenship: Some(Citizenship::Stateless),
            birth_date: Some("1980-02-29".parse().unwrap()),
            category: Some(Category::DigitalNomad),
            id_choice: Some(IdChoice::RefugeeCertificate),
            id_issuer: Some(Country::KZ),
            id_expires: Some("2030-01-01".parse().unwrap()),
            id_latin: Some(false),
            imprisoned: Some(false),
            represented: Some(true),
            ruleset: Some(RulesetId::parse("fi-pilot-2025").unwrap()),
            ..Answers::default()
        };
        a.docs.insert(
            DocumentId::PowerOfAttorney,
            DocAnswer {
                have: Some(true),
                issuer: Some(IssuerAnswer::Country(Country::parse("AE").unwrap())),
                language: Some(LanguageAnswer::Other),
                translated: Some(Tri::Unknown),
                certified: Some(CertifiedAnswer::Legalization),
            },
        );
        a.docs.insert(
            DocumentId::Will,
            DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            },
        );
        let pairs = to_pairs(&a, Step::Check, "kk", false);
        let parsed = parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(parsed.ignored, Vec::<String>::new());
        assert_eq!(parsed.answers, a);
        assert_eq!(parsed.step, Some(Step::Check));
        assert_eq!(parsed.lang.as_deref(), Some("kk"));
        // The country of the consulate goes into a link only as a host's preset.
        a.at = Some(Country::parse("DE").unwrap());
        let pairs = to_pairs(&a, Step::Check, "kk", false);
        assert!(
            pairs.iter().all(|(k, _)| k != "at" && k != "country"),
            "{pairs:?}"
        );
        let pairs = to_pairs(&a, Step::Check, "kk", true);
        assert!(
            pairs.contains(&("country".to_owned(), "DE".to_owned())),
            "{pairs:?}"
        );
    }

    #[test]
    fn an_older_links_consent_is_dropped_without_a_notice() {
        let parsed = parse_str("route=in_country&consent=no&step=check");
        assert!(parsed.ignored.is_empty(), "{:?}", parsed.ignored);
        assert_eq!(parsed.answers.route, Some(Route::InCountry));
        let pairs = to_pairs(&parsed.answers, Step::Check, "en", false);
        assert!(pairs.iter().all(|(k, _)| k != "consent"));
    }

    #[test]
    fn the_rules_page_is_linkable_on_its_own() {
        let parsed = parse([("step", "rules"), ("lang", "ru")]);
        assert_eq!(parsed.step, Some(Step::Rules));
        assert!(parsed.ignored.is_empty());
        let pairs = to_pairs(&Answers::default(), Step::Rules, "en", false);
        assert!(pairs.iter().any(|(k, v)| k == "step" && v == "rules"));
    }

    #[test]
    fn hostile_and_bad_values_are_ignored_and_named() {
        let long = "x".repeat(5000);
        let q = format!(
            "route=moon&date=2025-02-30&cit=<script>&dob={long}&lang=e$n&doc.will=yes-ZZ&<img src=x>=1&step=nowhere&cat=spouse"
        );
        let p = parse_str(&q);
        assert_eq!(p.answers.route, None);
        assert_eq!(p.answers.date, None);
        assert_eq!(p.answers.citizenship, None);
        assert_eq!(p.answers.birth_date, None);
        assert!(p.answers.docs.is_empty());
        assert_eq!(p.lang, None);
        assert_eq!(p.step, None);
        assert_eq!(p.answers.category, Some(Category::Spouse), "good ones kept");
        assert_eq!(
            p.ignored,
            ["route", "date", "cit", "dob", "lang", "doc.will", "imgsrc", "step"]
        );
    }

    #[test]
    fn languages_by_primary_tag_and_quietly_unsupported() {
        assert_eq!(parse_str("lang=ru-RU").lang.as_deref(), Some("ru"));
        assert_eq!(parse_str("lang=KK").lang.as_deref(), Some("kk"));
        let de = parse_str("lang=de");
        assert_eq!(de.lang, None);
        assert!(
            de.ignored.is_empty(),
            "a consulate's language is not a mistake"
        );
        assert_eq!(de.unsupported_lang.as_deref(), Some("de"));
        assert_eq!(parse_str("lang=<b>").ignored, ["lang"]);
    }

    #[test]
    fn the_iin_never_enters_a_link() {
        // A valid IIN (checksum passes): typed, kept in memory, never written out.
        let typed = "900101300017";
        assert!(crate::rules::iin::check(typed).is_ok());
        let a = Answers {
            has_iin: Some(Tri::Yes),
            iin: Some(typed.to_owned()),
            ..Answers::default()
        };
        for step in [Step::HasIin, Step::Check, Step::Result] {
            let pairs = to_pairs(&a, step, "en", false);
            assert!(
                pairs.iter().all(|(k, v)| k != "iin" && !v.contains(typed)),
                "{pairs:?}"
            );
            assert!(pairs.contains(&("has_iin".to_owned(), "yes".to_owned())));
        }
        // An old link that carries one: not read, and not named as a mistake either.
        let p = parse_str(&format!("iin={typed}&has_iin=yes"));
        assert_eq!(p.answers.iin, None);
        assert_eq!(p.answers.has_iin, Some(Tri::Yes));
        assert!(p.ignored_fields.is_empty());
    }

    #[test]
    fn a_damaged_link_names_the_questions() {
        let p = parse_str("cit=XX&id_exp=2030-13-01&dob=never&doc.will=maybe&zzz=1&dob=0");
        assert_eq!(
            p.ignored_fields,
            [
                LinkField::Citizenship,
                LinkField::IdExpires,
                LinkField::BirthDate,
                LinkField::Document(DocumentId::Will),
                LinkField::Other,
            ],
            "each question once, in the link's order"
        );
    }

    #[test]
    fn a_birth_date_after_the_planned_date_is_refused_as_on_its_page() {
        let p = parse_str("date=2025-06-03&dob=2052-06-03&cit=CN");
        assert_eq!(p.answers.birth_date, None);
        assert_eq!(p.ignored_fields, [LinkField::BirthDate]);
        // The same day, or with no planned date to compare with: kept.
        for link in ["date=2025-06-03&dob=2025-06-03", "dob=2052-06-03"] {
            let p = parse_str(link);
            assert!(p.answers.birth_date.is_some(), "{link}");
            assert!(p.ignored_fields.is_empty(), "{link}");
        }
    }

    #[test]
    fn kazakhstan_is_not_the_country_of_a_kazakhstan_consulate() {
        for (link, field) in [
            ("route=consulate&at=KZ", LinkField::Consulate),
            ("country=kz", LinkField::PresetCountry),
        ] {
            let p = parse_str(link);
            assert_eq!(p.answers.at, None, "{link}");
            assert!(!p.preset_country, "{link}");
            assert_eq!(p.ignored_fields, [field], "{link}");
            // The host's preset is a setting of the link, told as one; the old answer is
            // asked no more.
            assert_eq!(field.is_answer(), field == LinkField::Consulate);
        }
    }

    #[test]
    fn an_unknown_issuer_round_trips_and_is_not_a_country() {
        let p = parse_str("doc.will=yes-unknown-_-_-_");
        assert_eq!(
            p.answers.docs.get(&DocumentId::Will).and_then(|d| d.issuer),
            Some(IssuerAnswer::Unknown)
        );
    }

    #[test]
    fn only_rules_for_embassies_and_consulates_can_be_declared() {
        let p = parse_str("country=TR&ruleset=in-country-2024");
        assert_eq!(p.answers.ruleset, None);
        assert_eq!(p.ignored, ["ruleset"], "named in the notice");
        let p = parse_str("ruleset=fi-pilot-2024");
        assert_eq!(p.answers.ruleset.map(|r| r.as_str()), Some("fi-pilot-2024"));
    }

    #[test]
    fn the_first_download_reads_a_settings_link_by_itself() {
        for q in [
            "",
            "lang=ru",
            "lang=kk&step=start",
            "step=rules&lang=en",
            "country=fi&ruleset=fi-pilot-2025&lang=kk&embed=iframe&origin=https://example.org",
            "ruleset=fi-pilot-2024&iin=123&consent=yes",
            // A consulate's embed may ask for a language by its full tag, or one the app lacks.
            "lang=ru-RU&country=DE&embed=iframe",
            "lang=de&country=DE",
        ] {
            let pairs: Vec<(&str, &str)> = q
                .split('&')
                .filter(|s| !s.is_empty())
                .map(|kv| kv.split_once('=').unwrap_or((kv, "")))
                .collect();
            let (settings, complete) = parse_settings(pairs.iter().copied());
            assert!(complete, "{q}");
            assert_eq!(settings, parse(pairs), "{q}");
        }
        // Any answer, a bad value or a language tag with a region: the whole parse.
        for q in [
            "cit=CN",
            "lang=r",
            "country=KZ",
            "ruleset=in-country-2024",
            "step=nowhere",
            "step=route",
            "x=1",
        ] {
            let (k, v) = q.split_once('=').unwrap();
            assert!(!parse_settings([(k, v)]).1, "{q}");
        }
        let fi = Country::parse("FI").ok();
        let preset = Answers {
            route: Some(Route::Consulate),
            at: fi,
            ruleset: RulesetId::parse("fi-pilot-2025").ok(),
            ..Answers::default()
        };
        for (answers, preset_country) in [(Answers::default(), false), (preset.clone(), true)] {
            let (pairs, complete) = settings_pairs(&answers, Step::Rules, "kk", preset_country);
            assert!(complete);
            assert_eq!(pairs, to_pairs(&answers, Step::Rules, "kk", preset_country));
        }
        // Chosen on the route and consulate pages, not preset: answers.
        assert!(!settings_pairs(&preset, Step::Start, "en", false).1);
        assert!(asks_for_later_page([("lang", "en"), ("step", "result")]));
        assert!(!asks_for_later_page([
            ("lang", "en"),
            ("step", "rules"),
            ("cit", "CN")
        ]));
        // The first question with nothing answered: the first download writes it (Start
        // pressed before the page module is here); a later question only the module writes.
        let (pairs, complete) = settings_pairs(&Answers::default(), Step::Route, "en", false);
        assert!(complete);
        assert_eq!(
            pairs,
            to_pairs(&Answers::default(), Step::Route, "en", false)
        );
        let (pairs, complete) = settings_pairs(&preset, Step::Date, "ru", true);
        assert!(complete);
        assert_eq!(pairs, to_pairs(&preset, Step::Date, "ru", true));
        assert!(!settings_pairs(&Answers::default(), Step::HasIin, "en", false).1);
        assert!(!settings_pairs(&preset, Step::Date, "en", false).1);
        let answered = Answers {
            date: Some("2026-12-07".parse().unwrap()),
            ..preset
        };
        assert!(!settings_pairs(&answered, Step::Start, "en", true).1);
    }

    // Native only: proptest is a native dev-dependency (the wasm test build has none).
    #[cfg(not(target_arch = "wasm32"))]
    mod settings {
        use super::*;
        use proptest::prelude::*;

        const KEYS: [&str; 18] = [
            "lang",
            "step",
            "country",
            "ruleset",
            "embed",
            "origin",
            "accent",
            "iin",
            "consent",
            "route",
            "at",
            "date",
            "cit",
            "dob",
            "cat",
            "has_iin",
            "doc.marriage_certificate",
            "x",
        ];
        const VALUES: [&str; 24] = [
            "en",
            "ru",
            "kk",
            "RU",
            "ru-RU",
            "de",
            "start",
            "result",
            "rules",
            "route",
            "FI",
            "fi",
            "KZ",
            "ZZ",
            "TR",
            "fi-pilot-2024",
            "fi-pilot-2025",
            "in-country-2024",
            "iframe",
            "yes",
            "no",
            "2025-06-02",
            "consulate",
            "",
        ];

        /// The first download's reading and writing agree with the whole parse and writer
        /// wherever they say they are complete.
        fn agree(pairs: &[(&str, &str)]) -> Result<(), TestCaseError> {
            let whole = parse(pairs.iter().copied());
            let (settings, complete) = parse_settings(pairs.iter().copied());
            if complete {
                prop_assert_eq!(&settings, &whole, "{:?}", pairs);
            }
            for step in [
                Step::Start,
                Step::Rules,
                Step::Route,
                Step::Date,
                Step::Result,
            ] {
                for lang in LANGS {
                    let (written, complete) =
                        settings_pairs(&whole.answers, step, lang, whole.preset_country);
                    if complete {
                        prop_assert_eq!(
                            written,
                            to_pairs(&whole.answers, step, lang, whole.preset_country),
                            "{:?}",
                            pairs
                        );
                    }
                }
            }
            Ok(())
        }

        #[test]
        fn every_pair_and_two_pairs() {
            let vocabulary: Vec<(&str, &str)> = KEYS
                .iter()
                .flat_map(|&k| VALUES.iter().map(move |&v| (k, v)))
                .collect();
            for &first in &vocabulary {
                agree(&[first]).unwrap();
                for &second in &vocabulary {
                    agree(&[first, second]).unwrap();
                }
            }
        }

        proptest! {
            #[test]
            fn longer_links(
                picks in proptest::collection::vec((0..KEYS.len(), 0..VALUES.len()), 3..10),
            ) {
                let pairs: Vec<(&str, &str)> = picks.iter().map(|&(k, v)| (KEYS[k], VALUES[v])).collect();
                agree(&pairs)?;
            }
        }
    }

    #[test]
    fn preset_country_implies_the_consular_route() {
        let p = parse_str("country=de&embed=iframe&origin=https://example.org&accent=%23000");
        assert!(p.preset_country);
        assert_eq!(p.answers.route, Some(Route::Consulate));
        assert_eq!(p.answers.at, Country::parse("DE").ok());
        assert!(p.ignored.is_empty(), "embed keys are not ours to judge");
    }

    #[test]
    fn an_unread_link_keeps_its_answers_on_the_first_downloads_pages() {
        let own = |q: &[(&str, &str)]| -> Vec<(String, String)> {
            q.iter()
                .map(|&(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        };
        let link = own(&[
            ("lang", "ru-RU"),
            ("country", "DE"),
            ("embed", "iframe"),
            ("ruleset", "fi-pilot-2025"),
            ("cit", "CN"),
            ("iin", "880229300014"),
            ("step", "start"),
            ("origin", "https://consulate.example"),
            ("consent", "yes"),
        ]);
        assert_eq!(
            relink_unread(&link, Step::Rules, "kk"),
            Some(own(&[
                ("lang", "kk"),
                ("country", "DE"),
                ("ruleset", "fi-pilot-2025"),
                ("cit", "CN"),
                ("step", "rules"),
            ]))
        );
        // Read back, the settings are the link's own.
        let back = relink_unread(&link, Step::Start, "ru").unwrap();
        let (settings, complete) =
            parse_settings(back.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert!(
            !complete,
            "the answer is still there, for the module to read"
        );
        assert_eq!(settings.step, Some(Step::Start));
        assert_eq!(settings.answers.at, Country::parse("DE").ok());
        assert_eq!(
            settings.answers.ruleset,
            RulesetId::parse("fi-pilot-2025").ok()
        );
        // A later page is the module's to name.
        assert_eq!(relink_unread(&link, Step::Check, "ru"), None);
    }

    #[test]
    fn only_settings_go_where_a_server_sees_them() {
        let mut a = Answers {
            route: Some(Route::Consulate),
            at: Country::parse("DE").ok(),
            ruleset: RulesetId::parse("fi-pilot-2025").ok(),
            date: NaiveDate::from_ymd_opt(2025, 6, 2),
            citizenship: Some(Citizenship::Of(Country::parse("CN").unwrap())),
            birth_date: NaiveDate::from_ymd_opt(1980, 5, 5),
            category: Some(Category::Spouse),
            ..Answers::default()
        };
        a.has_iin = Some(Tri::No);
        for (preset, step) in [
            (true, Step::Result),
            (false, Step::Rules),
            (false, Step::Start),
        ] {
            let pairs = to_pairs(&a, step, "kk", preset);
            let server: Vec<&str> = pairs
                .iter()
                .filter(|(k, v)| in_query(k, v))
                .map(|(k, _)| k.as_str())
                .collect();
            let mut want = vec!["lang"];
            if preset {
                want.push("country");
            }
            want.push("ruleset");
            if step != Step::Result {
                want.push("step");
            }
            assert_eq!(server, want, "{pairs:?}");
            for (k, v) in &pairs {
                if link_field(k).is_answer() && k != "country" {
                    assert!(!in_query(k, v), "{k}={v} is an answer");
                }
            }
        }
        for key in EMBED_KEYS {
            assert!(in_query(key, "x"));
        }
        assert!(!in_query("step", "result"));
        assert!(!in_query("doc.passport", "yes"));
        assert!(!in_query("iin", "880229300014"));
    }
}
