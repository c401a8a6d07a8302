//! Every path, to browse without taking the quiz: a filtered list and each path's details.

mod filters;
mod list;

use crate::core::config::View;
use crate::ui::context::use_ui;
use crate::ui::focus::{focus, use_heading_focus};
use crate::ui::path_detail::path_detail;
use crate::ui::state::Action;
use filters::{filter_bar, Filters};
use list::path_list;
use yew::prelude::*;

/// Props of [`PathsView`].
#[derive(Properties, PartialEq)]
pub struct PathsViewProps {
    /// The id of the path whose details are open, if any.
    pub open: Option<String>,
    /// True when a button in another view opened this one: its heading takes focus at once.
    pub arrived: bool,
    /// The view the open path was opened from: its way back leads there.
    pub came_from: View,
    /// True while the paths are the view on show.
    pub active: bool,
}

/// The list of paths, or one path's details. Moving between them, or arriving from a
/// button in another view, puts focus on the new heading.
#[function_component(PathsView)]
pub fn paths_view(props: &PathsViewProps) -> Html {
    let ui = use_ui();
    let filters = use_state(Filters::default);
    let heading = use_heading_focus(props.open.clone(), props.arrived, props.active);
    let m = ui.messages();
    let open = props
        .open
        .as_ref()
        .and_then(|id| ui.dataset().paths.iter().position(|p| &p.id == id));
    let on_change = {
        let filters = filters.clone();
        Callback::from(move |next: Filters| filters.set(next))
    };
    let reset = {
        let (filters, heading) = (filters.clone(), heading.clone());
        Callback::from(move |_: MouseEvent| {
            filters.set(Filters::default());
            // The button goes away with the empty list: back to the top of the view.
            focus(&heading);
        })
    };
    // The heading of what shows takes focus; the list stays in the page while a path's
    // details show, so the way back finds it as the student left it.
    let (list_heading, path_heading) = match open {
        Some(_) => (NodeRef::default(), heading),
        None => (heading, NodeRef::default()),
    };
    html! {
        <>
            <section aria-labelledby="hp-paths-title" hidden={open.is_some()}>
                <h3 id="hp-paths-title" class="hp-h" tabindex="-1" ref={list_heading}>{ m.text("paths.title") }</h3>
                <p>{ m.text("paths.intro") }</p>
                { filter_bar(&ui, *filters, on_change) }
                { path_list(&ui, *filters, reset) }
            </section>
            if let Some(index) = open {
                <article class="hp-path-page" aria-labelledby="hp-path-title">
                    <button type="button" class="hp-link-button hp-no-print" onclick={ui.on(Action::Return)}>
                        { m.text(match props.came_from {
                            View::Quiz => "paths.back_to_results",
                            View::Compare => "paths.back_to_compare",
                            View::Paths => "paths.back",
                        }) }
                    </button>
                    <h3 id="hp-path-title" class="hp-h" tabindex="-1" ref={path_heading}>{ &ui.dataset().paths[index].name }</h3>
                    { path_detail(&ui, index) }
                </article>
            }
        </>
    }
}
