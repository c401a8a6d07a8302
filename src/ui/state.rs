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
    /// The view the open path was opened from (the quiz results, the comparison or the list
    /// of paths): its way back leads there.
    pub came_from: View,
    /// True while the quiz shows someone else's answers from a share link, untouched: they are
    /// not saved, so the visitor's own saved progress stays.
    pub shared: bool,
    /// The views opened so far, by [`View`] index: they stay in the page, hidden, so that
    /// going back finds them as the visitor left them.
    pub opened: [bool; 3],
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
    /// Goes back from a path's details to where it was opened from: the quiz results, the
    /// comparison or the list of paths.
    Return,
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
    /// Returns to a place the visitor was before (the browser's Back or Forward button).
    Go(Place),
}

/// Where the visitor is, as far as the browser's Back button is concerned: the open view,
/// the open path, and where that path was opened from.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    view: View,
    open_path: Option<String>,
    came_from: View,
}

impl Place {
    /// Whether [`Action::Return`] from `from` (a path's details) leads here.
    pub fn is_return_from(&self, from: &Place) -> bool {
        self.view == from.came_from && self.open_path.is_none()
    }
}

impl State {
    /// Where the visitor is.
    pub fn place(&self) -> Place {
        Place {
            view: self.view,
            open_path: self.open_path.clone(),
            came_from: self.came_from,
        }
    }
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
/// quiz progress for each dataset ([`progress_key`]), the language they chose
/// ([`LANGUAGE_KEY`]) and the state they chose for pay ([`REGION_KEY`]). `js/hit-pathfinder.js` reads the language too, to fetch the right
/// dataset at once.
pub const STORAGE_PREFIX: &str = "hit-pathfinder:";

/// The key of the language the visitor chose with the widget's language buttons.
pub const LANGUAGE_KEY: &str = "hit-pathfinder:lang";

/// The key of the state the visitor chose for pay: a USPS code, or `US` for national
/// figures only.
pub const REGION_KEY: &str = "hit-pathfinder:region";

/// The key of the quiz progress saved for one version of one dataset; every key of the
/// dataset's other versions starts with [`progress_key`]`(id, "")`.
pub fn progress_key(dataset_id: &str, version: &str) -> String {
    format!("{STORAGE_PREFIX}{dataset_id}@{version}")
}

/// Saved progress: the quiz step, the answers and the compared certifications
/// (`q3|question.option~...|rhit,cpc`).
pub fn encode_progress(step: QuizStep, answers: &Answers, compared: &[String]) -> String {
    format!(
        "{}|{}|{}",
        step.encode(),
        answers.encode(),
        compared.join(",")
    )
}

/// Reads [`encode_progress`]'s text (the compared certifications as in a share link, to
/// check against the dataset); `None` when it is not progress.
pub fn decode_progress(text: &str) -> Option<(QuizStep, Answers, &str)> {
    let (step, rest) = text.split_once('|')?;
    let (answers, compared) = rest.split_once('|').unwrap_or((rest, ""));
    Some((QuizStep::decode(step), Answers::decode(answers), compared))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Show(view) => {
                next.view = view;
                next.arrived = false;
                next.came_from = View::Paths;
            }
            Action::Open(view) => {
                next.arrived = next.view != view;
                next.view = view;
                next.came_from = View::Paths;
            }
            Action::OpenPath(id) => {
                next.arrived = next.view != View::Paths;
                next.came_from = self.view;
                next.view = View::Paths;
                next.open_path = Some(id);
            }
            Action::Return => {
                next.view = self.came_from;
                if next.view == View::Quiz {
                    next.step = QuizStep::Results;
                }
                next.open_path = None;
                next.came_from = View::Paths;
                next.arrived = next.view != self.view;
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
            Action::Go(place) => {
                next.view = place.view;
                next.open_path = place.open_path;
                next.came_from = place.came_from;
                // Focus goes back to the control the visitor left by, not to a heading.
                next.arrived = false;
            }
            Action::SharedResults(answers) => {
                next.arrived = false;
                next.shared = true;
                next.view = View::Quiz;
                next.step = QuizStep::Results;
                next.answers = answers;
            }
        }
        // The view shown before and the one shown now stay in the page from now on.
        next.opened[self.view as usize] = true;
        next.opened[next.view as usize] = true;
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
