//! What the quiz is, how long it takes, and that answers stay on the device.

use crate::ui::context::Ui;
use crate::ui::state::{Action, QuizStep};
use yew::prelude::*;

/// The quiz's first screen; `heading` takes focus on arrival; `answered` counts answers
/// kept from an earlier visit; `over` starts over.
pub fn intro(ui: &Ui, heading: NodeRef, answered: usize, over: Callback<MouseEvent>) -> Html {
    let m = ui.messages();
    let total = ui.dataset().quiz.questions.len().to_string();
    let start = ui.on(Action::Step(QuizStep::Question(0)));
    let results = ui.on(Action::Step(QuizStep::Results));
    html! {
        <section class="hp-quiz-intro" aria-labelledby="hp-quiz-title">
            <h3 id="hp-quiz-title" class="hp-h" tabindex="-1" ref={heading}>{ m.text("quiz.title") }</h3>
            <p>{ &ui.dataset().quiz.intro }</p>
            <p class="hp-muted">{ m.format("quiz.length", &[("total", &total)]) }</p>
            if answered == 0 {
                <button type="button" class="hp-button" onclick={start}>{ m.text("quiz.start") }</button>
            } else {
                <p>{ m.format("quiz.resume_note", &[("answered", &answered.to_string()), ("total", &total)]) }</p>
                <div class="hp-actions">
                    <button type="button" class="hp-button" onclick={start}>{ m.text("quiz.review") }</button>
                    <button type="button" class="hp-button hp-button-secondary" onclick={results}>{ m.text("quiz.see_results") }</button>
                </div>
                { super::start_over(ui, over) }
            }
        </section>
    }
}
