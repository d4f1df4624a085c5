//! The document checklist: for each entry of the `Outcome`, one status read from that
//! entry's own `needs` (and `provided`, `covered_by_alternative`), what to bring, its
//! translation, and its certification: where there is a choice of way (a notary in
//! Kazakhstan or abroad, an assumed issuer), every way, the cheapest lawful one first.
//! Sources and interpretations are folded behind one `<details>` per entry.
//!
//! For `not_eligible` and `unavailable` the checklist is only "what those rules required"
//! (`ReferenceList`): no status, no tick box, no ready date.

use leptos::prelude::*;

use super::markup::{el, Markup, Node};
use super::state::Journey;
use super::text;
use crate::i18n::*;
use crate::journey::Step;
use crate::rules::sources::{Interpretation, SourceRef};
use crate::rules::{
    Bring, Certification, ChecklistItem, DocumentId, DocumentKind, Need, Note, Outcome,
    TranslationNeed,
};
use crate::ui::lang::use_i18n;

fn bring(l: Locale, item: &ChecklistItem) -> &'static str {
    match item.bring {
        Bring::OriginalAndCopy => td_string!(l, result.bring_original_and_copy),
        // An identity document is shown to be checked (seed 002): the original. Of the others
        // no source says original or copy (found by an audit of an applicant's questions).
        Bring::Original if item.kind == DocumentKind::Identity => {
            td_string!(l, result.bring_original)
        }
        Bring::Original => td_string!(l, result.bring_original_copy_unknown),
        Bring::CompletedAtDesk => td_string!(l, result.bring_completed_at_desk),
        Bring::CertifiedByPenalInstitution => {
            td_string!(l, result.bring_certified_by_penal_institution)
        }
    }
}

/// What a held document's holder answered "I don't know" to, where the answer was counted as
/// "not yet" (`Answers::to_applicant`): the words then say to check first.
#[derive(Clone, Copy, Default)]
struct Unsure {
    /// Whether it carries an apostille or legalization: judged as carrying none.
    certified: bool,
    /// Its language: judged as neither Kazakh nor Russian, its translation not made.
    language: bool,
    /// Whether it has a notarized translation: judged as having none (found by an audit of an
    /// unsure applicant: "have it translated" to someone who may hold one).
    translated: bool,
}

/// What is still to do, in words, checks first where the applicant was unsure (`Unsure`). A
/// document whose issuing state is not known at all (a stateless applicant's) was judged by
/// the last resort, legalization: the words give the condition, which the entry explains.
fn need(l: Locale, n: Need, item: &ChecklistItem, unsure: Unsure) -> String {
    let certified_unknown = unsure.certified;
    let certification = matches!(n, Need::Apostille | Need::Legalization);
    let translation = item.id == crate::rules::DocumentId::PassportTranslation;
    let notarial = item.kind == DocumentKind::Notarial;
    // Judged for an assumed issuer (not held yet, or where it was issued not given): said
    // with its condition, as the entry's own line says it (found by an editor: "Still to do:
    // have an apostille put on the document" beside "If it is issued in Germany: ...", for a
    // certificate that may well be Kazakh).
    let assumed =
        item.issuer_assumed || (item.provided && item.notes.contains(&Note::IssuerAssumed));
    let words = plain_need(l, n, item, translation, unsure);
    let Some(country) = item
        .issuer
        .filter(|_| assumed && certification)
        .map(|c| text::country_in_sentence(l, c))
    else {
        return words.to_string();
    };
    // A translation whose notary's country was not given: the same condition, said of where
    // it was notarized (found by an audit: "have an apostille put on the translation" under
    // "If it is issued in China", for one likely made in Kazakhstan). Not known to be
    // certified either: the check, under the same condition (found by a review: "check that an
    // apostille is on the translation; if not, have one put on it" for a translation that,
    // notarized in Kazakhstan, needs none). Any notarial act: where its notary acted.
    match (n, translation, notarial, certified_unknown) {
        (Need::Apostille, true, _, false) => td_string!(
            l,
            result.need_apostille_translation_if_made_in,
            country = country
        )
        .to_string(),
        (Need::Legalization, true, _, false) => td_string!(
            l,
            result.need_legalization_translation_if_made_in,
            country = country
        )
        .to_string(),
        (Need::Apostille, false, false, false) => {
            td_string!(l, result.need_apostille_if_issued_in, country = country).to_string()
        }
        (Need::Legalization, false, false, false) => {
            td_string!(l, result.need_legalization_if_issued_in, country = country).to_string()
        }
        (_, _, true, _) => td_string!(
            l,
            result.need_if_notarized_in,
            country = country,
            need = words
        )
        .to_string(),
        _ => td_string!(l, result.need_if_issued_in, country = country, need = words).to_string(),
    }
}

/// What is still to do, in words, with no condition of where the document comes from.
fn plain_need(
    l: Locale,
    n: Need,
    item: &ChecklistItem,
    translation: bool,
    unsure: Unsure,
) -> &'static str {
    let certified_unknown = unsure.certified;
    let certification = matches!(n, Need::Apostille | Need::Legalization);
    match n {
        _ if certification && item.issuer.is_none() => {
            td_string!(l, result.need_certification_if_foreign)
        }
        Need::Provide => td_string!(l, result.need_provide),
        Need::Renew => td_string!(l, result.need_renew),
        Need::Translation if unsure.language => td_string!(l, result.need_translation_check),
        Need::Translation if unsure.translated => {
            td_string!(l, result.need_translation_check_held)
        }
        Need::Translation => td_string!(l, result.need_translation),
        // On the translation's own entry, "the document itself" read as the passport, which is
        // never apostilled (found by an audit).
        Need::Apostille if translation && certified_unknown => {
            td_string!(l, result.need_apostille_check_translation)
        }
        Need::Apostille if translation => td_string!(l, result.need_apostille_translation),
        Need::Legalization if translation && certified_unknown => {
            td_string!(l, result.need_legalization_check_translation)
        }
        Need::Legalization if translation => {
            td_string!(l, result.need_legalization_translation)
        }
        Need::Apostille if certified_unknown => td_string!(l, result.need_apostille_check),
        Need::Apostille => td_string!(l, result.need_apostille),
        Need::Legalization if certified_unknown => {
            td_string!(l, result.need_legalization_check)
        }
        Need::Legalization => td_string!(l, result.need_legalization),
    }
}

fn country_name(l: Locale, item: &ChecklistItem) -> &'static str {
    item.issuer
        .map(|c| text::country_in_sentence(l, c))
        .unwrap_or("?")
}

/// The certification of a document judged for its own (given or inherent) issuer.
fn certification(l: Locale, item: &ChecklistItem) -> String {
    let country = country_name(l, item);
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

/// "If it is issued in China: apostille": the assumption, in words.
fn assumed(l: Locale, item: &ChecklistItem) -> String {
    let Some(issuer) = item.issuer else {
        return td_string!(l, result.assumed_unknown).to_string();
    };
    let country = text::country_in_sentence(l, issuer);
    // A notarial act (a translation, a power of attorney) is not "issued": where its notary
    // acted decides (found by an audit: "If it is issued in China" on a passport translation).
    if item.kind == DocumentKind::Notarial {
        return match item.certification {
            Certification::None => td_string!(l, result.assumed_notarial_none, country = country),
            Certification::TreatyExempt => {
                td_string!(l, result.assumed_notarial_treaty_exempt, country = country)
            }
            Certification::Apostille => {
                td_string!(l, result.assumed_notarial_apostille, country = country)
            }
            Certification::Legalization => {
                td_string!(l, result.assumed_notarial_legalization, country = country)
            }
        }
        .to_string();
    }
    match item.certification {
        Certification::None => td_string!(l, result.assumed_none, country = country).to_string(),
        Certification::TreatyExempt => {
            td_string!(l, result.assumed_treaty_exempt, country = country).to_string()
        }
        Certification::Apostille => {
            td_string!(l, result.assumed_apostille, country = country).to_string()
        }
        Certification::Legalization => {
            td_string!(l, result.assumed_legalization, country = country).to_string()
        }
    }
}

/// The abroad way of a notarial act not yet made, and what it costs in steps.
fn way_abroad(l: Locale, abroad: Certification, country: &str) -> String {
    match abroad {
        Certification::None | Certification::TreatyExempt => {
            td_string!(l, result.way_abroad_no_extra, country = country).to_string()
        }
        Certification::Apostille => {
            td_string!(l, result.way_abroad_apostille, country = country).to_string()
        }
        Certification::Legalization => {
            td_string!(l, result.way_abroad_legalization, country = country).to_string()
        }
    }
}

/// A treaty fact's hedge ("confirm with the office").
fn is_treaty_hedge(n: Note) -> bool {
    matches!(
        n,
        Note::TreatyRowNotVerified
            | Note::TreatyStatusUnderReview
            | Note::ApostillePartyMayBeMissing
    )
}

/// A notarial act's treaty hedges belong to its way abroad (the way in Kazakhstan needs no
/// treaty): said on that line, naming the state (found by an audit: "the issuing country is
/// under review" under a power of attorney not yet made, no country named).
fn abroad_hedges(l: Locale, item: &ChecklistItem, country: crate::rules::Country) -> Vec<Node> {
    let name = text::country_in_sentence(l, country);
    item.notes
        .iter()
        .filter(|n| is_treaty_hedge(**n))
        .map(|n| {
            let words = match n {
                Note::TreatyStatusUnderReview => {
                    td_string!(l, result.way_abroad_under_review, country = name).to_string()
                }
                Note::ApostillePartyMayBeMissing => {
                    td_string!(l, result.way_abroad_party_may_be_missing, country = name)
                        .to_string()
                }
                _ => td_string!(l, result.way_abroad_unverified, country = name).to_string(),
            };
            el("span").text(" ").text(words)
        })
        .collect()
}

/// The one status of an entry, read from its own `needs`, `provided` and
/// `covered_by_alternative`: never from another entry.
fn status(l: Locale, item: &ChecklistItem, unsure: Unsure) -> Node {
    if !item.needs.is_empty() {
        // In the order they are done: the apostille or legalization goes on the document
        // itself, before its translation is made.
        let rank = |n: &Need| match n {
            Need::Provide | Need::Renew => 0,
            Need::Apostille | Need::Legalization => 1,
            _ => 2,
        };
        let mut ordered: Vec<Need> = item.needs.clone();
        crate::rules::order::sort_by_key(&mut ordered, rank);
        let todo: Vec<String> = ordered.iter().map(|n| need(l, *n, item, unsure)).collect();
        return el("p")
            .class("status status--todo")
            .child(el("strong").text(td_string!(l, result.todo)))
            .text(" ")
            .text(todo.join("; "));
    }
    // Not needed comes first: a held one may lack what the option used does not (its `needs`
    // are emptied, not done).
    let (class, words) = if item.covered_by_alternative {
        (
            "status status--muted",
            td_string!(l, result.status_not_needed),
        )
    } else if item.provided {
        ("status status--ready", td_string!(l, result.provided))
    } else if item.optional {
        (
            "status status--muted",
            td_string!(l, result.status_optional),
        )
    } else {
        ("status status--ready", td_string!(l, result.ready))
    };
    el("p").class(class).text(words)
}

/// Sources and our readings of one entry (or one reason), folded: one native `<details>`
/// whose summary names the interpretation once; inside, the public citations
/// (`citations::cited`: titles in the reader's language, links) and our readings as the
/// question they answer.
pub fn sources_details(
    l: Locale,
    sources: &[SourceRef],
    readings: &[Interpretation],
    interpretation: bool,
    about: Option<&str>,
) -> Option<Node> {
    let interpretation = interpretation || !readings.is_empty();
    let summary = if interpretation {
        td_string!(l, result.sources_with_interpretation)
    } else {
        td_string!(l, result.sources)
    };
    // A checklist entry's fold is named with its document: a list of controls otherwise read
    // "Sources" eight times over (found by an audit of the accessibility tree). In a hidden
    // part of its text, not an `aria-label`, which Chrome read out and then the visible words
    // again as a description (found by an audit of what a screen reader says).
    let summary_view = el("summary").class("sources__summary").text(summary);
    let summary_view = match about {
        Some(name) => summary_view.child(
            el("span")
                .class("visually-hidden")
                .text(format!(" — {name}")),
        ),
        None => summary_view,
    };
    // The readings list carries its own "confirm with the office" label; the sentence is
    // for an interpretation the registry does not name.
    let explain = interpretation && readings.is_empty();
    (!sources.is_empty() || interpretation).then(|| {
        el("details")
            .class("sources")
            .child(summary_view)
            .child(explain.then(|| {
                el("p")
                    .class("sources__interpretation")
                    .text(td_string!(l, result.interpretation_explained))
            }))
            .child(
                el("div")
                    .class("sources__list")
                    .child(super::citations::cited(l, sources, readings)),
            )
    })
}

/// Item notes already said on the item in other words (the ways, the assumption, "issued
/// in Kazakhstan") are not repeated; they stay in the page's "Good to know".
pub(super) fn shown_as_note(n: Note) -> bool {
    !matches!(
        n,
        Note::IssuerAssumed | Note::KazakhDocumentsNeedNoCertification
    )
}

/// Who hands the documents in, for how each entry is worded: the applicant is told to
/// bring them; otherwise they are "needed" (found by an audit: "Bring the original" said to
/// someone abroad whose representative applies).
#[derive(Clone, Copy, PartialEq, Eq)]
enum HandedInBy {
    Applicant,
    /// A correction through a representative with a power of attorney (§4).
    Representative,
    /// A prisoner: the penal institution submits the application with the special form.
    Institution,
}

impl HandedInBy {
    /// Read from the outcome, as the result page's path is: a power of attorney is listed
    /// only where a representative applies.
    fn of(outcome: &Outcome) -> Self {
        if from_prison(outcome) {
            Self::Institution
        } else if outcome
            .documents
            .iter()
            .any(|d| d.id == DocumentId::PowerOfAttorney)
        {
            Self::Representative
        } else {
            Self::Applicant
        }
    }
}

/// How to bring an entry: brought by the applicant, else "needed".
fn bring_for(l: Locale, item: &ChecklistItem, by: HandedInBy) -> &'static str {
    match item.bring {
        _ if by == HandedInBy::Institution && item.id == DocumentId::ApplicationForm => {
            td_string!(l, result.bring_submitted_by_institution)
        }
        Bring::Original if by != HandedInBy::Applicant => td_string!(l, result.needed_original),
        Bring::OriginalAndCopy if by != HandedInBy::Applicant => {
            td_string!(l, result.needed_original_and_copy)
        }
        _ => bring(l, item),
    }
}

/// One checklist entry.
fn entry(l: Locale, item: &ChecklistItem, j: Journey, by: HandedInBy) -> Node {
    let id = item.id;
    let identity = matches!(id, DocumentId::Passport | DocumentId::RefugeeCertificate);
    let answers = in_effect(&j);
    let unsure = Unsure {
        certified: item.provided && answers.certified_unknown(id),
        language: item.provided && answers.language_unknown(id),
        translated: item.provided && answers.translated_unknown(id),
    };
    // The translation line speaks only of this entry's own needs. The identity document's
    // translation is an entry of its own, with its own status.
    let translation = match item.translation {
        TranslationNeed::Required if identity => td_string!(l, result.translation_separate_item),
        // Its language not known: the condition, as for a document not held yet.
        TranslationNeed::Required if unsure.language => {
            td_string!(l, result.translation_if_foreign_language)
        }
        TranslationNeed::Required if item.needs.contains(&Need::Translation) => {
            td_string!(l, result.translation_required)
        }
        TranslationNeed::Required if item.provided => td_string!(l, result.translation_done),
        TranslationNeed::Required => td_string!(l, result.translation_required),
        // `not_required` also stands for "not judged": a document not held yet, or one whose
        // language was not given, from a state other than Kazakhstan. Its language decides,
        // so the applicant reads the condition, never "no translation needed".
        // An identity document still to get: its letters decide, not its language.
        TranslationNeed::NotRequired if !item.translation_judged && identity => {
            td_string!(l, result.translation_if_other_letters)
        }
        TranslationNeed::NotRequired if !item.translation_judged => {
            td_string!(l, result.translation_if_foreign_language)
        }
        TranslationNeed::NotRequired => td_string!(l, result.translation_not_required),
    };
    let show_translation =
        !matches!(item.kind, DocumentKind::Form) && id != DocumentId::PassportTranslation;

    let pending = item
        .needs
        .iter()
        .any(|n| matches!(n, Need::Apostille | Need::Legalization));
    let needs_one = matches!(
        item.certification,
        Certification::Apostille | Certification::Legalization
    );
    let lang = text::code(l);
    // A held document whose issuer the applicant did not know is judged for an assumed state
    // (the note says so): shown as the assumption, as for a document not held yet, never as
    // a fact about the document. "Change" opens the question it answers.
    let issuer_not_given = item.provided && item.notes.contains(&Note::IssuerAssumed);
    // Certification: the ways, the assumption, or the one fact.
    let certification_view = if let Some(abroad) = item.if_made_abroad {
        // Abroad in the state the core judged it for; none known (a stateless person without a
        // foreign identity document): the rule for any state (found by an audit).
        let ways = match home_country(&j) {
            Some(country) => el("ol")
                .class("ways")
                .child(el("li").text(td_string!(l, result.way_kazakhstan)))
                .child(
                    el("li")
                        .text(way_abroad(l, abroad, text::country_in_sentence(l, country)))
                        .children(abroad_hedges(l, item, country)),
                )
                // Someone abroad may live in a third country: its notary is as lawful.
                .child(el("li").text(td_string!(l, result.way_elsewhere))),
            None => el("ol")
                .class("ways")
                .child(el("li").text(td_string!(l, result.way_kazakhstan)))
                .child(el("li").text(td_string!(l, result.way_abroad_any))),
        };
        Some(el("li").text(td_string!(l, result.ways_title)).child(ways))
    } else if (item.issuer_assumed || issuer_not_given) && !item.covered_by_alternative {
        let name = text::document(l, id);
        let question = if issuer_not_given {
            Step::DocIssuer(id)
        } else {
            Step::Document(id)
        };
        // Not held yet, a public document judged for one assumed state: what it needs from
        // any other, since where it will come from cannot be answered before it is held (found
        // by an audit: "Issued in another country? Change" opened "Do you have it?").
        let elsewhere = !item.provided
            && item.kind == DocumentKind::Public
            && item.certification != Certification::None
            && item.issuer.is_some_and(|c| !c.is_kazakhstan());
        Some(
            el("li")
                .text(assumed(l, item))
                .child(elsewhere.then(|| {
                    el("span")
                        .text(" ")
                        .text(td_string!(l, result.assumed_elsewhere))
                }))
                .text(" ")
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("link-button no-print")
                        .on_click(move |_| j.change(question, lang))
                        .text(if !item.provided {
                            // Opens "Do you have it?": where it is issued is asked after Yes.
                            td_string!(l, result.change_have)
                        } else if item.issuer.is_some() && item.kind == DocumentKind::Notarial {
                            td_string!(l, result.change_notary)
                        } else if item.issuer.is_some() {
                            td_string!(l, result.change_issuer)
                        } else {
                            // No country was assumed: "another country" would have nothing to
                            // be other than.
                            td_string!(l, result.change_issuer_unknown)
                        })
                        .child(el("span").class("visually-hidden").text(" ").text(name)),
                ),
        )
    } else if matches!(item.kind, DocumentKind::Form | DocumentKind::Identity) {
        None
    } else if needs_one && !pending && item.provided {
        Some(el("li").text(td_string!(l, result.certification_done)))
    } else {
        Some(el("li").text(certification(l, item)))
    };

    let notes = item
        .notes
        .iter()
        .filter(|n| shown_as_note(**n))
        // Its language not known: the translation line already says where it may be made.
        .filter(|n| {
            !(unsure.language && **n == Note::TranslationMadeInKazakhstanNeedsNoCertification)
        })
        // Said on the way abroad they are about (`abroad_hedges`).
        .filter(|n| item.if_made_abroad.is_none() || !is_treaty_hedge(**n))
        .map(|n| el("li").class("note").text(text::note(l, *n)));
    let tick_id = format!("tick-{}", crate::journey::query::doc_code(id));
    // A child's own passport, beside the parent's identity document (found by an audit: a
    // baby's checklist said only "Passport").
    let child = in_effect(&j).category == Some(crate::rules::Category::Child);
    let name = if child && id == DocumentId::Passport {
        td_string!(l, result.passport_child)
    } else if child && id == DocumentId::PassportTranslation {
        // Whose passport is translated (found by an audit: a parent read it as their own).
        td_string!(l, result.passport_translation_child)
    } else {
        text::document(l, id)
    };
    let form = item.kind == DocumentKind::Form;
    // Not needed (another option is held): only that, no facts and nothing to tick.
    let facts = (!item.covered_by_alternative).then(|| {
        // An optional document not held: "Bring the original" would be said of a thing they
        // do not have; one line says it is needed only if they have it, and how to bring it
        // (found by an audit).
        let optional_not_held = match item.bring {
            _ if !item.optional || item.provided || by != HandedInBy::Applicant => None,
            Bring::OriginalAndCopy => {
                Some(td_string!(l, result.optional_not_held_original_and_copy))
            }
            Bring::Original => Some(td_string!(l, result.optional_not_held_original)),
            _ => None,
        };
        el("ul")
            .class("checklist__facts")
            .child(el("li").text(optional_not_held.unwrap_or_else(|| bring_for(l, item, by))))
            // Whose, and that it must reach the representative (found by an editor: "You have
            // it" read as keeping one's passport abroad).
            .child(
                (identity && by == HandedInBy::Representative)
                    .then(|| el("li").text(td_string!(l, result.identity_to_representative))),
            )
            .child(
                (item.optional && optional_not_held.is_none())
                    .then(|| el("li").text(td_string!(l, result.optional))),
            )
            .child(show_translation.then(|| el("li").text(translation)))
            .child(certification_view)
            .children(notes)
    });
    // A form is filled in at the office: there is nothing to get ready, so nothing to tick.
    let tick = (!form && !item.covered_by_alternative).then(|| {
        let mut box_ = el("input")
            .attr("type", "checkbox")
            .class("tick__box")
            .attr("id", tick_id.clone())
            .on_click(move |event| {
                let on = event
                    .target()
                    .and_then(|t| js_sys::Reflect::get(&t, &"checked".into()).ok())
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                j.ticked.update_untracked(|t| {
                    t.retain(|d| *d != id);
                    if on {
                        t.push(id);
                    }
                });
            });
        if j.ticked.with_untracked(|t| t.contains(&id)) {
            box_ = box_.attr("checked", "");
        }
        // Named with its document for a list of controls: "I have it ready: Passport". Not
        // a hidden span in the label, which Chrome read "I have it ready : Passport" (found by
        // an audit of the accessibility tree).
        let label = td_string!(l, result.tick_label);
        el("p")
            .class("tick")
            .child(box_.attr("aria-label", format!("{label}: {name}")))
            .child(
                el("label")
                    .class("tick__label")
                    .attr("for", tick_id)
                    .text(label),
            )
    });
    el("li")
        .class("checklist__item")
        .attr("data-doc", crate::journey::query::doc_code(id))
        .child(
            el("div")
                .class("checklist__body")
                .child(el("h3").class("checklist__name").text(name))
                .child((!form).then(|| status(l, item, unsure)))
                .child(facts)
                .child(tick)
                .child(sources_details(
                    l,
                    &item.sources,
                    &item.interpretations,
                    item.interpretation,
                    Some(name),
                )),
        )
}

/// The state a notarial act would be made in abroad, as the core judged `if_made_abroad`
/// for it (`home_state`): the citizenship, else a foreign identity document's issuer.
fn home_country(j: &Journey) -> Option<crate::rules::Country> {
    crate::rules::evaluate::home_state(&in_effect(j).to_applicant(j.today_untracked()))
}

/// The answers the result rests on (`flow::in_effect`), which the result page works out once
/// for all its entries (found by a review: worked out again for each).
#[derive(Clone, Copy)]
pub(super) struct InEffect(pub Memo<crate::journey::Answers>);

/// The answers the result rests on: none left from an earlier path.
fn in_effect(j: &Journey) -> crate::journey::Answers {
    if let Some(InEffect(answers)) = use_context::<InEffect>() {
        return answers.get_untracked();
    }
    let today = j.today_untracked();
    j.answers
        .with_untracked(|a| crate::journey::flow::in_effect(a, j.locked(), today))
}

/// The applicant is in a penal institution, which submits for them (the special form the
/// rule set asks of a prisoner says so): they go to no office, whatever they ask for.
pub(super) fn from_prison(outcome: &Outcome) -> bool {
    outcome
        .documents
        .iter()
        .any(|d| d.bring == Bring::CertifiedByPenalInstitution)
}

/// The result's folds (sources, the reference list) printed open, and closed again after:
/// paper has nothing to click, and a closed fold prints as a heading with nothing under it.
/// On paper too an interpretation is marked as one, and a source says where it is (found by
/// an audit: every source hidden from the printout, which said "marked beside them"). For the
/// browser's Print menu as well as the page's button.
fn print_folds_open() {
    use std::{cell::RefCell, rc::Rc};
    let opened: Rc<RefCell<Vec<web_sys::Element>>> = Rc::default();
    let to_close = opened.clone();
    // This app's, not the last one mounted (taken here: the listener runs outside the owner).
    let j = Journey::current();
    let opens = window_event_listener_untyped("beforeprint", move |_| {
        const CLOSED: &str = "details.sources:not([open]), details.reference:not([open])";
        let Some(root) = j.root_element() else {
            return;
        };
        // One at a time: an opened fold no longer matches.
        while let Ok(Some(fold)) = root.query_selector(CLOSED) {
            if fold.set_attribute("open", "").is_err() {
                break;
            }
            opened.borrow_mut().push(fold);
        }
    });
    let closes = window_event_listener_untyped("afterprint", move |_| {
        for fold in to_close.borrow_mut().drain(..) {
            let _ = fold.remove_attribute("open");
        }
    });
    on_cleanup(move || {
        opens.remove();
        closes.remove();
    });
}

#[component]
pub fn Checklist(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::current();
    print_folds_open();
    move || {
        let l = i18n.get_locale();
        let items = &outcome.documents;
        let by = HandedInBy::of(&outcome);
        // Whether any entry has a tick box (`entry`: not a form, not covered by another option).
        let ticks = items
            .iter()
            .any(|i| i.kind != DocumentKind::Form && !i.covered_by_alternative);
        // Entries in checklist order; a group is rendered once, where its first member is.
        let mut seen_groups: Vec<String> = Vec::new();
        let mut blocks = Vec::new();
        // Entries in a row outside any group share one list: a list per entry was read out as
        // "list, 1 item" for each document, never how many there are (found by an audit with
        // a screen reader).
        let mut run: Vec<Node> = Vec::new();
        let flush = |run: &mut Vec<Node>, blocks: &mut Vec<Node>| {
            if !run.is_empty() {
                blocks.push(el("ul").class("checklist").children(std::mem::take(run)));
            }
        };
        for item in items {
            match &item.group {
                None => run.push(entry(l, item, j, by)),
                Some(group) if seen_groups.contains(group) => {}
                Some(group) => {
                    flush(&mut run, &mut blocks);
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
                    let title = el("p")
                        .class("checklist__group-title")
                        .text(td_string!(l, result.one_of_group));
                    // Documents each enough alone: one list of them, without a list of one
                    // option around it (found by a regression audit: a screen reader said
                    // "list, 1 item" at every group).
                    if alternatives.iter().all(Option::is_none) {
                        let docs = members.iter().map(|d| entry(l, d, j, by));
                        blocks.push(
                            el("div")
                                .class("checklist__group")
                                .child(title)
                                .child(el("ul").class("checklist").children(docs)),
                        );
                        continue;
                    }
                    let options = alternatives.into_iter().enumerate().map(|(n, alt)| {
                        let mut docs: Vec<&ChecklistItem> = members
                            .iter()
                            .copied()
                            .filter(|m| m.alternative == alt)
                            .collect();
                        // What the option needs before what it takes only if the applicant has
                        // it, as the question page lists them ("Also bring, if you have it"):
                        // an optional diploma first under "bring all of these together" read
                        // as needed (found on a digital nomad's page).
                        // (The crate's small sort: the standard one adds kilobytes per type.)
                        crate::rules::order::sort_by_key(&mut docs, |d| d.optional);
                        // "Bring all of these together" only over more than one needed document.
                        let needed = docs.iter().filter(|d| !d.optional).count();
                        let words = if needed > 1 {
                            td_string!(l, result.alternative, n = n + 1).to_string()
                        } else {
                            td_string!(l, result.alternative_single, n = n + 1).to_string()
                        };
                        let heading = alt
                            .is_some()
                            .then(|| el("p").class("checklist__option").text(words));
                        let docs = docs.into_iter().map(|d| entry(l, d, j, by));
                        el("li")
                            .class("checklist__alternative")
                            .child(heading)
                            .child(el("ul").class("checklist").children(docs))
                    });
                    blocks.push(
                        el("div")
                            .class("checklist__group")
                            .child(title)
                            .child(el("ul").class("checklist__alternatives").children(options)),
                    );
                }
            }
        }
        flush(&mut run, &mut blocks);
        Markup::from(
            el("section")
                .class("checklist-section")
                .attr("aria-labelledby", "checklist-title")
                .child(el("h2").attr("id", "checklist-title").text(
                    if by != HandedInBy::Applicant {
                        td_string!(l, result.checklist_title_by_institution)
                    } else {
                        td_string!(l, result.checklist_title)
                    },
                ))
                // Only where there is something to tick: forms filled in at the office have no
                // box (found by an audit: a stateless person's two forms under "Tick each
                // item").
                .child(ticks.then(|| {
                    el("p")
                        .class("hint")
                        .text(td_string!(l, result.checklist_hint))
                        // Paper keeps its ticks.
                        .child(
                            el("span")
                                .class("no-print")
                                .text(" ")
                                .text(td_string!(l, result.ticks_not_saved)),
                        )
                }))
                .children(blocks),
        )
    }
}

/// "What those rules required", for reference only: the documents by name and what to
/// bring, folded; no status, no tick box, no certification judged for this applicant.
#[component]
pub fn ReferenceList(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::current();
    print_folds_open();
    // Rules that served listed groups only, each with documents of its own, shown to someone
    // who named no group (the journey ended at the date, or none of them was theirs): the list above is what every group
    // brought; where the rest is said.
    // "None of these" names no group either (found by an audit of the printout: "only the
    // listed groups", and none listed on the paper).
    let by_group = in_effect(&j)
        .category
        .is_none_or(|c| c == crate::rules::Category::Other)
        && outcome
            .ruleset
            .as_deref()
            .and_then(crate::rules::ruleset::by_id)
            .is_some_and(|rs| !rs.categories.is_empty());
    let unavailable = outcome.verdict == crate::rules::Verdict::Unavailable;
    let declared_newer = super::result::declared_unknown(
        &outcome,
        j.answers
            .with_untracked(|a| a.route)
            .unwrap_or(crate::rules::Route::Consulate),
        j.declared_newer,
    );
    let held = outcome
        .ruleset
        .as_deref()
        .and_then(crate::rules::ruleset::by_id);
    // Rules in force today are not spoken of in the past (found by a regression audit: a
    // citizen's refused correction read "what those rules required" of rules in force).
    // In force on the date chosen and still today.
    let today = j.today_untracked();
    let in_force = outcome.ruleset_in_force
        && outcome
            .term
            .and_then(|t| t.to)
            .is_none_or(|end| today <= end);
    move || {
        let l = i18n.get_locale();
        let held_name = held.map_or("", |rs| super::rules_page::name(l, rs));
        let mut seen_groups: Vec<String> = Vec::new();
        let rows = outcome
            .documents
            .iter()
            .filter_map(|item| match &item.group {
                None => Some(
                    el("li")
                        .text(text::document(l, item.id))
                        .text(" — ")
                        .text(bring(l, item)),
                ),
                Some(g) if seen_groups.contains(g) => None,
                Some(g) => {
                    seen_groups.push(g.clone());
                    let names: Vec<&str> = outcome
                        .documents
                        .iter()
                        .filter(|i| i.group.as_ref() == Some(g))
                        .map(|i| text::document(l, i.id))
                        .collect();
                    Some(
                        el("li")
                            .text(td_string!(l, result.one_of_group))
                            .text(" ")
                            .text(names.join("; ")),
                    )
                }
            })
            .collect::<Vec<_>>();
        Markup::from(
            el("details")
                .class("reference")
                .child(el("summary").class("reference__summary").text(if in_force {
                    td_string!(l, result.reference_title_in_force)
                } else {
                    td_string!(l, result.reference_title)
                }))
                .child(el("p").class("hint").text(if declared_newer {
                    // A consulate naming rules newer than this build: not "no rules are in
                    // force on your date" (found by a regression audit).
                    td_string!(
                        l,
                        result.reference_hint_declared_unknown,
                        ruleset = held_name
                    )
                    .to_string()
                } else if unavailable {
                    // No rules in force on the date: not "these rules do not serve your case",
                    // of someone whose case was never asked (found by an audit).
                    td_string!(l, result.reference_hint_unavailable).to_string()
                } else {
                    td_string!(l, result.reference_hint).to_string()
                }))
                .child(el("ul").class("list").children(rows))
                .child(by_group.then(|| {
                    el("p")
                        .text(td_string!(l, result.reference_by_group))
                        .text(" ")
                        .child(super::rules_page::rules_link(j, l))
                        .text(".")
                })),
        )
    }
}
