//! Fetching a school's dataset: with a time limit, without cookies, and with every way it
//! can fail told apart, so the widget can say what happened and offer a retry.

use crate::core::dataset::Dataset;
use crate::core::parse::load;
use crate::core::problem::Report;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

/// How long a dataset may take to arrive, in milliseconds.
pub const TIMEOUT_MS: i32 = 15_000;

/// Why a dataset could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The server answered with this HTTP status (404, 500, ...).
    Status(u16),
    /// No answer: offline, a wrong address, or a server that does not allow this page (CORS).
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The file arrived but cannot be used: its problems.
    Invalid(Report),
}

/// Fetches and reads the dataset at `url`.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, Failure> {
    let text = fetch_text(url).await?;
    load(&text)
        .map(|loaded| loaded.dataset)
        .map_err(Failure::Invalid)
}

async fn fetch_text(url: &str) -> Result<String, Failure> {
    let window = web_sys::window().ok_or(Failure::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let timed_out = Rc::new(Cell::new(false));
    let controller = web_sys::AbortController::new().ok();
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        let abort = Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        });
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            TIMEOUT_MS,
        );
    }
    let failed = |_| {
        if timed_out.get() {
            Failure::Timeout
        } else {
            Failure::Network
        }
    };
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    // A timer that fires after this aborts a finished request, which does nothing.
    Ok(text.as_string().unwrap_or_default())
}
