//! The start page: what the tool does, what to have at hand, privacy, rules review date.

use leptos::prelude::*;

#[component]
pub fn StartPage(on_start: impl Fn() + 'static) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Check your documents for a Kazakhstan IIN"</h1>
        <p class="lead">
            "Before you travel to a Kazakhstan embassy, consulate or service centre, find out whether you can get an individual identification number (IIN) there, which documents to bring, which need a notarized translation, an apostille or a consular legalization, and when your IIN should be ready."
        </p>
        <p>"It takes about 5 minutes."</p>
        <h2>"Have these at hand"</h2>
        <ul>
            <li>"your passport or other identity document"</li>
            <li>"the documents for your situation, for example a marriage certificate, a birth certificate or an investment contract"</li>
            <li>"the date you plan to apply"</li>
        </ul>
        <h2>"Your answers stay on this device"</h2>
        <p>"Everything is checked in your browser. Nothing you enter is sent anywhere or stored."</p>
        <button type="button" class="button button--start" on:click=move |_| on_start()>
            "Start now"
        </button>
    }
}
