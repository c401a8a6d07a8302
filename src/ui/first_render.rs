//! Telling the first render from later ones, for effects that answer a change (of an
//! attribute, a selection, a view) and must not run when the widget merely appears.

use yew::prelude::*;

/// Whether this is the component's first render. An effect that captures the value runs
/// on the first render with `true` and afterwards, when its dependencies change, with `false`.
#[hook]
pub fn use_first_render() -> bool {
    let first = use_mut_ref(|| true);
    first.replace(false)
}
