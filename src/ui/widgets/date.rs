//! The date question as three boxes, day, month and year (the GOV.UK date pattern): no
//! browser date picker, whose format (12/01/2026) depends on the browser's language. The
//! boxes sit in one fieldset whose legend is the question; on Continue each wrong box gets
//! its own message and is marked invalid. The checking is `journey::date_input` (pure).

use leptos::prelude::*;

use super::{FieldError, Shell};
use crate::i18n::*;
pub use crate::journey::date_input::DateInput;
use crate::journey::date_input::{self, Checked, DateParts, Part, Problem};
use crate::ui::lang::{t, use_i18n};

/// Reads a date field's value (the three boxes; or an ISO date a page starts from).
pub fn read_date(text: &str) -> DateInput {
    date_input::read(text)
}

/// A date field of the page: its id, its value and the boxes marked invalid.
#[derive(Clone, Copy)]
struct Registered {
    id: &'static str,
    value: RwSignal<String>,
    marked: RwSignal<Vec<Part>>,
}

/// The date fields of a question page (provided by `QuestionShell`).
#[derive(Clone, Copy)]
pub struct DateFields(StoredValue<Vec<Registered>>);

impl Default for DateFields {
    fn default() -> Self {
        DateFields(StoredValue::new(Vec::new()))
    }
}

impl DateFields {
    fn register(&self, field: Registered) {
        // A field re-created (language switch) replaces its earlier self.
        self.0.update_value(|all| {
            all.retain(|f| f.id != field.id);
            all.push(field);
        });
    }

    /// The page's errors with each error on a date field replaced by what is wrong with
    /// its boxes (one error per wrong box, linking to that box). An error on a date the
    /// boxes find fine (a birth date after the day of application) or on three empty boxes
    /// keeps the page's own message, linked to the day box, with every box marked.
    pub fn explain(&self, l: Locale, found: Vec<FieldError>) -> Vec<FieldError> {
        let fields = self.0.get_value();
        for f in &fields {
            f.marked.try_set(Vec::new());
        }
        let mut out = Vec::with_capacity(found.len());
        for e in found {
            let Some(f) = fields.iter().find(|f| f.id == e.field) else {
                out.push(e);
                continue;
            };
            let Some(value) = f.value.try_get_untracked() else {
                out.push(e);
                continue;
            };
            match date_input::check(&DateParts::from_value(&value)) {
                Checked::Problems(problems) if !problems.is_empty() => {
                    let mut marked: Vec<Part> = Vec::new();
                    for p in problems {
                        marked.extend(marks(p));
                        out.push(FieldError::new(box_id(f.id, p.part()), message(l, p)));
                    }
                    f.marked.try_set(marked);
                }
                _ => {
                    f.marked.try_set(Part::ALL.to_vec());
                    out.push(FieldError::new(box_id(f.id, Part::Day), e.message));
                }
            }
        }
        out
    }
}

fn box_id(id: &str, part: Part) -> String {
    format!("{id}-{}", part.suffix())
}

/// The boxes a problem marks: its own; every box for a date that does not exist.
fn marks(p: Problem) -> Vec<Part> {
    match p {
        Problem::Impossible { .. } => Part::ALL.to_vec(),
        p => vec![p.part()],
    }
}

/// What to tell the person about one problem.
fn message(l: Locale, p: Problem) -> String {
    match p {
        Problem::Missing(Part::Day) => td_string!(l, date_input.error_day_missing).to_string(),
        Problem::Missing(Part::Month) => td_string!(l, date_input.error_month_missing).to_string(),
        Problem::Missing(Part::Year) => td_string!(l, date_input.error_year_missing).to_string(),
        Problem::NotANumber(Part::Day) | Problem::OutOfRange(Part::Day) => {
            td_string!(l, date_input.error_day_range).to_string()
        }
        Problem::NotANumber(Part::Month) | Problem::OutOfRange(Part::Month) => {
            td_string!(l, date_input.error_month_range).to_string()
        }
        Problem::NotANumber(Part::Year) | Problem::OutOfRange(Part::Year) => {
            td_string!(l, date_input.error_year_digits).to_string()
        }
        Problem::YearNotFourDigits => td_string!(l, date_input.error_year_digits).to_string(),
        Problem::YearOutOfRange => td_string!(
            l,
            date_input.error_year_range,
            from = date_input::MIN_YEAR,
            to = date_input::MAX_YEAR
        )
        .to_string(),
        Problem::Impossible { last_day } => {
            td_string!(l, date_input.error_impossible, last = last_day).to_string()
        }
    }
}

fn part_label(l: Locale, part: Part) -> &'static str {
    match part {
        Part::Day => td_string!(l, date_input.day),
        Part::Month => td_string!(l, date_input.month),
        Part::Year => td_string!(l, date_input.year),
    }
}

/// A date question: day, month and year boxes in a fieldset whose legend is `label` (the
/// page's `<h1>` with `heading`). `value` holds the three texts (`DateParts::to_value`); it
/// may start as an ISO date. `birth`: the boxes offer the browser's saved birthday.
#[component]
pub fn DateField(
    id: &'static str,
    label: String,
    #[prop(optional)] heading: bool,
    #[prop(optional)] hint: Option<String>,
    /// Said at the end of the hint while the signal holds (the boxes still hold today's date
    /// the page filled in): not beside a date typed since (found by an audit: "Today's date is
    /// filled in" under an error about 29 2 2027).
    #[prop(default = None)]
    hint_note: Option<(String, Signal<bool>)>,
    #[prop(optional)] birth: bool,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let hint = hint.filter(|h| !h.is_empty());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let parts = RwSignal::new(DateParts::from_value(&value.get_untracked()));
    let shell = use_context::<Shell>();
    let own = move |field: &str| field == id || field.starts_with(&format!("{id}-"));
    // Re-created after a language switch: keep the marks of errors still shown.
    let marked = RwSignal::new(
        shell
            .map(|s| {
                s.errors.with_untracked(|e| {
                    Part::ALL
                        .into_iter()
                        .filter(|p| e.iter().any(|x| x.field == box_id(id, *p)))
                        .collect()
                })
            })
            .unwrap_or_default(),
    );
    if let Some(s) = shell {
        s.dates.register(Registered { id, value, marked });
    }
    // Every message about this field: one per wrong box (inside a question page), else
    // the page's message.
    let messages = move || -> Vec<String> {
        match shell {
            Some(s) => s.errors.with(|e| {
                e.iter()
                    .filter(|x| own(&x.field))
                    .map(|x| x.message.clone())
                    .collect()
            }),
            None => error.get().into_iter().collect(),
        }
    };
    let invalid = move |part: Part| {
        marked.with(|m| m.contains(&part)) || (shell.is_none() && error.get().is_some())
    };
    let has_hint = hint.is_some();
    let (h, e) = (hint_id.clone(), error_id.clone());
    let described = move || {
        let shown = !messages().is_empty();
        match (has_hint, shown) {
            (true, true) => Some(format!("{h} {e}")),
            (true, false) => Some(h.clone()),
            (false, true) => Some(e.clone()),
            (false, false) => None,
        }
    };
    let legend = if heading {
        view! { <legend class="legend legend--page"><h1 class="heading" tabindex="-1">{label}</h1></legend> }
            .into_any()
    } else {
        view! { <legend class="legend">{label}</legend> }.into_any()
    };
    let boxes = Part::ALL
        .into_iter()
        .map(|part| {
            let box_id = box_id(id, part);
            let suffix = part.suffix();
            let autocomplete = if birth {
                format!("bday-{suffix}")
            } else {
                "off".to_owned()
            };
            view! {
                <div class="date-input__item">
                    <label class="label date-input__label" for=box_id.clone()>{part_label(l, part)}</label>
                    <input
                        class=format!("input date-input__input date-input__input--{suffix}")
                        type="text"
                        id=box_id.clone()
                        name=box_id
                        inputmode="numeric"
                        autocomplete=autocomplete
                        spellcheck="false"
                        aria-invalid=move || invalid(part).then_some("true")
                        prop:value=move || parts.with(|p| p.get(part).to_owned())
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            // A whole date in one box: in the three (`date_input::spread`).
                            match crate::journey::date_input::spread(&typed) {
                                Some(whole) => parts.set(whole),
                                None => parts.update(|p| p.set(part, &typed)),
                            }
                            value.set(parts.with_untracked(DateParts::to_value));
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field--error=move || !messages().is_empty()>
            <fieldset class="fieldset" aria-describedby=described>
                {legend}
                {hint.map(|h| {
                    let note = hint_note.map(|(note, shown)| {
                        // Built anew when it comes and goes (`ui::fresh`: a page translator).
                        move || crate::ui::fresh::Fresh(
                            shown.get().then(|| view! { <span>" " {note.clone()}</span> }).into_any(),
                        )
                    });
                    view! { <p class="hint" id=hint_id.clone()>{h}{note}</p> }
                })}
                // Built anew when they change (`ui::fresh`: a page translator).
                {move || crate::ui::fresh::Fresh({
                    let list = messages();
                    (!list.is_empty()).then(|| {
                        view! {
                            <div class="field-errors" id=error_id.clone()>
                                {list
                                    .into_iter()
                                    .map(|m| {
                                        view! {
                                            <p class="field-error">
                                                <span class="visually-hidden">{t!(i18n, error_prefix)} " "</span>
                                                {m}
                                            </p>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        }
                    })
                    .into_any()
                })}
                <div class="date-input">{boxes}</div>
            </fieldset>
        </div>
    }
}
