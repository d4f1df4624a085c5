//! Pages with one set of radios: where to apply, what is needed, the category, the identity
//! document, its letters, prison, representation. The generic [`ChoicePage`] also serves the
//! document follow-ups (language, translation, certification).

use std::sync::Arc;

use leptos::prelude::*;

use super::{choice, choice_words, words, ChoiceWords, Problem, Problems, Words};
use crate::i18n::*;
use crate::journey::{flow, Answers, IdChoice};
use crate::rules::{Category, Citizenship, IdentityDocumentType, Purpose, Route};
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;
use crate::ui::text;
use crate::ui::widgets::*;

/// Reads a page's answer from the answers.
pub type Getter<T> = Arc<dyn Fn(&Answers) -> Option<T> + Send + Sync>;
/// Stores a page's answer.
pub type Setter<T> = Arc<dyn Fn(&mut Answers, T) + Send + Sync>;

/// A page with one set of radios whose choices map to values of `T`. Only the mapping between
/// values and positions is generic: the page is built by [`choice_page`], compiled once
/// rather than once per type of answer (issue 12: the wasm's size).
#[component]
pub fn ChoicePage<T>(
    name: &'static str,
    title: Words,
    #[prop(optional)] hint: Option<Words>,
    choices: Vec<(T, ChoiceWords)>,
    get: Getter<T>,
    set: Setter<T>,
    error: fn(Locale) -> String,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<ChoiceWords>) = choices.into_iter().unzip();
    let values: Arc<[T]> = values.into();
    let known = values.clone();
    let position: Getter<usize> =
        Arc::new(move |a: &Answers| get(a).and_then(|c| known.iter().position(|v| *v == c)));
    let store: Setter<usize> = Arc::new(move |a: &mut Answers, i: usize| {
        if let Some(v) = values.get(i) {
            set(a, *v);
        }
    });
    choice_page(name, title, hint, labels, position, store, error)
}

/// The radios page itself, on positions in `choices`.
#[inline(never)]
fn choice_page(
    name: &'static str,
    title: Words,
    hint: Option<Words>,
    choices: Vec<ChoiceWords>,
    get: Getter<usize>,
    set: Setter<usize>,
    error: fn(Locale) -> String,
) -> AnyView {
    let j = Journey::current();
    let i18n = use_i18n();
    let count = choices.len();
    let current = j.answers.with_untracked(|a| get(a));
    let selected = RwSignal::new(current.filter(|i| *i < count));
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || match selected.get_untracked().filter(|i| *i < count) {
        Some(i) => problems.accept(j, |a| set(a, i)),
        None => problems.report(vec![Problem::new(format!("{name}-0"), error)]),
    };
    let error_signal = error_for(errors, name);
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let labels = choices.iter().map(|c| c(l)).collect::<Vec<_>>();
                view! {
                    <Radios
                        name
                        legend=title(l)
                        hint=hint.as_ref().map(|h| h(l)).unwrap_or_default()
                        heading=true
                        choices=labels
                        selected
                        error=error_signal
                    />
                }
            }}
        </QuestionShell>
    }
    .into_any()
}

/// A getter and a setter for one field of the answers.
macro_rules! field {
    ($($f:tt)+) => {
        (
            Arc::new(|a: &Answers| a.$($f)+) as Getter<_>,
            Arc::new(|a: &mut Answers, v| a.$($f)+ = Some(v)) as Setter<_>,
        )
    };
}

#[component]
pub fn RoutePage() -> impl IntoView {
    let (get, set) = field!(route);
    view! {
        <ChoicePage
            name="route"
            title=words(|l| td_string!(l, q.route.title).to_string())
            hint=words(|l| td_string!(l, q.route.hint).to_string())
            choices=vec![
                (Route::Consulate, choice_words(|l| choice(td_string!(l, q.route.consulate), Some(td_string!(l, q.route.consulate_hint))))),
                (Route::Mfa, choice_words(|l| choice(td_string!(l, q.route.mfa), Some(td_string!(l, q.route.mfa_hint))))),
                (Route::InCountry, choice_words(|l| choice(td_string!(l, q.route.in_country), Some(td_string!(l, q.route.in_country_hint))))),
            ]
            get
            set
            error=|l| td_string!(l, q.route.error).to_string()
        />
    }
}

#[component]
pub fn PurposePage() -> impl IntoView {
    let (get, set) = field!(purpose);
    view! {
        <ChoicePage
            name="purpose"
            title=words(|l| td_string!(l, q.purpose.title).to_string())
            choices=vec![
                (Purpose::Formation, choice_words(|l| choice(td_string!(l, q.purpose.formation), Some(td_string!(l, q.purpose.formation_hint))))),
                (Purpose::Correction, choice_words(|l| choice(td_string!(l, q.purpose.correction), Some(td_string!(l, q.purpose.correction_hint))))),
            ]
            get
            set
            error=|l| td_string!(l, q.purpose.error).to_string()
        />
    }
}

/// "Yes" and "No", in this order.
pub fn yes_no() -> Vec<(bool, ChoiceWords)> {
    vec![
        (true, choice_words(|l| choice(td_string!(l, yes), None))),
        (false, choice_words(|l| choice(td_string!(l, no), None))),
    ]
}

/// Whether the identity document shows the name and place of birth in Latin or Cyrillic
/// letters (asked only for issuers that may write them in other letters).
#[component]
pub fn IdLettersPage() -> impl IntoView {
    let (get, set) = field!(id_latin);
    let child = for_a_child();
    view! {
        <ChoicePage
            name="id-latin"
            title=words(move |l| if child {
                td_string!(l, q.id_details.latin_label_child).to_string()
            } else {
                td_string!(l, q.id_details.latin_label).to_string()
            })
            hint=words(|l| td_string!(l, q.id_details.latin_hint).to_string())
            choices=yes_no()
            get
            set
            error=if child {
                |l| td_string!(l, q.id_details.error_latin_child).to_string()
            } else {
                |l| td_string!(l, q.id_details.error_latin).to_string()
            }
        />
    }
}

#[component]
pub fn ImprisonedPage() -> impl IntoView {
    let (get, set) = field!(imprisoned);
    view! {
        <ChoicePage
            name="imprisoned"
            title=words(|l| td_string!(l, q.imprisoned.title).to_string())
            hint=words(|l| td_string!(l, q.imprisoned.hint).to_string())
            choices=yes_no()
            get
            set
            error=|l| td_string!(l, q.imprisoned.error).to_string()
        />
    }
}

#[component]
pub fn RepresentedPage() -> impl IntoView {
    let (get, set) = field!(represented);
    view! {
        <ChoicePage
            name="represented"
            title=words(|l| td_string!(l, q.represented.title).to_string())
            hint=words(|l| td_string!(l, q.represented.hint).to_string())
            choices=vec![
                (false, choice_words(|l| choice(td_string!(l, q.represented.no), None))),
                (true, choice_words(|l| choice(td_string!(l, q.represented.yes), None))),
            ]
            get
            set
            error=|l| td_string!(l, q.represented.error).to_string()
        />
    }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    let j = Journey::current();
    let offered: Vec<Category> = j.answers.with_untracked(|a| {
        let route = a.route.unwrap_or(Route::Consulate);
        let mut list: Vec<Category> = flow::ruleset_info(a, j.today_untracked())
            .map(|info| {
                info.categories
                    .into_iter()
                    .filter(|rc| rc.route == route)
                    .flat_map(|rc| rc.categories)
                    .collect()
            })
            .unwrap_or_default();
        list.retain(|c| *c != Category::Other);
        list.push(Category::Other);
        list
    });
    let choices = offered
        .into_iter()
        .map(|c| {
            (
                c,
                choice_words(move |l| {
                    let (name, desc) = text::category(l, c);
                    choice(name, Some(desc))
                }),
            )
        })
        .collect::<Vec<_>>();
    // Declared rules are the consulate's, maybe no longer in force on the date: never
    // called "the rules for this date".
    let declared = j.answers.with_untracked(|a| a.declared().is_some());
    // One who fits several groups is told the cheapest way (found by an audit of the
    // questions: a 65-year-old spouse was sent to apostille a marriage certificate).
    let several = choices.len() > 2;
    let without_documents = j
        .answers
        .with_untracked(|a| flow::categories_without_documents(a, j.today_untracked()));
    let (get, set) = field!(category);
    view! {
        <ChoicePage
            name="category"
            title=words(|l| td_string!(l, q.category.title).to_string())
            // A parent applying for a child is told here too to answer about the child: "Spouse
            // of a citizen" fits the parent (found by an audit of plain questions).
            hint=words(move |l| {
                let mut hint = if declared {
                    td_string!(l, q.category.hint_declared)
                } else {
                    td_string!(l, q.category.hint)
                }
                .to_string();
                if several {
                    hint.push(' ');
                    hint.push_str(td_string!(l, q.category.several_fit));
                    for c in &without_documents {
                        hint.push(' ');
                        hint.push_str(&td_string!(
                            l,
                            q.category.passport_enough,
                            group = text::category(l, *c).0
                        ));
                    }
                }
                super::with_whom_hint(l, &hint)
            })
            choices
            get
            set
            error=|l| td_string!(l, q.category.error).to_string()
        />
    }
}

/// The identity documents this rule set accepts, then "none".
#[component]
pub fn IdTypePage() -> impl IntoView {
    let j = Journey::current();
    let info = j
        .answers
        .with_untracked(|a| flow::ruleset_info(a, j.today_untracked()));
    // Where the office makes the electronic copy itself, no copy is asked of the applicant
    // (found by a lawyer's audit: "bring a copy" at a Public Service Centre).
    let copy = info
        .as_ref()
        .is_none_or(|i| i.identity_bring == crate::rules::Bring::OriginalAndCopy);
    let accepted: Vec<IdentityDocumentType> = info
        .map(|info| info.identity_document_types)
        .unwrap_or_else(|| vec![IdentityDocumentType::Passport]);
    // A stateless person holds no national passport: the rules name a passport, and whether
    // another document (a travel document) is accepted is for the office to say.
    let stateless = j
        .answers
        .with_untracked(|a| a.citizenship == Some(Citizenship::Stateless));
    let child = for_a_child();
    let mut choices: Vec<(IdChoice, ChoiceWords)> = accepted
        .iter()
        .map(|t| match t {
            IdentityDocumentType::Passport => (
                IdChoice::Passport,
                // Anyone else may hold only another document too (a refugee's travel
                // document, an identity card): it is not a passport, and the result of "none"
                // says what to ask (found by an audit: a refugee with a citizenship had no word).
                choice_words(move |l| {
                    let hint = if stateless {
                        td_string!(l, q.id_type.passport_hint_stateless)
                    } else if child {
                        td_string!(l, q.id_type.passport_hint_child)
                    } else {
                        td_string!(l, q.id_type.passport_hint)
                    };
                    choice(td_string!(l, q.id_type.passport), Some(hint))
                }),
            ),
            IdentityDocumentType::RefugeeCertificate => (
                IdChoice::RefugeeCertificate,
                choice_words(|l| choice(td_string!(l, q.id_type.refugee_certificate), None)),
            ),
        })
        .collect();
    choices.push((
        IdChoice::None,
        // The child's, in the child's category (found by an audit: "I have no identity
        // document" under "Which identity document will the child show?").
        if child {
            choice_words(|l| choice(td_string!(l, q.id_type.none_child), None))
        } else {
            choice_words(|l| choice(td_string!(l, q.id_type.none), None))
        },
    ));
    let (get, set) = field!(id_choice);
    view! {
        <ChoicePage
            name="identity"
            title=words(move |l| if child {
                td_string!(l, q.id_type.title_child).to_string()
            } else {
                td_string!(l, q.id_type.title).to_string()
            })
            hint=words(move |l| if copy {
                td_string!(l, q.id_type.hint).to_string()
            } else {
                td_string!(l, q.id_type.hint_original).to_string()
            })
            choices
            get
            set
            error=if child {
                |l| td_string!(l, q.id_type.error_child).to_string()
            } else {
                |l| td_string!(l, q.id_type.error).to_string()
            }
        />
    }
}

/// The child category: the identity document asked about is the child's (found by an audit: a
/// parent read "your identity document" as their own, asked for separately later).
/// Read from the answers in effect: a category left behind (the child's, before a correction
/// was chosen) no longer counts (found by a review).
pub(crate) fn for_a_child() -> bool {
    let j = crate::ui::state::Journey::current();
    let today = j.today_untracked();
    j.answers.with_untracked(|a| {
        flow::in_effect(a, j.locked(), today).category == Some(crate::rules::Category::Child)
    })
}
