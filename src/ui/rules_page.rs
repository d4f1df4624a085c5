//! "Rules and sources" (`?step=rules`): for consuls, lawyers and careful applicants. For
//! each rule set: its term and whom it serves on each route, the documents by category (one-of
//! groups, what goes together, what is optional), the treaty and calendar facts it relies on
//! with their "as of" dates, and every source. Then what changed between consecutive rule
//! sets of a route, computed by `rules::diff` from the records: nothing here is written per
//! rule set, so a new record appears with no change to this file.

use leptos::prelude::*;

use super::citations;
use super::markup::{el, Markup, Node};
use super::state::{self, Journey};
use super::text;
use crate::i18n::*;
use crate::journey::Step;
use crate::rules::diff::{self, Change};
use crate::rules::ruleset::{CategoryScope, Fee, Issued, RefusalNotice, Requirement, RuleSet};
use crate::rules::{
    calendar, dates, rulesets, treaties, Note, Purpose, Route, Term, TREATIES_AS_OF,
};
use crate::ui::lang::{t, use_i18n};
use wasm_bindgen::JsCast;

fn route_name(l: Locale, r: Route) -> &'static str {
    match r {
        Route::Consulate => td_string!(l, rules.route_consulate),
        Route::Mfa => td_string!(l, rules.route_mfa),
        Route::InCountry => td_string!(l, rules.route_in_country),
    }
}

fn term_span(l: Locale, t: Term) -> String {
    match t.to {
        Some(to) => td_string!(
            l,
            rules.term_span,
            from = text::date(l, t.from),
            to = text::date(l, to)
        )
        .to_string(),
        None => td_string!(l, rules.term_from, from = text::date(l, t.from)).to_string(),
    }
}

/// A rule set's name in the reader's language (never its id).
pub fn name(l: Locale, rs: &RuleSet) -> &'static str {
    rs.name.get(text::code(l))
}

fn who(l: Locale, rs: &RuleSet) -> Vec<Node> {
    rs.routes
        .iter()
        .map(|r| {
            let served = match &r.categories {
                CategoryScope::Any => text::served(l, &rs.who).1.to_owned(),
                CategoryScope::Listed { allowed, .. } => {
                    let names: Vec<&str> =
                        allowed.iter().map(|c| text::category(l, *c).0).collect();
                    format!(
                        "{} {}",
                        td_string!(l, rules.who_categories),
                        names.join("; ")
                    )
                }
            };
            // The route's own notes, as every result on it says them (found by a legal audit:
            // "any foreign citizen" at "Embassy or consulate abroad" read as every mission).
            // Sentences of their own after a full stop: run on after "any foreign citizen",
            // they read as one broken sentence (found by a plain-language audit).
            let notes: Vec<&str> = r.notes.iter().map(|n| text::note(l, *n)).collect();
            let served = if notes.is_empty() || served.ends_with(['.', '!', '?']) {
                served
            } else {
                format!("{served}.")
            };
            el("li")
                .child(el("strong").text(route_name(l, r.route)))
                .text(": ")
                .text(served)
                .children(
                    (!notes.is_empty()).then(|| el("span").text(format!(" {}", notes.join(" ")))),
                )
        })
        .collect()
}

/// Requirements as a list: plain documents, then each one-of group with its alternatives
/// (documents of one alternative go together).
fn requirement_list(l: Locale, reqs: &[Requirement]) -> Node {
    if reqs.is_empty() {
        return el("p").text(td_string!(l, rules.nothing_more));
    }
    let doc = |r: &Requirement| -> String {
        let mut s = text::document(l, r.document).to_owned();
        if r.optional {
            s.push_str(&format!(" ({})", td_string!(l, rules.if_available)));
        }
        s
    };
    // Text, then the "interpretation" tag when the rule is one.
    let item = |words: String, r: Option<&Requirement>| {
        let tag = r.filter(|r| r.rule.interpretation).map(|_| {
            el("strong")
                .class("tag tag--interpretation")
                .text(td_string!(l, interpretation_label))
        });
        let li = el("li").text(words);
        match tag {
            Some(tag) => li.text(" ").child(tag),
            None => li,
        }
    };
    let mut items: Vec<Node> = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    for r in reqs {
        match r.group {
            None => items.push(item(doc(r), Some(r))),
            Some(g) if groups.contains(&g) => {}
            Some(g) => {
                groups.push(g);
                let members: Vec<&Requirement> =
                    reqs.iter().filter(|m| m.group == Some(g)).collect();
                let mut alternatives: Vec<Vec<&Requirement>> = Vec::new();
                for m in &members {
                    match m.alternative {
                        Some(a) => match alternatives
                            .iter_mut()
                            .find(|alt| alt.first().and_then(|x| x.alternative) == Some(a))
                        {
                            Some(alt) => alt.push(m),
                            None => alternatives.push(vec![m]),
                        },
                        None => alternatives.push(vec![m]),
                    }
                }
                let alts = alternatives.into_iter().map(|alt| {
                    let names: Vec<String> = alt.iter().map(|m| doc(m)).collect();
                    let mut words = names.join(" + ");
                    if alt.len() > 1 {
                        words.push_str(&format!(" ({})", td_string!(l, rules.together)));
                    }
                    item(words, alt.first().copied())
                });
                items.push(
                    el("li")
                        .text(td_string!(l, rules.one_of))
                        .child(el("ul").class("list").children(alts)),
                );
            }
        }
    }
    el("ul").class("list").children(items)
}

fn documents(l: Locale, rs: &RuleSet) -> Vec<Node> {
    let identity: Vec<&str> = rs
        .identity
        .accepted
        .iter()
        .map(|t| text::document(l, t.document_id()))
        .collect();
    let special = rs
        .identity
        .special_form
        .as_ref()
        .map(|_| el("li").text(td_string!(l, rules.special_form)));
    let mut out = vec![
        el("h4").text(td_string!(l, rules.everyone)),
        el("ul")
            .class("list")
            .children(
                rs.base
                    .iter()
                    .map(|r| el("li").text(text::document(l, r.document))),
            )
            .child(
                el("li")
                    .text(td_string!(l, rules.identity_one_of))
                    .text(" ")
                    .text(identity.join("; ")),
            )
            // The rules' own exception (found by a legal audit: "Passport" alone).
            .child(
                rs.identity
                    .other_by_treaty
                    .as_ref()
                    .map(|_| el("li").text(td_string!(l, rules.identity_treaty_exception))),
            )
            // Valid, where no treaty exception is said with it (found by a legal review: the
            // State Corporation's section said nothing of validity).
            .child(
                rs.identity
                    .other_by_treaty
                    .is_none()
                    .then(|| el("li").text(td_string!(l, rules.identity_valid))),
            )
            .child(special)
            // The identity document's own rule: the other documents' languages are a reading
            // (listed with the sources), this one the sources state.
            .child(el("li").text(td_string!(l, rules.passport_translation)))
            // The apostille or legalization, where the sources state it (a reading elsewhere:
            // listed with the sources). Found by a legal review: no section said it.
            .child(
                (!rs.certification.interpretation)
                    .then(|| el("li").text(td_string!(l, rules.certification_rule))),
            ),
    ];
    for c in rs.categories {
        out.push(el("h4").text(text::category(l, c.category).0));
        out.push(requirement_list(l, c.documents));
    }
    let purposes = rs
        .purposes
        .iter()
        .filter(|p| !p.documents.is_empty() || !p.represented_documents.is_empty());
    for p in purposes {
        out.push(el("h4").text(td_string!(l, rules.correction_title)));
        out.push(requirement_list(l, p.documents));
        if !p.represented_documents.is_empty() {
            out.push(el("h4").text(td_string!(l, rules.represented_title)));
            out.push(requirement_list(l, p.represented_documents));
        }
    }
    out
}

/// Whether the applicant must come in person, per purpose, and the fee: from the records.
fn how(l: Locale, rs: &RuleSet) -> Node {
    let appearance = rs.purposes.iter().map(|p| {
        let in_person = rs.in_person(p.purpose);
        el("li").text(match (p.purpose, in_person) {
            (Purpose::Formation, true) => td_string!(l, rules.formation_in_person),
            (Purpose::Formation, false) => td_string!(l, rules.formation_represented),
            (Purpose::Correction, true) => td_string!(l, rules.correction_in_person),
            (Purpose::Correction, false) => td_string!(l, rules.correction_represented),
        })
    });
    // A prisoner without an identity document does not come: the penal institution submits
    // the special form (in person or not, the rules' own exception).
    let prisoner = rs
        .identity
        .special_form
        .as_ref()
        .filter(|f| f.imprisoned)
        .map(|_| el("li").text(td_string!(l, rules.formation_prisoner)));
    let fee = match rs.fee {
        Fee::Free(_) => td_string!(l, rules.fee_free),
        Fee::NotStated => td_string!(l, rules.fee_not_stated),
    };
    // Without it the application is refused: as much a condition as a document.
    let consent = rs.consent.as_ref().map(|c| {
        el("li").text(match c.note {
            Some(Note::WrittenConsentAtMission) => td_string!(l, rules.consent_written),
            _ => td_string!(l, rules.consent_data_access),
        })
    });
    el("ul")
        .class("list")
        .children(appearance)
        .child(prisoner)
        .child(consent)
        .child(el("li").text(fee))
        // The service's term (`processing`), which every ready date counts (found by an audit:
        // said nowhere on the page).
        .child(el("li").text(td_string!(
            l,
            rules.processing,
            term = text::working_days(l, rs.processing.working_days)
        )))
        // What may refuse it, and that the sources say nothing of applying again (found by an
        // audit of an applicant's questions: "what if I am refused?" had no answer).
        // A written notice only where the sources say so (found by a legal audit: the 2024
        // pilot's refusal was said to come as one, which only the 2025 sources state).
        .child(
            el("li").text(match (rs.serves(Route::InCountry), rs.refusal.notice) {
                (true, _) => td_string!(l, rules.refusal_in_country),
                (false, RefusalNotice::Written) => td_string!(l, rules.refusal_consular),
                (false, RefusalNotice::NotStated) => {
                    td_string!(l, rules.refusal_consular_no_notice)
                }
            }),
        )
        // What the applicant is handed, no more than the sources say.
        .child(el("li").text(match rs.issued {
            Issued::RegistrationCertificate(_) => td_string!(l, rules.issued_certificate),
            Issued::Iin(_) => td_string!(l, rules.issued_iin),
            Issued::Receipt(_) => td_string!(l, rules.issued_receipt),
        }))
}

fn facts(l: Locale) -> Node {
    let years: Vec<String> = calendar::tables().keys().map(|y| y.to_string()).collect();
    let calendar_as_of = treaties::header(calendar::CALENDAR_TSV, "as_of")
        .and_then(dates::parse_iso)
        .map(|d| text::date(l, d))
        .unwrap_or_default();
    el("ul")
        .class("list")
        .child(
            el("li").text(
                td_string!(
                    l,
                    rules.facts_treaties,
                    date = text::date(l, TREATIES_AS_OF)
                )
                .to_string(),
            ),
        )
        .child(
            el("li").text(
                td_string!(
                    l,
                    rules.facts_calendar,
                    date = calendar_as_of,
                    years = years.join(", ")
                )
                .to_string(),
            ),
        )
}

/// One part of the page: a rule set, the changes, the treaty and calendar sources.
fn section(title: &'static str) -> Node {
    el("section").class("ruleset").child(el("h2").text(title))
}

fn rule_set(l: Locale, rs: &'static RuleSet) -> Node {
    let term = match rs.term.to {
        Some(to) => td_string!(
            l,
            rules.term_closed,
            from = text::date(l, rs.term.from),
            to = text::date(l, to)
        )
        .to_string(),
        None => td_string!(l, rules.term_open, from = text::date(l, rs.term.from)).to_string(),
    };
    let (_, readings) = diff::sources(rs);
    let placed = diff::placed_sources(rs);
    section(name(l, rs))
        .child(el("p").text(term))
        .child(el("h3").text(td_string!(l, rules.who_title)))
        .child(el("ul").class("list").children(who(l, rs)))
        .child(el("h3").text(td_string!(l, rules.how_title)))
        .child(how(l, rs))
        .child(el("h3").text(td_string!(l, rules.documents_title)))
        .children(documents(l, rs))
        .child(el("h3").text(td_string!(l, rules.facts_title)))
        .child(facts(l))
        .child(el("h3").text(td_string!(l, citations.sources)))
        .child(citations::placed_list(l, &placed))
        .children(citations::readings_list(l, &readings))
}

fn change(l: Locale, c: &Change) -> [Node; 2] {
    let line = |label: &'static str, list: Vec<&'static str>| {
        (!list.is_empty()).then(|| el("li").text(label).text(" ").text(list.join("; ")))
    };
    let cats = |cs: &[crate::rules::Category]| {
        cs.iter()
            .map(|x| text::category(l, *x).0)
            .collect::<Vec<_>>()
    };
    let docs = |ds: &[crate::rules::DocumentId]| {
        ds.iter().map(|x| text::document(l, *x)).collect::<Vec<_>>()
    };
    let heading = td_string!(
        l,
        rules.change_heading,
        route = route_name(l, c.route),
        before = name(l, c.before),
        after = name(l, c.after)
    )
    .to_string();
    let term = c.term.map(|(b, a)| {
        el("li").text(
            td_string!(
                l,
                rules.change_term,
                before = term_span(l, b),
                after = term_span(l, a)
            )
            .to_string(),
        )
    });
    let gap = (c.gap_days > 0).then(|| {
        el("li").text(td_string!(l, rules.change_gap, days = c.gap_days.to_string()).to_string())
    });
    [
        el("h3").text(heading),
        el("ul")
            .class("list")
            .child(term)
            .child(gap)
            .child(line(
                if c.limited_to_categories {
                    td_string!(l, rules.categories_limited)
                } else {
                    td_string!(l, rules.categories_added)
                },
                cats(&c.categories_added),
            ))
            .child(line(
                td_string!(l, rules.categories_removed),
                cats(&c.categories_removed),
            ))
            .child(line(
                td_string!(l, rules.documents_added),
                docs(&c.documents_added),
            ))
            .child(line(
                td_string!(l, rules.documents_removed),
                docs(&c.documents_removed),
            ))
            .child(c.consent.map(|asked| {
                el("li").text(if asked {
                    td_string!(l, rules.consent_added)
                } else {
                    td_string!(l, rules.consent_removed)
                })
            })),
    ]
}

fn changes(l: Locale) -> Vec<Node> {
    let mut out = Vec::new();
    for route in diff::ROUTES {
        let all = diff::changes(rulesets(), route);
        if all.is_empty() {
            out.push(
                el("p").text(td_string!(l, rules.single, route = route_name(l, route)).to_string()),
            );
        } else {
            out.extend(all.iter().flat_map(|c| change(l, c)));
        }
    }
    out
}

/// Built as one fact list (`markup`), re-built on a language switch: a page of many small
/// lists written as `view!` trees compiled to ~20 KB of wasm of its own (issue 12).
#[component]
pub fn RulesPage() -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::current();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // Back to the page it was opened from: an app installed on a phone has no browser Back
    // button (found by an audit). Not known after a reload or in a new tab: the journey's
    // answers lead to the result, or to the first question still to answer, and no answers
    // to the start page (found by an audit of the address bar: the start page after a
    // reload of the page opened from the result).
    let back = move |_| {
        let to = j.rules_from.get_untracked().unwrap_or_else(|| {
            if j.nothing_answered() {
                Step::Start
            } else {
                j.answers.with_untracked(|a| {
                    crate::journey::flow::reachable(
                        Step::Result,
                        a,
                        j.locked(),
                        j.today_untracked(),
                    )
                })
            }
        });
        j.go(to, text::code(i18n.get_locale_untracked()));
    };
    view! {
        <button type="button" class="back-link" on:click=back>
            {t!(i18n, back)}
        </button>
        <h1 class="heading" tabindex="-1">{t!(i18n, rules.title)}</h1>
        {move || {
            let l = i18n.get_locale();
            let mut both: Vec<_> = diff::TREATY_SOURCES.to_vec();
            both.extend_from_slice(diff::CALENDAR_SOURCES);
            // When the rules were checked and what the consular way offers today, as on the
            // start page (found by an audit: this page said neither).
            let mut page = vec![el("p").class("lead").text(td_string!(l, rules.lead))];
            // A wrong clock makes "today" below wrong too (found by an audit), said before it,
            // as on the start page (found by an audit of an aging copy: it came after).
            page.extend(
                crate::ui::start::clock_behind(l, j.device_today())
                    .map(|w| el("p").class("callout callout--warning").text(w)),
            );
            page.extend([
                el("p").text(crate::ui::start::about_the_rules(l, j.today(), j.declared_newer)),
                // As on the start and result pages (found by a legal audit: this page stated
                // the rules flatly, as a ministry's text would).
                el("p").text(td_string!(l, start.not_official)),
            ]);
            // The rules a consulate's page declares, as its start page says them (found by a
            // legal audit: the same page as without a declaration).
            page.extend(crate::ui::start::declared_callout(l, j));
            page.extend(rulesets().iter().map(|rs| rule_set(l, rs)));
            page.push(
                section(td_string!(l, rules.changes_title))
                    .child(el("p").text(td_string!(l, rules.changes_lead)))
                    .children(changes(l)),
            );
            page.push(
                section(td_string!(l, rules.treaty_calendar_title))
                    .child(citations::sources_list(l, &both)),
            );
            Markup::new(page)
        }}
        <button type="button" class="button button--secondary no-print" on:click=print>
            {t!(i18n, rules.print)}
        </button>
    }
}

/// The link to this page (start and result pages): a real link, so it can be opened in a
/// new tab or shared; a plain click keeps the answers and records the page in the history.
#[component]
pub fn RulesLink() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    move || Markup::from(rules_link(j, i18n.get_locale()))
}

/// The link to "Rules and sources": a real link (a new tab works), followed in the app.
pub fn rules_link(j: Journey, l: Locale) -> Node {
    // Mounted in a host's page, the app has no address of its own: a link would open the
    // host's page in a new tab, the answers in its address and history (found by an audit).
    // A button then, that opens the page in the app.
    if !j.owns_page() {
        return el("button")
            .attr("type", "button")
            .class("link-button rules-link")
            .on_click(move |_| j.go(Step::Rules, text::code(l)))
            .text(td_string!(l, rules.link));
    }
    // The answers, preset country and declared rules come along (`Journey::pairs`), also for a
    // link the page module has not read yet; the plain link only if the browser cannot
    // encode a query.
    let href = j
        .address(Step::Rules, text::code(l))
        .unwrap_or_else(|| format!("?lang={}&step=rules", text::code(l)));
    // On paper the link's address is printed after it (style/main.css): the page's own
    // address with the language only, not the answers the printout gives once already (found
    // by an audit: a printout said "see ... in Rules and sources" with nowhere to look).
    let printed = state::page_url(text::code(l))
        .map(|page| format!("{page}?lang={}&step=rules", text::code(l)));
    let link = el("a").class("rules-link").attr("href", href);
    let link = match printed {
        Some(address) => link.attr("data-address", address),
        None => link,
    };
    link.on_click(move |event| {
        let modified = event
            .dyn_ref::<web_sys::MouseEvent>()
            .is_some_and(|m| m.ctrl_key() || m.meta_key() || m.shift_key() || m.button() != 0);
        if modified {
            return;
        }
        event.prevent_default();
        j.go(Step::Rules, text::code(l));
    })
    .text(td_string!(l, rules.link))
}
