//! The document checklist: for each entry of the `Outcome`, what to bring, its translation
//! and certification, what is still to do, and its source. One-of groups are shown together
//! ("one of these is enough"), each alternative that is a set of documents as an option.
//! Printed, every entry gets a tick box.

use leptos::prelude::*;

use super::text;
use crate::i18n::*;
use crate::rules::{Bring, Certification, ChecklistItem, Need, Outcome, TranslationNeed};

fn bring(l: Locale, b: Bring) -> &'static str {
    match b {
        Bring::OriginalAndCopy => td_string!(l, result.bring_original_and_copy),
        Bring::Original => td_string!(l, result.bring_original),
        Bring::CompletedAtDesk => td_string!(l, result.bring_completed_at_desk),
        Bring::CertifiedByPenalInstitution => {
            td_string!(l, result.bring_certified_by_penal_institution)
        }
    }
}

fn need(l: Locale, n: Need) -> &'static str {
    match n {
        Need::Provide => td_string!(l, result.need_provide),
        Need::Renew => td_string!(l, result.need_renew),
        Need::Translation => td_string!(l, result.need_translation),
        Need::Apostille => td_string!(l, result.need_apostille),
        Need::Legalization => td_string!(l, result.need_legalization),
    }
}

fn certification(l: Locale, item: &ChecklistItem) -> String {
    let country = item.issuer.map(|c| text::country(l, c)).unwrap_or("?");
    match item.certification {
        Certification::None if item.issuer.is_some_and(|c| c.is_kazakhstan()) => {
            td_string!(l, result.certification_kazakhstan).to_string()
        }
        Certification::None => td_string!(l, result.certification_none).to_string(),
        Certification::TreatyExempt => {
            td_string!(l, result.certification_treaty_exempt, country = country).to_string()
        }
        Certification::Apostille => {
            td_string!(l, result.certification_apostille, country = country).to_string()
        }
        Certification::Legalization => {
            td_string!(l, result.certification_legalization, country = country).to_string()
        }
    }
}

/// One checklist entry.
fn entry(l: Locale, item: &ChecklistItem) -> impl IntoView {
    let status = if item.needs.is_empty() {
        view! { <p class="status status--ready">{if item.provided { td_string!(l, result.provided) } else { td_string!(l, result.ready) }}</p> }
            .into_any()
    } else {
        let todo: Vec<&str> = item.needs.iter().map(|n| need(l, *n)).collect();
        view! { <p class="status status--todo"><strong>{td_string!(l, result.todo)}</strong> " " {todo.join("; ")}</p> }
            .into_any()
    };
    // A requirement already met says so, so it does not read as still to do.
    let translation = match item.translation {
        TranslationNeed::Required if !item.needs.contains(&Need::Translation) && item.provided => {
            td_string!(l, result.translation_done)
        }
        TranslationNeed::Required => td_string!(l, result.translation_required),
        TranslationNeed::NotRequired => td_string!(l, result.translation_not_required),
    };
    let certification_text = {
        let pending = item
            .needs
            .iter()
            .any(|n| matches!(n, Need::Apostille | Need::Legalization));
        let needs_one = matches!(
            item.certification,
            Certification::Apostille | Certification::Legalization
        );
        if needs_one && !pending && item.provided {
            td_string!(l, result.certification_done).to_string()
        } else {
            certification(l, item)
        }
    };
    let notes: Vec<&str> = item.notes.iter().map(|n| text::note(l, *n)).collect();
    view! {
        <li class="checklist__item">
            <span class="tickbox" aria-hidden="true"></span>
            <div class="checklist__body">
                <h3 class="checklist__name">
                    {text::document(l, item.id)}
                    {item.interpretation.then(|| view! { " " <strong class="tag tag--interpretation">{td_string!(l, result.interpretation)}</strong> })}
                </h3>
                {status}
                <ul class="checklist__facts">
                    <li>{bring(l, item.bring)}</li>
                    {item.optional.then(|| view! { <li>{td_string!(l, result.optional)}</li> })}
                    <li>{translation}</li>
                    <li>{certification_text}</li>
                    {notes.into_iter().map(|n| view! { <li class="note">{n}</li> }).collect_view()}
                </ul>
                {super::citations::cited(l, &item.sources, &item.interpretations)}
            </div>
        </li>
    }
}

#[component]
pub fn Checklist(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let l = i18n.get_locale();
        let items = &outcome.documents;
        // Entries in checklist order; a group is rendered once, where its first member is.
        let mut seen_groups: Vec<String> = Vec::new();
        let mut blocks = Vec::new();
        for item in items {
            match &item.group {
                None => {
                    blocks.push(view! { <ul class="checklist">{entry(l, item)}</ul> }.into_any())
                }
                Some(group) if seen_groups.contains(group) => {}
                Some(group) => {
                    seen_groups.push(group.clone());
                    let members: Vec<&ChecklistItem> = items
                        .iter()
                        .filter(|i| i.group.as_ref() == Some(group))
                        .collect();
                    // Alternatives that are sets of documents, in order of appearance.
                    let mut alternatives: Vec<Option<String>> = Vec::new();
                    for m in &members {
                        if !alternatives.contains(&m.alternative) {
                            alternatives.push(m.alternative.clone());
                        }
                    }
                    let options = alternatives
                        .into_iter()
                        .enumerate()
                        .map(|(n, alt)| {
                            let docs: Vec<&ChecklistItem> =
                                members.iter().copied().filter(|m| m.alternative == alt).collect();
                            let heading = alt.is_some().then(|| {
                                view! { <p class="checklist__option">{td_string!(l, result.alternative, n = n + 1).to_string()}</p> }
                            });
                            view! {
                                <li class="checklist__alternative">
                                    {heading}
                                    <ul class="checklist">{docs.into_iter().map(|d| entry(l, d)).collect_view()}</ul>
                                </li>
                            }
                        })
                        .collect_view();
                    blocks.push(
                        view! {
                            <div class="checklist__group">
                                <p class="checklist__group-title">{td_string!(l, result.one_of_group)}</p>
                                <ul class="checklist__alternatives">{options}</ul>
                            </div>
                        }
                        .into_any(),
                    );
                }
            }
        }
        view! {
            <section class="checklist-section" aria-labelledby="checklist-title">
                <h2 id="checklist-title">{td_string!(l, result.checklist_title)}</h2>
                <p class="hint">{td_string!(l, result.checklist_hint)}</p>
                {blocks}
            </section>
        }
    }
}
