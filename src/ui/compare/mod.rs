//! The certification comparison: a chooser (search, filters, checkboxes) and the table of
//! the chosen certifications side by side. The model is [`crate::core::compare`].

mod chooser;
mod table;

use crate::core::compare::{encode_selection, toggle, Comparison, MAX};
use crate::ui::context::{use_dispatch, use_guide};
use crate::ui::focus::{focus, use_heading_focus};
use crate::ui::platform;
use crate::ui::share::ShareLink;
use crate::ui::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// The fragment name of a comparison share link: `#hp-compare=rhit,cpc,ods`.
pub const COMPARE_FRAGMENT: &str = "hp-compare";

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// Ids of the certifications being compared, in column order.
    pub selection: Vec<String>,
    /// True when a button in another view opened this one: the comparison's heading takes
    /// focus at once.
    pub arrived: bool,
    /// True while the comparison is the view on show.
    pub active: bool,
}

/// What the chooser and the table share to change the selection.
#[derive(Clone)]
struct Changes {
    /// Adds or removes the certification with this id, and says so in the live region.
    toggle: Callback<String>,
    /// Removes the certification with this id and moves focus to the results heading
    /// (the button that was pressed goes away).
    remove: Callback<String>,
}

/// Certifications side by side.
#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let guide = use_guide();
    let dispatch = use_dispatch();
    let announcement = use_state(String::new);
    // Only on arrival from another view: nothing here changes what the view shows.
    let results = use_heading_focus((), props.arrived, props.active);
    let only_differences = use_state(|| false);
    let filters = chooser::Filters {
        query: use_state(String::new),
        path: use_state(String::new),
        issuer: use_state(String::new),
        search_box: use_node_ref(),
    };
    let m = &guide.messages;
    let mut comparison = Comparison::new(&guide.dataset, m, &props.selection);
    if let Some(school) = &guide.school {
        comparison = comparison.with_school(school, m, &guide.dataset.meta.locale);
    }
    let chosen: Rc<Vec<String>> =
        Rc::new(comparison.columns.iter().map(|c| c.id.clone()).collect());

    let toggle_cb = {
        let (guide, dispatch, announcement, chosen) = (
            guide.clone(),
            dispatch.clone(),
            announcement.clone(),
            chosen.clone(),
        );
        Callback::from(move |id: String| {
            let Some(next) = toggle(&chosen, &id) else {
                return;
            };
            let key = if next.len() > chosen.len() {
                "compare.added"
            } else {
                "compare.removed"
            };
            let name = guide
                .dataset
                .certification(&id)
                .map_or(id.as_str(), |c| c.abbreviation.as_str());
            announcement.set(guide.messages.format(
                key,
                &[
                    ("name", name),
                    ("count", &next.len().to_string()),
                    ("max", &MAX.to_string()),
                ],
            ));
            dispatch.emit(Action::SetCompare(next));
        })
    };
    let remove = {
        let (toggle_cb, results) = (toggle_cb.clone(), results.clone());
        Callback::from(move |id: String| {
            toggle_cb.emit(id);
            focus(&results);
        })
    };
    let clear = {
        let (guide, dispatch, announcement, results) = (
            guide.clone(),
            dispatch.clone(),
            announcement.clone(),
            results.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            announcement.set(guide.messages.text("compare.cleared").to_owned());
            dispatch.emit(Action::SetCompare(Vec::new()));
            focus(&results);
        })
    };
    let skip = {
        let results = results.clone();
        Callback::from(move |_: MouseEvent| {
            focus(&results);
        })
    };
    let changes = Changes {
        toggle: toggle_cb,
        remove,
    };

    html! {
        <div class="hp-cmp">
            <h3>{ m.text("compare.title") }</h3>
            <p class="hp-lede">{ m.text("compare.intro") }</p>
            <p class="hp-visually-hidden hp-cmp-live" role="status" aria-live="polite">{ (*announcement).clone() }</p>
            { chooser::chooser(&guide, &filters, &chosen, &changes.toggle, skip) }
            <section class="hp-cmp-results" aria-labelledby="hp-cmp-results">
                <h4 id="hp-cmp-results" class="hp-section-title" tabindex="-1" ref={results}>
                    { m.text("compare.results") }
                </h4>
                { table::results(&guide, &dispatch, &comparison, &changes, clear, &only_differences, &announcement) }
            </section>
            if chosen.len() > 1 {
                if let Some(link) = platform::link_with_fragment(COMPARE_FRAGMENT, &encode_selection(&chosen), m.tag()) {
                    <ShareLink {link} note_key="compare.share_note" />
                }
            }
        </div>
    }
}

/// The text of a form control that sent `event` (an input's or a select's value).
fn value_of(event: &Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}
