//! The widget's state and every change to it, in one reducer: which view is open, where the
//! visitor is in the quiz and what they answered, which path is open, which certifications
//! are compared. Moving between views keeps everything.

use crate::core::config::View;
use crate::core::quiz::Answers;
use std::rc::Rc;
use yew::Reducible;

/// Where the visitor is in the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuizStep {
    /// What the quiz is, before the first question.
    #[default]
    Intro,
    /// The question at this index.
    Question(usize),
    /// The ranked results.
    Results,
}

/// Everything the visitor has chosen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The open view.
    pub view: View,
    /// Where the visitor is in the quiz.
    pub step: QuizStep,
    /// The quiz answers so far.
    pub answers: Answers,
    /// The path whose details are open in the paths view.
    pub open_path: Option<String>,
    /// Ids of the certifications being compared, in column order.
    pub compare: Vec<String>,
    /// True when the visitor opened the open view from another one (a view button, a path or
    /// certification button), so its heading takes focus as it appears; false when the host
    /// chose it.
    pub arrived: bool,
    /// True when the open path was opened from the quiz results, so its way back leads there.
    pub from_results: bool,
    /// True while the quiz shows someone else's answers from a share link, untouched: they are
    /// not saved, so the visitor's own saved progress stays.
    pub shared: bool,
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Opens a view (the host chose it: focus stays where it is).
    Show(View),
    /// Opens a view from the widget's view buttons: its heading takes focus.
    Open(View),
    /// Opens a path's details in the paths view.
    OpenPath(String),
    /// Goes back from a path's details to the list.
    ClosePath,
    /// Goes back from a path's details to the quiz results it was opened from.
    BackToResults,
    /// Replaces the compared certifications and opens the compare view.
    Compare(Vec<String>),
    /// Changes the compared certifications without changing the view.
    SetCompare(Vec<String>),
    /// Moves to a quiz step.
    Step(QuizStep),
    /// Records the options chosen for a question.
    Answer(String, Vec<String>),
    /// Clears every answer and goes back to the quiz intro.
    StartOver,
    /// Puts back answers and a step (Undo after Start over).
    Restore(Answers, QuizStep),
    /// Shows the results of shared answers (from a share link).
    SharedResults(Answers),
}

impl QuizStep {
    /// The step as saved with the answers: `intro`, `q3`, `results`.
    pub fn encode(self) -> String {
        match self {
            QuizStep::Intro => "intro".to_owned(),
            QuizStep::Question(index) => format!("q{index}"),
            QuizStep::Results => "results".to_owned(),
        }
    }

    /// Reads [`encode`](Self::encode)'s text; anything else is the intro.
    pub fn decode(text: &str) -> QuizStep {
        match text {
            "results" => QuizStep::Results,
            _ => text
                .strip_prefix('q')
                .and_then(|n| n.parse().ok())
                .map_or(QuizStep::Intro, QuizStep::Question),
        }
    }
}

/// What the widget keeps in the browser's local storage, all under this prefix: a visitor's
/// quiz progress for each dataset ([`progress_key`]) and the language they chose
/// ([`LANGUAGE_KEY`]). `js/hit-pathfinder.js` reads the language too, to fetch the right
/// dataset at once.
pub const STORAGE_PREFIX: &str = "hit-pathfinder:";

/// The key of the language the visitor chose with the widget's language buttons.
pub const LANGUAGE_KEY: &str = "hit-pathfinder:lang";

/// The key of the quiz progress saved for one version of one dataset; every key of the
/// dataset's other versions starts with [`progress_key`]`(id, "")`.
pub fn progress_key(dataset_id: &str, version: &str) -> String {
    format!("{STORAGE_PREFIX}{dataset_id}@{version}")
}

/// Saved quiz progress: the step, then the answers (`q3|question.option~...`).
pub fn encode_progress(step: QuizStep, answers: &Answers) -> String {
    format!("{}|{}", step.encode(), answers.encode())
}

/// Reads [`encode_progress`]'s text; `None` when it is not progress.
pub fn decode_progress(text: &str) -> Option<(QuizStep, Answers)> {
    let (step, answers) = text.split_once('|')?;
    Some((QuizStep::decode(step), Answers::decode(answers)))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Show(view) => {
                next.view = view;
                next.arrived = false;
                next.from_results = false;
            }
            Action::Open(view) => {
                next.arrived = next.view != view;
                next.view = view;
                next.from_results = false;
            }
            Action::OpenPath(id) => {
                next.arrived = next.view != View::Paths;
                next.from_results = next.view == View::Quiz && next.step == QuizStep::Results;
                next.view = View::Paths;
                next.open_path = Some(id);
            }
            Action::ClosePath => {
                next.open_path = None;
                next.from_results = false;
            }
            Action::BackToResults => {
                next.view = View::Quiz;
                next.step = QuizStep::Results;
                next.open_path = None;
                next.from_results = false;
                next.arrived = true;
            }
            Action::Compare(ids) => {
                next.arrived = next.view != View::Compare;
                next.view = View::Compare;
                next.compare = ids;
            }
            Action::SetCompare(ids) => next.compare = ids,
            Action::Step(step) => {
                next.step = step;
                next.shared = false;
            }
            Action::Answer(question, options) => {
                next.answers.set(&question, options);
                next.shared = false;
            }
            Action::StartOver => {
                next.answers = Answers::default();
                next.step = QuizStep::Intro;
                next.shared = false;
            }
            Action::Restore(answers, step) => {
                next.answers = answers;
                next.step = step;
                next.shared = false;
            }
            Action::SharedResults(answers) => {
                next.arrived = false;
                next.shared = true;
                next.view = View::Quiz;
                next.step = QuizStep::Results;
                next.answers = answers;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
