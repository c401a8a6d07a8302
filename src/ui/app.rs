//! The root component: gets the dataset (built in, or fetched from the school's address),
//! then shows the widget, a loading state, or what went wrong with a way to retry.

use super::compare::{CompareView, COMPARE_FRAGMENT};
use super::context::{Guide, Ui};
use super::dataset_error::{dataset_error, load_failure};
use super::events::HostEvent;
use super::first_render::use_first_render;
use super::history::use_history;
use super::nav::nav;
use super::paths::PathsView;
use super::platform;
use super::quiz::{QuizView, QUIZ_FRAGMENT};
use super::school::school_alert;
use super::state::{
    decode_progress, encode_progress, progress_key, Action, QuizStep, State, LANGUAGE_KEY,
    REGION_KEY,
};
use super::use_dataset::{use_dataset, Loading, School};
use crate::core::compare::parse_selection;
use crate::core::config::{AttributeProblem, Config, View};
use crate::core::dataset::Dataset;
use crate::core::i18n::{has_table, locale_of, spoken, Messages, LANGUAGES};
use crate::core::quiz::{rank, shows_fit, Answers};
use crate::core::region;
use std::rc::Rc;
use yew::prelude::*;
use yew::Reducible;

/// Where the dataset comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum DatasetSource {
    /// JSON text at hand (a test's).
    Text(AttrValue),
    /// The default dataset of the visitor's language, in this folder (the widget's `data/`).
    Default(String),
    /// The address of a school's dataset; `{lang}` in it stands for `en-US` or `es-US`.
    Url(String),
}

impl DatasetSource {
    /// The address to fetch for `language`, if the dataset is not at hand.
    pub(crate) fn url(&self, language: &str) -> Option<String> {
        let locale = locale_of(language);
        match self {
            DatasetSource::Text(_) => None,
            DatasetSource::Default(base) => Some(format!("{base}hit-pathfinder.{locale}.json")),
            DatasetSource::Url(url) => {
                Some(url.replace("{lang}", locale).replace("%7Blang%7D", locale))
            }
        }
    }
}

/// What the host gives one widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Where the dataset comes from.
    pub source: DatasetSource,
    /// The language to speak first (`en`, `es`): the element's, the page's or the browser's.
    #[prop_or(AttrValue::Static("en"))]
    pub language: AttrValue,
    /// The host's choices (first view, program link, ...).
    #[prop_or_default]
    pub config: Config,
    /// Attributes the host set to values the widget does not know, shown to the web editor.
    #[prop_or_default]
    pub attribute_problems: Vec<AttributeProblem>,
    /// Receives the events meant for the host page.
    #[prop_or_default]
    pub events: Callback<HostEvent>,
}

/// The whole widget. It speaks the language the visitor chose (in a share link, else on this
/// device), else the host's. Switching language keeps the open view, the quiz answers and the
/// comparison: the current dataset stays on screen until the other language's arrives.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let language =
        use_state(|| visitor_language().map_or_else(|| props.language.clone(), AttrValue::Static));
    // The state the visitor chose for pay on this device, as saved (`US`: national only).
    // An `AttrValue` like the language's: a hook of a type the widget has already.
    let chosen_region = use_state(|| platform::load(REGION_KEY).map(AttrValue::from));
    // The language a switch to failed (the dataset on screen then stays, in its language).
    let switch_failed = use_state(|| None::<AttrValue>);
    {
        // The host changed the element's `lang` attribute.
        let (language, switch_failed) = (language.clone(), switch_failed.clone());
        let first = use_first_render();
        use_effect_with(props.language.clone(), move |asked| {
            if !first {
                switch_failed.set(None);
                language.set(asked.clone())
            }
        });
    }
    // Again once a fetched language's table is in (it arrives with that language's dataset).
    let messages = use_memo(
        ((*language).clone(), has_table(&language)),
        |(language, _)| Messages::for_language(language),
    );
    let config = &props.config;
    let (loading, retry) = use_dataset(&props.source, &config.school, &language, &switch_failed);
    let body = match &*loading {
        Loading::Pending => html! {
            <div class="hp-loading" role="status">
                <p>{ messages.text("loading") }</p>
                <div class="hp-skeleton" aria-hidden="true"></div>
            </div>
        },
        Loading::Ready(dataset, school) => {
            let profile = match school {
                School::Applied(profile) => Some(profile.clone()),
                _ => None,
            };
            let guide = Guide {
                dataset: dataset.clone(),
                messages: messages.clone(),
                // The page's, else the school's (applied to the dataset), else the dataset's.
                program: config.program.clone().or_else(|| dataset.program.clone()),
                // The visitor's, else the page's, else the school's.
                region: match &*chosen_region {
                    Some(chosen) => region::state(chosen),
                    None => config.region.or_else(|| {
                        let profile = profile.as_ref()?;
                        region::state(profile.region.as_deref()?)
                    }),
                },
                choose_region: {
                    let chosen = chosen_region.setter();
                    Callback::from(move |state: Option<&'static str>| {
                        let saved = state.unwrap_or("US");
                        platform::save(REGION_KEY, saved);
                        chosen.set(Some(AttrValue::Static(saved)));
                    })
                },
                school: profile,
            };
            html! {
                <ContextProvider<Guide> context={guide}>
                    if let (School::Refused(error, words), Some(url)) = (school, &config.school) {
                        { school_alert(&messages, error, words, url) }
                    }
                    <Guided view={config.view} events={props.events.clone()} />
                </ContextProvider<Guide>>
            }
        }
        Loading::Invalid(report, words) => {
            dataset_error(&(*messages).clone().with(words.clone()), report)
        }
        Loading::Unreachable(failure) => {
            let url = props.source.url(&language).unwrap_or_default();
            load_failure(&messages, failure, &url, retry)
        }
    };
    let attribute_alerts = props.attribute_problems.iter().map(|problem| {
        let text = if problem.value.is_empty() {
            messages.format(
                "error.attribute_missing",
                &[("attribute", problem.attribute)],
            )
        } else {
            messages.format(
                "error.attribute",
                &[("attribute", problem.attribute), ("value", &problem.value)],
            )
        };
        html! { <p class="hp-alert" role="alert">{ text }</p> }
    });
    let switch_to = {
        let (language, switch_failed) = (language.clone(), switch_failed.clone());
        Callback::from(move |next: &'static str| {
            switch_failed.set(None);
            language.set(AttrValue::Static(next));
            platform::save(LANGUAGE_KEY, next);
        })
    };
    html! {
        <div class="hp-app" lang={messages.tag().to_owned()}>
            { language_switch(&messages, &language, switch_to) }
            { for attribute_alerts }
            if let Some(failed) = &*switch_failed {
                // Said in the language the visitor asked for.
                { language_unavailable(failed) }
            }
            { body }
        </div>
    }
}

/// The language the visitor chose, if the widget speaks it: the one a share link carries,
/// else the one last chosen on this device (`js/hit-pathfinder.js` asks the same, in the same
/// order, to fetch that language's dataset at once).
fn visitor_language() -> Option<&'static str> {
    [
        platform::fragment_value(platform::LANGUAGE_FRAGMENT),
        platform::load(LANGUAGE_KEY),
    ]
    .iter()
    .flatten()
    .find_map(|tag| spoken(tag))
}

/// The alert that the guide could not be loaded in `language`, in that language.
fn language_unavailable(language: &str) -> Html {
    let m = Messages::for_language(language);
    html! {
        <p class="hp-alert" role="alert" lang={m.tag().to_owned()}>{ m.text("error.language_unavailable") }</p>
    }
}

/// Buttons to change the language, each named in its own language; the current one pressed.
fn language_switch(m: &Messages, current: &str, switch_to: Callback<&'static str>) -> Html {
    html! {
        <div class="hp-lang hp-no-print" role="group" aria-label={m.text("lang.label").to_owned()}>
            { for LANGUAGES.iter().map(|(language, tag)| {
                let pressed = *language == current;
                let onclick = switch_to.reform(move |_| *language);
                html! {
                    <button type="button" class="hp-lang-button" lang={*tag}
                        aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                        { m.text(&format!("lang.{language}")) }
                    </button>
                }
            }) }
        </div>
    }
}

/// Props of [`Guided`].
#[derive(Properties, PartialEq)]
struct GuidedProps {
    /// The host's chosen view: first on opening, and again whenever the host changes it.
    view: View,
    events: Callback<HostEvent>,
}

/// The widget once its dataset is valid: title, navigation and the open view.
/// It starts from a share link in the page's address, else from progress saved on this
/// device, else from the host's view; it saves quiz progress as it changes, and tells the
/// host page when the quiz is complete and when the comparison changes.
#[function_component(Guided)]
fn guided(props: &GuidedProps) -> Html {
    let guide = use_context::<Guide>().expect("App provides Guide");
    let storage_key = progress_key(&guide.dataset.meta.id, &guide.dataset.meta.version);
    let state = {
        let dataset = guide.dataset.clone();
        let key = storage_key.clone();
        let view = props.view;
        use_reducer(move || initial_state(&dataset, &key, view))
    };
    {
        let key = storage_key.clone();
        use_effect_with(
            (
                state.answers.clone(),
                state.step,
                state.shared,
                state.compare.clone(),
            ),
            move |(answers, step, shared, compared)| {
                if *shared {
                    // Someone else's answers: the visitor's own saved progress stays.
                } else if answers.is_empty() && *step == QuizStep::Intro && compared.is_empty() {
                    platform::forget(&key);
                } else {
                    platform::save(&key, &encode_progress(*step, answers, compared));
                }
            },
        );
    }
    let (visitor, root) = use_history(&state, &guide.dataset);
    // The host changed the element's `view` attribute.
    {
        let dispatcher = state.dispatcher();
        let first = use_first_render();
        use_effect_with(props.view, move |view| {
            if !first {
                dispatcher.dispatch(Action::Show(*view));
            }
        });
    }
    use_host_events(&guide, &state, &props.events);
    let ui = Ui {
        guide: guide.clone(),
        dispatch: visitor.clone(),
        events: props.events.clone(),
    };
    let meta = &guide.dataset.meta;
    // A view once opened stays in the page, hidden while another shows, so that going back
    // finds it as the visitor left it (what they opened, filtered, chose; the control they
    // left by).
    let active = |view| state.view == view;
    let pane = |view: View, content: Html| {
        html! {
            if active(view) || state.opened[view as usize] {
                <div class="hp-pane" hidden={!active(view)}>{ content }</div>
            }
        }
    };
    html! {
        <ContextProvider<Callback<Action>> context={visitor}>
            <ContextProvider<Callback<HostEvent>> context={props.events.clone()}>
                // A region named by the title, so screen-reader users find the widget among
                // the page's landmarks.
                <section class="hp-widget" aria-labelledby="hp-widget-title" ref={root}>
                    <header class="hp-header">
                        <h2 id="hp-widget-title" class="hp-title">{ &meta.title }</h2>
                        <p class="hp-lede">{ &meta.description }</p>
                    </header>
                    { nav(&ui, state.view) }
                    <div class="hp-view">
                        { pane(View::Quiz, html! {
                            <QuizView step={state.step} answers={state.answers.clone()}
                                arrived={state.arrived} active={active(View::Quiz)} />
                        }) }
                        { pane(View::Paths, html! {
                            <PathsView open={state.open_path.clone()} arrived={state.arrived}
                                came_from={state.came_from} active={active(View::Paths)} />
                        }) }
                        { pane(View::Compare, html! {
                            <CompareView selection={state.compare.clone()} arrived={state.arrived}
                                active={active(View::Compare)} />
                        }) }
                    </div>
                </section>
            </ContextProvider<Callback<HostEvent>>>
        </ContextProvider<Callback<Action>>>
    }
}

/// Tells the host when the visitor reaches the quiz results and when the comparison
/// changes; not for the state the widget opened in.
#[hook]
fn use_host_events(guide: &Guide, state: &State, events: &Callback<HostEvent>) {
    let completed = state.step == QuizStep::Results && !state.answers.is_empty();
    let first = use_first_render();
    {
        let dataset = guide.dataset.clone();
        let events = events.clone();
        let answers = state.answers.clone();
        use_effect_with(completed, move |completed| {
            if *completed && !first {
                // Below the minimum number of answers the widget shows no fit, so the
                // event carries none either.
                let shown = shows_fit(answers.len(), dataset.quiz.questions.len());
                let top = rank(&dataset, &answers)
                    .iter()
                    .take(3)
                    .map(|fit| {
                        let percent = shown.then_some(fit.percent);
                        (dataset.paths[fit.path].id.clone(), percent)
                    })
                    .collect();
                events.emit(HostEvent::QuizComplete(top));
            }
        });
    }
    {
        let events = events.clone();
        use_effect_with(state.compare.clone(), move |ids| {
            if !first && !ids.is_empty() {
                events.emit(HostEvent::Compare(ids.clone()));
            }
        });
    }
}

/// What a share link in the page's address asks for: a comparison, or quiz results.
pub(crate) fn shared_link(dataset: &Dataset) -> Option<Action> {
    let compare = platform::fragment_value(COMPARE_FRAGMENT)
        .map(|text| parse_selection(&text, dataset))
        .filter(|ids| !ids.is_empty());
    if let Some(ids) = compare {
        return Some(Action::Compare(ids));
    }
    platform::fragment_value(QUIZ_FRAGMENT)
        .and_then(|text| Answers::decode(&text).fitted_to(dataset))
        .map(Action::SharedResults)
}

/// The state a widget opens in: saved progress (dropped when it no longer fits the dataset)
/// in the host's chosen view, then a share link on top of it.
fn initial_state(dataset: &Dataset, storage_key: &str, view: View) -> State {
    // Progress saved for earlier versions of this dataset can never be resumed.
    platform::forget_all_but(&progress_key(&dataset.meta.id, ""), storage_key);
    let saved = platform::load(storage_key).and_then(|text| {
        let (step, answers, compared) = decode_progress(&text)?;
        let compare = parse_selection(compared, dataset);
        match answers.fitted_to(dataset) {
            Some(answers) => Some((step, answers, compare)),
            // No answer fits (or none was given): the quiz starts afresh, the comparison stays.
            None if !compare.is_empty() => Some((QuizStep::Intro, Answers::default(), compare)),
            None => None,
        }
    });
    let mut state = State {
        view,
        ..State::default()
    };
    match saved {
        Some((step, answers, compare)) => {
            state.step = step;
            state.answers = answers;
            state.compare = compare;
        }
        None => platform::forget(storage_key),
    }
    if let Some(action) = shared_link(dataset) {
        state = Rc::unwrap_or_clone(Rc::new(state).reduce(action));
        // Opening the page is not the visitor acting in the widget: focus stays with the page.
        state.arrived = false;
        // Only the view the link opens has been shown.
        state.opened = Default::default();
    }
    state
}
