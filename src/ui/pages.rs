//! The pages the shell switches between.
//!
//! Each page is built by a function of its own that is never inlined into the shell's page
//! switch. The browser compiles a wasm function when it is first called, on the main thread:
//! with every page inlined into one switch, the first paint of the start page compiled the
//! code of every page (issue 12, Total Blocking Time).
//!
//! On the app's own page (the Cargo feature `split`, which index.html gives Trunk) the first
//! download holds the start page and the shell only. The question pages, "Check your
//! answers", the result and "Rules and sources" are each a wasm module of their own
//! (`wasm_split_helpers`: the build splits the linked wasm at these functions,
//! `.ci/split-wasm.mjs`). They are fetched in the background once the start page has settled
//! (`prefetch`), so an applicant who presses Start rarely waits; one who does sees "Loading" in place of the page.
//! A module that cannot be fetched while someone waits for it gives a message, with the
//! answers kept and a button to try again (a failed fetch in the background is tried again
//! when the page is wanted): the app never stops. The split functions are `fallible`: a
//! failed load is an `Err`, never a panic, which would end the whole app. Every other build
//! (tests, the direct mount) links the pages in and calls them directly.

use leptos::prelude::*;

use crate::journey::Step;
use crate::ui::{check, questions, result, rules_page, start};

#[inline(never)]
fn start_page() -> AnyView {
    view! { <start::StartPage /> }.into_any()
}

#[cfg(not(feature = "split"))]
pub(crate) fn page(step: Step) -> AnyView {
    match step {
        Step::Start => start_page(),
        Step::Check => check_page(),
        Step::Result => result_page(),
        Step::Rules => rules_page(),
        step => question_page(step),
    }
}

#[cfg(not(feature = "split"))]
#[inline(never)]
fn check_page() -> AnyView {
    view! { <check::CheckPage /> }.into_any()
}

#[cfg(not(feature = "split"))]
#[inline(never)]
fn result_page() -> AnyView {
    view! { <result::ResultPage /> }.into_any()
}

#[cfg(not(feature = "split"))]
#[inline(never)]
fn rules_page() -> AnyView {
    view! { <rules_page::RulesPage /> }.into_any()
}

#[cfg(not(feature = "split"))]
#[inline(never)]
fn question_page(step: Step) -> AnyView {
    questions::question(step)
}

#[cfg(feature = "split")]
pub(crate) use split::{page, prefetch};

/// Nothing to fetch: every page is linked in.
#[cfg(not(feature = "split"))]
pub(crate) fn prefetch() {}

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

    /// A module of pages that the first download does not hold.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Part {
        Questions,
        Check,
        Result,
        Rules,
    }

    impl Part {
        const ALL: [Part; 4] = [Part::Questions, Part::Check, Part::Result, Part::Rules];

        fn of(step: Step) -> Option<Part> {
            match step {
                Step::Start => None,
                Step::Check => Some(Part::Check),
                Step::Result => Some(Part::Result),
                Step::Rules => Some(Part::Rules),
                _ => Some(Part::Questions),
            }
        }

        fn index(self) -> usize {
            self as usize
        }
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Load {
        NotYet,
        Loading,
        Here,
        Failed,
    }

    thread_local! {
        static LOADS: Cell<[Load; 4]> = const { Cell::new([Load::NotYet; 4]) };
        /// The module of the page on screen (none for the start page): a failed fetch is shown
        /// only to someone waiting for it.
        static ON_SCREEN: Cell<Option<Part>> = const { Cell::new(None) };
        /// Re-runs the page switch when a module arrives or fails.
        static ARRIVED: ArcTrigger = ArcTrigger::new();
    }

    fn load_state(part: Part) -> Load {
        LOADS.with(|l| l.get()[part.index()])
    }

    fn set_load_state(part: Part, state: Load) {
        LOADS.with(|l| {
            let mut all = l.get();
            all[part.index()] = state;
            l.set(all);
        });
    }

    /// The module failed to load. The split machinery logs the cause to the console.
    pub(super) struct LoadFailed;

    impl From<SplitLoaderError> for LoadFailed {
        fn from(_: SplitLoaderError) -> Self {
            LoadFailed
        }
    }

    #[wasm_split(questions, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_questions))]
    fn question_page(step: Step) -> Result<AnyView, LoadFailed> {
        Ok(questions::question(step))
    }

    #[wasm_split(check, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_check))]
    fn check_page() -> Result<AnyView, LoadFailed> {
        Ok(view! { <check::CheckPage /> }.into_any())
    }

    #[wasm_split(result, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_result))]
    fn result_page() -> Result<AnyView, LoadFailed> {
        Ok(view! { <result::ResultPage /> }.into_any())
    }

    #[wasm_split(rules, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_rules))]
    fn rules_page() -> Result<AnyView, LoadFailed> {
        Ok(view! { <rules_page::RulesPage /> }.into_any())
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
        let shown = ON_SCREEN.with(|o| o.replace(Part::of(step)));
        let Some(part) = Part::of(step) else {
            return start_page();
        };
        ARRIVED.with(|a| a.track());
        // A failure is shown until Try again; arriving at the page anew tries again by itself.
        let arriving = shown != Some(part);
        match load_state(part) {
            Load::Here => {
                let built = match part {
                    Part::Questions => now(question_page(step)),
                    Part::Check => now(check_page()),
                    Part::Result => now(result_page()),
                    Part::Rules => now(rules_page()),
                };
                // `Here` is set only after the module's load finished, so this is `Some`.
                built.unwrap_or_else(|| failed(part))
            }
            Load::Failed if !arriving => failed(part),
            Load::NotYet | Load::Loading | Load::Failed => {
                load(part);
                loading()
            }
        }
    }

    /// Starts fetching `part` unless it is here or on its way.
    fn load(part: Part) {
        if !matches!(load_state(part), Load::NotYet | Load::Failed) {
            return;
        }
        set_load_state(part, Load::Loading);
        leptos::task::spawn_local(async move {
            let loaded = match part {
                Part::Questions => preload_questions().await,
                Part::Check => preload_check().await,
                Part::Result => preload_result().await,
                Part::Rules => preload_rules().await,
            };
            let waiting = ON_SCREEN.with(|o| o.get()) == Some(part);
            set_load_state(
                part,
                match loaded {
                    Ok(()) => Load::Here,
                    Err(_) if waiting => Load::Failed,
                    // A fetch in the background (`prefetch`): tried again when the page is
                    // wanted.
                    Err(_) => Load::NotYet,
                },
            );
            // Only the page that waits for this module is built again: any other page on
            // screen keeps what it shows (a half-answered question, its errors).
            if waiting {
                ARRIVED.with(|a| a.notify());
                crate::ui::page_arrived();
            }
        });
    }

    /// How long after the first render the page modules are fetched if nobody has pressed a
    /// key or pointer by then.
    const PREFETCH_AFTER_MS: i32 = 3_000;

    /// Fetches every page module in the background once the start page has settled: at the
    /// first press of a pointer or key (the applicant is about to go on), or
    /// `PREFETCH_AFTER_MS` after the first render, whichever comes first. Not during the first
    /// render: compiling the modules then would delay the start page's answer to a tap (Total
    /// Blocking Time, issue 12). The questions first, as Start leads there.
    pub(crate) fn prefetch() {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(window) = web_sys::window() else {
            return;
        };
        // Later calls find every module here or on its way: `load` does nothing then.
        let fetch_all = Closure::<dyn FnMut()>::new(|| {
            for part in Part::ALL {
                load(part);
            }
        });
        let callback = fetch_all.as_ref().unchecked_ref();
        for event in ["pointerdown", "keydown"] {
            let _ = window.add_event_listener_with_callback(event, callback);
        }
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback, PREFETCH_AFTER_MS);
        // Lives as long as the page, as the listeners do.
        fetch_all.forget();
    }

    fn loading() -> AnyView {
        let i18n = use_i18n();
        view! { <p class="page-loading" role="status">{t!(i18n, page_loading)}</p> }.into_any()
    }

    fn failed(part: Part) -> AnyView {
        let i18n = use_i18n();
        let retry = move |_| {
            // The button goes with this message: the page that replaces it takes the focus.
            crate::ui::want_focus();
            set_load_state(part, Load::NotYet);
            ARRIVED.with(|a| a.notify());
        };
        view! {
            <div class="page-failed" role="alert">
                <h1 class="heading" tabindex="-1">{t!(i18n, page_failed_heading)}</h1>
                <p>{t!(i18n, page_failed_body)}</p>
                <button type="button" class="button" on:click=retry>
                    {t!(i18n, page_failed_retry)}
                </button>
            </div>
        }
        .into_any()
    }
}
