//! The three views' switcher, reachable at any time.

use super::context::Ui;
use super::state::Action;
use crate::core::config::View;
use yew::prelude::*;

/// Buttons for the quiz, the paths and the comparison; the open one is marked current.
/// Another view's heading takes focus as it opens.
pub fn nav(ui: &Ui, current: View) -> Html {
    let m = ui.messages();
    let item = |view: View, key: &str| {
        let is_current = current == view;
        html! {
            <li>
                <button type="button" class={classes!("hp-tab", is_current.then_some("hp-tab-current"))}
                    aria-current={is_current.then_some("page")} onclick={ui.on(Action::Open(view))}>
                    { m.text(key) }
                </button>
            </li>
        }
    };
    html! {
        <nav class="hp-nav" aria-label={m.text("nav.label").to_owned()}>
            <ul role="list">
                { item(View::Quiz, "nav.quiz") }
                { item(View::Paths, "nav.paths") }
                { item(View::Compare, "nav.compare") }
            </ul>
        </nav>
    }
}
