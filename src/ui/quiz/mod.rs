//! The career-fit quiz: intro, one question at a time, then ranked results.

mod intro;
mod question;
mod results;

use crate::core::quiz::Answers;
use crate::ui::context::use_ui;
use crate::ui::focus::use_heading_focus;
use crate::ui::state::{decode_progress, encode_progress, Action, QuizStep};
use yew::prelude::*;

pub use results::QUIZ_FRAGMENT;

/// Props of [`QuizView`].
#[derive(Properties, PartialEq)]
pub struct QuizViewProps {
    /// Where the visitor is.
    pub step: QuizStep,
    /// The answers so far.
    pub answers: Answers,
    /// True when a button in another view led back here: the step's heading takes focus at
    /// once.
    pub arrived: bool,
    /// True while the quiz is the view on show.
    pub active: bool,
}

/// The quiz at its current step. Each new step's heading takes focus, so keyboard and
/// screen-reader users start reading where the new content begins.
#[function_component(QuizView)]
pub fn quiz_view(props: &QuizViewProps) -> Html {
    let ui = use_ui();
    let heading = use_heading_focus(props.step, props.arrived, props.active);
    // What Start over cleared, for Undo: the step and answers, encoded as when saved (a
    // `String` state, whose code the widget has already).
    let cleared = use_state(String::new);
    let questions = ui.dataset().quiz.questions.len();
    let over = {
        let (cleared, dispatch) = (cleared.clone(), ui.dispatch.clone());
        let kept = encode_progress(props.step, &props.answers, &[]);
        Callback::from(move |_: MouseEvent| {
            cleared.set(kept.clone());
            dispatch.emit(Action::StartOver);
        })
    };
    let undo = decode_progress(&cleared)
        .filter(|_| props.step == QuizStep::Intro && props.answers.is_empty())
        .map(|(step, answers, _)| Action::Restore(answers, step));
    let step = match props.step {
        QuizStep::Intro => intro::intro(&ui, heading, props.answers.len(), over),
        QuizStep::Question(index) if index < questions => {
            question::question(&ui, heading, index, &props.answers)
        }
        _ => results::results(&ui, heading, &props.answers, over),
    };
    let m = ui.messages();
    html! {
        <>
            // Always there, so that what appears in it is announced.
            <div role="status" class="hp-no-print">
                if let Some(restore) = undo {
                    <p class="hp-cleared">
                        { m.text("quiz.cleared") }{ " " }
                        <button type="button" class="hp-link-button"
                            onclick={ui.on(restore)}>{ m.text("quiz.undo") }</button>
                    </p>
                }
            </div>
            { step }
        </>
    }
}

/// The Start over button, set apart from the others so it is not pressed by mistake.
fn start_over(ui: &crate::ui::context::Ui, over: Callback<MouseEvent>) -> Html {
    html! {
        <p class="hp-start-over hp-no-print">
            <button type="button" class="hp-button hp-button-secondary" onclick={over}>
                { ui.messages().text("quiz.start_over") }
            </button>
        </p>
    }
}
