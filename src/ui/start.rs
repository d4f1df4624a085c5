//! The start page: what the tool does, what to have at hand, privacy, and when the rules were
//! last reviewed (with the plain fact that no consular pilot is known after the last one).

use leptos::prelude::*;

use super::markup::{el, Markup, Node};
use super::state::Journey;
use super::text;
use super::Host;
use crate::i18n::*;
use crate::rules::{ruleset, Route, TermPosition, RULES_REVIEWED_ON};
use crate::ui::lang::use_i18n;

/// Built as one fact list (`markup`), re-built on a language switch: the first page on screen
/// is rendered by the shared renderer, so the start compiles few distinct wasm functions
/// (the browser compiles each on its first call, on the main thread: issue 12, TBT).
#[component]
pub fn StartPage() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let start = move |_: &web_sys::Event| {
        j.go(
            crate::journey::flow::first_question(j.locked()),
            text::code(i18n.get_locale_untracked()),
        );
    };
    move || {
        let l = i18n.get_locale();
        // The declared rules, and whether they are in force today: a page left unchanged
        // after a pilot ended must not read as a service on offer.
        let declared = declared_callout(l, j);
        let mut page = vec![
            el("h1")
                .class("heading")
                .attr("tabindex", "-1")
                .text(td_string!(l, start.title)),
            el("p").class("lead").text(td_string!(l, start.lead)),
            el("p").text(td_string!(l, start.duration)),
            // The button comes before the details, so it is in the first screen of a phone.
            el("button")
                .attr("type", "button")
                .class("button button--start")
                .on_click(start)
                .text(td_string!(l, start.button)),
            el("h2").text(td_string!(l, start.need_title)),
            el("ul")
                .class("list")
                .child(el("li").text(td_string!(l, start.need_passport)))
                .child(el("li").text(td_string!(l, start.need_documents)))
                .child(el("li").text(td_string!(l, start.need_date))),
            el("h2").text(td_string!(l, start.privacy_title)),
            // Only the app's own page keeps the answers in its address (and so in the
            // browser's history); embedded, they live in the page while it is open.
            el("p").text(match j.host {
                Host::Standalone => td_string!(l, start.privacy_text),
                Host::Iframe => td_string!(l, start.privacy_text_embedded),
                // In the host's own document: its scripts can read the page, which this tool
                // cannot prevent (found by an audit of the privacy promise: a host's analytics
                // script recorded every answer, the IIN too, while the page said "nothing you
                // enter is sent anywhere").
                Host::DirectMount => td_string!(l, start.privacy_text_mounted),
            }),
            el("h2").text(td_string!(l, start.rules_title)),
            el("p").text(about_the_rules(l, j.today(), j.declared_newer)),
            // Found by an audit of an applicant's questions: embedded on a consulate's page,
            // "you can get an IIN this way" read as the consulate's own confirmation.
            el("p").text(td_string!(l, start.not_official)),
        ];
        // A wrong clock, said under the heading, before Start (found by an audit: under the
        // page's last section, someone pressing Start never saw it). The device's own day: the
        // one its owner can check.
        if let Some(w) = clock_behind(l, j.device_today()) {
            page.insert(1, el("p").class("callout callout--warning").text(w));
        }
        page.extend(declared);
        page.push(
            el("p")
                .class("no-print")
                .child(super::rules_page::rules_link(j, l)),
        );
        Markup::new(page)
    }
}

/// What a consulate's page declares of the rules it applies, said under its start page and on
/// "Rules and sources": in force, ended (ask whether it still offers the service) or not
/// started. `None` without a declaration this build holds.
pub(crate) fn declared_callout(l: Locale, j: Journey) -> Option<Node> {
    j.answers
        .with_untracked(|a| a.ruleset)
        .and_then(|r| ruleset::by_id(r.as_str()))
        .map(|rs| {
            let name = rs.name.get(text::code(l));
            let said = match rs.term.position(j.today()) {
                TermPosition::Ended { last } => td_string!(
                    l,
                    start.declared_ended,
                    ruleset = name,
                    to = text::date(l, last)
                )
                .to_string(),
                TermPosition::NotStarted => td_string!(
                    l,
                    start.declared_not_started,
                    ruleset = name,
                    from = text::date(l, rs.term.from)
                )
                .to_string(),
                TermPosition::InForce => {
                    td_string!(l, start.declared_text, ruleset = name).to_string()
                }
            };
            el("p").class("callout").text(said)
        })
}

/// The "About the rules" paragraph: what the consular way offers today, and, on a copy of
/// the app kept past its review (offline, or hosted for long), that newer rules may apply.
/// "Rules and sources" opens with it too. `declared_newer`: the consulate's page names rules
/// this build does not hold, perhaps newer ones (`Journey::declared_newer`).
pub(crate) fn about_the_rules(l: Locale, today: chrono::NaiveDate, declared_newer: bool) -> String {
    let mut about = consular_rules_today(l, today, declared_newer);
    if crate::rules::review_outdated(today, today) {
        about.push(' ');
        // The review's day is in the sentence before: not said twice (a regression audit).
        about.push_str(td_string!(l, start.rules_outdated_short));
    }
    about
}

/// "The rules were last checked on 1 December 2026, more than six months ago": the day named,
/// as a copy may be years old (found by an audit of an aging copy).
pub(crate) fn outdated(l: Locale) -> String {
    td_string!(
        l,
        start.rules_outdated,
        date = text::date(l, RULES_REVIEWED_ON)
    )
}

/// A device's date before the review of the rules: its clock is wrong (`rules::clock_behind`).
pub(crate) fn clock_behind(l: Locale, today: chrono::NaiveDate) -> Option<String> {
    crate::rules::clock_behind(today).then(|| {
        td_string!(
            l,
            start.clock_behind,
            date = text::date(l, today),
            reviewed = text::date(l, RULES_REVIEWED_ON)
        )
        .to_string()
    })
}

/// When the rules were reviewed, and what the consular way offers today: the rules in force,
/// the next ones known, or the plain fact that the last known pilot has ended. Read from the
/// rule-set records, so the order that brings a new pilot changes this page too.
fn consular_rules_today(l: Locale, today: chrono::NaiveDate, declared_newer: bool) -> String {
    let reviewed = text::date(l, RULES_REVIEWED_ON);
    let name = |rs: &ruleset::RuleSet| rs.name.get(text::code(l));
    let in_force = ruleset::ruleset_for(Route::Consulate, today).filter(|s| s.in_force);
    if let Some(rs) = in_force.map(|s| s.ruleset) {
        return match rs.term.to {
            Some(to) => td_string!(
                l,
                start.rules_text_in_force,
                date = reviewed,
                ruleset = name(rs),
                to = text::date(l, to)
            )
            .to_string(),
            None => td_string!(
                l,
                start.rules_text_in_force_open,
                date = reviewed,
                ruleset = name(rs)
            )
            .to_string(),
        };
    }
    if let Some(rs) = ruleset::next_for(Route::Consulate, today) {
        return td_string!(
            l,
            start.rules_text_next,
            date = reviewed,
            ruleset = name(rs),
            from = text::date(l, rs.term.from)
        )
        .to_string();
    }
    let last = ruleset::last_known_day(Route::Consulate)
        .map(|d| text::date(l, d))
        .unwrap_or_default();
    // Under a consulate's page that names rules newer than this build, "no newer one is known"
    // would contradict the notice above it (found by stop 58's audit of the next order).
    if declared_newer {
        return td_string!(
            l,
            start.rules_text_declared_newer,
            date = reviewed,
            last = last
        )
        .to_string();
    }
    td_string!(l, start.rules_text, date = reviewed, last = last).to_string()
}
