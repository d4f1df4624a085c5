//! Pages that ask for one country: the citizenship, and the state that issued the identity document (asked only where that changes the outcome, and never
//! pre-filled with a guess).

use leptos::prelude::*;

use super::{Problem, Problems, Words};
use crate::i18n::*;
use crate::journey::Answers;
use crate::rules::{Citizenship, Country};
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;
use crate::ui::widgets::*;

/// A page with one country chooser. `store` keeps the chooser's value as the answer and says
/// whether it was one (`false`: not a valid choice, nothing stored). Not generic over the
/// answer's type: the page is compiled once for its two uses (issue 12).
#[component]
fn CountryPage(
    id: &'static str,
    title: Words,
    hint: Words,
    #[prop(optional)] with_stateless: bool,
    initial: String,
    store: fn(&mut Answers, &str) -> bool,
    error: fn(Locale) -> String,
) -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let value = RwSignal::new(initial);
    let typed = RwSignal::new(String::new());
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || {
        let chosen = value.get_untracked();
        let mut probe = j.answers.get_untracked();
        if store(&mut probe, &chosen) {
            problems.accept(j, |a| {
                store(a, &chosen);
            })
        } else if typed.with_untracked(|t| t.trim().is_empty()) {
            problems.report(vec![Problem::new(id, error)])
        } else {
            // A name typed that names no single country ("Korea", "American"): said so, and
            // where to choose (found by a regression audit: "Choose your citizenship" beside
            // the name typed in full read as a fault of the app).
            problems.report(vec![Problem::worded(id, move |l| {
                format!(
                    "{} {}",
                    error(l),
                    td_string!(l, country_search.not_one_country)
                )
            })])
        }
    };
    let error = error_for(errors, id);
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <CountrySelect
                        id
                        label=title(l)
                        heading=true
                        hint=hint(l)
                        with_stateless
                        value
                        typed
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

/// Keeps `value` in `field` when it is a country.
fn country(value: &str, field: &mut Option<Country>) -> bool {
    Country::parse(value).map(|c| *field = Some(c)).is_ok()
}

#[component]
pub fn CitizenshipPage() -> impl IntoView {
    let j = Journey::current();
    let initial = j
        .answers
        .with_untracked(|a| a.citizenship.map(String::from))
        .unwrap_or_default();
    view! {
        <CountryPage
            id="citizenship"
            title=super::words(|l| td_string!(l, q.citizenship.title).to_string())
            hint=super::words(|l| super::with_whom_hint(l, td_string!(l, q.citizenship.hint)))
            with_stateless=true
            initial
            store=|a, v| Citizenship::try_from(v.to_owned()).map(|c| a.citizenship = Some(c)).is_ok()
            error=|l| td_string!(l, q.citizenship.error).to_string()
        />
    }
}

/// Asked only when the issuer changes the outcome (a stateless person's travel document, for
/// example); starts empty: the applicant chooses, nothing is guessed for them.
#[component]
pub fn IdIssuerPage() -> impl IntoView {
    let j = Journey::current();
    let initial = j
        .answers
        .with_untracked(|a| a.id_issuer.map(|c| c.as_str().to_owned()))
        .unwrap_or_default();
    // A child's document for the child category (found by an audit: "your" document).
    let child = super::choice::for_a_child();
    let error: fn(crate::i18n::Locale) -> String = if child {
        |l| td_string!(l, q.id_details.error_issuer_child).to_string()
    } else {
        |l| td_string!(l, q.id_details.error_issuer).to_string()
    };
    view! {
        <CountryPage
            id="id-issuer"
            title=super::words(move |l| if child {
                td_string!(l, q.id_details.issuer_title_child).to_string()
            } else {
                td_string!(l, q.id_details.issuer_title).to_string()
            })
            hint=super::words(|l| td_string!(l, q.id_details.issuer_hint).to_string())
            initial
            store=|a, v| country(v, &mut a.id_issuer)
            error
        />
    }
}
