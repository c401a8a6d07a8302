//! What every view may read (the dataset, the words, the school's program) and the one way
//! to change state (the dispatcher), provided once by [`App`](super::App).
//!
//! Only the few parts that keep state or move focus are Yew components; the rest are plain
//! functions from a [`Ui`] to `Html`. Each Yew component costs several kilobytes of
//! WebAssembly, paid by every visitor on a phone.

use super::events::HostEvent;
use super::state::Action;
use crate::core::dataset::{Dataset, Program};
use crate::core::i18n::Messages;
use crate::core::school::SchoolProfile;
use std::rc::Rc;
use yew::prelude::*;

/// The validated dataset and the locale table, shared read-only.
#[derive(Clone)]
pub struct Guide {
    /// The validated dataset.
    pub dataset: Rc<Dataset>,
    /// The locale table.
    pub messages: Rc<Messages>,
    /// The school's program, the call to action (from the host, else the dataset).
    pub program: Option<Program>,
    /// The US state whose pay shows beside the national figures (USPS code): the visitor's
    /// choice, else the host's.
    pub region: Option<&'static str>,
    /// Records the visitor's choice of state (`None`: national figures only).
    pub choose_region: Callback<Option<&'static str>>,
    /// The school's profile, already applied to the dataset, when the host names one that
    /// can be used: its programs show on paths, results and the comparison.
    pub school: Option<Rc<SchoolProfile>>,
}

impl PartialEq for Guide {
    /// The same dataset and table objects: comparing their contents would walk the whole
    /// dataset on every render. `choose_region` always sets the same state, so it is not
    /// compared. The school's profile is compared as an object too.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.messages, &other.messages)
            && self.program == other.program
            && self.region == other.region
            && match (&self.school, &other.school) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

/// Everything a view function needs: the shared [`Guide`] and the dispatcher.
#[derive(Clone, PartialEq)]
pub struct Ui {
    /// The dataset, words and program.
    pub guide: Guide,
    /// Applies an action to the widget's state.
    pub dispatch: Callback<Action>,
    /// Sends an event to the host page.
    pub events: Callback<HostEvent>,
}

impl Ui {
    /// The locale table.
    pub fn messages(&self) -> &Messages {
        &self.guide.messages
    }

    /// The validated dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.guide.dataset
    }

    /// A callback that dispatches `action` whatever the event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        self.dispatch.reform(move |_| action.clone())
    }
}

/// Reads the shared [`Guide`]. Every component sits under [`App`](super::App), which
/// provides it.
#[hook]
pub fn use_guide() -> Guide {
    use_context::<Guide>().expect("components are rendered under App, which provides Guide")
}

/// Returns the callback that applies a visitor's action to the widget's state.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Callback<Action>>()
        .expect("components are rendered under App, which provides the dispatcher")
}

/// The [`Ui`] of the component that calls it.
#[hook]
pub fn use_ui() -> Ui {
    Ui {
        guide: use_guide(),
        dispatch: use_dispatch(),
        events: use_context::<Callback<HostEvent>>().unwrap_or_default(),
    }
}
