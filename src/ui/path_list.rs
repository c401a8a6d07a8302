//! The list of specialty paths and related careers, each with its summary.

use crate::core::dataset::{Dataset, PathKind};
use crate::core::i18n::Messages;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`PathList`].
#[derive(Properties, PartialEq)]
pub struct PathListProps {
    /// The validated dataset.
    pub dataset: Rc<Dataset>,
    /// The locale table.
    pub messages: Rc<Messages>,
}

/// Every path, specialties first, then related careers.
#[function_component(PathList)]
pub fn path_list(props: &PathListProps) -> Html {
    let section = |kind: PathKind, heading_key: &str, id: &str| {
        let paths = props.dataset.paths.iter().filter(|p| p.kind == kind);
        html! {
            <section class="hp-section" aria-labelledby={id.to_owned()}>
                <h3 id={id.to_owned()} class="hp-section-title">{ props.messages.text(heading_key) }</h3>
                <ul class="hp-cards" role="list">
                    { for paths.map(|path| html! {
                        <li class="hp-card" key={path.id.clone()}>
                            <h4 class="hp-card-title">{ &path.name }</h4>
                            <p>{ &path.summary }</p>
                        </li>
                    }) }
                </ul>
            </section>
        }
    };
    html! {
        <>
            { section(PathKind::Specialty, "paths.specialties", "hp-specialties") }
            { section(PathKind::Related, "paths.related", "hp-related") }
        </>
    }
}
