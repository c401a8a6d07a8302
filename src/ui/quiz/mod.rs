//! The career-fit quiz: intro, one question at a time, then ranked results.

mod intro;
mod question;
mod results;

use crate::core::quiz::Answers;
use crate::ui::context::use_ui;
use crate::ui::focus::use_heading_focus;
use crate::ui::state::QuizStep;
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
}

/// The quiz at its current step. Each new step's heading takes focus, so keyboard and
/// screen-reader users start reading where the new content begins.
#[function_component(QuizView)]
pub fn quiz_view(props: &QuizViewProps) -> Html {
    let ui = use_ui();
    let heading = use_heading_focus(props.step, props.arrived);
    let questions = ui.dataset().quiz.questions.len();
    match props.step {
        QuizStep::Intro => intro::intro(&ui, heading, props.answers.len()),
        QuizStep::Question(index) if index < questions => {
            question::question(&ui, heading, index, &props.answers)
        }
        _ => results::results(&ui, heading, &props.answers),
    }
}
