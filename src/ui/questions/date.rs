//! Pages that ask for one date: when the applicant will apply (the rules depend on it), and
//! the date of birth (asked only where the chosen category has an age limit).

use leptos::prelude::*;

use super::{lang, Problem, Problems};
use crate::i18n::*;
use crate::ui::state::{iso, Journey};
use crate::ui::widgets::*;

#[component]
pub fn DatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(iso(j.answers.with_untracked(|a| a.date).unwrap_or(j.today)));
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || match read_date(&value.get_untracked()) {
        DateInput::Valid(d) => {
            j.answers.update(|a| a.date = Some(d));
            let shown = problems.report(Vec::new());
            j.advance(lang(i18n));
            shown
        }
        DateInput::Empty => problems.report(vec![Problem::new("date", |l| {
            td_string!(l, q.date.error_missing).to_string()
        })]),
        DateInput::Invalid => problems.report(vec![Problem::new("date", |l| {
            td_string!(l, q.date.error_invalid).to_string()
        })]),
    };
    let error = error_for(errors, "date");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <DateField
                        id="date"
                        label=td_string!(l, q.date.title).to_string()
                        heading=true
                        hint=format!("{} {}", td_string!(l, q.date.hint), td_string!(l, date_hint))
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn BirthDatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(
        j.answers
            .with_untracked(|a| a.birth_date.map(iso))
            .unwrap_or_default(),
    );
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || {
        let apply_on = j.answers.with_untracked(|a| a.date).unwrap_or(j.today);
        let problem = |message: fn(Locale) -> String| vec![Problem::new("birth-date", message)];
        match read_date(&value.get_untracked()) {
            DateInput::Valid(d) if d > apply_on => problems.report(problem(|l| {
                td_string!(l, q.birth_date.error_future).to_string()
            })),
            DateInput::Valid(d) => {
                j.answers.update(|a| a.birth_date = Some(d));
                let shown = problems.report(Vec::new());
                j.advance(lang(i18n));
                shown
            }
            DateInput::Empty => problems.report(problem(|l| {
                td_string!(l, q.birth_date.error_missing).to_string()
            })),
            DateInput::Invalid => problems.report(problem(|l| {
                td_string!(l, q.birth_date.error_invalid).to_string()
            })),
        }
    };
    let error = error_for(errors, "birth-date");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <DateField
                        id="birth-date"
                        label=td_string!(l, q.birth_date.title).to_string()
                        heading=true
                        birth=true
                        hint=format!("{} {}", td_string!(l, q.birth_date.hint), td_string!(l, date_hint))
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}
