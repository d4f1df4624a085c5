//! The start page: what the tool does, what to have at hand, privacy, and when the rules were
//! last reviewed (with the plain fact that no consular pilot is known after the last one).

use leptos::prelude::*;

use super::state::Journey;
use super::text;
use crate::i18n::*;
use crate::journey::Step;
use crate::rules::{ruleset, Route, RULES_REVIEWED_ON};

#[component]
pub fn StartPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let start = move |_| {
        let next = j.answers.with_untracked(|a| {
            crate::journey::flow::next(Step::Start, a, j.locked, j.today, false)
        });
        j.go(next, text::code(i18n.get_locale_untracked()));
    };
    view! {
        <h1 class="heading" tabindex="-1">{t!(i18n, start.title)}</h1>
        <p class="lead">{t!(i18n, start.lead)}</p>
        <p>{t!(i18n, start.duration)}</p>
        // The button comes before the details, so it is in the first screen of a phone.
        <button type="button" class="button button--start" on:click=start>
            {t!(i18n, start.button)}
        </button>
        <h2>{t!(i18n, start.need_title)}</h2>
        <ul class="list">
            <li>{t!(i18n, start.need_passport)}</li>
            <li>{t!(i18n, start.need_documents)}</li>
            <li>{t!(i18n, start.need_date)}</li>
        </ul>
        <h2>{t!(i18n, start.privacy_title)}</h2>
        <p>{t!(i18n, start.privacy_text)}</p>
        <h2>{t!(i18n, start.rules_title)}</h2>
        {move || {
            let l = i18n.get_locale();
            let last = ruleset::last_known_day(Route::Consulate)
                .map(|d| text::date(l, d))
                .unwrap_or_default();
            let declared = j.answers.with_untracked(|a| a.ruleset).map(|r| {
                let name = ruleset::by_id(r.as_str()).map_or("", |rs| rs.name.get(text::code(l)));
                view! { <p class="callout">{td_string!(l, start.declared_text, ruleset = name).to_string()}</p> }
            });
            view! {
                <p>{td_string!(l, start.rules_text, date = text::date(l, RULES_REVIEWED_ON), last = last).to_string()}</p>
                {declared}
            }
        }}
        <p><super::rules_page::RulesLink /></p>
    }
}
