//! What the widget shows when its dataset cannot be used: every problem, where, and the fix.

use super::load::{Failure, TIMEOUT_MS};
use crate::core::i18n::Messages;
use crate::core::problem::Report;
use yew::prelude::*;

/// A message naming each problem of an unusable dataset.
pub fn dataset_error(m: &Messages, report: &Report) -> Html {
    html! {
        <div class="hp-alert" role="alert">
            <h2 class="hp-alert-title">{ m.text("error.dataset.title") }</h2>
            <p>{ m.text("error.dataset.body") }</p>
            { problem_list(m, report) }
        </div>
    }
}

/// Each of a file's problems: where, what and the fix.
pub fn problem_list(m: &Messages, report: &Report) -> Html {
    html! {
        <ul>
            { for report.errors().map(|problem| {
                let (message, fix) = m.problem(problem);
                html! {
                    <li>
                        if !problem.path.is_empty() {
                            <code>{ &problem.path }</code>{ ": " }
                        }
                        { message }{ " " }{ fix }
                    </li>
                }
            }) }
        </ul>
    }
}

/// What went wrong getting the dataset from `url`, what to do, and a retry button.
pub fn load_failure(
    m: &Messages,
    failure: &Failure,
    url: &str,
    retry: Callback<MouseEvent>,
) -> Html {
    let seconds = (TIMEOUT_MS / 1000).to_string();
    let status;
    let (what, fix) = match failure {
        Failure::Status(code) => {
            status = code.to_string();
            (
                m.format("error.load.status", &[("status", &status), ("url", url)]),
                m.text("error.load.status.fix"),
            )
        }
        Failure::Timeout => (
            m.format("error.load.timeout", &[("seconds", &seconds), ("url", url)]),
            m.text("error.load.timeout.fix"),
        ),
        Failure::Network => (
            m.format("error.load.network", &[("url", url)]),
            m.text("error.load.network.fix"),
        ),
    };
    html! {
        <div class="hp-alert" role="alert">
            <h2 class="hp-alert-title">{ m.text("error.load.title") }</h2>
            <p>{ what }</p>
            <p>{ fix }</p>
            <button type="button" class="hp-button" onclick={retry}>{ m.text("error.load.retry") }</button>
        </div>
    }
}
