//! One question: a fieldset with native radio buttons or checkboxes, progress, Back and Next.

use crate::core::quiz::Answers;
use crate::ui::context::Ui;
use crate::ui::state::{Action, QuizStep};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The question at `index`, its progress heading (which takes focus) first. Next moves on,
/// skipping when nothing is chosen; the last question's Next shows the results.
pub fn question(ui: &Ui, heading: NodeRef, index: usize, answers: &Answers) -> Html {
    let m = ui.messages();
    let dispatch = &ui.dispatch;
    let questions = &ui.dataset().quiz.questions;
    let Some(question) = questions.get(index) else {
        return Html::default();
    };
    let multiple = question.multiple == Some(true);
    let chosen = answers.chosen(&question.id);
    let total = questions.len();
    let number = index + 1;
    let last = number == total;
    let progress = m.format(
        "quiz.progress",
        &[
            ("number", &number.to_string()),
            ("total", &total.to_string()),
        ],
    );
    let next_step = if last {
        QuizStep::Results
    } else {
        QuizStep::Question(index + 1)
    };
    let back_step = match index {
        0 => QuizStep::Intro,
        i => QuizStep::Question(i - 1),
    };
    let onsubmit = dispatch.reform(move |event: SubmitEvent| {
        event.prevent_default();
        Action::Step(next_step)
    });
    let back = ui.on(Action::Step(back_step));
    let skipping = !last && chosen.is_empty();
    let next_label = match (last, chosen.is_empty()) {
        (true, _) => m.text("quiz.finish"),
        (false, true) => m.text("quiz.skip"),
        (false, false) => m.text("quiz.next"),
    };
    let name = format!("hp-q-{}", question.id);
    html! {
        <form class="hp-question" {onsubmit} aria-labelledby="hp-progress">
            <h3 id="hp-progress" class="hp-progress-title" tabindex="-1" ref={heading}>{ progress }</h3>
            <progress class="hp-progress" max={total.to_string()} value={number.to_string()} aria-hidden="true"></progress>
            <fieldset class="hp-fieldset" aria-describedby={question.hint.as_ref().map(|_| "hp-q-hint")}>
                // "Choose all that apply" is part of the question's name, so it is heard with it.
                <legend class="hp-legend">
                    { &question.prompt }
                    if multiple {
                        { " " }<span class="hp-hint">{ m.text("quiz.choose_any") }</span>
                    }
                </legend>
                if let Some(hint) = &question.hint {
                    <p class="hp-hint" id="hp-q-hint">{ hint }</p>
                }
                <div class="hp-options">
                    { for question.options.iter().map(|option| {
                        let id = format!("{name}-{}", option.id);
                        let checked = chosen.contains(&option.id);
                        let onchange = {
                            let question_id = question.id.clone();
                            let option_id = option.id.clone();
                            let current: Vec<String> = chosen.to_vec();
                            dispatch.reform(move |event: Event| {
                                let on = event
                                    .target_dyn_into::<HtmlInputElement>()
                                    .is_some_and(|input| input.checked());
                                let mut options = if multiple { current.clone() } else { Vec::new() };
                                options.retain(|o| o != &option_id);
                                if on {
                                    options.push(option_id.clone());
                                }
                                Action::Answer(question_id.clone(), options)
                            })
                        };
                        html! {
                            <div class="hp-option" key={option.id.clone()}>
                                <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()}
                                    name={name.clone()} value={option.id.clone()} {checked} {onchange} />
                                <label for={id}>{ &option.label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="hp-actions">
                <button type="button" class="hp-button hp-button-secondary" onclick={back}>{ m.text("quiz.back") }</button>
                // Skipping is not the suggested action: it looks like Back until an answer is chosen.
                <button type="submit" class={classes!("hp-button", skipping.then_some("hp-button-secondary"))}>
                    { next_label }
                </button>
            </div>
        </form>
    }
}
