//! Pages that ask for one date: when the applicant will apply (the rules depend on it), the
//! date of birth (asked only where the chosen category has an age limit), and until when the
//! identity document is valid. One component, [`OneDatePage`], with what differs as props.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{Problem, Problems};
use crate::i18n::*;
use crate::journey::date_input::{example, Asked};
use crate::journey::Answers;
use crate::ui::lang::use_i18n;
use crate::ui::state::{iso, Journey};
use crate::ui::widgets::*;

/// Words of a page or an error, in the reader's language.
type Text = fn(Locale) -> String;
/// Words of an error that gives the page's example date.
type WithExample = fn(Locale, &str) -> String;

/// A page with one date question (GOV.UK date boxes), checked on Continue.
#[component]
fn OneDatePage(
    /// The field's id (and the error's anchor).
    id: &'static str,
    title: Text,
    hint: Text,
    /// Said after the hint when the boxes start with today's date, never beside an answer
    /// given on another day (found by an audit: "Today is filled in" beside 12 3 2027).
    #[prop(default = None)]
    today_note: Option<Text>,
    /// What is asked, for the example date of the hint and the error.
    asked: Asked,
    /// The boxes offer the browser's saved birthday.
    #[prop(optional)]
    birth: bool,
    /// The boxes' first value: the answer given, or a default.
    initial: Option<NaiveDate>,
    missing: Text,
    invalid: WithExample,
    /// A real date the page still refuses, with the reason (a birth date after the
    /// application date).
    refuse: fn(&Answers, NaiveDate, NaiveDate) -> Option<Text>,
    store: fn(&mut Answers, NaiveDate),
) -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let value = RwSignal::new(initial.map(iso).unwrap_or_default());
    let problems = Problems::new();
    let errors = problems.shown;
    let today = j.today_untracked();
    let on_continue = move || {
        let problem = |message: Text| problems.report(vec![Problem::new(id, message)]);
        match read_date(&value.get_untracked()) {
            DateInput::Valid(d) => {
                if let Some(reason) = j.answers.with_untracked(|a| refuse(a, today, d)) {
                    return problem(reason);
                }
                problems.accept(j, |a| store(a, d))
            }
            DateInput::Empty => problem(missing),
            DateInput::Invalid => problems.report(vec![Problem::worded(id, move |l| {
                invalid(l, &example(asked, today))
            })]),
        }
    };
    let error = error_for(errors, id);
    // The boxes hold today's date (the note is given only where they started with it), and
    // it is still today: a page kept for an answer given (not rebuilt at midnight) must not
    // call yesterday's date today's (found by a regression audit). Read as a date, not as
    // the text it started as: typed back into the boxes, today's date is today's again. Not
    // beside an error still shown for the boxes (found by a regression audit: "The date must
    // include a day" and "Today's date is filled in" at once).
    let untouched = Signal::derive(move || {
        value.with(|v| read_date(v)) == DateInput::Valid(j.today()) && error.with(Option::is_none)
    });
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <DateField
                        id
                        label=title(l)
                        heading=true
                        birth
                        hint=format!(
                            "{} {}",
                            hint(l),
                            td_string!(l, date_hint, example = example(asked, today).as_str()),
                        )
                        hint_note=today_note.map(|n| (n(l), untouched))
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

/// Any real date is accepted.
fn any(_: &Answers, _: NaiveDate, _: NaiveDate) -> Option<Text> {
    None
}

#[component]
pub fn DatePage() -> impl IntoView {
    let j = Journey::current();
    let today = j.today_untracked();
    let initial = j.answers.with_untracked(|a| a.date).unwrap_or(today);
    // Kazakhstan's day for its offices (`Today::for_route`), which the page names: it may
    // not be the day on the applicant's own device.
    let in_kazakhstan = matches!(
        j.answers.with_untracked(|a| a.route),
        Some(crate::rules::Route::InCountry | crate::rules::Route::Mfa)
    );
    let note: Text = if in_kazakhstan {
        |l| td_string!(l, q.date.hint_today_kazakhstan).to_string()
    } else {
        |l| td_string!(l, q.date.hint_today).to_string()
    };
    let today_note = (initial == today).then_some(note);
    view! {
        <OneDatePage
            id="date"
            title=|l| td_string!(l, q.date.title).to_string()
            hint=|l| td_string!(l, q.date.hint).to_string()
            today_note=today_note
            asked=Asked::Application
            initial=Some(initial)
            missing=|l| td_string!(l, q.date.error_missing).to_string()
            invalid=|l, example| td_string!(l, q.date.error_invalid, example = example).to_string()
            refuse=any
            store=|a, d| a.set_date(d)
        />
    }
}

#[component]
pub fn BirthDatePage() -> impl IntoView {
    let j = Journey::current();
    // The child category asks the child's (found by an audit: "your date of birth" with an
    // adult's example, typed by a parent, refused the child as 16 or older).
    let child = super::choice::for_a_child();
    let (title, hint, missing, asked): (Text, Text, Text, Asked) = if child {
        (
            |l| td_string!(l, q.birth_date.title_child).to_string(),
            |l| td_string!(l, q.birth_date.hint_child).to_string(),
            |l| td_string!(l, q.birth_date.error_missing_child).to_string(),
            Asked::ChildBirthDate,
        )
    } else {
        (
            |l| td_string!(l, q.birth_date.title).to_string(),
            |l| td_string!(l, q.birth_date.hint).to_string(),
            |l| td_string!(l, q.birth_date.error_missing).to_string(),
            Asked::BirthDate,
        )
    };
    view! {
        <OneDatePage
            id="birth-date"
            title=title
            hint=hint
            asked=asked
            // A child's date is not the browser's saved birthday, the parent's (found by an
            // audit: accepted, it refused the child as 16 or older).
            birth=!child
            initial=j.answers.with_untracked(|a| a.birth_date)
            missing=missing
            invalid=|l, example| td_string!(l, q.birth_date.error_invalid, example = example).to_string()
            refuse=|a, today, born| {
                let apply_on = a.date.unwrap_or(today);
                (born > apply_on)
                    .then_some((|l| td_string!(l, q.birth_date.error_future).to_string()) as Text)
            }
            store=|a, d| a.birth_date = Some(d)
        />
    }
}

/// Until when the identity document is valid (it must be valid on the day of application;
/// the result says so when it is not).
#[component]
pub fn IdExpiryPage() -> impl IntoView {
    let j = Journey::current();
    let (title, missing): (Text, Text) = if super::choice::for_a_child() {
        (
            |l| td_string!(l, q.id_details.expires_label_child).to_string(),
            |l| td_string!(l, q.id_details.error_expires_missing_child).to_string(),
        )
    } else {
        (
            |l| td_string!(l, q.id_details.expires_label).to_string(),
            |l| td_string!(l, q.id_details.error_expires_missing).to_string(),
        )
    };
    view! {
        <OneDatePage
            id="id-expires"
            title=title
            hint=|l| td_string!(l, q.id_details.expires_hint).to_string()
            asked=Asked::Expiry
            initial=j.answers.with_untracked(|a| a.id_expires)
            missing=missing
            invalid=|l, example| {
                td_string!(l, q.id_details.error_expires_invalid, example = example).to_string()
            }
            refuse=any
            store=|a, d| a.id_expires = Some(d)
        />
    }
}
