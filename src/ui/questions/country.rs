//! Pages that ask for one country: the consulate's country, the citizenship, and the state
//! that issued the identity document (asked only where that changes the outcome, and never
//! pre-filled with a guess).

use leptos::prelude::*;

use super::{Problem, Problems, Words};
use crate::i18n::*;
use crate::journey::Answers;
use crate::rules::{Citizenship, Country};
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;
use crate::ui::widgets::*;

/// A page with one country chooser. `read` turns the chooser's value into the answer
/// (`None`: not a valid choice), `store` keeps it.
#[component]
fn CountryPage<T>(
    id: &'static str,
    title: Words,
    hint: Words,
    #[prop(optional)] with_stateless: bool,
    initial: String,
    read: fn(&str) -> Option<T>,
    store: fn(&mut Answers, T),
    error: fn(Locale) -> String,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(initial);
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || match read(&value.get_untracked()) {
        Some(v) => problems.accept(j, |a| store(a, v)),
        None => problems.report(vec![Problem::new(id, error)]),
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
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

fn country(value: &str) -> Option<Country> {
    Country::parse(value).ok()
}

#[component]
pub fn ConsulatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let initial = j
        .answers
        .with_untracked(|a| a.at.map(|c| c.as_str().to_owned()))
        .unwrap_or_default();
    view! {
        <CountryPage
            id="consulate"
            title=super::words(|l| td_string!(l, q.consulate.title).to_string())
            hint=super::words(|l| td_string!(l, q.consulate.hint).to_string())
            initial
            read=country
            store=|a, c| a.at = Some(c)
            error=|l| td_string!(l, q.consulate.error).to_string()
        />
    }
}

#[component]
pub fn CitizenshipPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let initial = j
        .answers
        .with_untracked(|a| a.citizenship.map(String::from))
        .unwrap_or_default();
    view! {
        <CountryPage
            id="citizenship"
            title=super::words(|l| td_string!(l, q.citizenship.title).to_string())
            hint=super::words(|l| td_string!(l, q.citizenship.hint).to_string())
            with_stateless=true
            initial
            read=|v| Citizenship::try_from(v.to_owned()).ok()
            store=|a, c| a.citizenship = Some(c)
            error=|l| td_string!(l, q.citizenship.error).to_string()
        />
    }
}

/// Asked only when the issuer changes the outcome (a stateless person's travel document, for
/// example); starts empty: the applicant chooses, nothing is guessed for them.
#[component]
pub fn IdIssuerPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let initial = j
        .answers
        .with_untracked(|a| a.id_issuer.map(|c| c.as_str().to_owned()))
        .unwrap_or_default();
    view! {
        <CountryPage
            id="id-issuer"
            title=super::words(|l| td_string!(l, q.id_details.issuer_title).to_string())
            hint=super::words(|l| td_string!(l, q.id_details.issuer_hint).to_string())
            initial
            read=country
            store=|a, c| a.id_issuer = Some(c)
            error=|l| td_string!(l, q.id_details.error_issuer).to_string()
        />
    }
}
