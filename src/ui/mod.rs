//! The UI shell: Leptos components that ask questions, build an `Applicant`, call
//! `evaluate` and render the `Outcome`. No rule logic lives here.

mod start;

use leptos::prelude::*;

/// Mounts the standalone app into `<body>`.
pub fn mount_app() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
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
