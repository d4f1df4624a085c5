//! Citations as people read them: each source with its title in the reader's language where
//! one is natural, its publisher, date and kind, and a link that opens the public document;
//! each of our readings as the question it answers and our reading, never as a source.
//! The checklist, the reasons and the rules page all render citations through here.

use leptos::prelude::*;

use super::text;
use crate::i18n::*;
use crate::rules::sources::{Interpretation, SourceId, SourceKind, SourceRef};

fn kind(l: Locale, k: SourceKind) -> &'static str {
    match k {
        SourceKind::Act => td_string!(l, citations.kind_act),
        SourceKind::Treaty => td_string!(l, citations.kind_treaty),
        SourceKind::OfficialNotice => td_string!(l, citations.kind_official_notice),
        SourceKind::News => td_string!(l, citations.kind_news),
        SourceKind::LawFirmNote => td_string!(l, citations.kind_law_firm_note),
    }
}

/// The question and our reading, in the reader's language.
pub fn reading(l: Locale, i: Interpretation) -> (&'static str, &'static str) {
    match i {
        Interpretation::Age => (td_string!(l, readings.age_q), td_string!(l, readings.age_a)),
        Interpretation::Foreigner => (
            td_string!(l, readings.foreigner_q),
            td_string!(l, readings.foreigner_a),
        ),
        Interpretation::KazakhstanDocuments => (
            td_string!(l, readings.kazakhstan_documents_q),
            td_string!(l, readings.kazakhstan_documents_a),
        ),
        Interpretation::PrivateDocuments => (
            td_string!(l, readings.private_documents_q),
            td_string!(l, readings.private_documents_a),
        ),
        Interpretation::IdentityOriginal => (
            td_string!(l, readings.identity_original_q),
            td_string!(l, readings.identity_original_a),
        ),
        Interpretation::ForeignLanguage => (
            td_string!(l, readings.foreign_language_q),
            td_string!(l, readings.foreign_language_a),
        ),
        Interpretation::CategoryProof => (
            td_string!(l, readings.category_proof_q),
            td_string!(l, readings.category_proof_a),
        ),
        Interpretation::NotarialWhereMade => (
            td_string!(l, readings.notarial_where_made_q),
            td_string!(l, readings.notarial_where_made_a),
        ),
        Interpretation::InCountryCertification => (
            td_string!(l, readings.in_country_certification_q),
            td_string!(l, readings.in_country_certification_a),
        ),
        Interpretation::CorrectionOnlyInCountry => (
            td_string!(l, readings.correction_only_in_country_q),
            td_string!(l, readings.correction_only_in_country_a),
        ),
        Interpretation::StatelessSpecialForm => (
            td_string!(l, readings.stateless_special_form_q),
            td_string!(l, readings.stateless_special_form_a),
        ),
    }
}

/// One source: the title (a link when the document can be opened), publisher, date, kind,
/// and the place in it; "reported by" where the act's text is not public.
fn source_item(l: Locale, id: SourceId, locator: Option<&str>) -> impl IntoView {
    let lang = text::code(l);
    let s = id.source();
    let title = s.title.get(lang);
    let title_view = match s.link {
        Some(href) => view! { <a class="citation__title" href=href rel="noopener noreferrer" target="_blank">{title}</a> }.into_any(),
        None => view! { <span class="citation__title">{title}</span> }.into_any(),
    };
    let mut details = s.publisher.get(lang).to_owned();
    if let Some(date) = s.date {
        details.push_str(", ");
        details.push_str(&date.iso());
    }
    details.push_str(" (");
    details.push_str(kind(l, s.kind));
    details.push(')');
    let reported = s.reported_by.map(|by| {
        let b = by.source();
        let by_title = b.title.get(lang);
        let by_view = match b.link {
            Some(href) => view! { <a href=href rel="noopener noreferrer" target="_blank">{by_title}</a> }.into_any(),
            None => view! { <span>{by_title}</span> }.into_any(),
        };
        view! { <span class="citation__reported">" — " {td_string!(l, citations.reported_by)} " " {by_view}</span> }
    });
    let locator = locator
        .filter(|x| !x.is_empty())
        .map(|x| view! { <span class="citation__locator">"; " {x.to_owned()}</span> });
    view! {
        <li class="citation">
            {title_view} ". " <span class="citation__details">{details}</span>
            {locator}
            {reported}
        </li>
    }
}

/// A list of sources (with their places) and of our readings. Empty input: nothing.
pub fn cited(l: Locale, sources: &[SourceRef], readings: &[Interpretation]) -> AnyView {
    if sources.is_empty() && readings.is_empty() {
        return ().into_any();
    }
    let source_list = (!sources.is_empty()).then(|| {
        view! {
            <p class="citations__label">{td_string!(l, citations.sources)}</p>
            <ul class="citations__list">
                {sources.iter().map(|s| source_item(l, s.id, s.locator.as_deref())).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="citations">
            {source_list}
            {readings_list(l, readings)}
        </div>
    }
    .into_any()
}

/// Our readings: "question — Our reading: …", under a label that says to confirm them.
pub fn readings_list(l: Locale, readings: &[Interpretation]) -> Option<impl IntoView> {
    (!readings.is_empty()).then(|| {
        view! {
            <p class="citations__label">{td_string!(l, citations.readings)}</p>
            <ul class="citations__list citations__list--readings">
                {readings.iter().map(|i| {
                    let (question, answer) = reading(l, *i);
                    view! {
                        <li class="reading">
                            <span class="reading__question">{question}</span> " "
                            <strong>{td_string!(l, citations.reading)}</strong> " " {answer}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// Whole sources (no place in them), e.g. every source of a rule set.
pub fn sources_list(l: Locale, ids: &[SourceId]) -> impl IntoView {
    view! {
        <ul class="citations__list">
            {ids.iter().map(|id| source_item(l, *id, None)).collect_view()}
        </ul>
    }
}
