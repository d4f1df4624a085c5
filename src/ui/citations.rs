//! Citations as people read them: each source with its title in the reader's language where
//! one is natural, its publisher, date and kind, and a link that opens the public document;
//! each of our readings as the question it answers and our reading, never as a source.
//! The checklist, the reasons and the rules page all render citations through here.

use super::markup::{el, Node};
use super::text;
use crate::i18n::*;
use crate::rules::sources::{
    read_locator, Interpretation, Locator, Reported, SourceDate, SourceId, SourceKind, SourceRef,
};
use crate::rules::treaties;

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
        Interpretation::InCountryIdentityScript => (
            td_string!(l, readings.in_country_identity_script_q),
            td_string!(l, readings.in_country_identity_script_a),
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
        Interpretation::LegalizationForApostille => (
            td_string!(l, readings.legalization_for_apostille_q),
            td_string!(l, readings.legalization_for_apostille_a),
        ),
        Interpretation::TrainingCertificate => (
            td_string!(l, readings.training_certificate_q),
            td_string!(l, readings.training_certificate_a),
        ),
        Interpretation::Territory => (
            td_string!(l, readings.territory_q),
            td_string!(l, readings.territory_a),
        ),
    }
}

/// A citation's state name (English, as the treaty tables write it) in the reader's language.
fn state(l: Locale, en: &str) -> String {
    treaties::country_named(en).map_or_else(|| en.to_owned(), |c| text::country(l, c).to_string())
}

/// The place in a document, in the reader's language.
fn locator_text(l: Locale, text: &str) -> String {
    match read_locator(text) {
        Locator::Section(n) => td_string!(l, citations.section, n = n).to_string(),
        Locator::Article(n) => td_string!(l, citations.article, n = n).to_string(),
        Locator::Paragraph(n) => td_string!(l, citations.paragraph, n = n).to_string(),
        Locator::DraftParagraph(n) => td_string!(l, citations.draft_paragraph, n = n).to_string(),
        Locator::Introduction => td_string!(l, citations.introduction).to_string(),
        Locator::InForceFrom(s, d) => td_string!(
            l,
            citations.in_force_from,
            state = state(l, s),
            date = text::date(l, d)
        )
        .to_string(),
        Locator::InForceOnlyFrom(s, d) => td_string!(
            l,
            citations.in_force_only_from,
            state = state(l, s),
            date = text::date(l, d)
        )
        .to_string(),
        Locator::NotAParty(s) => {
            td_string!(l, citations.not_a_party, state = state(l, s)).to_string()
        }
        Locator::AppliedUntil(s, d) => td_string!(
            l,
            citations.applied_until,
            state = state(l, s),
            date = text::date(l, d)
        )
        .to_string(),
        Locator::ObjectionBlocksPair => td_string!(l, citations.objection).to_string(),
        Locator::State(s) => state(l, s),
    }
}

/// The place in a document, as the page shows it: a section's heading quoted from an English
/// source keeps its language on a Russian or Kazakh page, read with an English voice (found by
/// an audit with a screen reader: «раздел "How will the system operate"» read in Russian).
/// The registry quotes headings only of English-language notes (Aequitas, Mondaq).
fn locator_view(l: Locale, text: &str) -> Node {
    let page = text::code(l);
    match read_locator(text) {
        Locator::Section(n) if n.starts_with('"') && page != "en" => {
            // The translated words around the heading, split where it goes; the heading in
            // the page's quotation marks «» (found by a proofreader), Kazakh's possessive
            // after a name ("… бөлімі", not the "II бөлім" of a number).
            const MARK: &str = "\u{E000}";
            let words = td_string!(l, citations.section_named, n = MARK).to_string();
            let (before, after) = words.split_once(MARK).unwrap_or((words.as_str(), ""));
            el("span")
                .text(format!("{before}«"))
                .child(
                    el("span")
                        .attr("lang", "en")
                        .text(n.trim_matches('"').to_owned()),
                )
                .text(format!("»{after}"))
        }
        _ => el("span").text(locator_text(l, text)),
    }
}

/// `node`, marked with the language of its text where that is not the page's (an English
/// title on a Russian or Kazakh page is read with an English voice).
fn in_language(node: Node, text: &'static str, page: &str) -> Node {
    if text == page {
        node
    } else {
        node.attr("lang", text)
    }
}

/// One source: the title (a link when the document can be opened), publisher, date, kind,
/// and the place in it; "reported by" where the act's text is not public.
///
/// `listed`: the sources on the same list. One that only says where this one is quoted is not
/// named again after it when it has a line of its own there (found by an audit: the Minsk
/// Convention "quoted in" the public-service texts, then those texts on the next line). An
/// act's "text not public; reported by" is always said: that the text is not public matters.
fn source_item(l: Locale, id: SourceId, locators: &[&str], listed: &[SourceId]) -> Node {
    let lang = text::code(l);
    let s = id.source();
    let title = s.title.get(lang);
    let title_view = match s.link {
        Some(href) => link(href)
            .class("citation__title")
            .text(title)
            .child(new_tab(l, s.title.lang_of(lang))),
        None => el("span").class("citation__title").text(title),
    };
    let title_view = in_language(title_view, s.title.lang_of(lang), lang);
    let about = s.about.map(|a| format!(" ({})", a.get(lang)));
    let mut details = s.publisher.get(lang).to_owned();
    // A day in the reader's words ("15 апреля 2025 года"); a month or a year alone stays in
    // figures ("2024-03", "2024"), which every language reads.
    if let Some(date) = s.date {
        details.push_str(", ");
        details.push_str(&match date {
            SourceDate::Day(d) => text::date(l, d),
            other => other.iso(),
        });
    }
    details.push_str(" (");
    details.push_str(kind(l, s.kind));
    details.push(')');
    // A place known from the draft, not from the note that reports the order, names no
    // reporter.
    let from_draft = !locators.is_empty()
        && locators
            .iter()
            .all(|x| matches!(read_locator(x), Locator::DraftParagraph(_)));
    let quoted_on_its_own_line =
        |via: &Reported| matches!(via, Reported::Quoted(by) if listed.contains(by));
    let reported = s
        .reported_by
        .filter(|via| !from_draft && !quoted_on_its_own_line(via))
        .map(|via| {
            // Each reporter by its title, "and" between two (a "; " read as the end of the
            // list, and «по сообщению» is said of one: found by a regression audit).
            let many = via.by().len() > 1;
            let by_views = via.by().iter().enumerate().flat_map(|(i, by)| {
                let b = by.source();
                let by_title = b.title.get(lang);
                let by_view = match b.link {
                    Some(href) => link(href)
                        .text(by_title)
                        .child(new_tab(l, b.title.lang_of(lang))),
                    None => el("span").text(by_title),
                };
                [
                    (i > 0).then(|| super::markup::text(td_string!(l, citations.reporters_and))),
                    Some(in_language(by_view, b.title.lang_of(lang), lang)),
                ]
            });
            el("span")
                .class("citation__reported")
                .text(" — ")
                .text(match via {
                    Reported::NotPublic(_) if many => td_string!(l, citations.reported_by_many),
                    Reported::NotPublic(_) => td_string!(l, citations.reported_by),
                    Reported::Quoted(_) => td_string!(l, citations.quoted_by),
                })
                .text(" ")
                .children(by_views.flatten().collect::<Vec<_>>())
        });
    let places: Vec<Node> = locators
        .iter()
        .filter(|x| !x.is_empty())
        .enumerate()
        .flat_map(|(i, x)| {
            [
                (i > 0).then(|| el("span").text("; ")),
                Some(locator_view(l, x)),
            ]
        })
        .flatten()
        .collect();
    let locator = (!places.is_empty()).then(|| {
        el("span")
            .class("citation__locator")
            .text("; ")
            .children(places)
    });
    // An English text of an act in Russian, for an English reader (sources.md gives one).
    let english = s.english_text.filter(|_| lang == "en").map(|href| {
        el("span").text("; ").child(
            link(href)
                .text(td_string!(l, citations.english_text))
                .child(new_tab(l, "en")),
        )
    });
    el("li")
        .class("citation")
        .child(title_view)
        .text(about.unwrap_or_default())
        .text(". ")
        .child(el("span").class("citation__details").text(details))
        .child(locator)
        .child(reported)
        .child(english)
}

/// "(opens in a new tab)" for a screen reader, at the end of a link's name (WCAG technique
/// G201): a new tab arrives without warning otherwise, and Back then does not lead back.
/// In the page's language, also inside a title in another one (`title_lang`).
fn new_tab(l: Locale, title_lang: &str) -> Node {
    let span = el("span")
        .class("visually-hidden")
        .text(" ")
        .text(td_string!(l, citations.new_tab));
    in_language(span, text::code(l), title_lang)
}

/// A link to a public document, opened in a new tab (`new_tab` says so): in a host's frame
/// the document would otherwise replace the app.
fn link(href: &'static str) -> Node {
    el("a")
        .attr("href", href)
        .attr("rel", "noopener noreferrer")
        .attr("target", "_blank")
}

/// Each source once, with every place cited in it (in order of first mention). Places known
/// from an act's draft make a line of their own: beside the act's "text not public; reported
/// by", "para. 3 of the draft published for comment" read as both public and not, and as if
/// the reporter said it (found by a legal audit).
fn grouped(sources: &[SourceRef]) -> Vec<(SourceId, Vec<&str>)> {
    let mut out: Vec<(SourceId, bool, Vec<&str>)> = Vec::new();
    for s in sources {
        let place = s.locator.as_deref().unwrap_or("");
        let draft = matches!(read_locator(place), Locator::DraftParagraph(_));
        let at = match out
            .iter()
            .position(|(id, from_draft, _)| *id == s.id && *from_draft == draft)
        {
            Some(i) => i,
            None => {
                out.push((s.id, draft, Vec::new()));
                out.len() - 1
            }
        };
        // A citation of the whole document is kept as an empty place (`source_item` shows no
        // place for it): it still needs the reporter of an act whose text is not public.
        if let Some((_, _, places)) = out.get_mut(at) {
            if !places.contains(&place) {
                places.push(place);
            }
        }
    }
    out.into_iter()
        .map(|(id, _, mut places)| {
            // Numbered sections in their order ("section I; section II; section III"), not
            // in the order the records mention them (found by a legal audit: I, II, IV, III).
            let rank = |p: &&str| match read_locator(p) {
                _ if p.is_empty() => Some(0),
                Locator::Introduction => Some(0),
                Locator::Section(n) => roman(n),
                _ => None,
            };
            if places.iter().all(|p| rank(p).is_some()) {
                crate::rules::order::sort_by_key(&mut places, |p| rank(p));
            }
            (id, places)
        })
        .collect()
}

/// A section's Roman numeral, I to XX; `None` for any other name.
fn roman(n: &str) -> Option<u8> {
    const NUMERALS: [&str; 20] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    NUMERALS.iter().position(|r| *r == n).map(|i| i as u8 + 1)
}

/// A list of sources (with their places) and of our readings. Empty input: nothing.
pub fn cited(l: Locale, sources: &[SourceRef], readings: &[Interpretation]) -> Option<Node> {
    if sources.is_empty() && readings.is_empty() {
        return None;
    }
    let mut list = el("div").class("citations");
    if !sources.is_empty() {
        list = list
            // Inside a fold already called "Sources": the label only parts them from our
            // readings below.
            .child((!readings.is_empty()).then(|| {
                el("p")
                    .class("citations__label citations__label--sources")
                    .text(td_string!(l, citations.sources))
            }))
            .child(
                el("ul")
                    .class("citations__list citations__list--sources")
                    .children(placed_items(l, sources)),
            );
    }
    Some(list.children(readings_list(l, readings)))
}

/// Our readings: "question — Our reading: …", under a label that says to confirm them.
pub fn readings_list(l: Locale, readings: &[Interpretation]) -> Vec<Node> {
    if readings.is_empty() {
        return Vec::new();
    }
    vec![
        el("p")
            .class("citations__label")
            .text(td_string!(l, citations.readings)),
        el("ul")
            .class("citations__list citations__list--readings")
            .children(readings.iter().map(|i| {
                let (question, answer) = reading(l, *i);
                el("li")
                    .class("reading")
                    .child(el("span").class("reading__question").text(question))
                    .text(" ")
                    .child(el("strong").text(td_string!(l, citations.reading)))
                    .text(" ")
                    .text(answer)
            })),
    ]
}

/// Whole sources (no place in them), e.g. every source of a rule set.
/// Sources with the places cited in each, one line per source.
pub fn placed_list(l: Locale, sources: &[SourceRef]) -> Node {
    el("ul")
        .class("citations__list")
        .children(placed_items(l, sources))
}

/// One line per source, with the places cited in it.
fn placed_items(l: Locale, sources: &[SourceRef]) -> Vec<Node> {
    let items = grouped(sources);
    let listed: Vec<SourceId> = items.iter().map(|(id, _)| *id).collect();
    items
        .into_iter()
        .map(|(id, places)| source_item(l, id, &places, &listed))
        .collect()
}

pub fn sources_list(l: Locale, ids: &[SourceId]) -> Node {
    el("ul")
        .class("citations__list")
        .children(ids.iter().map(|id| source_item(l, *id, &[], ids)))
}
