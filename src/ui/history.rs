//! The browser's Back and Forward buttons inside the widget. Each move the visitor makes to
//! another place (a path from the results, the comparison from a path, another view) adds an
//! entry to the browser's history, at the same address, so that on a phone Back returns to
//! where the visitor was instead of leaving the college's page, with focus on the control
//! they left by (the views stay in the page while hidden, so that control is still there).

use super::app::shared_link;
use super::platform;
use super::state::{Action, Place, State};
use crate::core::dataset::Dataset;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The widgets of the page, numbered as they start, so that each reads only its own
/// history entries.
static WIDGETS: AtomicUsize = AtomicUsize::new(0);

/// This widget's entries in the browser's history.
struct Trail {
    /// How this widget's entries begin (`hp0:`, then the entry's index): each widget of the
    /// page reads only its own.
    prefix: String,
    /// The index in `places` of the entry the browser is at.
    at: usize,
    /// Each entry's place, with the control the visitor left it by.
    places: Vec<(Place, Option<Element>)>,
    /// The visitor acted since the last render: a change of place is a move.
    moved: bool,
    /// The control the visitor last clicked or pressed.
    control: Option<Element>,
}

impl Trail {
    /// The `history.state` of this widget's entry at index `at` (`hp0:2`).
    fn entry(&self, at: usize) -> String {
        format!("{}{at}", self.prefix)
    }
}

/// Returns the dispatcher of the visitor's actions (a change of place they make adds a
/// history entry) and a ref for the widget's root element, where the control of each move is
/// noticed. Also follows a share link opened within the page.
#[hook]
pub fn use_history(
    state: &UseReducerHandle<State>,
    dataset: &Rc<Dataset>,
) -> (Callback<Action>, NodeRef) {
    let root = use_node_ref();
    let trail = use_mut_ref(|| Trail {
        prefix: format!("hp{}:", WIDGETS.fetch_add(1, Ordering::Relaxed)),
        at: 0,
        places: vec![(state.place(), None)],
        moved: false,
        control: None,
    });
    {
        // Each render: a move to another place adds an entry (at the same address).
        let mut trail = trail.borrow_mut();
        let (at, place) = (trail.at, state.place());
        if std::mem::take(&mut trail.moved) && trail.places[at].0 != place {
            trail.places.truncate(at + 1);
            trail.places[at].1 = trail.control.take();
            trail.places.push((place, None));
            trail.at = at + 1;
            platform::push_history(&trail.entry(at + 1));
        } else {
            trail.places[at].0 = place;
        }
    }
    let visitor = {
        let (trail, dispatcher) = (trail.clone(), state.dispatcher());
        Callback::from(move |action| {
            let mut trail = trail.borrow_mut();
            let at = trail.at;
            // A path's way back, to the entry it was opened from: the browser's Back, which
            // also puts focus on the control the visitor left by.
            if action == Action::Return
                && at > 0
                && trail.places[at - 1].0.is_return_from(&trail.places[at].0)
            {
                platform::history_back();
                return;
            }
            trail.moved = true;
            drop(trail);
            dispatcher.dispatch(action);
        })
    };
    {
        let (trail, dispatcher, root) = (trail.clone(), state.dispatcher(), root.clone());
        // Again for another dataset object: compared by address, since comparing two datasets'
        // contents on every render would walk them both (and bring that code into the wasm).
        let dataset = dataset.clone();
        use_effect_with(Rc::as_ptr(&dataset) as usize, move |_| {
            // The control clicked, or pressed with Enter or Space (a click too): focus returns
            // there on Back. Not the focused element: Safari does not focus a clicked button.
            // Noticed in the capture phase at the shadow root, before Yew's own listener
            // (further in) acts and renders.
            let clicks = root.cast::<Element>().map(|element| {
                let trail = trail.clone();
                platform::listen(&element.get_root_node(), "click", true, move |event| {
                    trail.borrow_mut().control = event
                        .target()
                        .and_then(|target| target.dyn_into::<Element>().ok())
                        .and_then(|target| target.closest("a,button,input,select,summary").ok())
                        .flatten();
                })
            });
            let back = {
                let (trail, dispatcher) = (trail.clone(), dispatcher.clone());
                platform::listen_to_window("popstate", move |_| {
                    let mut trail = trail.borrow_mut();
                    trail.moved = false;
                    // Another entry than this widget's is where the widget began; an entry
                    // of an earlier visit to the page (before a reload) is not found.
                    let state = platform::history_state().unwrap_or_default();
                    let at = (0..trail.places.len())
                        .find(|&at| state == trail.entry(at))
                        .unwrap_or(0);
                    if at != trail.at {
                        trail.at = at;
                        let (place, control) = trail.places[at].clone();
                        drop(trail);
                        dispatcher.dispatch(Action::Go(place));
                        // Once the render the dispatch asked for is done, and the views'
                        // own focus moves with it.
                        wasm_bindgen_futures::spawn_local(async move {
                            platform::next_task().await;
                            if let Some(control) =
                                control.and_then(|c| c.dyn_into::<HtmlElement>().ok())
                            {
                                let _ = control.focus();
                            }
                        });
                    }
                })
            };
            // A share link followed within the same page (only the address's fragment
            // changes).
            let dataset = dataset.clone();
            let links = platform::listen_to_window("hashchange", move |_| {
                if let Some(action) = shared_link(&dataset) {
                    trail.borrow_mut().moved = false;
                    dispatcher.dispatch(action);
                }
            });
            move || drop((clicks, back, links))
        });
    }
    (visitor, root)
}
