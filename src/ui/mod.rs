//! The UI shell: Leptos components that ask questions, build an `Applicant`, call
//! `evaluate` and render the `Outcome`. No rule logic lives here.

mod start;

use crate::rules::{Country, RulesetId};
use leptos::prelude::*;

/// Where the app runs: decides whether it may touch the page's URL, title and `<html lang>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Host {
    /// Its own page: state in the URL query, page title per step.
    #[default]
    Standalone,
    /// Inside an `<iframe>` of a host page: like standalone, plus height messages.
    Iframe,
    /// Mounted into a host page's element: never touches the URL, title, `<html lang>` or
    /// cookies; state lives in memory.
    DirectMount,
}

/// What a host (consulate page) presets. Preset answers are not asked again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presets {
    /// The consulate's country: implies the consular route, and skips both questions.
    pub country: Option<Country>,
    /// Interface language code as given (`en`, `ru`, `kk`); anything else is ignored with a
    /// console warning and the browser's languages decide.
    pub lang: Option<String>,
    /// The rule set the consulate declares it applies.
    pub ruleset: Option<RulesetId>,
}

/// Options for [`mount_into`].
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    pub host: Host,
    pub presets: Presets,
}

/// A mounted app; dropping it without `unmount` leaves it mounted.
pub struct Mounted {
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Mounted {
    /// Removes the app's DOM and its reactive owner.
    pub fn unmount(mut self) {
        self.handle.take();
    }
}

/// Mounts the standalone app into `<body>`.
pub fn mount_app() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// Mounts the app into `element` (the caller provides the Shadow DOM root's container).
pub fn mount_into(element: web_sys::HtmlElement, options: MountOptions) -> Mounted {
    console_error_panic_hook::set_once();
    let _ = options;
    let handle = leptos::mount::mount_to(element, || App().into_any());
    Mounted {
        handle: Some(handle),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let (started, set_started) = signal(false);
    view! {
        <div class="app" lang="en">
            <main id="main" class="page">
                <Show
                    when=move || started.get()
                    fallback=move || view! { <start::StartPage on_start=move || set_started.set(true) /> }
                >
                    <FirstQuestion />
                </Show>
            </main>
        </div>
    }
}

/// Placeholder for the first question page until the journey lands; it takes focus like
/// every new page heading does.
#[component]
fn FirstQuestion() -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! { <h1 tabindex="-1" node_ref=heading>"Where will you apply?"</h1> }
}
