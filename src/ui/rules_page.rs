//! "Rules and sources" (`?step=rules`): for consuls, lawyers and careful applicants. For
//! each rule set: its term and whom it serves on each route, the documents by category (one-of
//! groups, what goes together, what is optional), the treaty and calendar facts it relies on
//! with their "as of" dates, and every source. Then what changed between consecutive rule
//! sets of a route, computed by `rules::diff` from the records: nothing here is written per
//! rule set, so a new record appears with no change to this file.

use leptos::prelude::*;

use super::citations;
use super::markup::{el, Markup, Node};
use super::state::Journey;
use super::text;
use crate::i18n::*;
use crate::journey::Step;
use crate::rules::diff::{self, Change};
use crate::rules::ruleset::{CategoryScope, Requirement, RuleSet};
use crate::rules::{calendar, dates, rulesets, treaties, Route, Term, TREATIES_AS_OF};
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

fn who(l: Locale, rs: &RuleSet) -> impl IntoView {
    rs.routes
        .iter()
        .map(|r| {
            let served = match &r.categories {
                CategoryScope::Any if rs.who.stateless => {
                    td_string!(l, rules.who_foreign_stateless).to_owned()
                }
                CategoryScope::Any => td_string!(l, rules.who_foreign).to_owned(),
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
            view! { <li><strong>{route_name(l, r.route)}</strong> ": " {served}</li> }
        })
        .collect_view()
}

/// Requirements as a list: plain documents, then each one-of group with its alternatives
/// (documents of one alternative go together).
fn requirement_list(l: Locale, reqs: &[Requirement]) -> AnyView {
    if reqs.is_empty() {
        return view! { <p>{td_string!(l, rules.nothing_more)}</p> }.into_any();
    }
    let doc = |r: &Requirement| -> String {
        let mut s = text::document(l, r.document).to_owned();
        if r.optional {
            s.push_str(&format!(" ({})", td_string!(l, rules.if_available)));
        }
        s
    };
    let tag = |r: &Requirement| {
        r.rule.interpretation.then(|| view! { " " <strong class="tag tag--interpretation">{td_string!(l, interpretation_label)}</strong> })
    };
    let mut items: Vec<AnyView> = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    for r in reqs {
        match r.group {
            None => items.push(view! { <li>{doc(r)} {tag(r)}</li> }.into_any()),
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
                let alts = alternatives
                    .into_iter()
                    .map(|alt| {
                        let together = alt.len() > 1;
                        let names: Vec<String> = alt.iter().map(|m| doc(m)).collect();
                        let first = alt.first().copied();
                        view! {
                            <li>
                                {names.join(" + ")}
                                {together.then(|| format!(" ({})", td_string!(l, rules.together)))}
                                {first.map(&tag)}
                            </li>
                        }
                    })
                    .collect_view();
                items.push(
                    view! {
                        <li>{td_string!(l, rules.one_of)} <ul class="list">{alts}</ul></li>
                    }
                    .into_any(),
                );
            }
        }
    }
    view! { <ul class="list">{items}</ul> }.into_any()
}

fn documents(l: Locale, rs: &RuleSet) -> impl IntoView {
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
        .map(|_| view! { <li>{td_string!(l, rules.special_form)}</li> });
    let everyone = view! {
        <h4>{td_string!(l, rules.everyone)}</h4>
        <ul class="list">
            {rs.base.iter().map(|r| view! { <li>{text::document(l, r.document)}</li> }).collect_view()}
            <li>{td_string!(l, rules.identity_one_of)} " " {identity.join("; ")}</li>
            {special}
        </ul>
    };
    let categories = rs
        .categories
        .iter()
        .map(|c| {
            view! {
                <h4>{text::category(l, c.category).0}</h4>
                {requirement_list(l, c.documents)}
            }
        })
        .collect_view();
    let purposes = rs
        .purposes
        .iter()
        .filter(|p| !p.documents.is_empty() || !p.represented_documents.is_empty())
        .map(|p| {
            let represented = (!p.represented_documents.is_empty()).then(|| {
                view! {
                    <h4>{td_string!(l, rules.represented_title)}</h4>
                    {requirement_list(l, p.represented_documents)}
                }
            });
            view! {
                <h4>{td_string!(l, rules.correction_title)}</h4>
                {requirement_list(l, p.documents)}
                {represented}
            }
        })
        .collect_view();
    view! { {everyone} {categories} {purposes} }
}

fn facts(l: Locale) -> impl IntoView {
    let years: Vec<String> = calendar::tables().keys().map(|y| y.to_string()).collect();
    let calendar_as_of = treaties::header(calendar::CALENDAR_TSV, "as_of")
        .and_then(dates::parse_iso)
        .map(|d| text::date(l, d))
        .unwrap_or_default();
    view! {
        <ul class="list">
            <li>{td_string!(l, rules.facts_treaties, date = text::date(l, TREATIES_AS_OF)).to_string()}</li>
            <li>{td_string!(l, rules.facts_calendar, date = calendar_as_of, years = years.join(", ")).to_string()}</li>
        </ul>
    }
}

fn rule_set(l: Locale, rs: &'static RuleSet) -> impl IntoView {
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
    let (ids, readings) = diff::sources(rs);
    view! {
        <section class="ruleset">
            <h2>{name(l, rs)}</h2>
            <p>{term}</p>
            <h3>{td_string!(l, rules.who_title)}</h3>
            <ul class="list">{who(l, rs)}</ul>
            <h3>{td_string!(l, rules.documents_title)}</h3>
            {documents(l, rs)}
            <h3>{td_string!(l, rules.facts_title)}</h3>
            {facts(l)}
            <h3>{td_string!(l, citations.sources)}</h3>
            {Markup::from(citations::sources_list(l, &ids))}
            {Markup::new(citations::readings_list(l, &readings))}
        </section>
    }
}

fn change(l: Locale, c: &Change) -> impl IntoView {
    let names = |list: Vec<&'static str>| list.join("; ");
    let line = |label: &'static str, list: Vec<&'static str>| {
        (!list.is_empty()).then(|| view! { <li>{label} " " {names(list)}</li> })
    };
    let cats = |cs: &[crate::rules::Category]| {
        cs.iter()
            .map(|x| text::category(l, *x).0)
            .collect::<Vec<_>>()
    };
    let docs = |ds: &[crate::rules::DocumentId]| {
        ds.iter().map(|x| text::document(l, *x)).collect::<Vec<_>>()
    };
    view! {
        <h3>{td_string!(l, rules.change_heading, route = route_name(l, c.route), before = name(l, c.before), after = name(l, c.after)).to_string()}</h3>
        <ul class="list">
            {c.term.map(|(b, a)| view! { <li>{td_string!(l, rules.change_term, before = term_span(l, b), after = term_span(l, a)).to_string()}</li> })}
            {(c.gap_days > 0).then(|| view! { <li>{td_string!(l, rules.change_gap, days = c.gap_days.to_string()).to_string()}</li> })}
            {line(td_string!(l, rules.categories_added), cats(&c.categories_added))}
            {line(td_string!(l, rules.categories_removed), cats(&c.categories_removed))}
            {line(td_string!(l, rules.documents_added), docs(&c.documents_added))}
            {line(td_string!(l, rules.documents_removed), docs(&c.documents_removed))}
        </ul>
    }
}

fn changes(l: Locale) -> impl IntoView {
    diff::ROUTES
        .into_iter()
        .map(|route| {
            let all = diff::changes(rulesets(), route);
            if all.is_empty() {
                view! { <p>{td_string!(l, rules.single, route = route_name(l, route)).to_string()}</p> }.into_any()
            } else {
                all.iter().map(|c| change(l, c)).collect_view().into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn RulesPage() -> impl IntoView {
    let i18n = use_i18n();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <h1 class="heading" tabindex="-1">{t!(i18n, rules.title)}</h1>
        {move || {
            let l = i18n.get_locale();
            let mut both: Vec<_> = diff::TREATY_SOURCES.to_vec();
            both.extend_from_slice(diff::CALENDAR_SOURCES);
            view! {
                <p class="lead">{td_string!(l, rules.lead)}</p>
                {rulesets().iter().map(|rs| rule_set(l, rs)).collect_view()}
                <section class="ruleset">
                    <h2>{td_string!(l, rules.changes_title)}</h2>
                    <p>{td_string!(l, rules.changes_lead)}</p>
                    {changes(l)}
                </section>
                <section class="ruleset">
                    <h2>{td_string!(l, rules.treaty_calendar_title)}</h2>
                    {Markup::from(citations::sources_list(l, &both))}
                </section>
            }
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
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    move || Markup::from(rules_link(j, i18n.get_locale()))
}

/// The link to "Rules and sources": a real link (a new tab works), followed in the app.
pub fn rules_link(j: Journey, l: Locale) -> Node {
    let href = format!("?{}", j.query_string(Step::Rules, text::code(l)));
    el("a")
        .class("rules-link no-print")
        .attr("href", href)
        .on_click(move |event| {
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
