//! The pages the shell switches between.
//!
//! Each page is built by a function of its own that is never inlined into the shell's page
//! switch. The browser compiles a wasm function when it is first called, on the main thread:
//! with every page inlined into one switch, the first paint of the start page compiled the
//! code of every page (issue 12, Total Blocking Time).
//!
//! On the app's own page (the Cargo feature `split`, which index.html gives Trunk) the first
//! download holds the start page and the shell only. The question pages, "Check your
//! answers", the result and "Rules and sources" are one wasm module
//! (`wasm_split_helpers`: the build splits the linked wasm at `later_page`,
//! `.ci/split-wasm.mjs`). It is fetched in the background once the start page has settled
//! (`prefetch`), so an applicant who presses Start rarely waits; one who does sees "Loading"
//! in place of the page. A module that cannot be fetched while someone waits for it gives a
//! message, with the answers kept and a button to try again (a failed fetch in the background
//! is tried again when a page is wanted): the app never stops. The split functions are
//! `fallible`: a failed load is an `Err`, never a panic, which would end the whole app. The
//! module also holds the rules engine: a link to a later page is checked against its answers
//! there (`link_step`). Every other build (tests, the direct mount) links the pages in and
//! calls them directly.

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::journey::{flow, query, Answers, Locked, Step};
use crate::ui::{check, questions, result, rules_page, start};

#[inline(never)]
fn start_page() -> AnyView {
    view! { <start::StartPage /> }.into_any()
}

/// Every page but the start page: one function of its own, so the start page's first render
/// does not compile them, and in the split build the body of the page module.
#[inline(never)]
fn later_page_view(step: Step) -> AnyView {
    match step {
        Step::Check => view! { <check::CheckPage /> }.into_any(),
        Step::Result => view! { <result::ResultPage /> }.into_any(),
        Step::Rules => view! { <rules_page::RulesPage /> }.into_any(),
        step => questions::question(step),
    }
}

#[cfg(not(feature = "split"))]
pub(crate) fn page(step: Step) -> AnyView {
    match step {
        Step::Start => start_page(),
        step => later_page_view(step),
    }
}

#[cfg(feature = "split")]
pub(crate) use split::{
    can_check_link, check_link_later, fetch_module, link_step, page, prefetch, read_link_later,
    unread_link,
};

/// Every page is linked in: a link is checked at once.
#[cfg(not(feature = "split"))]
pub(crate) fn can_check_link(_: Step) -> bool {
    true
}

/// Nothing to fetch: every page is linked in.
#[cfg(not(feature = "split"))]
pub(crate) fn prefetch() {}

/// Nothing to fetch: every page is linked in.
#[cfg(not(feature = "split"))]
pub(crate) async fn fetch_module() -> bool {
    true
}

/// Never needed: every link is checked at once.
#[cfg(not(feature = "split"))]
pub(crate) fn check_link_later() {}

/// Never needed: every link is read at once.
#[cfg(not(feature = "split"))]
pub(crate) fn read_link_later(_: Vec<(String, String)>, _: bool) {}

/// Never: every link is read at once.
#[cfg(not(feature = "split"))]
pub(crate) fn unread_link() -> Option<Vec<(String, String)>> {
    None
}

/// A link's answers and settings (`query::parse`). `None` when that cannot be done yet: in
/// the split build the parse is in the page module, and the first download reads only a
/// link's settings (`query::parse_settings`, `ui::state::parse_pairs`).
pub(crate) fn parse_link(pairs: &[(String, String)]) -> Option<query::Parsed> {
    #[cfg(feature = "split")]
    return split::when_here(|| split::read_link(pairs));
    #[cfg(not(feature = "split"))]
    Some(read_answers(pairs))
}

/// A link's answers read. A group the way it names does not offer (a saved link whose rules
/// changed since, a hand-made one) is left out and named in the notice as an unreadable answer
/// is, so its page asks again (found by an audit: it was dropped without a word).
fn read_answers(pairs: &[(String, String)]) -> query::Parsed {
    let mut parsed = query::parse(crate::ui::state::link_iter(pairs));
    let today = crate::ui::state::Today::now().for_route(parsed.answers.route);
    if flow::group_not_offered(&parsed.answers, today) {
        parsed.answers.category = None;
        // Told only where the group will be asked: with an IIN already, neither a new one nor
        // a correction asks it (found by a regression audit: "answer your group again").
        if parsed.answers.has_iin != Some(crate::journey::Tri::Yes) {
            parsed.ignored.push("cat".into());
            if !parsed.ignored_fields.contains(&query::LinkField::Category) {
                parsed.ignored_fields.push(query::LinkField::Category);
            }
        }
    }
    parsed
}

/// The notice about a link's unreadable parts (`ui::notice_texts`). `None` when that cannot be
/// done yet: in the split build it is worded in the page module, which read the link.
pub(crate) fn notice_texts(
    l: crate::i18n::Locale,
    ignored: &[query::LinkField],
) -> Option<(Option<String>, Option<String>)> {
    #[cfg(feature = "split")]
    return split::when_here(|| split::link_notice(l, ignored));
    #[cfg(not(feature = "split"))]
    Some(crate::ui::notice_texts(l, ignored))
}

/// The link for the answers and page (`query::to_pairs`). `None` when that cannot be done yet:
/// in the split build the writer is in the page module (`ui::state::Journey::pairs`).
pub(crate) fn link_pairs(
    answers: &Answers,
    step: Step,
    lang: &str,
    preset_country: bool,
    today: NaiveDate,
) -> Option<Vec<(String, String)>> {
    #[cfg(feature = "split")]
    return split::when_here(|| split::write_link(answers, step, lang, preset_country, today));
    #[cfg(not(feature = "split"))]
    Some(write_link(answers, step, lang, preset_country, today))
}

/// The link holds the answers in effect only (`flow::in_effect`): one replaced on the way
/// (a "serving a sentence" before a passport was chosen) is not shared with it.
fn write_link(
    answers: &Answers,
    step: Step,
    lang: &str,
    preset_country: bool,
    today: NaiveDate,
) -> Vec<(String, String)> {
    let locked = Locked {
        consulate: preset_country,
    };
    let live = flow::in_effect(answers, locked, today);
    query::to_pairs(&live, step, lang, preset_country)
}

/// The page a link (or the browser's Back and Forward) may open, checked against its answers
/// (`flow::reachable`). `None` when that cannot be done yet: in the split build the check is
/// in the page module (it needs the rules engine, which the first download leaves out).
#[cfg(not(feature = "split"))]
pub(crate) fn link_step(
    requested: Step,
    answers: &Answers,
    locked: Locked,
    today: NaiveDate,
) -> Option<Step> {
    Some(flow::reachable(requested, answers, locked, today))
}

#[cfg(feature = "split")]
mod split {
    use std::cell::Cell;
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::*;
    use crate::ui::lang::{t, use_i18n};

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Load {
        NotYet,
        Loading,
        Here,
        Failed,
    }

    /// A link's pairs, and whether the app shows a stand-in for its later page
    /// (`read_link_later`).
    type UnreadLink = (Vec<(String, String)>, bool);

    thread_local! {
        static LOAD: Cell<Load> = const { Cell::new(Load::NotYet) };
        /// The app opened a link's page unchecked (the module did not load in time): it is
        /// checked when the module arrives.
        static LINK_UNCHECKED: Cell<bool> = const { Cell::new(false) };
        /// Whether a page of the module is on screen (not the start page): a failed fetch is
        /// shown only to someone waiting for it.
        static WAITING: Cell<bool> = const { Cell::new(false) };
        /// The number of the module's latest load: an earlier one (left for a Try again) does
        /// not overrule it when it ends, and a slow-page timer speaks only of its own load.
        static ATTEMPT: Cell<u32> = const { Cell::new(0) };
        /// Someone has waited `SLOW_AFTER_MS` for the module, which is still on its way.
        static SLOW: Cell<bool> = const { Cell::new(false) };
        /// The pairs of a link opened before its answers could be read (`read_link_later`).
        static LINK_UNREAD: std::cell::RefCell<Option<UnreadLink>> = const { std::cell::RefCell::new(None) };
        /// Re-runs the page switch when the module arrives or fails.
        static ARRIVED: ArcTrigger = ArcTrigger::new();
    }

    /// The module failed to load. The split machinery logs the cause to the console.
    pub(super) struct LoadFailed;

    impl From<SplitLoaderError> for LoadFailed {
        fn from(_: SplitLoaderError) -> Self {
            LoadFailed
        }
    }

    /// Every page but the start page, in one module. One module rather than one per page
    /// family: an applicant walks the questions, "Check your answers" and the result anyway,
    /// one file is one request on a slow link where twelve were two rounds of them, and brotli
    /// compresses one file better than twelve (measured: issue 12 note, 2026-12-02).
    #[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_pages))]
    fn later_page(step: Step) -> Result<AnyView, LoadFailed> {
        Ok(later_page_view(step))
    }

    /// The link's page checked against its answers, in the module: the rules engine that
    /// `flow::reachable` runs is not in the first download.
    #[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_link_check))]
    fn reachable_step(
        requested: Step,
        answers: &Answers,
        locked: Locked,
        today: NaiveDate,
    ) -> Result<Step, LoadFailed> {
        Ok(flow::reachable(requested, answers, locked, today))
    }

    /// A link's answers read, in the module: the whole parse, every answer's codes and
    /// checks, is not in the first download (`query::parse_settings`).
    #[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_read))]
    pub(super) fn read_link(pairs: &[(String, String)]) -> Result<query::Parsed, LoadFailed> {
        Ok(super::read_answers(pairs))
    }

    /// The link for the answers, in the module, as `read_link`.
    #[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_write))]
    pub(super) fn write_link(
        answers: &Answers,
        step: Step,
        lang: &str,
        preset_country: bool,
        today: chrono::NaiveDate,
    ) -> Result<Vec<(String, String)>, LoadFailed> {
        Ok(super::write_link(
            answers,
            step,
            lang,
            preset_country,
            today,
        ))
    }

    /// The notice about a link's unreadable parts, in the module, as `read_link`: the words
    /// for every question and document are not in the first download.
    #[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_notice))]
    pub(super) fn link_notice(
        l: crate::i18n::Locale,
        ignored: &[query::LinkField],
    ) -> Result<(Option<String>, Option<String>), LoadFailed> {
        Ok(crate::ui::notice_texts(l, ignored))
    }

    /// Every split function's loader: `now` finds one ready only after its own loader has been
    /// awaited once (the module itself is fetched once).
    async fn preload_module() -> Result<(), SplitLoaderError> {
        preload_pages().await?;
        preload_link_check().await?;
        preload_read().await?;
        preload_write().await?;
        preload_notice().await
    }

    /// Whether the module's functions can be called now.
    fn here() -> bool {
        LOAD.with(Cell::get) == Load::Here
    }

    /// A split function's result now, when the module is here; `None` before.
    pub(super) fn when_here<T, F: Future<Output = Result<T, LoadFailed>>>(
        call: impl FnOnce() -> F,
    ) -> Option<T> {
        if !here() {
            return None;
        }
        now(call())
    }

    /// The app opened a link whose answers it could not read (the module did not load): they
    /// are read when the module arrives, with the link's page checked (`page`). `on_its_page`:
    /// the app shows a stand-in for the link's later page, which only the module names.
    pub(crate) fn read_link_later(pairs: Vec<(String, String)>, on_its_page: bool) {
        LINK_UNREAD.with(|u| *u.borrow_mut() = Some((pairs, on_its_page)));
        check_link_later();
    }

    /// The pairs of a link whose answers are not read yet (`read_link_later`).
    pub(crate) fn unread_link() -> Option<Vec<(String, String)>> {
        LINK_UNREAD.with(|u| u.borrow().as_ref().map(|(pairs, _)| pairs.clone()))
    }

    /// Whether `link_step` can answer for a link to `requested` now.
    pub(crate) fn can_check_link(requested: Step) -> bool {
        flow::outside_flow(requested) || here()
    }

    pub(crate) fn link_step(
        requested: Step,
        answers: &Answers,
        locked: Locked,
        today: NaiveDate,
    ) -> Option<Step> {
        if flow::outside_flow(requested) {
            return Some(requested);
        }
        if !can_check_link(requested) {
            return None;
        }
        now(reachable_step(requested, answers, locked, today))
    }

    /// The app opens the link's page as asked, before it could be checked (`fetch_module`
    /// failed): that page shows the module's failure message and Try again, and the link is
    /// checked once the module is here (`page`).
    pub(crate) fn check_link_later() {
        LINK_UNCHECKED.with(|u| u.set(true));
    }

    /// Fetches the module and waits for it (a link to a later page is checked before the app
    /// mounts: `ui::mount_app`). Whether it is here.
    pub(crate) async fn fetch_module() -> bool {
        if LOAD.with(Cell::get) == Load::Here {
            return true;
        }
        let here = preload_module().await.is_ok();
        if here {
            LOAD.with(|l| l.set(Load::Here));
        }
        here
    }

    /// The split call's future is ready at its first poll once its module is here.
    fn now<T>(future: impl Future<Output = Result<T, LoadFailed>>) -> Option<T> {
        let mut future = pin!(future);
        match future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(Ok(value)) => Some(value),
            _ => None,
        }
    }

    pub(crate) fn page(step: Step) -> AnyView {
        let was_waiting = WAITING.with(|w| w.replace(step != Step::Start));
        if step == Step::Start {
            return start_page();
        }
        ARRIVED.with(|a| a.track());
        // A failure is shown until Try again; arriving from the start page tries again by
        // itself.
        match LOAD.with(Cell::get) {
            Load::Here if LINK_UNCHECKED.with(|u| u.replace(false)) => {
                let j = crate::ui::state::Journey::current();
                let unread = LINK_UNREAD.with(|u| u.borrow_mut().take());
                let checked = j
                    .answers
                    .with_untracked(|a| link_step(step, a, j.locked(), j.today_untracked()));
                if unread.is_none() && checked.is_none_or(|checked| checked == step) {
                    return now(later_page(step)).unwrap_or_else(failed);
                }
                // Not while this page is being built: the switch runs again for the page the
                // link may open, once its answers are read.
                let lang = crate::ui::text::code(use_i18n().get_locale_untracked());
                leptos::task::spawn_local(async move {
                    let mut wanted = step;
                    if let Some((pairs, on_its_page)) = unread {
                        if let Some(parsed) = parse_link(&pairs) {
                            if on_its_page {
                                wanted = parsed.step.unwrap_or(Step::Start);
                            }
                            j.answers.set(parsed.answers);
                            j.ignored.set(crate::ui::state::shown_ignored(
                                &parsed.ignored_fields,
                                j.host,
                            ));
                        }
                    }
                    let checked = j
                        .answers
                        .with_untracked(|a| link_step(wanted, a, j.locked(), j.today_untracked()));
                    j.step.set(checked.unwrap_or(wanted));
                    j.replace_url(lang);
                });
                loading()
            }
            // `Here` is set only after the module's load finished, so this is `Some`.
            Load::Here => now(later_page(step)).unwrap_or_else(failed),
            Load::Failed if was_waiting => failed(),
            Load::NotYet | Load::Loading | Load::Failed => {
                load();
                // From the moment someone waits, not from the load's start (found by a
                // regression audit: a press 19 s after a background load began was told at
                // once that it had failed).
                if !was_waiting {
                    say_if_slow(ATTEMPT.with(Cell::get));
                }
                if SLOW.with(Cell::get) {
                    slow()
                } else {
                    loading()
                }
            }
        }
    }

    /// Starts fetching the module unless it is here or on its way.
    fn load() {
        if !matches!(LOAD.with(Cell::get), Load::NotYet | Load::Failed) {
            return;
        }
        LOAD.with(|l| l.set(Load::Loading));
        let attempt = ATTEMPT.with(|a| {
            a.set(a.get().wrapping_add(1));
            a.get()
        });
        leptos::task::spawn_local(async move {
            let loaded = preload_module().await;
            let waiting = WAITING.with(Cell::get);
            // An earlier load, left for a Try again, may still end: its success is welcome, its
            // failure is the later load's to report.
            if loaded.is_err() && ATTEMPT.with(Cell::get) != attempt {
                return;
            }
            SLOW.with(|s| s.set(false));
            LOAD.with(|l| {
                l.set(match loaded {
                    Ok(()) => Load::Here,
                    Err(_) if waiting => Load::Failed,
                    // A fetch in the background (`prefetch`): tried again when a page is
                    // wanted.
                    Err(_) => Load::NotYet,
                })
            });
            // Only a page that waits for the module is built again: the start page keeps
            // what it shows.
            if waiting {
                ARRIVED.with(|a| a.notify());
                crate::ui::page_arrived();
            }
        });
    }

    /// How long someone waiting for the module sees "Loading" alone before being told the
    /// connection is slow, that the page comes by itself, and that a reload is the way out if
    /// nothing changes (found by an audit of a stalling connection: "Loading…" for good,
    /// nothing to press; not "did not download": on a slow link the bytes are still coming).
    const SLOW_AFTER_MS: i32 = 20_000;

    /// After `SLOW_AFTER_MS`, if load number `attempt` is still on its way while a page waits
    /// for it, the page says so (`slow`); the module's page still comes when it arrives.
    fn say_if_slow(attempt: u32) {
        let check = wasm_bindgen::closure::Closure::once_into_js(move || {
            let slow = ATTEMPT.with(Cell::get) == attempt
                && LOAD.with(Cell::get) == Load::Loading
                && WAITING.with(Cell::get);
            if slow {
                SLOW.with(|s| s.set(true));
                ARRIVED.with(|a| a.notify());
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&check),
                SLOW_AFTER_MS,
            );
        }
    }

    /// How long after the first render the module is loaded if nobody has pressed a key or
    /// pointer by then.
    const PREFETCH_AFTER_MS: i32 = 3_000;

    /// Loads the page module in the background once the start page has settled: at the
    /// first press of a pointer or key (the applicant is about to go on), or
    /// `PREFETCH_AFTER_MS` after the first render, whichever comes first. Not during the first
    /// render: compiling the module then would delay the start page's answer to a tap (Total
    /// Blocking Time, issue 12). On the app's own page its bytes are usually here by then:
    /// `web/init.js` has the loader download them, without compiling, soon after the first
    /// render (`.ci/split-wasm.mjs`, `downloadAhead`); else the load fetches them.
    pub(crate) fn prefetch() {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(window) = web_sys::window() else {
            return;
        };
        // Later calls find the module here or on its way: `load` does nothing then.
        let fetch = Closure::<dyn FnMut()>::new(load);
        let callback = fetch.as_ref().unchecked_ref();
        for event in ["pointerdown", "keydown"] {
            let _ = window.add_event_listener_with_callback(event, callback);
        }
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback, PREFETCH_AFTER_MS);
        // Lives as long as the page, as the listeners do.
        fetch.forget();
    }

    fn loading() -> AnyView {
        let i18n = use_i18n();
        view! { <p class="page-loading" role="status">{t!(i18n, page_loading)}</p> }.into_any()
    }

    /// "Reload the page": a new build's page, or a fresh download of a module still to come.
    fn reload_button() -> impl IntoView {
        let i18n = use_i18n();
        view! {
            <button type="button" class="button button--secondary" on:click=|_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }>
                {t!(i18n, page_failed_reload)}
            </button>
        }
    }

    /// "Loading", said to be slow, with a reload: the page itself comes when the module does.
    fn slow() -> AnyView {
        let i18n = use_i18n();
        view! {
            <p class="page-loading" role="status">
                {t!(i18n, page_loading)} " " {t!(i18n, page_slow)}
            </p>
            <div class="actions">{reload_button()}</div>
        }
        .into_any()
    }

    fn failed() -> AnyView {
        let i18n = use_i18n();
        let retry = move |_| {
            // The button goes with this message: the page that replaces it takes the focus.
            crate::ui::want_focus();
            LOAD.with(|l| l.set(Load::NotYet));
            ARRIVED.with(|a| a.notify());
        };
        view! {
            <div class="page-failed" role="alert">
                <h1 class="heading" tabindex="-1">{t!(i18n, page_failed_heading)}</h1>
                <p>{t!(i18n, page_failed_body)}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=retry>
                        {t!(i18n, page_failed_retry)}
                    </button>
                    // A new build deployed since this page loaded: the file it asks for is gone
                    // and Try again can never work; a reload takes the new build (found by an
                    // audit of deploys during a first visit).
                    {reload_button()}
                </div>
            </div>
        }
        .into_any()
    }
}
