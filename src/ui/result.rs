//! The result: the verdict in one sentence, why, what to do instead, the ready date, then
//! the checklist. Everything shown is read from `evaluate`'s `Outcome`; the only choice made
//! here is which words fit which code.

use leptos::prelude::*;

use super::checklist::Checklist;
use super::state::Journey;
use super::text;
use super::widgets::BackLink;
use crate::i18n::*;
use crate::journey::Step;
use crate::rules::{evaluate, Outcome, Reason, Route, Verdict};

pub fn verdict_sentence(l: Locale, v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => td_string!(l, result.verdict_eligible),
        Verdict::ActionNeeded => td_string!(l, result.verdict_action_needed),
        Verdict::NotEligible => td_string!(l, result.verdict_not_eligible),
        Verdict::Unavailable => td_string!(l, result.verdict_unavailable),
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "verdict verdict--eligible",
        Verdict::ActionNeeded => "verdict verdict--action",
        Verdict::NotEligible => "verdict verdict--not-eligible",
        Verdict::Unavailable => "verdict verdict--unavailable",
    }
}

/// The alternatives worth naming for these reasons (wording only: the reasons decide).
fn alternatives(l: Locale, outcome: &Outcome, route: Route) -> Vec<&'static str> {
    let has = |r: Reason| outcome.reasons.contains(&r);
    let mut list = Vec::new();
    if has(Reason::AlreadyHasIin) || has(Reason::CorrectionInCountryOnly) {
        list.push(td_string!(l, result.instead_correction));
    }
    if has(Reason::UseMfaRoute) {
        list.push(td_string!(l, result.instead_mfa));
    }
    let abroad = route != Route::InCountry;
    let in_country_helps = has(Reason::RouteUnavailableOnDate)
        || has(Reason::CategoryNotCovered)
        || has(Reason::StatelessNotCovered)
        || has(Reason::MfaOnlyForDiplomaticStaff)
        || has(Reason::Under65)
        || has(Reason::ChildNotUnder16);
    if abroad && in_country_helps {
        list.push(td_string!(l, result.instead_in_country));
    }
    if abroad && has(Reason::RouteUnavailableOnDate) {
        list.push(td_string!(l, result.instead_consulate_declared));
        list.push(td_string!(l, result.instead_wait));
    }
    list
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let outcome = Memo::new(move |_| j.answers.with(|a| evaluate(&a.to_applicant(j.today))));
    let route = move || j.answers.with(|a| a.route).unwrap_or(Route::Consulate);
    // Announce the verdict in the app's polite live region.
    Effect::new(move |_| {
        let l = i18n.get_locale();
        let sentence = verdict_sentence(l, outcome.with(|o| o.verdict)).to_owned();
        j.announce.set(sentence);
    });
    on_cleanup(move || j.announce.set(String::new()));
    let lang = move || text::code(i18n.get_locale_untracked());
    view! {
        <BackLink />
        <h1 class="heading" tabindex="-1">{t!(i18n, result.title)}</h1>
        {move || {
            let l = i18n.get_locale();
            let o = outcome.get();
            let date = |d| text::date(l, d);
            // People read the rule set's name in their language, never its id.
            let ruleset_name = o
                .ruleset
                .as_deref()
                .and_then(crate::rules::ruleset::by_id)
                .map_or(String::new(), |rs| super::rules_page::name(l, rs).to_owned());
            let term_line = o.term.map(|t| match t.to {
                Some(to) => td_string!(l, result.ruleset_line, ruleset = ruleset_name.clone(), from = date(t.from), to = date(to)).to_string(),
                None => td_string!(l, result.ruleset_open, ruleset = ruleset_name.clone(), from = date(t.from)).to_string(),
            });
            let unavailable = (o.verdict == Verdict::Unavailable || !o.ruleset_in_force)
                .then_some(o.term)
                .flatten()
                .filter(|_| j.answers.with_untracked(|a| a.ruleset.is_none()))
                .map(|t| {
                    let to = t.to.map(date).unwrap_or_default();
                    view! {
                        <div class="callout callout--warning">
                            <h2 class="callout__title">{td_string!(l, result.unavailable_title)}</h2>
                            <p>
                                {td_string!(l, result.unavailable_text,
                                    ruleset = ruleset_name.clone(),
                                    from = date(t.from),
                                    to = to,
                                    reviewed = date(o.rules_reviewed_on)).to_string()}
                            </p>
                        </div>
                    }
                });
            let declared = j.answers.with_untracked(|a| a.ruleset).map(|r| {
                view! {
                    <div class="callout">
                        <h2 class="callout__title">{td_string!(l, result.declared_title)}</h2>
                        <p>{td_string!(l, result.declared_text, ruleset = crate::rules::ruleset::by_id(r.as_str()).map_or("", |rs| super::rules_page::name(l, rs))).to_string()}</p>
                    </div>
                }
            });
            let reasons = if o.reasons_detail.is_empty() {
                view! { <p>{td_string!(l, result.no_reasons)}</p> }.into_any()
            } else {
                view! {
                    <ul class="reasons">
                        {o.reasons_detail.iter().map(|r| {
                            view! {
                                <li class="reason">
                                    {text::reason(l, r.code)}
                                    {r.interpretation.then(|| view! { " " <strong class="tag tag--interpretation">{td_string!(l, result.interpretation)}</strong> })}
                                    {super::citations::cited(l, &r.sources, &r.interpretations)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            };
            let instead = alternatives(l, &o, route());
            let instead = (!instead.is_empty()).then(|| view! {
                <h2>{td_string!(l, result.instead_title)}</h2>
                <ul class="list">{instead.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            });
            let ready = o.ready_on.filter(|_| matches!(o.verdict, Verdict::Eligible | Verdict::ActionNeeded)).map(|d| view! {
                <h2>{td_string!(l, result.ready_title)}</h2>
                <p>
                    {td_string!(l, result.ready_on, date = date(d)).to_string()}
                    {o.ready_on_estimated.then(|| view! { " " <strong>{td_string!(l, result.ready_estimated)}</strong> })}
                </p>
                <p>{td_string!(l, result.result_doc)}</p>
            });
            let notes = (!o.notes.is_empty()).then(|| view! {
                <h2>{td_string!(l, result.notes_title)}</h2>
                <ul class="list notes">{o.notes.iter().map(|n| view! { <li>{text::note(l, *n)}</li> }).collect_view()}</ul>
            });
            let verdict = o.verdict;
            view! {
                <div class=verdict_class(verdict)>
                    <p class="verdict__text">{verdict_sentence(l, verdict)}</p>
                </div>
                {unavailable}
                {declared}
                <h2>{td_string!(l, result.why)}</h2>
                {reasons}
                {instead}
                {ready}
                <Checklist outcome=o.clone() />
                {notes}
                <p class="hint">
                    {term_line}
                    " "
                    {td_string!(l, result.treaties_as_of, date = date(o.treaties_as_of), reviewed = date(o.rules_reviewed_on)).to_string()}
                </p>
                <p class="no-print"><super::rules_page::RulesLink /></p>
            }
        }}
        <ResultActions />
        <div class="actions no-print">
            <button type="button" class="link-button" on:click=move |_| j.go(Step::Check, lang())>
                {t!(i18n, result.change_answers)}
            </button>
            <button
                type="button"
                class="link-button"
                on:click=move |_| {
                    j.answers.update(|a| {
                        let ruleset = a.ruleset;
                        let at = if j.preset_country { a.at } else { None };
                        *a = Default::default();
                        a.ruleset = ruleset;
                        a.at = at;
                        if j.preset_country {
                            a.route = Some(Route::Consulate);
                        }
                    });
                    j.go(Step::Start, lang());
                }
            >
                {t!(i18n, result.start_again)}
            </button>
        </div>
    }
}

/// Print, and the link that restores the answers.
#[component]
fn ResultActions() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let link = move || j.share_link(text::code(i18n.get_locale()));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let copy = move |_| {
        if let (Some(w), Some(url)) = (web_sys::window(), link()) {
            let _ = w.navigator().clipboard().write_text(&url);
            copied.set(true);
        }
    };
    view! {
        <div class="no-print">
            <button type="button" class="button button--secondary" on:click=print>{t!(i18n, result.print)}</button>
            <Show when=move || j.owns_page()>
                <h2>{t!(i18n, result.share_title)}</h2>
                <p>{t!(i18n, result.share_text)}</p>
                <div class="field">
                    <label class="label" for="share-link">{t!(i18n, result.share_label)}</label>
                    <input class="input input--share" id="share-link" readonly prop:value=move || link().unwrap_or_default() />
                </div>
                <button type="button" class="button button--secondary" on:click=copy>{t!(i18n, result.copy)}</button>
                <p class="hint" role="status">{move || if copied.get() { td_string!(i18n.get_locale(), result.copied) } else { "" }}</p>
            </Show>
        </div>
    }
}
