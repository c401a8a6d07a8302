//! Getting the dataset a widget shows, as a hook: from the source and language asked for,
//! with late answers dropped, a retry, and a failed language switch that keeps the visitor's
//! place.

use super::app::DatasetSource;
use super::load::{
    add_language, add_school, fetch_dataset, problem_words, read_dataset, start_language,
    start_school, DatasetError, Failure,
};
use crate::core::dataset::Dataset;
use crate::core::i18n::{has_table, locale_of, Messages};
use crate::core::school::SchoolProfile;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What there is to show.
pub enum Loading {
    /// Still on its way.
    Pending,
    /// A valid dataset, with the school's profile applied when it could be.
    Ready(Rc<Dataset>, School),
    /// The file arrived and cannot be used: every problem, for the school, and the words
    /// for them (key, text, ...; fetched only now, see [`problem_words`]).
    Invalid(crate::core::problem::Report, Vec<String>),
    /// The file did not arrive: why, for the visitor, who can try again.
    Unreachable(Failure),
}

/// The school's profile as the widget found it.
pub enum School {
    /// The host names none.
    None,
    /// Read, checked and applied to the dataset.
    Applied(Rc<SchoolProfile>),
    /// Named, and cannot be used (the guide shows without it): why, and the words for its
    /// problems, as for a dataset.
    Refused(DatasetError, Vec<String>),
}

/// The dataset for `source` in the language `language` holds, with the profile at `school`
/// (fetched beside it) applied, and a way to try again.
/// When only the language changed and the other language's dataset cannot be had, the
/// dataset on screen stays: `language` goes back to its language and `switch_failed` names
/// the one asked for.
#[hook]
pub fn use_dataset(
    source: &DatasetSource,
    school: &Option<String>,
    language: &UseStateHandle<AttrValue>,
    switch_failed: &UseStateHandle<Option<AttrValue>>,
) -> (UseStateHandle<Loading>, Callback<MouseEvent>) {
    let attempt = use_state(|| 0u32);
    let loading = use_state(|| Loading::Pending);
    // The source and language of the dataset on screen.
    let shown = use_mut_ref(|| None::<((DatasetSource, Option<String>), AttrValue)>);
    {
        let (loading, shown) = (loading.clone(), shown.clone());
        let (language_handle, switch_failed) = (language.clone(), switch_failed.clone());
        let asked = (source.clone(), school.clone());
        let deps = (asked, (**language).clone(), *attempt);
        use_effect_with(deps, move |(asked, language, attempt)| {
            let (source, school) = asked;
            // Cleared when the source, language or attempt changes again: an answer to an
            // older request that arrives late is dropped, never shown over the newer one.
            let current = Rc::new(Cell::new(true));
            let requested = (asked.clone(), language.clone());
            let on_screen = matches!(*loading, Loading::Ready(..))
                && shown.borrow().as_ref() == Some(&requested);
            if shown.borrow().as_ref().is_some_and(|(s, _)| s != asked) {
                // Another dataset: what failed for the old one no longer holds.
                switch_failed.set(None);
            }
            let show = {
                let (loading, shown) = (loading.clone(), shown.clone());
                move |result: Result<Dataset, DatasetError>,
                      url: &str,
                      words: Vec<String>,
                      school: School| {
                    let before = shown.borrow().clone();
                    match (result, before) {
                        (Ok(dataset), _) => {
                            *shown.borrow_mut() = Some(requested);
                            loading.set(Loading::Ready(Rc::new(dataset), school));
                        }
                        // Only the language changed: keep the visitor's place in the
                        // language on screen, and say the other could not be loaded.
                        (Err(error), Some((source, previous)))
                            if source == requested.0 && previous != requested.1 =>
                        {
                            if let DatasetError::Invalid(report) = &error {
                                // For the web editor: what is wrong with that file.
                                let detail = Messages::en_us().describe(report);
                                let text = format!("hit-pathfinder: {url}:\n{detail}");
                                web_sys::console::warn_1(&text.into());
                            }
                            switch_failed.set(Some(requested.1));
                            language_handle.set(previous);
                        }
                        (Err(DatasetError::Invalid(report)), _) => {
                            loading.set(Loading::Invalid(report, words))
                        }
                        (Err(DatasetError::Unreachable(failure)), _) => {
                            loading.set(Loading::Unreachable(failure))
                        }
                    }
                }
            };
            match (source, source.url(language)) {
                _ if on_screen => {}
                (DatasetSource::Text(json), _) => {
                    show(read_dataset(json), "", Vec::new(), School::None)
                }
                (_, Some(url)) => {
                    if !matches!(*loading, Loading::Ready(..)) {
                        loading.set(Loading::Pending);
                    }
                    let current = current.clone();
                    let fresh = *attempt > 0;
                    let locale = locale_of(language);
                    // A language whose words the widget does not carry: its table is fetched
                    // beside the dataset, and the dataset shows only once both are in.
                    let words = (!has_table(language)).then(|| start_language(locale));
                    let profile = school.as_ref().map(|url| start_school(url, fresh));
                    wasm_bindgen_futures::spawn_local(async move {
                        let mut result = fetch_dataset(&url, fresh).await;
                        // Added even when the dataset failed: the widget says so in the
                        // language asked for, when it can.
                        if let Some(words) = words {
                            if let (Err(failure), Ok(_)) =
                                (add_language(locale, words).await, &result)
                            {
                                result = Err(DatasetError::Unreachable(failure));
                            }
                        }
                        let mut school = School::None;
                        if let (Some(profile), Ok(dataset)) = (profile, &mut result) {
                            school = match add_school(profile, dataset).await {
                                Ok(profile) => School::Applied(Rc::new(profile)),
                                Err(error) => {
                                    let words = match error {
                                        DatasetError::Invalid(_) => problem_words(locale).await,
                                        _ => Vec::new(),
                                    };
                                    School::Refused(error, words)
                                }
                            };
                        }
                        let words = match &result {
                            Err(DatasetError::Invalid(_)) => problem_words(locale).await,
                            _ => Vec::new(),
                        };
                        if current.get() {
                            show(result, &url, words, school);
                        }
                    });
                }
                (_, None) => {}
            }
            move || current.set(false)
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    (loading, retry)
}
