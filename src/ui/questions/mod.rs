//! The question pages, one question per page, split by pattern: one set of radios
//! (`choice`), a country (`country`), a date (`date`), "do you already have an IIN?" with the optional number (`iin`), the pages
//! about one document (`document`) and "which of these do you have?" for a one-of group
//! (`group`). Each keeps its field values locally, checks them on Continue, stores the answer
//! and lets the journey pick the next page. None of them decides anything about the law:
//! the choices offered come from the rule set's records and the checklist `evaluate` returns.
//!
//! Errors are kept as codes (a field and the function that words it), never as rendered
//! text, so a language switch re-renders every message on the page, errors included.

mod choice;
mod country;
mod date;
mod document;
mod group;
mod iin;

use std::sync::Arc;

use leptos::prelude::*;

use super::text;
use super::widgets::{Choice, FieldError};
use crate::i18n::*;
use crate::journey::{Answers, Step};
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;

/// Words in the language asked for (a title, a hint, a label).
pub type Words = Arc<dyn Fn(Locale) -> String + Send + Sync>;

/// A hint of a question asked up to the group page (that one included), and "Applying for
/// your child? Answer about the child" where the rules followed may serve a child (`flow::may_be_for_a_child`).
/// Where a representative may apply (a correction), "Applying for someone else? Answer about
/// them" (found by an audit: a representative who answered about themselves, a Kazakhstan
/// citizen, was told the data "cannot be corrected this way").
pub fn with_whom_hint(l: Locale, hint: &str) -> String {
    let j = crate::ui::state::Journey::current();
    let today = j.today_untracked();
    let (child, representable) = j.answers.with_untracked(|a| {
        let a = crate::journey::flow::in_effect(a, j.locked(), today);
        (
            crate::journey::flow::may_be_for_a_child(&a, today),
            a.represented_asked(today),
        )
    });
    // A correction, which a representative may ask for: said first (found by a regression
    // audit: the child's hint, true of every rule set in Kazakhstan, always won).
    if representable {
        format!("{hint} {}", td_string!(l, q.for_someone_else))
    } else if child {
        format!("{hint} {}", td_string!(l, q.for_a_child))
    } else {
        hint.to_owned()
    }
}

pub fn words(f: impl Fn(Locale) -> String + Send + Sync + 'static) -> Words {
    Arc::new(f)
}

/// A radio's words in the language asked for.
pub type ChoiceWords = Arc<dyn Fn(Locale) -> Choice + Send + Sync>;

pub fn choice_words(f: impl Fn(Locale) -> Choice + Send + Sync + 'static) -> ChoiceWords {
    Arc::new(f)
}

pub fn choice(label: &str, hint: Option<&str>) -> Choice {
    Choice {
        label: label.to_owned(),
        hint: hint.map(str::to_owned),
    }
}

/// "I don't know", with what that answer means for the result.
pub fn dont_know(l: Locale, meaning: &str) -> Choice {
    choice(td_string!(l, dont_know), Some(meaning))
}

/// One validation error as a code: the field it belongs to and the function that words it.
#[derive(Clone)]
pub struct Problem {
    pub field: String,
    pub message: Arc<dyn Fn(Locale) -> String + Send + Sync>,
}

impl Problem {
    pub fn new(field: impl Into<String>, message: fn(Locale) -> String) -> Problem {
        Problem::worded(field, message)
    }

    /// A message that also needs a value of the page (the date example of a date page).
    pub fn worded(
        field: impl Into<String>,
        message: impl Fn(Locale) -> String + Send + Sync + 'static,
    ) -> Problem {
        Problem {
            field: field.into(),
            message: Arc::new(message),
        }
    }
}

fn render(l: Locale, list: &[Problem]) -> Vec<FieldError> {
    list.iter()
        .map(|p| FieldError::new(p.field.clone(), (p.message)(l)))
        .collect()
}

/// A page's errors: the codes, and the messages the shell shows, re-worded whenever the
/// language changes.
#[derive(Clone, Copy)]
pub struct Problems {
    codes: RwSignal<Vec<Problem>>,
    pub shown: RwSignal<Vec<FieldError>>,
}

impl Problems {
    pub fn new() -> Problems {
        let i18n = use_i18n();
        let codes = RwSignal::new(Vec::<Problem>::new());
        let shown = RwSignal::new(Vec::<FieldError>::new());
        Effect::new(move |_| {
            let l = i18n.get_locale();
            let list = codes.get();
            shown.set(render(l, &list));
        });
        Problems { codes, shown }
    }

    /// Continue with a valid answer: stores it, clears the page's errors and moves on.
    pub fn accept(self, j: Journey, store: impl FnOnce(&mut Answers)) -> Vec<FieldError> {
        let mut store = Some(store);
        self.accept_with(j, &mut |a| {
            if let Some(store) = store.take() {
                store(a)
            }
        })
    }

    /// `accept` compiled once, not once per page (issue 12, the wasm's size).
    #[inline(never)]
    fn accept_with(self, j: Journey, store: &mut dyn FnMut(&mut Answers)) -> Vec<FieldError> {
        j.answers.update(|a| {
            let before = a.clone();
            store(a);
            j.today_follows_the_way(before.route, a);
            a.forget_answers_about_another(&before);
        });
        let shown = self.report(Vec::new());
        j.advance(text::code(use_i18n_untracked()));
        shown
    }

    /// Records the result of a Continue and returns the messages for the shell (empty: the
    /// page moved on).
    pub fn report(self, list: Vec<Problem>) -> Vec<FieldError> {
        let l = use_i18n_untracked();
        let shown = render(l, &list);
        self.codes.set(list);
        shown
    }
}

/// The current language, read without tracking (event handlers).
fn use_i18n_untracked() -> Locale {
    use_i18n().get_locale_untracked()
}

/// The page for `step` (questions only; start, check and result live elsewhere).
pub fn question(step: Step) -> AnyView {
    match step {
        Step::Route => view! { <choice::RoutePage /> }.into_any(),
        Step::Date => view! { <date::DatePage /> }.into_any(),
        Step::HasIin => view! { <iin::HasIinPage /> }.into_any(),
        Step::Purpose => view! { <choice::PurposePage /> }.into_any(),
        Step::Citizenship => view! { <country::CitizenshipPage /> }.into_any(),
        Step::BirthDate => view! { <date::BirthDatePage /> }.into_any(),
        Step::Category => view! { <choice::CategoryPage /> }.into_any(),
        Step::IdType => view! { <choice::IdTypePage /> }.into_any(),
        Step::IdIssuer => view! { <country::IdIssuerPage /> }.into_any(),
        Step::IdExpiry => view! { <date::IdExpiryPage /> }.into_any(),
        Step::IdLetters => view! { <choice::IdLettersPage /> }.into_any(),
        Step::Imprisoned => view! { <choice::ImprisonedPage /> }.into_any(),
        Step::Represented => view! { <choice::RepresentedPage /> }.into_any(),
        Step::Document(id) => view! { <document::HavePage id /> }.into_any(),
        Step::Group(group) => view! { <group::GroupPage group /> }.into_any(),
        Step::DocIssuer(id) => view! { <document::IssuerPage id /> }.into_any(),
        Step::DocLanguage(id) => view! { <document::LanguagePage id /> }.into_any(),
        Step::DocTranslated(id) => view! { <document::TranslatedPage id /> }.into_any(),
        Step::DocCertified(id) => view! { <document::CertifiedPage id /> }.into_any(),
        Step::Start | Step::Check | Step::Result | Step::Rules => ().into_any(),
    }
}
