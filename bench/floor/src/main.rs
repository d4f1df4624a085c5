use leptos::prelude::*;

#[component]
fn Floor() -> impl IntoView {
    let (count, set_count) = signal(0);
    let (choice, set_choice) = signal(String::from("a"));
    view! {
        <main>
            <h1>"Floor"</h1>
            <button type="button" on:click=move |_| set_count.update(|n| *n += 1)>
                "Start " {count}
            </button>
            <label>
                "Pick "
                <select on:change=move |ev| set_choice.set(event_target_value(&ev))>
                    <option value="a">"A"</option>
                    <option value="b">"B"</option>
                </select>
            </label>
            <p>{choice}</p>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Floor);
}
