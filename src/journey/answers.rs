//! What the applicant answered, including "I don't know", and how that becomes the
//! contract's `Applicant`. Pure data: no web crate, no clock, no rule of law (the law is
//! applied by `rules::evaluate`; this only restates the answers).

use chrono::NaiveDate;

use super::flow;
use crate::rules::documents::{self, UsualIssuer};
use crate::rules::scripts;
use crate::rules::{
    Applicant, Category, Citizenship, Country, DocumentId, HeldCertification, HeldDocument,
    IdentityDocument, IdentityDocumentType, Language, Purpose, Route, RulesetId,
};

/// An answer where a real applicant may not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    /// "I don't know" is read as "not yet": the checklist then shows it as still to do,
    /// which is the answer that cannot cause a wasted trip.
    pub fn is_yes(self) -> bool {
        self == Tri::Yes
    }
}

/// The identity document the applicant will show, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdChoice {
    Passport,
    RefugeeCertificate,
    None,
}

/// The language of a held document, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageAnswer {
    Kk,
    Ru,
    Other,
    Unknown,
}

/// What a held document carries, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertifiedAnswer {
    None,
    Apostille,
    Legalization,
    Unknown,
}

/// Who issued (or, for a notarial act, made) a held document, or "I don't know". Never
/// pre-filled: a guess the applicant did not make would judge the wrong state's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssuerAnswer {
    Country(Country),
    /// Not known: `evaluate` then judges it for an assumed state and says so
    /// (`issuer_assumed`), which the pages show as an assumption.
    Unknown,
}

impl IssuerAnswer {
    pub fn country(self) -> Option<Country> {
        match self {
            IssuerAnswer::Country(c) => Some(c),
            IssuerAnswer::Unknown => None,
        }
    }
}

/// The answers about one document of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocAnswer {
    pub have: Option<bool>,
    pub issuer: Option<IssuerAnswer>,
    pub language: Option<LanguageAnswer>,
    pub translated: Option<Tri>,
    pub certified: Option<CertifiedAnswer>,
}

/// The answers about each document, in `DocumentId` order (the order of the link's
/// parameters). A short sorted list rather than a `BTreeMap`: a journey has a dozen documents
/// at most, and the tree's code is kilobytes of the browser build (issue 12).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocAnswers(Vec<(DocumentId, DocAnswer)>);

impl DocAnswers {
    fn position(&self, id: &DocumentId) -> Result<usize, usize> {
        self.0.binary_search_by(|(d, _)| d.cmp(id))
    }

    pub fn get(&self, id: &DocumentId) -> Option<&DocAnswer> {
        self.position(id).ok().map(|i| &self.0[i].1)
    }

    /// Sets the answers about `id`; the ones it had, if any.
    pub fn insert(&mut self, id: DocumentId, answer: DocAnswer) -> Option<DocAnswer> {
        match self.position(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, answer)),
            Err(i) => {
                self.0.insert(i, (id, answer));
                None
            }
        }
    }

    /// Forgets the answers about `id`.
    pub fn remove(&mut self, id: &DocumentId) {
        if let Ok(i) = self.position(id) {
            self.0.remove(i);
        }
    }

    /// The answers about `id`, to change in place (`.or_default()`, as a map's entry).
    pub fn entry(&mut self, id: DocumentId) -> DocEntry<'_> {
        DocEntry { docs: self, id }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&DocumentId, &DocAnswer)> {
        self.0.iter().map(|(id, a)| (id, a))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a DocAnswers {
    type Item = (&'a DocumentId, &'a DocAnswer);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (DocumentId, DocAnswer)>,
        fn(&'a (DocumentId, DocAnswer)) -> (&'a DocumentId, &'a DocAnswer),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(id, a)| (id, a))
    }
}

/// [`DocAnswers::entry`].
pub struct DocEntry<'a> {
    docs: &'a mut DocAnswers,
    id: DocumentId,
}

impl<'a> DocEntry<'a> {
    /// The answers about the document, empty ones added first if it had none.
    pub fn or_default(self) -> &'a mut DocAnswer {
        let i = match self.docs.position(&self.id) {
            Ok(i) => i,
            Err(i) => {
                self.docs.0.insert(i, (self.id, DocAnswer::default()));
                i
            }
        };
        &mut self.docs.0[i].1
    }
}

/// Every answer of the journey. `None` = not answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    pub route: Option<Route>,
    /// The country of the embassy or consulate (consular route).
    pub at: Option<Country>,
    pub date: Option<NaiveDate>,
    /// "I don't know" is a real answer: someone who once opened a bank account in
    /// Kazakhstan may have an IIN without knowing it.
    pub has_iin: Option<Tri>,
    /// The IIN as typed, kept only when it passed the checksum, and only in memory: never
    /// in the URL, the share link or the browser's history (the outcome does not need it).
    pub iin: Option<String>,
    pub purpose: Option<Purpose>,
    pub citizenship: Option<Citizenship>,
    pub birth_date: Option<NaiveDate>,
    pub category: Option<Category>,
    pub id_choice: Option<IdChoice>,
    pub id_issuer: Option<Country>,
    pub id_expires: Option<NaiveDate>,
    pub id_latin: Option<bool>,
    pub imprisoned: Option<bool>,
    pub represented: Option<bool>,
    pub docs: DocAnswers,
    /// The rule set declared by the embedding consulate (never asked).
    pub ruleset: Option<RulesetId>,
    /// Whom the answers about the person and the identity document were given for, kept
    /// through an answer whose path asks of neither (Kazakhstan's citizenship, "None of
    /// these"): so that coming back to the same passport or child keeps them, and going on to
    /// another forgets them (`about_another`). In memory only, never in a link.
    pub subject: Subject,
}

/// Whom the answers about the person and the identity document speak of (`Answers::subject`).
/// Not an answer: two `Answers` that differ only in it are the same answers (equal), as a link
/// that restores them carries none.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject {
    /// A child (the group "Child under 16"), or an adult's group.
    child: Option<bool>,
    /// The citizenship whose passport they describe (a stateless person's travel document
    /// included).
    passport_of: Option<Citizenship>,
}

impl PartialEq for Subject {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Subject {}

impl Answers {
    /// Whether the applicant holds document `id` and answered "I don't know" to its language
    /// (counted as neither Kazakh nor Russian by `to_applicant`): the page then words its
    /// translation as a check, on the entry and in the reasons.
    pub fn language_unknown(&self, id: DocumentId) -> bool {
        self.docs
            .get(&id)
            .is_some_and(|d| d.have == Some(true) && d.language == Some(LanguageAnswer::Unknown))
    }

    /// Whether a held document's notarized translation was answered "I don't know".
    pub fn translated_unknown(&self, id: DocumentId) -> bool {
        self.docs
            .get(&id)
            .is_some_and(|d| d.have == Some(true) && d.translated == Some(Tri::Unknown))
    }

    /// Whether a held document's apostille or legalization was answered "I don't know".
    pub fn certified_unknown(&self, id: DocumentId) -> bool {
        self.docs
            .get(&id)
            .is_some_and(|d| d.have == Some(true) && d.certified == Some(CertifiedAnswer::Unknown))
    }

    /// Whether the question a part of a link answered has an answer now: a part that could not
    /// be read and has since been answered again is no longer told (found by an audit: "answer
    /// them again" stayed on the result). `None` for a part that is not an answer (a setting
    /// of the link, the page, an unknown parameter).
    pub fn answers_link_field(&self, field: super::query::LinkField) -> Option<bool> {
        use super::query::LinkField as F;
        Some(match field {
            F::Route => self.route.is_some(),
            F::Consulate => self.at.is_some(),
            F::Date => self.date.is_some(),
            F::HasIin => self.has_iin.is_some(),
            F::Purpose => self.purpose.is_some(),
            F::Citizenship => self.citizenship.is_some(),
            F::BirthDate => self.birth_date.is_some(),
            F::Category => self.category.is_some(),
            F::IdType => self.id_choice.is_some(),
            F::IdIssuer => self.id_issuer.is_some(),
            F::IdExpires => self.id_expires.is_some(),
            F::IdLatin => self.id_latin.is_some(),
            F::Imprisoned => self.imprisoned.is_some(),
            F::Represented => self.represented.is_some(),
            F::Document(id) => self.docs.get(&id).is_some(),
            F::PresetCountry | F::Ruleset | F::Language | F::Page | F::Other => return None,
        })
    }

    /// Takes from `other` every answer this one lacks (the browser's Back to an entry written
    /// before the later answers were given: they are kept, as the app's Back link keeps them).
    /// Never answers about another person or identity document (`about_another`: found by a
    /// regression audit, a child's birth date given back to the adult after Back).
    pub fn fill_from(&mut self, other: &Answers) {
        fn fill<T: Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        }
        let (person, document) = self.about_another(other);
        // Whom they speak of, as the answers filled in do: a link's entry carries none, and an
        // entry of Kazakhstan's citizenship or "None of these" names no person or passport
        // (found by an audit: Back, then Forward to such an entry, and another passport's
        // answers were kept for the next one).
        let (mine, theirs) = (self.subject_now(), other.subject_now());
        self.subject = Subject {
            child: if person {
                mine.child
            } else {
                mine.child.or(theirs.child)
            },
            passport_of: if document {
                mine.passport_of
            } else {
                mine.passport_of.or(theirs.passport_of)
            },
        };
        fill(&mut self.route, &other.route);
        fill(&mut self.at, &other.at);
        fill(&mut self.date, &other.date);
        fill(&mut self.has_iin, &other.has_iin);
        fill(&mut self.iin, &other.iin);
        fill(&mut self.purpose, &other.purpose);
        fill(&mut self.citizenship, &other.citizenship);
        fill(&mut self.category, &other.category);
        if !person {
            fill(&mut self.birth_date, &other.birth_date);
            fill(&mut self.id_choice, &other.id_choice);
        }
        if !document {
            fill(&mut self.id_issuer, &other.id_issuer);
            fill(&mut self.id_expires, &other.id_expires);
            fill(&mut self.id_latin, &other.id_latin);
        }
        fill(&mut self.imprisoned, &other.imprisoned);
        fill(&mut self.represented, &other.represented);
        for (id, theirs) in other
            .docs
            .iter()
            .filter(|(id, _)| !document || **id != DocumentId::PassportTranslation)
        {
            let mine = self.docs.entry(*id).or_default();
            fill(&mut mine.have, &theirs.have);
            fill(&mut mine.issuer, &theirs.issuer);
            fill(&mut mine.language, &theirs.language);
            fill(&mut mine.translated, &theirs.translated);
            fill(&mut mine.certified, &theirs.certified);
        }
        // Never a birth date after the planned date (`set_date`).
        if let Some(date) = self.date {
            self.set_date(date);
        }
    }

    /// Sets the planned date. A birth date after it is dropped, so that it is asked again:
    /// the birth-date page and a link refuse that pair too (a date moved back on Check your
    /// answers must not turn the applicant into a child not yet born).
    pub fn set_date(&mut self, date: NaiveDate) {
        self.date = Some(date);
        if self.birth_date.is_some_and(|born| born > date) {
            self.birth_date = None;
        }
    }

    /// The declared rule set where it applies: an embassy or consulate declares the rules it
    /// applies itself, so they hold for its own route only. Someone on that consulate's page
    /// who applies in Kazakhstan or at the ministry is judged by the rules in force there on
    /// the date (not told "no rules are in force").
    pub fn declared(&self) -> Option<RulesetId> {
        let route = self.route.unwrap_or(Route::Consulate);
        self.ruleset.filter(|_| route == Route::Consulate)
    }

    /// The purpose as asked: only someone who has an IIN is asked, so without one it is a
    /// new IIN, whatever an earlier path answered. (A correction chosen, then "no IIN" on
    /// Check your answers: the answer is kept, to come back if they change it back, but it
    /// does not count.)
    pub fn purpose(&self) -> Purpose {
        match self.has_iin {
            Some(Tri::Yes) => self.purpose.unwrap_or(Purpose::Formation),
            _ => Purpose::Formation,
        }
    }

    /// Whether to ask if a representative applies: only where the rules shown let one apply
    /// for this purpose.
    pub fn represented_asked(&self, today: NaiveDate) -> bool {
        flow::selected_ruleset(self, today).is_some_and(|rs| rs.representable(self.purpose()))
    }

    /// Whether a representative applies, as asked: an answer from an earlier path, where
    /// the question is no longer asked, does not count.
    pub fn represented(&self, today: NaiveDate) -> bool {
        self.represented == Some(true) && self.represented_asked(today)
    }

    /// Whether to ask if the identity document shows the name and place of birth in Latin or
    /// Cyrillic letters: not for a passport of a citizen of a state that writes all its
    /// official languages in those letters (`rules::scripts`: a national passport is issued
    /// by the state of citizenship), nor for a document only Kazakhstan issues (a refugee
    /// certificate); yes for other states, and for a stateless person's travel document.
    /// Decided by the citizenship alone (asked before), never by the issuer's page (asked
    /// after this one), so that no later answer makes this page appear.
    pub fn id_letters_asked(&self) -> bool {
        let document = match self.id_choice {
            Some(IdChoice::Passport) => DocumentId::Passport,
            Some(IdChoice::RefugeeCertificate) => DocumentId::RefugeeCertificate,
            Some(IdChoice::None) | None => return false,
        };
        let issuer = match documents::info(document).usual_issuer {
            UsualIssuer::Kazakhstan => Some(Country::KZ),
            _ => self.citizenship.and_then(Citizenship::country),
        };
        scripts::may_need_other_letters(issuer)
    }

    /// The route, with the consulate preset implying the consular route.
    pub fn route(&self) -> Option<Route> {
        self.route
    }

    /// Whether `self` and `other` speak of different persons (an adult's group and a child's)
    /// or of different identity documents (another type; another passport, for another
    /// foreign citizenship or none). Unanswered on either side: the same.
    fn about_another(&self, other: &Answers) -> (bool, bool) {
        let person = matches!(
            (self.subject_now().child, other.subject_now().child),
            (Some(a), Some(b)) if a != b
        );
        let passport = matches!(
            (self.subject_now().passport_of, other.subject_now().passport_of),
            (Some(a), Some(b)) if a != b
        );
        let id_type = self.id_choice.is_some()
            && other.id_choice.is_some()
            && self.id_choice != other.id_choice;
        (person, person || passport || id_type)
    }

    /// Whom these answers speak of: the group's and the citizenship's, else (a group or a
    /// citizenship whose path asks of no person or passport) the one before.
    fn subject_now(&self) -> Subject {
        let child = match self.category {
            Some(Category::Child) => Some(true),
            // "None of these" ends the journey: it asks of no one.
            Some(Category::Other) | None => self.subject.child,
            Some(_) => Some(false),
        };
        let passport_of = match self.citizenship {
            // A refugee certificate is Kazakhstan's, whatever the citizenship.
            _ if self.id_choice == Some(IdChoice::RefugeeCertificate) => None,
            Some(c) if c.country().is_none_or(|c| !c.is_kazakhstan()) => Some(c),
            _ => self.subject.passport_of,
        };
        Subject { child, passport_of }
    }

    /// After a Continue: the answers given about another person or another identity document
    /// than this one's are forgotten, so their questions come again (found by an audit of
    /// changed answers: a parent's own birth date judged as the child's after the group became
    /// "child", "not under 16"; a passport's expiry judged as the refugee certificate's; a
    /// Chinese passport's letters kept for the UAE one). `before`: the answers before it. A
    /// first answer (nothing before) forgets nothing: the hints ask to answer about the child.
    /// Only answers asked after the group's page are forgotten: the journey moves on from the
    /// page answered (found by a regression audit: the IIN and citizenship questions, before
    /// it, were skipped and left "Not answered").
    pub fn forget_answers_about_another(&mut self, before: &Answers) {
        // Whom the answers were about until now (read from them: a link's answers carry no
        // `subject`).
        self.subject = before.subject_now();
        let (person, document) = self.about_another(before);
        if person {
            self.birth_date = None;
            self.id_choice = None;
        }
        if document {
            self.id_issuer = None;
            self.id_expires = None;
            self.id_latin = None;
            self.docs.remove(&DocumentId::PassportTranslation);
        }
        self.subject = self.subject_now();
    }

    /// The contract's `Applicant` for these answers on `today`'s default date. Unanswered
    /// questions take the contract's defaults; "I don't know" counts as "not yet".
    pub fn to_applicant(&self, today: NaiveDate) -> Applicant {
        let citizenship = self.citizenship.unwrap_or(Citizenship::Stateless);
        let identity_document = match self.id_choice {
            Some(IdChoice::None) => None,
            choice => Some(IdentityDocument {
                kind: match choice {
                    Some(IdChoice::RefugeeCertificate) => IdentityDocumentType::RefugeeCertificate,
                    _ => IdentityDocumentType::Passport,
                },
                issuer: self.id_issuer,
                expires: self.id_expires,
                // Not asked (an issuer that writes in Latin or Cyrillic letters): so it is,
                // whatever an earlier answer for another issuer said.
                latin_or_cyrillic: !self.id_letters_asked() || self.id_latin.unwrap_or(true),
            }),
        };
        let documents = self
            .docs
            .iter()
            .filter(|(_, a)| a.have == Some(true))
            .map(|(id, a)| HeldDocument {
                id: *id,
                issuer: a.issuer.and_then(IssuerAnswer::country),
                // "I don't know" counts as "not yet": a language other than Kazakh or
                // Russian, its translation not made. Left out (`None`), `evaluate` judged no
                // translation and called the package ready (found by an audit: "You can get an
                // IIN this way" over a certificate of unknown language). The entry says the
                // condition (`checklist::language_unknown`).
                language: match a.language {
                    Some(LanguageAnswer::Kk) => Some(Language::Kk),
                    Some(LanguageAnswer::Ru) => Some(Language::Ru),
                    Some(LanguageAnswer::Other | LanguageAnswer::Unknown) => Some(Language::Other),
                    None => None,
                },
                translated: a.translated.is_some_and(Tri::is_yes),
                certified: match a.certified {
                    Some(CertifiedAnswer::Apostille) => HeldCertification::Apostille,
                    Some(CertifiedAnswer::Legalization) => HeldCertification::Legalization,
                    _ => HeldCertification::None,
                },
            })
            .collect();
        Applicant {
            date: self.date.unwrap_or(today),
            ruleset: self.declared(),
            route: self.route.unwrap_or(Route::Consulate),
            purpose: self.purpose(),
            category: self.category,
            citizenship,
            birth_date: self.birth_date,
            // "I don't know" is judged as "no": the result then tells how to check.
            has_iin: self.has_iin.is_some_and(Tri::is_yes),
            identity_document,
            documents,
            // Not asked: consent is given at the office, and the result says so.
            consent: None,
            represented: self.represented(today),
            imprisoned: self.imprisoned.unwrap_or(false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `answers_link_field` and `LinkField::is_answer` list the same fields: a field the link
    /// counts as an answer is one the answers can hold (the damaged-link notice drops it once
    /// given again). The match below makes a new field fail to compile until it is listed.
    #[test]
    fn the_link_fields_that_are_answers_are_the_ones_answers_hold() {
        use crate::journey::query::LinkField as F;
        let every = [
            F::Route,
            F::Consulate,
            F::PresetCountry,
            F::Date,
            F::HasIin,
            F::Purpose,
            F::Citizenship,
            F::BirthDate,
            F::Category,
            F::IdType,
            F::IdIssuer,
            F::IdExpires,
            F::IdLatin,
            F::Imprisoned,
            F::Represented,
            F::Document(DocumentId::MarriageCertificate),
            F::Ruleset,
            F::Language,
            F::Page,
            F::Other,
        ];
        for f in every {
            // Exhaustive: a variant added to LinkField must be added to `every` too.
            match f {
                F::Route | F::Consulate | F::PresetCountry | F::Date | F::HasIin | F::Purpose => {}
                F::Citizenship | F::BirthDate | F::Category | F::IdType | F::IdIssuer => {}
                F::IdExpires | F::IdLatin | F::Imprisoned | F::Represented | F::Document(_) => {}
                F::Ruleset | F::Language | F::Page | F::Other => {}
            }
            assert_eq!(
                Answers::default().answers_link_field(f).is_some(),
                f.is_answer(),
                "{f:?}"
            );
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_planned_date_moved_before_the_birth_drops_the_birth_date() {
        let mut a = Answers {
            birth_date: Some(d("2020-01-01")),
            ..Answers::default()
        };
        a.set_date(d("2025-06-03"));
        assert_eq!(a.birth_date, Some(d("2020-01-01")));
        a.set_date(d("2020-01-01"));
        assert_eq!(a.birth_date, Some(d("2020-01-01")), "born that day: kept");
        a.set_date(d("2019-06-03"));
        assert_eq!((a.date, a.birth_date), (Some(d("2019-06-03")), None));
    }

    /// Found walking a consulate's page that declares the 2025 pilot, as someone who then
    /// chose a Public Service Centre: told "no rules for it are in force" in Kazakhstan.
    #[test]
    fn a_consulates_declared_rules_hold_on_its_route_only() {
        use crate::rules::{evaluate, Verdict};
        let today = d("2026-12-03");
        let declared = RulesetId::parse("fi-pilot-2025").ok();
        let mut a = Answers {
            route: Some(Route::InCountry),
            date: Some(d("2026-12-07")),
            has_iin: Some(Tri::No),
            ruleset: declared,
            ..Answers::default()
        };
        let applicant = a.to_applicant(today);
        assert_eq!(applicant.ruleset, None);
        let outcome = evaluate(&applicant);
        assert_eq!(outcome.ruleset.as_deref(), Some("in-country-2024"));
        assert_ne!(outcome.verdict, Verdict::Unavailable);
        a.route = Some(Route::Mfa);
        assert_eq!(
            a.to_applicant(today).ruleset,
            None,
            "the ministry is not the consulate"
        );
        a.route = Some(Route::Consulate);
        assert_eq!(a.to_applicant(today).ruleset, declared);
        assert_eq!(a.declared(), declared);
    }

    /// Found on Check your answers: a correction through a representative chosen, then
    /// "Already have an IIN" changed to "No". The kept answers must not count: the result
    /// said "your IIN cannot be corrected this way" to someone who wants a new one.
    #[test]
    fn answers_to_questions_no_longer_asked_do_not_count() {
        let today = d("2026-12-03");
        let mut a = Answers {
            route: Some(Route::InCountry),
            date: Some(d("2026-12-04")),
            has_iin: Some(Tri::Yes),
            purpose: Some(Purpose::Correction),
            represented: Some(true),
            ..Answers::default()
        };
        let applicant = a.to_applicant(today);
        assert_eq!(applicant.purpose, Purpose::Correction);
        assert!(
            applicant.represented,
            "asked for a correction in Kazakhstan"
        );
        a.has_iin = Some(Tri::No);
        let applicant = a.to_applicant(today);
        assert_eq!(applicant.purpose, Purpose::Formation);
        assert!(!applicant.represented, "a new IIN: never asked");
        assert_eq!(a.purpose, Some(Purpose::Correction), "kept, to come back");
        // Changed back: the answers count again.
        a.has_iin = Some(Tri::Yes);
        assert!(a.to_applicant(today).represented);
        // "A new IIN" chosen instead: no representative was asked about.
        a.purpose = Some(Purpose::Formation);
        assert!(!a.to_applicant(today).represented);
    }

    #[test]
    fn dont_know_counts_as_not_yet() {
        let mut a = Answers {
            route: Some(Route::Consulate),
            citizenship: Some(Citizenship::Of(Country::parse("DE").unwrap())),
            ..Answers::default()
        };
        a.docs.insert(
            DocumentId::MarriageCertificate,
            DocAnswer {
                have: Some(true),
                issuer: Some(IssuerAnswer::Unknown),
                language: Some(LanguageAnswer::Unknown),
                translated: Some(Tri::Unknown),
                certified: Some(CertifiedAnswer::Unknown),
            },
        );
        let applicant = a.to_applicant(d("2025-06-02"));
        assert_eq!(applicant.date, d("2025-06-02"));
        assert!(!applicant.has_iin, "not answered: no IIN");
        let held = &applicant.documents[0];
        assert_eq!(
            held.issuer, None,
            "an unknown issuer is left for evaluate to assume"
        );
        assert_eq!(
            held.language,
            Some(Language::Other),
            "an unknown language: a translation still to do, never none"
        );
        assert!(!held.translated);
        assert_eq!(held.certified, HeldCertification::None);
    }

    #[test]
    fn answers_about_another_person_or_document_are_forgotten() {
        let spouse = Answers {
            route: Some(Route::Consulate),
            has_iin: Some(Tri::No),
            citizenship: Some(Citizenship::Of(Country::parse("TR").unwrap())),
            birth_date: Some(d("1950-05-05")),
            category: Some(Category::Spouse),
            id_choice: Some(IdChoice::Passport),
            id_expires: Some(d("2030-01-01")),
            id_latin: Some(true),
            ..Answers::default()
        };
        // The group becomes "child": every answer about the person is asked again.
        let mut a = spouse.clone();
        a.category = Some(Category::Child);
        a.forget_answers_about_another(&spouse);
        assert_eq!(a.birth_date, None);
        assert_eq!((a.id_choice, a.id_expires, a.id_latin), (None, None, None));
        assert_eq!(
            a.citizenship, spouse.citizenship,
            "asked before the group: kept"
        );
        assert_eq!(
            a.route,
            Some(Route::Consulate),
            "not about the person: kept"
        );
        // Another adult group: the same person.
        let mut a = spouse.clone();
        a.category = Some(Category::Senior);
        a.forget_answers_about_another(&spouse);
        assert_eq!(a.birth_date, spouse.birth_date);
        // Another identity document: its expiry and letters are asked again.
        let mut a = spouse.clone();
        a.id_choice = Some(IdChoice::RefugeeCertificate);
        a.forget_answers_about_another(&spouse);
        assert_eq!((a.id_expires, a.id_latin), (None, None));
        assert_eq!(a.birth_date, spouse.birth_date);
        // Another citizenship: another passport.
        let mut a = spouse.clone();
        a.docs.insert(
            DocumentId::PassportTranslation,
            DocAnswer {
                have: Some(true),
                ..DocAnswer::default()
            },
        );
        let before = a.clone();
        a.citizenship = Some(Citizenship::Of(Country::parse("AE").unwrap()));
        a.forget_answers_about_another(&before);
        assert_eq!((a.id_expires, a.id_latin), (None, None));
        assert!(a.docs.get(&DocumentId::PassportTranslation).is_none());
        // Through Kazakhstan's citizenship, whose path asks of no passport: back to the same
        // one, kept (found by a regression audit); on to another, asked again.
        let mut a = spouse.clone();
        a.citizenship = Some(Citizenship::Of(Country::KZ));
        a.forget_answers_about_another(&spouse);
        assert_eq!(a.id_expires, spouse.id_expires);
        let at_kz = a.clone();
        a.citizenship = spouse.citizenship;
        a.forget_answers_about_another(&at_kz);
        assert_eq!(a.id_expires, spouse.id_expires);
        let mut a = at_kz.clone();
        a.citizenship = Some(Citizenship::Of(Country::parse("AE").unwrap()));
        a.forget_answers_about_another(&at_kz);
        assert_eq!(a.id_expires, None);
        // Through "None of these", which asks of no one: the child's answers stay the child's.
        let child = Answers {
            category: Some(Category::Child),
            birth_date: Some(d("2015-03-03")),
            ..spouse.clone()
        };
        let mut a = child.clone();
        a.category = Some(Category::Other);
        a.forget_answers_about_another(&child);
        assert_eq!(a.birth_date, child.birth_date);
        let at_other = a.clone();
        a.category = Some(Category::Child);
        a.forget_answers_about_another(&at_other);
        assert_eq!(a.birth_date, child.birth_date);
        let mut a = at_other.clone();
        a.category = Some(Category::Senior);
        a.forget_answers_about_another(&at_other);
        assert_eq!(
            a.birth_date, None,
            "on to an adult: the child's birth date forgotten"
        );
        // A refugee certificate is Kazakhstan's: another citizenship keeps it.
        let refugee = Answers {
            id_choice: Some(IdChoice::RefugeeCertificate),
            ..spouse.clone()
        };
        let mut a = refugee.clone();
        a.citizenship = Some(Citizenship::Of(Country::parse("SY").unwrap()));
        a.forget_answers_about_another(&refugee);
        assert_eq!(a.id_expires, refugee.id_expires);
        // Back to an entry written for the adult, with the child's answers in memory: the
        // child's birth date and document are not given to the adult.
        let child = Answers {
            category: Some(Category::Child),
            birth_date: Some(d("2015-03-03")),
            id_expires: Some(d("2027-03-01")),
            ..spouse.clone()
        };
        let mut entry = Answers {
            birth_date: None,
            id_expires: None,
            ..spouse.clone()
        };
        entry.fill_from(&child);
        assert_eq!((entry.birth_date, entry.id_expires), (None, None));
        let mut entry = Answers {
            id_expires: None,
            ..spouse.clone()
        };
        entry.fill_from(&spouse);
        assert_eq!(entry, spouse, "the same person: filled");
        // Back, then Forward to Kazakhstan's entry (a link's answers: no subject), then on to
        // the UAE: the Chinese passport's answers are not the UAE one's.
        let china = Answers {
            citizenship: Some(Citizenship::Of(Country::parse("CN").unwrap())),
            id_latin: Some(false),
            ..spouse.clone()
        };
        let mut memory = china.clone();
        memory.citizenship = Some(Citizenship::Of(Country::KZ));
        memory.forget_answers_about_another(&china);
        let mut entry = Answers {
            citizenship: Some(Citizenship::Of(Country::KZ)),
            ..Answers::default()
        };
        entry.fill_from(&memory);
        let mut a = entry.clone();
        a.citizenship = Some(Citizenship::Of(Country::parse("AE").unwrap()));
        a.forget_answers_about_another(&entry);
        assert_eq!((a.id_expires, a.id_latin), (None, None));
        // A "None of these" entry filled from a senior's memory, then the child's group: the
        // senior's birth date is not the child's.
        let senior = Answers {
            category: Some(Category::Senior),
            ..spouse.clone()
        };
        let mut entry = Answers {
            category: Some(Category::Other),
            birth_date: None,
            ..spouse.clone()
        };
        entry.fill_from(&senior);
        let mut a = entry.clone();
        a.category = Some(Category::Child);
        a.forget_answers_about_another(&entry);
        assert_eq!(a.birth_date, None);
        // A first answer forgets nothing; the same answer again forgets nothing.
        let mut a = Answers {
            category: None,
            ..spouse.clone()
        };
        let before = a.clone();
        a.category = Some(Category::Child);
        a.forget_answers_about_another(&before);
        assert_eq!(a.birth_date, spouse.birth_date);
        let mut a = spouse.clone();
        a.forget_answers_about_another(&spouse);
        assert_eq!(a, spouse);
    }

    #[test]
    fn an_unknown_iin_counts_as_none() {
        let mut a = Answers {
            has_iin: Some(Tri::Unknown),
            ..Answers::default()
        };
        assert!(!a.to_applicant(d("2025-06-02")).has_iin);
        a.has_iin = Some(Tri::Yes);
        assert!(a.to_applicant(d("2025-06-02")).has_iin);
    }

    #[test]
    fn documents_not_held_are_not_sent() {
        let mut a = Answers::default();
        a.docs.insert(
            DocumentId::Will,
            DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            },
        );
        assert!(a.to_applicant(d("2025-06-02")).documents.is_empty());
    }

    #[test]
    fn no_identity_document_is_absent() {
        let a = Answers {
            id_choice: Some(IdChoice::None),
            ..Answers::default()
        };
        assert_eq!(a.to_applicant(d("2025-06-02")).identity_document, None);
    }
}
