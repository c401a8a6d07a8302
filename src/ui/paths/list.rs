//! The list of specialty paths and related careers that pass the filters.

use super::filters::Filters;
use crate::core::dataset::PathKind;
use crate::ui::context::Ui;
use crate::ui::path_detail::{contact_key, months, remote_key};
use crate::ui::school::school_line;
use crate::ui::state::Action;
use yew::prelude::*;

/// Specialties, then related careers that pass `filters`, each a card that opens the
/// path's details. When none passes, `reset` sets every filter back to Any.
pub fn path_list(ui: &Ui, filters: Filters, reset: Callback<MouseEvent>) -> Html {
    let guide = &ui.guide;
    let m = ui.messages();
    let mut shown: Vec<_> = guide
        .dataset
        .paths
        .iter()
        .filter(|p| filters.admits(p))
        .collect();
    if let Some(school) = &guide.school {
        school.featured_first(&mut shown);
    }
    let count = m.format(
        "paths.count",
        &[
            ("shown", &shown.len().to_string()),
            ("total", &guide.dataset.paths.len().to_string()),
        ],
    );
    let section = |kind: PathKind, heading_key: &str, id: &str| {
        let paths: Vec<_> = shown.iter().filter(|p| p.kind == kind).collect();
        if paths.is_empty() {
            return Html::default();
        }
        html! {
            <section class="hp-section" aria-labelledby={id.to_owned()}>
                <h4 id={id.to_owned()} class="hp-section-title">{ m.text(heading_key) }</h4>
                <ul class="hp-cards" role="list">
                    { for paths.into_iter().map(|path| {
                        let onclick = ui.on(Action::OpenPath(path.id.clone()));
                        html! {
                            <li class="hp-card" key={path.id.clone()}>
                                <h5 class="hp-card-title">
                                    <button type="button" class="hp-link-button hp-card-button" {onclick}>{ &path.name }</button>
                                </h5>
                                <p>{ &path.summary }</p>
                                { school_line(ui, path, false) }
                                <ul class="hp-tags" role="list">
                                    <li>{ m.format("paths.first_job", &[("time", &months(guide, path))]) }</li>
                                    <li>{ m.text(contact_key(path.patient_contact)) }</li>
                                    <li>{ m.text(remote_key(path.remote_work)) }</li>
                                </ul>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    };
    html! {
        <>
            <p class="hp-count" role="status">{ count }</p>
            if shown.is_empty() {
                <p class="hp-paths-none">
                    { m.text("paths.none") }{ " " }
                    <button type="button" class="hp-link-button" onclick={reset}>{ m.text("paths.reset") }</button>
                </p>
            }
            { section(PathKind::Specialty, "paths.specialties", "hp-specialties") }
            { section(PathKind::Related, "paths.related", "hp-related") }
        </>
    }
}
