//! "Which of these do you have?" for a one-of group (investor proofs, heir documents, the
//! digital nomad's alternatives): one page listing the group's alternatives, as `evaluate`'s
//! checklist gives them, and "none of these yet".

use leptos::prelude::*;

use super::{choice, Problem, Problems};
use crate::i18n::*;
use crate::journey::flow::{self, GroupId};
use crate::rules::evaluate;
use crate::ui::lang::use_i18n;
use crate::ui::state::Journey;
use crate::ui::text;
use crate::ui::widgets::*;

#[component]
pub fn GroupPage(group: GroupId) -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let alternatives = j.answers.with_untracked(|a| {
        flow::alternatives(&evaluate(&a.to_applicant(j.today_untracked())), group)
    });
    let none_index = alternatives.len();
    let selected = RwSignal::new(
        j.answers
            .with_untracked(|a| flow::group_choice(&alternatives, a))
            .map(|c| c.unwrap_or(none_index)),
    );
    let problems = Problems::new();
    let errors = problems.shown;
    let on_continue = {
        let alternatives = alternatives.clone();
        move || {
            let Some(i) = selected.get_untracked() else {
                return problems.report(vec![Problem::new("doc-group-0", |l| {
                    td_string!(l, q.group.error).to_string()
                })]);
            };
            let chosen = (i < none_index).then_some(i);
            problems.accept(j, |a| flow::set_group_choice(&alternatives, a, chosen))
        }
    };
    let error = error_for(errors, "doc-group");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let mut choices: Vec<Choice> = alternatives
                    .iter()
                    .map(|alt| {
                        let hint = (!alt.optional.is_empty()).then(|| {
                            let optional: Vec<String> = alt
                                .optional
                                .iter()
                                .map(|id| text::document_in_sentence(l, *id))
                                .collect();
                            td_string!(l, q.group.optional_also, list = optional.join("; ")).to_string()
                        });
                        Choice {
                            label: text::documents_joined(l, &alt.required, td_string!(l, q.group.joiner)),
                            hint,
                        }
                    })
                    .collect();
                choices.push(choice(td_string!(l, q.group.none), Some(td_string!(l, q.group.none_hint))));
                view! {
                    <Radios
                        name="doc-group"
                        legend=td_string!(l, q.group.title).to_string()
                        hint=td_string!(l, q.group.hint).to_string()
                        heading=true
                        choices
                        selected
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}
