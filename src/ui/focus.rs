//! Moving focus, which the widget does only after the visitor acts: to the heading of what a
//! step or view shows, or to where a removed button's job continues.

use super::first_render::use_first_render;
use yew::prelude::*;

/// Moves focus to the element `node` refers to, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// A ref for a heading that takes focus whenever `shown` changes or its view becomes
/// `active`, so keyboard and screen-reader users start where the new content begins. Not on
/// the first render (the page, not the widget, owns focus until the visitor acts), unless
/// `arrived`: the visitor came here from a button in another view. Never while the view is
/// hidden.
#[hook]
pub fn use_heading_focus<T: PartialEq + 'static>(shown: T, arrived: bool, active: bool) -> NodeRef {
    let heading = use_node_ref();
    let first = use_first_render();
    {
        let heading = heading.clone();
        use_effect_with((shown, active), move |_| {
            if active && (!first || arrived) {
                focus(&heading);
            }
        });
    }
    heading
}
