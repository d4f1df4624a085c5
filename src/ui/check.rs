//! "Check your answers": every answer on the path with a Change link. A change returns here
//! and keeps the later answers that still apply (WCAG 3.3.7: nothing is asked twice).

use leptos::prelude::*;

use super::markup::{el, Markup, Node};
use super::state::Journey;
use super::text;
use super::widgets::BackLink;
use crate::i18n::*;
use crate::ui::lang::{t, use_i18n};
use chrono::NaiveDate;
use std::borrow::Cow;

use crate::journey::{
    flow, Answers, CertifiedAnswer, IdChoice, IssuerAnswer, LanguageAnswer, Step, Tri,
};
use crate::rules::{evaluate, Purpose, Route};

fn yes_no(l: Locale, v: Option<bool>) -> String {
    match v {
        Some(true) => td_string!(l, yes).to_string(),
        Some(false) => td_string!(l, no).to_string(),
        None => td_string!(l, check.not_answered).to_string(),
    }
}

fn tri(l: Locale, v: Option<Tri>) -> String {
    match v {
        Some(Tri::Yes) => td_string!(l, yes).to_string(),
        Some(Tri::No) => td_string!(l, no).to_string(),
        Some(Tri::Unknown) => td_string!(l, dont_know).to_string(),
        None => td_string!(l, check.not_answered).to_string(),
    }
}

/// The row label and the answer in words for one question page.
fn row(l: Locale, step: Step, a: &Answers, today: NaiveDate) -> Vec<(String, String)> {
    let not_answered = || td_string!(l, check.not_answered).to_string();
    let date =
        |d: Option<chrono::NaiveDate>| d.map(|d| text::date(l, d)).unwrap_or_else(not_answered);
    // A parent answering for their child: the child's answers, labelled so (found by an audit).
    let child = a.category == Some(crate::rules::Category::Child);
    match step {
        Step::Route => vec![(
            td_string!(l, check.route).to_string(),
            match a.route {
                Some(Route::Consulate) => td_string!(l, q.route.consulate).to_string(),
                Some(Route::Mfa) => td_string!(l, q.route.mfa).to_string(),
                Some(Route::InCountry) => td_string!(l, q.route.in_country).to_string(),
                None => not_answered(),
            },
        )],
        Step::Date => vec![(td_string!(l, check.date).to_string(), date(a.date))],
        Step::HasIin => {
            let label = if child {
                td_string!(l, check.has_iin_child)
            } else {
                td_string!(l, check.has_iin)
            };
            let mut rows = vec![(label.to_string(), tri(l, a.has_iin))];
            if let Some(iin) = &a.iin {
                // The child's number on a child's page (found by an editor: "Your IIN").
                let label = if child {
                    td_string!(l, check.iin_child)
                } else {
                    td_string!(l, check.iin)
                };
                rows.push((label.to_string(), iin.clone()));
            }
            rows
        }
        Step::Purpose => vec![(
            td_string!(l, check.purpose).to_string(),
            match a.purpose {
                Some(Purpose::Formation) => td_string!(l, q.purpose.formation).to_string(),
                Some(Purpose::Correction) => td_string!(l, q.purpose.correction).to_string(),
                None => not_answered(),
            },
        )],
        Step::Citizenship => vec![(
            if child {
                td_string!(l, check.citizenship_child)
            } else {
                td_string!(l, check.citizenship)
            }
            .to_string(),
            a.citizenship
                .map(|c| text::citizenship(l, c))
                .unwrap_or_else(not_answered),
        )],
        Step::BirthDate => vec![(
            if child {
                td_string!(l, check.birth_date_child)
            } else {
                td_string!(l, check.birth_date)
            }
            .to_string(),
            date(a.birth_date),
        )],
        Step::Category => vec![(
            if child {
                td_string!(l, check.category_child)
            } else {
                td_string!(l, check.category)
            }
            .to_string(),
            a.category
                .map(|c| text::category(l, c).0.to_owned())
                .unwrap_or_else(not_answered),
        )],
        Step::IdType => vec![(
            if child {
                td_string!(l, check.id_type_child)
            } else {
                td_string!(l, check.id_type)
            }
            .to_string(),
            match a.id_choice {
                Some(IdChoice::Passport) => td_string!(l, q.id_type.passport).to_string(),
                Some(IdChoice::RefugeeCertificate) => {
                    td_string!(l, q.id_type.refugee_certificate).to_string()
                }
                Some(IdChoice::None) if a.category == Some(crate::rules::Category::Child) => {
                    td_string!(l, q.id_type.none_child).to_string()
                }
                Some(IdChoice::None) => td_string!(l, q.id_type.none).to_string(),
                None => not_answered(),
            },
        )],
        Step::IdIssuer => vec![(
            td_string!(l, check.id_issuer).to_string(),
            a.id_issuer
                .map(|c| text::country(l, c).to_owned())
                .unwrap_or_else(not_answered),
        )],
        Step::IdExpiry => vec![(
            if child {
                td_string!(l, check.id_expires_child)
            } else {
                td_string!(l, check.id_expires)
            }
            .to_string(),
            date(a.id_expires),
        )],
        Step::IdLetters => vec![(
            td_string!(l, check.id_latin).to_string(),
            yes_no(l, a.id_latin),
        )],
        Step::Imprisoned => vec![(
            td_string!(l, check.imprisoned).to_string(),
            yes_no(l, a.imprisoned),
        )],
        Step::Represented => vec![(
            td_string!(l, check.represented).to_string(),
            yes_no(l, a.represented),
        )],
        Step::Document(id) => vec![(
            text::document(l, id).to_owned(),
            match a.docs.get(&id).and_then(|d| d.have) {
                None => not_answered(),
                Some(false) => td_string!(l, check.dont_have_it).to_string(),
                Some(true) => td_string!(l, check.have_it).to_string(),
            },
        )],
        Step::Group(group) => {
            let alternatives = flow::alternatives(&evaluate(&a.to_applicant(today)), group);
            let value = match flow::group_choice(&alternatives, a) {
                None => not_answered(),
                Some(None) => td_string!(l, q.group.none).to_string(),
                Some(Some(i)) => alternatives
                    .get(i)
                    .map(|alt| {
                        text::documents_joined(l, &alt.required, td_string!(l, q.group.joiner))
                    })
                    .unwrap_or_else(not_answered),
            };
            vec![(td_string!(l, check.group).to_string(), value)]
        }
        Step::DocIssuer(id) => {
            let name = text::document(l, id);
            let value = match a.docs.get(&id).and_then(|d| d.issuer) {
                None => not_answered(),
                Some(IssuerAnswer::Country(c)) => text::country(l, c).to_owned(),
                // Say what the result assumes, so a wrong guess can be seen and changed.
                Some(IssuerAnswer::Unknown) => {
                    let assumed = evaluate(&a.to_applicant(today))
                        .documents
                        .into_iter()
                        .find(|i| i.id == id)
                        .and_then(|i| i.issuer);
                    match assumed {
                        Some(c) => td_string!(
                            l,
                            check.issuer_assumed,
                            country = text::country_in_sentence(l, c)
                        )
                        .to_string(),
                        None => td_string!(l, dont_know).to_string(),
                    }
                }
            };
            // A notarial act (a translation, a power of attorney) is made by a notary
            // somewhere, not issued by a state.
            let label =
                if crate::rules::documents::info(id).kind == crate::rules::DocumentKind::Notarial {
                    td_string!(l, check.doc_notarized_in, name = name)
                } else {
                    td_string!(l, check.doc_issuer, name = name)
                };
            vec![(label.to_string(), value)]
        }
        Step::DocLanguage(id) => vec![(
            td_string!(l, check.doc_language, name = text::document(l, id)).to_string(),
            match a.docs.get(&id).and_then(|d| d.language) {
                Some(LanguageAnswer::Kk) => td_string!(l, q.document.language_kk).to_string(),
                Some(LanguageAnswer::Ru) => td_string!(l, q.document.language_ru).to_string(),
                Some(LanguageAnswer::Other) => td_string!(l, q.document.language_other).to_string(),
                Some(LanguageAnswer::Unknown) => td_string!(l, dont_know).to_string(),
                None => not_answered(),
            },
        )],
        Step::DocTranslated(id) => vec![(
            td_string!(l, check.doc_translated, name = text::document(l, id)).to_string(),
            tri(l, a.docs.get(&id).and_then(|d| d.translated)),
        )],
        Step::DocCertified(id) => vec![(
            td_string!(l, check.doc_certified, name = text::document(l, id)).to_string(),
            match a.docs.get(&id).and_then(|d| d.certified) {
                Some(CertifiedAnswer::None) => td_string!(l, q.document.certified_none).to_string(),
                Some(CertifiedAnswer::Apostille) => {
                    td_string!(l, q.document.certified_apostille).to_string()
                }
                Some(CertifiedAnswer::Legalization) => {
                    td_string!(l, q.document.certified_legalization).to_string()
                }
                Some(CertifiedAnswer::Unknown) => td_string!(l, dont_know).to_string(),
                None => not_answered(),
            },
        )],
        Step::Start | Step::Check | Step::Result | Step::Rules => Vec::new(),
    }
}

/// One row of an answers list (`<dl class="summary">`): the question and the answer; the
/// caller may add an action cell.
pub fn summary_row(key: impl Into<Cow<'static, str>>, value: impl Into<Cow<'static, str>>) -> Node {
    el("div")
        .class("summary__row")
        .child(el("dt").class("summary__key").text(key))
        .child(el("dd").class("summary__value").text(value))
}

/// Every answer on the path as (question, answer) in words: the printed result repeats them.
pub fn summary_rows(
    l: Locale,
    answers: &Answers,
    locked: crate::journey::Locked,
    today: chrono::NaiveDate,
) -> Vec<(String, String)> {
    // The answers in effect, as the result reads them (`flow::in_effect`).
    let (live, steps) = flow::settle(answers, locked, today);
    steps
        .into_iter()
        .flat_map(|step| row(l, step, &live, today))
        .collect()
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let lang = move || text::code(i18n.get_locale_untracked());
    view! {
        <BackLink />
        <h1 class="heading" tabindex="-1">{t!(i18n, check.title)}</h1>
        <p class="hint">{t!(i18n, check.hint)}</p>
        {move || {
            let l = i18n.get_locale();
            let answers = j.answers.get();
            let preset = j.preset_country().then(|| {
                let country = answers.at.map(|c| text::country(l, c)).unwrap_or("?");
                summary_row(td_string!(l, check.consulate), country)
                    .child(el("dd").class("summary__note").text(td_string!(l, check.preset)))
            });
            let today = j.today();
            // The answers in effect, as the result reads them (`flow::in_effect`).
            let (live, steps) = flow::settle(&answers, j.locked(), today);
            let rows = steps
                .into_iter()
                .flat_map(|step| row(l, step, &live, today).into_iter().map(move |r| (step, r)))
                .map(|(step, (key, value))| {
                    let change = el("button")
                        .class("link-button")
                        .attr("type", "button")
                        .on_click(move |_| j.change(step, lang()))
                        .text(td_string!(l, change))
                        .child(el("span").class("visually-hidden").text(" ").text(key.clone()));
                    summary_row(key, value).child(el("dd").class("summary__action").child(change))
                });
            Markup::from(el("dl").class("summary").child(preset).children(rows))
        }}
        <button
            type="button"
            class="button"
            on:click=move |_| {
                // A changed answer can add a question (a new document): never skip it.
                let target = j
                    .answers
                    .with_untracked(|a| flow::reachable(Step::Result, a, j.locked(), j.today_untracked()));
                j.go(target, lang());
            }
        >
            {t!(i18n, check.button)}
        </button>
    }
}
