//! The root component: reads the dataset, then shows the widget or what is wrong with it.

use super::compare::CompareView;
use super::context::{Guide, Ui};
use super::dataset_error::dataset_error;
use super::nav::nav;
use super::paths::PathsView;
use super::platform;
use super::quiz::{QuizView, QUIZ_FRAGMENT};
use super::state::{QuizStep, State};
use crate::core::config::{AttributeProblem, Config, View};
use crate::core::dataset::Dataset;
use crate::core::i18n::Messages;
use crate::core::parse::load;
use crate::core::problem::Report;
use crate::core::quiz::Answers;
use std::rc::Rc;
use yew::prelude::*;

/// What the host gives one widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The dataset's JSON text.
    pub dataset_json: AttrValue,
    /// The host's choices (first view, ...).
    #[prop_or_default]
    pub config: Config,
    /// Attributes the host set to values the widget does not know, shown to the web editor.
    #[prop_or_default]
    pub attribute_problems: Vec<AttributeProblem>,
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let messages = use_memo((), |_| Messages::en_us());
    let loaded: Rc<Result<Rc<Dataset>, Report>> = use_memo(props.dataset_json.clone(), |json| {
        load(json).map(|loaded| Rc::new(loaded.dataset))
    });
    let body = match &*loaded {
        Ok(dataset) => {
            let guide = Guide {
                dataset: dataset.clone(),
                messages: messages.clone(),
                program: dataset.program.clone(),
            };
            html! {
                <ContextProvider<Guide> context={guide}>
                    <Guided initial_view={props.config.view} />
                </ContextProvider<Guide>>
            }
        }
        Err(report) => dataset_error(&messages, report),
    };
    let attribute_alerts = props.attribute_problems.iter().map(|problem| {
        let text = messages.format(
            "error.attribute",
            &[("attribute", problem.attribute), ("value", &problem.value)],
        );
        html! { <p class="hp-alert" role="alert">{ text }</p> }
    });
    html! {
        <div class="hp-app" lang={messages.tag().to_owned()}>
            { for attribute_alerts }
            { body }
        </div>
    }
}

/// Props of [`Guided`].
#[derive(Properties, PartialEq)]
struct GuidedProps {
    initial_view: View,
}

/// The widget once its dataset is valid: title, navigation and the open view.
/// It starts from a share link in the page's address, else from progress saved on this
/// device, else from the host's first view; and saves quiz progress as it changes.
#[function_component(Guided)]
fn guided(props: &GuidedProps) -> Html {
    let guide = use_context::<Guide>().expect("App provides Guide");
    let storage_key = {
        let meta = &guide.dataset.meta;
        format!("hit-pathfinder:{}@{}", meta.id, meta.version)
    };
    let state = {
        let dataset = guide.dataset.clone();
        let key = storage_key.clone();
        let initial_view = props.initial_view;
        use_reducer(move || initial_state(&dataset, &key, initial_view))
    };
    {
        let key = storage_key.clone();
        use_effect_with(
            (state.answers.clone(), state.step),
            move |(answers, step)| {
                if answers.is_empty() && *step == QuizStep::Intro {
                    platform::forget(&key);
                } else {
                    platform::save(&key, &format!("{}|{}", step.encode(), answers.encode()));
                }
            },
        );
    }
    let ui = Ui {
        guide: guide.clone(),
        dispatch: {
            let dispatcher = state.dispatcher();
            Callback::from(move |action| dispatcher.dispatch(action))
        },
    };
    let meta = &guide.dataset.meta;
    let view = match state.view {
        View::Quiz => html! { <QuizView step={state.step} answers={state.answers.clone()} /> },
        View::Paths => html! { <PathsView open={state.open_path.clone()} /> },
        View::Compare => html! { <CompareView selection={state.compare.clone()} /> },
    };
    html! {
        <ContextProvider<UseReducerDispatcher<State>> context={state.dispatcher()}>
            <header class="hp-header">
                <h2 class="hp-title">{ &meta.title }</h2>
                <p class="hp-lede">{ &meta.description }</p>
            </header>
            { nav(&ui, state.view) }
            <div class="hp-view">{ view }</div>
        </ContextProvider<UseReducerDispatcher<State>>>
    }
}

/// The state a widget opens in: a quiz share link wins, then saved progress (dropped when it
/// no longer fits the dataset), then the host's chosen view.
fn initial_state(dataset: &Dataset, storage_key: &str, view: View) -> State {
    let shared = platform::fragment_value(QUIZ_FRAGMENT)
        .and_then(|text| Answers::decode(&text).fitted_to(dataset));
    if let Some(answers) = shared {
        return State {
            view: View::Quiz,
            step: QuizStep::Results,
            answers,
            ..State::default()
        };
    }
    let saved = platform::load(storage_key).and_then(|text| {
        let (step, answers) = text.split_once('|')?;
        let answers = Answers::decode(answers).fitted_to(dataset)?;
        Some((QuizStep::decode(step), answers))
    });
    match saved {
        Some((step, answers)) => State {
            view,
            step,
            answers,
            ..State::default()
        },
        None => {
            platform::forget(storage_key);
            State {
                view,
                ..State::default()
            }
        }
    }
}
