//! The pages about one document of the checklist, one question each: do you have it, who
//! issued it, its language, whether it is translated, what certification it carries. The
//! journey (`flow`) asks each follow-up only where `evaluate` says it can change the result.

use std::sync::Arc;

use leptos::prelude::*;

use super::choice::{ChoicePage, Getter, Setter};
use super::{choice, choice_words, dont_know, words, Problem, Problems};
use crate::i18n::*;
use crate::journey::{Answers, CertifiedAnswer, DocAnswer, IssuerAnswer, LanguageAnswer, Tri};
use crate::rules::{documents, evaluate, Country, DocumentId, DocumentKind};
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;
use crate::ui::text;
use crate::ui::widgets::*;

/// A getter and setter for one field of a document's answer.
fn doc_field<T: Copy + Send + Sync + 'static>(
    id: DocumentId,
    get: fn(&DocAnswer) -> Option<T>,
    put: fn(&mut DocAnswer, T),
) -> (Getter<T>, Setter<T>) {
    (
        Arc::new(move |a: &Answers| a.docs.get(&id).and_then(get)),
        Arc::new(move |a: &mut Answers, v| put(a.docs.entry(id).or_default(), v)),
    )
}

/// "Do you have this document?"
#[component]
pub fn HavePage(id: DocumentId) -> impl IntoView {
    let j = Journey::current();
    let optional = j.answers.with_untracked(|a| {
        evaluate(&a.to_applicant(j.today_untracked()))
            .documents
            .iter()
            .any(|i| i.id == id && i.optional)
    });
    let get: Getter<bool> = Arc::new(move |a: &Answers| a.docs.get(&id).and_then(|d| d.have));
    let set: Setter<bool> = Arc::new(move |a: &mut Answers, have: bool| {
        let entry = a.docs.entry(id).or_default();
        if have {
            entry.have = Some(true);
        } else {
            // Not held: its details no longer apply.
            *entry = DocAnswer {
                have: Some(false),
                ..DocAnswer::default()
            };
        }
    });
    view! {
        <ChoicePage
            name="doc-have"
            title=words(move |l| td_string!(l, q.document.title, name = text::document(l, id)).to_string())
            hint=words(move |l| have_hint(l, id, optional))
            choices=super::choice::yes_no()
            get
            set
            error=|l| td_string!(l, q.document.have_error).to_string()
        />
    }
}

/// What "do you have it?" says under its title: whether the document is optional, and what a
/// document named by its purpose may be (found by an audit: "Document confirming the changed
/// personal data" had its examples on the result only).
fn have_hint(l: Locale, id: DocumentId, optional: bool) -> String {
    let what = match id {
        DocumentId::ChangedDataCertificate => td_string!(l, q.document.changed_data_hint),
        // The sources name no document for these groups: what to answer for (found by an
        // audit: a bare "do you have it?" of a document no one described).
        DocumentId::CategoryProof => td_string!(l, q.document.category_proof_hint),
        _ => "",
    };
    let optional = if optional {
        td_string!(l, q.document.optional_hint)
    } else {
        ""
    };
    [what, optional]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Who issued it: Kazakhstan, another country (chosen from the list) or "I don't know".
/// Nothing is chosen in advance: an unknown issuer is judged for an assumed state, and the
/// check page and result say which.
#[component]
pub fn IssuerPage(id: DocumentId) -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let stored = j
        .answers
        .with_untracked(|a| a.docs.get(&id).and_then(|d| d.issuer));
    let selected = RwSignal::new(match stored {
        Some(IssuerAnswer::Country(c)) if c.is_kazakhstan() => Some(0),
        Some(IssuerAnswer::Country(_)) => Some(1),
        Some(IssuerAnswer::Unknown) => Some(2),
        None => None,
    });
    let other = RwSignal::new(match stored {
        Some(IssuerAnswer::Country(c)) if !c.is_kazakhstan() => c.as_str().to_owned(),
        _ => String::new(),
    });
    let other_typed = RwSignal::new(String::new());
    let kind = documents::info(id).kind;
    let notarial = kind == DocumentKind::Notarial;
    // The state "I don't know" is judged for (`home_state`): a stateless person has no
    // citizenship to assume (found by an audit).
    let assumed = {
        let today = j.today_untracked();
        let answers = j
            .answers
            .with_untracked(|a| crate::journey::flow::in_effect(a, j.locked(), today));
        let state = crate::rules::evaluate::home_state(&answers.to_applicant(today));
        // Judged as from an unknown state (a Minsk state's citizen's document, not known to
        // carry an apostille): no country is assumed (found by a review: the hint said "We
        // will assume the country of your citizenship" and the result assumed none).
        let judged = crate::journey::flow::unknown_issuer_judged_for(&answers, today, id).is_some();
        (
            judged && answers.citizenship.and_then(|c| c.country()).is_some(),
            state.filter(|_| judged),
        )
    };
    let child = super::choice::for_a_child();
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = move || {
        let answer = match selected.get_untracked() {
            Some(0) => IssuerAnswer::Country(Country::KZ),
            Some(1) => match Country::parse(&other.get_untracked()) {
                Ok(c) => IssuerAnswer::Country(c),
                Err(_) => {
                    return problems.report(vec![Problem::new("doc-issuer-country", |l| {
                        td_string!(l, q.document.issuer_error).to_string()
                    })])
                }
            },
            Some(_) => IssuerAnswer::Unknown,
            None => {
                return problems.report(vec![Problem::new("doc-issuer-0", |l| {
                    td_string!(l, q.document.issuer_choose_error).to_string()
                })])
            }
        };
        problems.accept(j, |a| a.docs.entry(id).or_default().issuer = Some(answer))
    };
    let choice_error = error_for(errors, "doc-issuer-0");
    let country_error = error_for(errors, "doc-issuer-country");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                // A private document never needs an apostille or legalization: its issuer
                // decides only the translation (found by an audit).
                let mut hint = if kind == DocumentKind::Private {
                    td_string!(l, q.document.issuer_hint_private).to_string()
                } else {
                    td_string!(l, q.document.issuer_hint).to_string()
                };
                if notarial {
                    hint = format!("{hint} {}", td_string!(l, q.document.issuer_hint_notarial));
                }
                // One entry for two papers, often from two states: which one the answers are
                // about (found by an audit: an heir described their own birth certificate).
                if id == DocumentId::DeathCertificate {
                    hint = format!(
                        "{hint} {}",
                        td_string!(l, q.document.issuer_hint_death_certificate)
                    );
                }
                // A private document's unknown issuer decides only its translation, and the
                // result shows no assumption for it (found by a review).
                let unknown = match assumed {
                    _ if kind == DocumentKind::Private => {
                        td_string!(l, q.document.issuer_unknown_hint_private).to_string()
                    }
                    (true, _) if child => {
                        td_string!(l, q.document.issuer_unknown_hint_child).to_string()
                    }
                    (true, _) => td_string!(l, q.document.issuer_unknown_hint).to_string(),
                    (false, Some(state)) => td_string!(
                        l,
                        q.document.issuer_unknown_hint_id_issuer,
                        country = text::country_in_sentence(l, state)
                    )
                    .to_string(),
                    (false, None) => {
                        td_string!(l, q.document.issuer_unknown_hint_no_state).to_string()
                    }
                };
                let choices = vec![
                    choice(text::country(l, Country::KZ), None),
                    choice(td_string!(l, q.document.issuer_other), None),
                    dont_know(l, &unknown),
                ];
                view! {
                    <Radios
                        name="doc-issuer"
                        legend=td_string!(l, q.document.issuer_title, name = text::document(l, id)).to_string()
                        hint
                        heading=true
                        choices
                        selected
                        error=choice_error
                    />
                }
            }}
            <Show when=move || selected.get() == Some(1)>
                <div class="conditional">
                    {move || {
                        let l = i18n.get_locale();
                        view! {
                            <CountrySelect
                                id="doc-issuer-country"
                                label=td_string!(l, q.document.issuer_label).to_string()
                                value=other
                                typed=other_typed
                                error=country_error
                            />
                        }
                    }}
                </div>
            </Show>
        </QuestionShell>
    }
}

#[component]
pub fn LanguagePage(id: DocumentId) -> impl IntoView {
    let (get, set) = doc_field(id, |d| d.language, |d, v| d.language = Some(v));
    view! {
        <ChoicePage
            name="doc-language"
            title=words(move |l| td_string!(l, q.document.language_title, name = text::document(l, id)).to_string())
            choices=vec![
                (LanguageAnswer::Kk, choice_words(|l| choice(td_string!(l, q.document.language_kk), None))),
                (LanguageAnswer::Ru, choice_words(|l| choice(td_string!(l, q.document.language_ru), None))),
                (LanguageAnswer::Other, choice_words(|l| choice(td_string!(l, q.document.language_other), None))),
                (LanguageAnswer::Unknown, choice_words(|l| dont_know(l, td_string!(l, q.document.language_unknown_hint)))),
            ]
            get
            set
            error=|l| td_string!(l, q.document.language_error).to_string()
        />
    }
}

#[component]
pub fn TranslatedPage(id: DocumentId) -> impl IntoView {
    let (get, set) = doc_field(id, |d| d.translated, |d, v| d.translated = Some(v));
    view! {
        <ChoicePage
            name="doc-translated"
            title=words(move |l| td_string!(l, q.document.translated_title, name = text::document(l, id)).to_string())
            // Which translation counts: one notarized abroad needs its own certification (found
            // by an audit: a mother with a translation notarized in Vietnam answered Yes and
            // read a clean "you can get an IIN").
            hint=words(|l| td_string!(l, q.document.translated_hint).to_string())
            choices=vec![
                (Tri::Yes, choice_words(|l| choice(td_string!(l, yes), None))),
                (Tri::No, choice_words(|l| choice(td_string!(l, no), None))),
                (Tri::Unknown, choice_words(|l| dont_know(l, td_string!(l, q.document.translated_unknown_hint)))),
            ]
            get
            set
            error=|l| td_string!(l, q.document.translated_error).to_string()
        />
    }
}

#[component]
pub fn CertifiedPage(id: DocumentId) -> impl IntoView {
    let (get, set) = doc_field(id, |d| d.certified, |d, v| d.certified = Some(v));
    view! {
        <ChoicePage
            name="doc-certified"
            title=words(move |l| td_string!(l, q.document.certified_title, name = text::document(l, id)).to_string())
            hint=words(|l| td_string!(l, q.document.certified_hint).to_string())
            choices=vec![
                (CertifiedAnswer::None, choice_words(|l| choice(td_string!(l, q.document.certified_none), None))),
                (CertifiedAnswer::Apostille, choice_words(|l| choice(td_string!(l, q.document.certified_apostille), None))),
                (CertifiedAnswer::Legalization, choice_words(|l| choice(td_string!(l, q.document.certified_legalization), None))),
                (CertifiedAnswer::Unknown, choice_words(|l| dont_know(l, td_string!(l, q.document.certified_unknown_hint)))),
            ]
            get
            set
            error=|l| td_string!(l, q.document.certified_error).to_string()
        />
    }
}
