//! What the widget shows when its dataset cannot be used: every problem, where, and the fix.

use crate::core::i18n::Messages;
use crate::core::problem::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DatasetError`].
#[derive(Properties, PartialEq)]
pub struct DatasetErrorProps {
    /// The problems found.
    pub report: Report,
    /// The locale table.
    pub messages: Rc<Messages>,
}

/// A message naming each problem of an unusable dataset.
#[function_component(DatasetError)]
pub fn dataset_error(props: &DatasetErrorProps) -> Html {
    let m = &props.messages;
    html! {
        <div class="hp-alert" role="alert">
            <h2 class="hp-alert-title">{ m.text("error.dataset.title") }</h2>
            <p>{ m.text("error.dataset.body") }</p>
            <ul>
                { for props.report.errors().map(|problem| {
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
