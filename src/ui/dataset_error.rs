//! What the widget shows when its dataset cannot be used: every problem, where, and the fix.

use crate::core::i18n::Messages;
use crate::core::problem::Report;
use yew::prelude::*;

/// A message naming each problem of an unusable dataset.
pub fn dataset_error(m: &Messages, report: &Report) -> Html {
    html! {
        <div class="hp-alert" role="alert">
            <h2 class="hp-alert-title">{ m.text("error.dataset.title") }</h2>
            <p>{ m.text("error.dataset.body") }</p>
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
        </div>
    }
}
