//! Form pieces shared by the question pages, following the GOV.UK patterns: the question is
//! the page heading (in the fieldset's legend), hints are tied with `aria-describedby`,
//! errors appear beside the field and in a summary that takes focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Journey;
use super::text;
use crate::ui::lang::{t, use_i18n};

mod country;
mod date;

pub use country::CountrySelect;
pub use date::{read_date, DateField, DateInput};

/// One validation error: the id of the field to focus, and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The error for `field`, if any.
pub fn error_for(errors: RwSignal<Vec<FieldError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .find(|x| x.field.starts_with(field))
                .map(|x| x.message.clone())
        })
    })
}

/// Runs `f` after the browser has rendered the current update.
pub fn after_render(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    }
}

/// The element with `id` inside app `j` (a shadow root's too), as `T`.
pub fn in_app<T: JsCast>(j: Journey, id: &str) -> Option<T> {
    let root = j.root_element()?;
    root.query_selector(&format!("#{id}"))
        .ok()??
        .dyn_into::<T>()
        .ok()
}

/// Moves focus to the element with `id` inside app `j` (the error summary, a field).
pub fn focus_id(j: Journey, id: &str) {
    let id = id.to_owned();
    after_render(move || {
        if let Some(el) = in_app::<web_sys::HtmlElement>(j, &id) {
            let _ = el.focus();
        }
    });
}

/// The Back link (a button styled as a link: it must not change the host page's URL).
#[component]
pub fn BackLink() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    view! {
        <button type="button" class="back-link" on:click=move |_| j.back(text::code(i18n.get_locale_untracked()))>
            {t!(i18n, back)}
        </button>
    }
}

/// The error summary: appears on a failed Continue and takes focus.
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::current();
    // Built anew when the errors change (`ui::fresh`: under a page translator the first
    // error stayed on screen after another one; found by an audit).
    move || {
        let list = errors.get();
        crate::ui::fresh::Fresh((!list.is_empty()).then(|| {
            view! {
                // Described by its errors: focused, it is read with them, not only "There is a
                // problem" (found by an audit with a screen reader).
                <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title" aria-describedby="error-summary-list">
                    <h2 id="error-summary-title" class="error-summary__title">{t!(i18n, error_summary_title)}</h2>
                    <ul class="error-summary__list" id="error-summary-list">
                        {list
                            .into_iter()
                            .map(|e| {
                                let field = e.field.clone();
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{}", e.field)
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                focus_id(j, &field);
                                            }
                                        >
                                            {e.message}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        }).into_any())
    }
}

/// What a question page's fields share with its frame: the page's errors (a date field shows
/// those of its boxes) and the date fields (the frame explains a wrong date box by box).
#[derive(Clone, Copy)]
pub struct Shell {
    pub errors: RwSignal<Vec<FieldError>>,
    dates: date::DateFields,
}

/// The frame of every question page: Back link, error summary, the form, Continue.
/// `on_continue` validates and returns the errors (empty: it moved on).
#[component]
pub fn QuestionShell(
    errors: RwSignal<Vec<FieldError>>,
    on_continue: impl Fn() -> Vec<FieldError> + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    question_shell(errors, Box::new(on_continue), children)
}

/// The frame itself, compiled once: only the boxing of `on_continue` above is compiled per
/// question page (six kinds; issue 12, the wasm's size).
#[inline(never)]
fn question_shell(
    errors: RwSignal<Vec<FieldError>>,
    on_continue: Box<dyn Fn() -> Vec<FieldError> + Send + Sync>,
    children: Children,
) -> AnyView {
    let j = Journey::current();
    let i18n = use_i18n();
    let dates = date::DateFields::default();
    // `errors` are the page's own (a page re-words them after a language switch); what the
    // frame and the fields show is `explained`: a date the page found wrong is explained box
    // by box (which box, and why), again whenever the page's errors or the language change.
    let explained = RwSignal::new(Vec::<FieldError>::new());
    Effect::new(move |_| {
        let l = i18n.get_locale();
        let found = errors.get();
        explained.set(dates.explain(l, found));
    });
    provide_context(Shell {
        errors: explained,
        dates,
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = on_continue();
        let shown = dates.explain(i18n.get_locale_untracked(), found.clone());
        let failed = !shown.is_empty();
        explained.set(shown);
        errors.set(found);
        j.has_error.set(failed);
        if failed {
            focus_id(j, "error-summary");
            super::update_title();
        }
    };
    view! {
        <BackLink />
        <ErrorSummary errors=explained />
        <form class="question" novalidate on:submit=submit>
            {children()}
            <button type="submit" class="button">{t!(i18n, continue_button)}</button>
        </form>
    }
    .into_any()
}

/// An inline error message beside a field.
#[component]
pub fn FieldMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    // Built anew when the message changes (`ui::fresh`).
    move || {
        crate::ui::fresh::Fresh(
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" id=id.clone()>
                            <span class="visually-hidden">{t!(i18n, error_prefix)} " "</span>
                            {message}
                        </p>
                    }
                })
                .into_any(),
        )
    }
}

/// The ids of a field's hint and error message, and its `aria-describedby` value: the hint
/// when there is one, the error while it is shown.
pub(crate) fn described_by(
    name: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> (
    String,
    String,
    impl Fn() -> Option<String> + Clone + Send + Sync + 'static,
) {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let (h, e) = (hint_id.clone(), error_id.clone());
    let described = move || match (has_hint, error.get().is_some()) {
        (true, true) => Some(format!("{h} {e}")),
        (true, false) => Some(h.clone()),
        (false, true) => Some(e.clone()),
        (false, false) => None,
    };
    (hint_id, error_id, described)
}

/// A field's label; with `heading`, the label is the page's `<h1>` (one question per page).
pub(crate) fn field_label(id: &'static str, label: String, heading: bool) -> AnyView {
    if heading {
        view! { <h1 class="heading" tabindex="-1"><label class="label label--page" for=id>{label}</label></h1> }
            .into_any()
    } else {
        view! { <label class="label" for=id>{label}</label> }.into_any()
    }
}

/// One radio option: its label and an optional hint.
#[derive(Clone)]
pub struct Choice {
    pub label: String,
    pub hint: Option<String>,
}

/// A set of radios. With `heading`, the legend is the page's `<h1>`; else a label-sized
/// legend (a second question on the same page).
#[component]
pub fn Radios(
    name: &'static str,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] heading: bool,
    choices: Vec<Choice>,
    selected: RwSignal<Option<usize>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let (hint_id, error_id, described) = described_by(name, hint.is_some(), error);
    let legend_view = if heading {
        view! { <legend class="legend legend--page"><h1 class="heading" tabindex="-1">{legend}</h1></legend> }
            .into_any()
    } else {
        view! { <legend class="legend">{legend}</legend> }.into_any()
    };
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <fieldset class="fieldset" aria-describedby=described>
                {legend_view}
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{crate::ui::markup::Markup::new(crate::ui::markup::kept(&h))}</p> })}
                <FieldMessage id=error_id.clone() error />
                <div class="radios">
                    {choices
                        .into_iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let id = format!("{name}-{i}");
                            let hint_id = format!("{name}-{i}-hint");
                            let has_hint = c.hint.is_some();
                            view! {
                                <div class="radio">
                                    <input
                                        class="radio__input"
                                        type="radio"
                                        id=id.clone()
                                        name=name
                                        value=i.to_string()
                                        aria-describedby=has_hint.then(|| hint_id.clone())
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| selected.set(Some(i))
                                    />
                                    <label class="radio__label" for=id>{c.label}</label>
                                    {c.hint.map(|h| view! { <p class="hint radio__hint" id=hint_id>{crate::ui::markup::Markup::new(crate::ui::markup::kept(&h))}</p> })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
