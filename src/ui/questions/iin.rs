//! "Do you already have an IIN?": yes, no or "I don't know", and, for yes, the number if the
//! applicant wants it checked. The number stays in memory only: never in the URL, the share
//! link or the browser's history.

use leptos::prelude::*;

use super::{choice, dont_know, Problem, Problems};
use crate::i18n::*;
use crate::journey::{iin_input, Tri};
use crate::rules::iin;
use crate::ui::lang::{t, use_i18n};
use crate::ui::state::Journey;
use crate::ui::text;
use crate::ui::widgets::*;

/// The message code for an IIN that failed the check.
fn iin_error(e: iin::IinError) -> fn(Locale) -> String {
    match e {
        iin::IinError::WrongLength { .. } => {
            |l| td_string!(l, q.has_iin.iin_error_length).to_string()
        }
        iin::IinError::NonDigit { .. } => |l| td_string!(l, q.has_iin.iin_error_digits).to_string(),
        iin::IinError::BadChecksum => |l| td_string!(l, q.has_iin.iin_error_checksum).to_string(),
        iin::IinError::IsBin { .. } => |l| td_string!(l, q.has_iin.iin_error_bin).to_string(),
        iin::IinError::BadCenturyDigit { .. } => {
            |l| td_string!(l, q.has_iin.iin_error_century).to_string()
        }
        iin::IinError::ImpossibleDate => |l| td_string!(l, q.has_iin.iin_error_date).to_string(),
    }
}

/// An error's words, in the language on screen.
type Message = Box<dyn Fn(Locale) -> String + Send + Sync>;

/// The number checked for the applicant: anything but digits is named before the length
/// (`<x>` is no "12 digits" mistake), and a birth date after today is no IIN anyone holds.
fn checked(typed: &str, today: chrono::NaiveDate) -> Result<iin::IinInfo, Message> {
    // The character named (what cannot be seen is gone: `digits`): a letter O for a zero,
    // typed on a phone, is hard to find in twelve characters (found by an audit of typing).
    if let Some(c) = iin_input::first_not_digit(typed) {
        return Err(Box::new(move |l| {
            td_string!(l, q.has_iin.iin_error_digits_named, char = c).to_string()
        }));
    }
    let info = iin::check(typed).map_err(|e| -> Message { Box::new(iin_error(e)) })?;
    if info.birth_date > today {
        return Err(Box::new(|l| {
            td_string!(l, q.has_iin.iin_error_future).to_string()
        }));
    }
    Ok(info)
}

const ANSWERS: [Tri; 3] = [Tri::Yes, Tri::No, Tri::Unknown];

#[component]
pub fn HasIinPage() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let selected = RwSignal::new(
        j.answers
            .with_untracked(|a| a.has_iin)
            .and_then(|t| ANSWERS.iter().position(|x| *x == t)),
    );
    let number = RwSignal::new(
        j.answers
            .with_untracked(|a| a.iin.clone())
            .unwrap_or_default(),
    );
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || {
        let Some(answer) = selected
            .get_untracked()
            .and_then(|i| ANSWERS.get(i).copied())
        else {
            return problems.report(vec![Problem::new("has-iin-0", |l| {
                td_string!(l, q.has_iin.error).to_string()
            })]);
        };
        let has = answer == Tri::Yes;
        let typed = iin_input::digits(&number.get_untracked());
        let typed = typed.as_str();
        if has && !typed.is_empty() {
            if let Err(e) = checked(typed, j.today_untracked()) {
                return problems.report(vec![Problem::worded("iin-number", e)]);
            }
        }
        problems.accept(j, |a| {
            a.has_iin = Some(answer);
            a.iin = (has && !typed.is_empty()).then(|| typed.to_owned());
        })
    };
    let choice_error = error_for(errors, "has-iin");
    let number_error = error_for(errors, "iin-number");
    // Not beside an error still shown for the number: "must be exactly 12 digits" and "this
    // number matches the IIN's form" were read together (found by an audit of what a screen
    // reader says). The error stands until Continue checks the number again.
    let decoded = move || {
        let l = i18n.get_locale();
        if number_error.get().is_some() {
            return None;
        }
        checked(&iin_input::digits(&number.get()), j.today())
            .ok()
            .map(|info| {
                td_string!(l, q.has_iin.iin_ok, date = text::date(l, info.birth_date)).to_string()
            })
    };
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let choices = vec![
                    choice(td_string!(l, yes), None),
                    choice(td_string!(l, no), None),
                    dont_know(l, td_string!(l, q.has_iin.unknown_hint)),
                ];
                view! {
                    <Radios
                        name="has-iin"
                        legend=td_string!(l, q.has_iin.title).to_string()
                        hint=super::with_whom_hint(l, td_string!(l, q.has_iin.hint))
                        heading=true
                        choices
                        selected
                        error=choice_error
                    />
                }
            }}
            <Show when=move || selected.get() == Some(0)>
                <div class="field conditional" class:field--error=move || number_error.get().is_some()>
                    <label class="label" for="iin-number">
                        {t!(i18n, q.has_iin.iin_label)} " " {t!(i18n, optional)}
                    </label>
                    <p class="hint" id="iin-number-hint">{t!(i18n, q.has_iin.iin_hint)}</p>
                    <FieldMessage id="iin-number-error".to_owned() error=number_error />
                    <input
                        class="input input--iin"
                        id="iin-number"
                        name="iin-number"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        maxlength="20"
                        // The error, while shown, is read with the box (found by an audit:
                        // a screen reader heard neither the error nor "invalid").
                        aria-describedby=move || if number_error.get().is_some() {
                            "iin-number-hint iin-number-error iin-number-status"
                        } else {
                            "iin-number-hint iin-number-status"
                        }
                        aria-invalid=move || number_error.get().is_some().then_some("true")
                        prop:value=move || number.get()
                        on:input=move |ev| number.set(event_target_value(&ev))
                    />
                    <p class="hint iin-status" id="iin-number-status" aria-live="polite">
                        // A page translator keeps no stale birth date (`ui::fresh`).
                        {crate::ui::fresh::fresh_text(move || decoded().unwrap_or_default())}
                    </p>
                </div>
            </Show>
        </QuestionShell>
    }
}
