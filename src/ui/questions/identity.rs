//! The identity document's details: until when it is valid, and whether the name and place
//! of birth are in Latin or Cyrillic letters (else a notarized translation is needed). Its
//! issuer has a page of its own, asked only where it matters (`country::IdIssuerPage`).

use leptos::prelude::*;

use super::{lang, Problem, Problems};
use crate::i18n::*;
use crate::ui::state::{iso, Journey};
use crate::ui::widgets::*;

#[component]
pub fn IdDetailsPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let (expires, latin) = j.answers.with_untracked(|a| {
        (
            a.id_expires.map(iso).unwrap_or_default(),
            a.id_latin.map(|b| if b { 0 } else { 1 }),
        )
    });
    let expires = RwSignal::new(expires);
    let latin = RwSignal::new(latin);
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || {
        let mut found = Vec::new();
        let date = match read_date(&expires.get_untracked()) {
            DateInput::Valid(d) => Some(d),
            DateInput::Empty => {
                found.push(Problem::new("id-expires", |l| {
                    td_string!(l, q.id_details.error_expires_missing).to_string()
                }));
                None
            }
            DateInput::Invalid => {
                found.push(Problem::new("id-expires", |l| {
                    td_string!(l, q.id_details.error_expires_invalid).to_string()
                }));
                None
            }
        };
        let latin_value = latin.get_untracked().map(|i| i == 0);
        if latin_value.is_none() {
            found.push(Problem::new("id-latin-0", |l| {
                td_string!(l, q.id_details.error_latin).to_string()
            }));
        }
        if !found.is_empty() {
            return problems.report(found);
        }
        j.answers.update(|a| {
            a.id_expires = date;
            a.id_latin = latin_value;
        });
        let shown = problems.report(Vec::new());
        j.advance(lang(i18n));
        shown
    };
    let expires_error = error_for(errors, "id-expires");
    let latin_error = error_for(errors, "id-latin");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <h1 class="heading" tabindex="-1">{td_string!(l, q.id_details.title)}</h1>
                    <DateField
                        id="id-expires"
                        label=td_string!(l, q.id_details.expires_label).to_string()
                        hint=format!("{} {}", td_string!(l, q.id_details.expires_hint), td_string!(l, date_hint))
                        value=expires
                        error=expires_error
                    />
                    <Radios
                        name="id-latin"
                        legend=td_string!(l, q.id_details.latin_label).to_string()
                        hint=td_string!(l, q.id_details.latin_hint).to_string()
                        choices=yes_no_choices(l, false)
                        selected=latin
                        error=latin_error
                    />
                }
            }}
        </QuestionShell>
    }
}
