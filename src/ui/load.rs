//! Fetching a school's dataset: with a time limit, without cookies for other sites, and with
//! every way it can fail told apart, so the widget can say what happened and offer a retry.
//!
//! The element's script (`js/hit-pathfinder.js`) starts the dataset's request at the same
//! time as the WebAssembly's, and hands the widget a function that returns that request
//! (shared by every element with the same address) instead of asking again.

use crate::core::dataset::Dataset;
use crate::core::i18n::add_table;
use crate::core::parse::load;
use crate::core::problem::Report;
use crate::core::school::{read_school, SchoolProfile};
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a dataset may take to arrive, in milliseconds.
pub const TIMEOUT_MS: i32 = 15_000;

/// How much longer than the dataset a school's profile may take, in milliseconds: the guide
/// waits for it (so hidden paths never flash on screen), but not long; it was asked for at the
/// same time as the dataset, and a profile that has not come by then shows as not arrived.
pub const SCHOOL_WAIT_MS: i32 = 5_000;

thread_local! {
    /// The element script's `(address) => Promise<Response>`, when the widget runs in one.
    static FETCHER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// The address of the widget's own `data/` folder, when it runs in a page.
    static DATA_FOLDER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Uses `fetcher` (the element script's shared requests) for every dataset from now on.
pub fn use_fetcher(fetcher: Function) {
    FETCHER.with(|cell| *cell.borrow_mut() = Some(fetcher));
}

/// Where the widget's own files are (`.../data/`), for the words of a dataset's problems.
pub fn use_data_folder(folder: &str) {
    DATA_FOLDER.with(|cell| folder.clone_into(&mut cell.borrow_mut()));
}

/// The address of one of the widget's own word files (`problems`, `words`) for `locale`.
fn words_file(name: &str, locale: &str) -> String {
    DATA_FOLDER.with(|cell| format!("{}{name}.{locale}.json", cell.borrow()))
}

/// The words of every dataset problem in the language of `locale`, as key, text, key,
/// text (`data/problems.<locale>.json`); none when they cannot be had, and the widget then
/// names each problem by its code.
pub async fn problem_words(locale: &str) -> Vec<String> {
    match fetch_text(&words_file("problems", locale), false).await {
        Ok(text) => miniserde::json::from_str(&text).unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

/// Starts fetching the table of `locale` (`data/words.<locale>.json`), to be finished by
/// [`add_language`] once the dataset is in: the two arrive side by side.
pub fn start_language(locale: &str) -> Result<Promise, JsValue> {
    request(&words_file("words", locale), false)
}

/// Adds the table fetched by `started` for `locale`, or says why it cannot be had (a table
/// made for another release counts as not found).
pub async fn add_language(locale: &str, started: Result<Promise, JsValue>) -> Result<(), Failure> {
    let text = text_of(started, TIMEOUT_MS).await?;
    let list = miniserde::json::from_str(&text).unwrap_or_default();
    if add_table(locale, list) {
        Ok(())
    } else {
        Err(Failure::Status(404))
    }
}

/// Why a dataset (or a school's profile) did not arrive (a retry may help).
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The server answered with this HTTP status (404, 500, ...).
    Status(u16),
    /// No answer: offline, a wrong address, or a server that does not allow this page (CORS).
    Network,
    /// No answer within its time limit ([`TIMEOUT_MS`], or [`SCHOOL_WAIT_MS`] for a profile).
    Timeout,
}

/// Why a dataset (or a school's profile) cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DatasetError {
    /// It did not arrive.
    Unreachable(Failure),
    /// It arrived but cannot be used: its problems (a retry does not help; the school must
    /// fix the file).
    Invalid(Report),
}

/// Reads a dataset's text, as the widget shows it or refuses it.
pub fn read_dataset(text: &str) -> Result<Dataset, DatasetError> {
    load(text)
        .map(|loaded| loaded.dataset)
        .map_err(DatasetError::Invalid)
}

/// Fetches and reads the dataset at `url`; `fresh` asks again rather than share a request
/// already made (the visitor pressed Try again).
pub async fn fetch_dataset(url: &str, fresh: bool) -> Result<Dataset, DatasetError> {
    let text = fetch_text(url, fresh)
        .await
        .map_err(DatasetError::Unreachable)?;
    read_dataset(&text)
}

/// Starts fetching the school's profile at `url` (`fresh`: not the shared request), to be
/// finished by [`add_school`] once the dataset is in: the two arrive side by side.
pub fn start_school(url: &str, fresh: bool) -> Result<Promise, JsValue> {
    request(url, fresh)
}

/// Reads the profile fetched by `started` (waiting at most [`SCHOOL_WAIT_MS`] more), checks it
/// against `dataset` and applies it there; or says why it cannot be used.
pub async fn add_school(
    started: Result<Promise, JsValue>,
    dataset: &mut Dataset,
) -> Result<SchoolProfile, DatasetError> {
    let text = (text_of(started, SCHOOL_WAIT_MS).await).map_err(DatasetError::Unreachable)?;
    let (profile, _) = read_school(&text, dataset).map_err(DatasetError::Invalid)?;
    profile.overlay(dataset);
    Ok(profile)
}

/// The request for `url`: the element script's (shared unless `fresh`), else a new one made the same
/// way (cross-origin without cookies, as a `<link rel="preload" crossorigin>` asks).
fn request(url: &str, fresh: bool) -> Result<Promise, JsValue> {
    let shared = FETCHER.with(|cell| cell.borrow().clone());
    match shared {
        Some(fetcher) => fetcher
            .call2(&JsValue::NULL, &url.into(), &fresh.into())?
            .dyn_into(),
        None => {
            let window = web_sys::window().ok_or(JsValue::NULL)?;
            let init = web_sys::RequestInit::new();
            init.set_credentials(web_sys::RequestCredentials::SameOrigin);
            Ok(window.fetch_with_str_and_init(url, &init))
        }
    }
}

/// The text at `url`, or why it did not arrive within [`TIMEOUT_MS`].
async fn fetch_text(url: &str, fresh: bool) -> Result<String, Failure> {
    text_of(request(url, fresh), TIMEOUT_MS).await
}

/// The text of a started request, or why it did not arrive within `limit` milliseconds (from
/// now). The time limit is a JavaScript promise raced against each step and its timer cleared
/// at the end, rather than `gloo_timers::future::TimeoutFuture` (which would need a `select`
/// of two futures, more code in the wasm for the same behaviour).
async fn text_of(started: Result<Promise, JsValue>, limit: i32) -> Result<String, Failure> {
    let window = web_sys::window().ok_or(Failure::Network)?;
    // Settles with `undefined` when the time is up; raced against each step below.
    let mut timer = 0;
    let deadline = Promise::new(&mut |resolve, _| {
        timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, limit)
            .unwrap_or_default();
    });
    let before_deadline =
        |step: Promise| JsFuture::from(Promise::race(&Array::of2(&step, &deadline)));
    let settled = |value: Result<JsValue, JsValue>| match value {
        Err(_) => Err(Failure::Network),
        Ok(value) if value.is_undefined() => Err(Failure::Timeout),
        Ok(value) => Ok(value),
    };
    let result = async {
        let asked = started.map_err(|_| Failure::Network)?;
        let response: web_sys::Response = settled(before_deadline(asked).await)?.unchecked_into();
        if !response.ok() {
            return Err(Failure::Status(response.status()));
        }
        let text = response.text().map_err(|_| Failure::Network)?;
        let text = settled(before_deadline(text).await)?;
        Ok(text.as_string().unwrap_or_default())
    }
    .await;
    window.clear_timeout_with_handle(timer);
    result
}
