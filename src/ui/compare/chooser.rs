//! Choosing what to compare: a search box, a path and an issuer filter, and one checkbox
//! per certification that passes them.

use super::value_of;
use crate::core::compare::{filter, issuers, paths, MAX};
use crate::core::dataset::CertificationStatus;
use crate::ui::context::Guide;
use crate::ui::focus::focus;
use yew::prelude::*;

/// The chooser's own state: what is typed and picked in the filters.
#[derive(Clone)]
pub struct Filters {
    /// The search box itself, which takes focus when the filters are cleared.
    pub search_box: NodeRef,
    /// The search box's text.
    pub query: UseStateHandle<String>,
    /// The chosen path id, empty for any.
    pub path: UseStateHandle<String>,
    /// The chosen issuer id, empty for any.
    pub issuer: UseStateHandle<String>,
}

/// The search box, the filters and the certifications to tick; `skip` moves a keyboard user
/// past the list to the comparison.
pub fn chooser(
    guide: &Guide,
    filters: &Filters,
    chosen: &[String],
    toggle: &Callback<String>,
    skip: Callback<MouseEvent>,
) -> Html {
    let m = &guide.messages;
    let data = &guide.dataset;
    let Filters {
        query,
        path,
        issuer,
        search_box,
    } = filters;
    let (q, p, i): (&str, &str, &str) = (query, path, issuer);
    let shown = filter(data, q, p, i);
    let full = chosen.len() >= MAX;
    let max = MAX.to_string();

    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: Event| state.set(value_of(&e)))
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(value_of(&e)))
    };
    let clear_filters = {
        let (query, path, issuer) = (query.clone(), path.clone(), issuer.clone());
        let search_box = search_box.clone();
        Callback::from(move |_: MouseEvent| {
            query.set(String::new());
            path.set(String::new());
            issuer.set(String::new());
            // The button goes away with the empty result; the search box is where to go on.
            focus(&search_box);
        })
    };
    let option = |value: &str, label: &str, current: &str| {
        html! { <option value={value.to_owned()} selected={value == current}>{ label.to_owned() }</option> }
    };
    let shown_count = m.format(
        "compare.count",
        &[
            ("shown", &shown.len().to_string()),
            ("total", &data.certifications.len().to_string()),
        ],
    );
    let chosen_count = m.format(
        "compare.chosen",
        &[("count", &chosen.len().to_string()), ("max", &max)],
    );

    html! {
        <fieldset class="hp-cmp-chooser hp-no-print">
            <legend class="hp-cmp-legend">{ m.text("compare.choose") }</legend>
            <div class="hp-cmp-filters">
                <div class="hp-cmp-field hp-cmp-search">
                    <label for="hp-cmp-q">{ m.text("compare.search") }</label>
                    <input id="hp-cmp-q" type="search" autocomplete="off" value={q.to_owned()} ref={search_box.clone()}
                        aria-describedby="hp-cmp-count" oninput={on_query} />
                </div>
                <div class="hp-cmp-field">
                    <label for="hp-cmp-path">{ m.text("compare.path") }</label>
                    // `~value` sets the property: after the visitor has picked, browsers (Firefox)
                    // ignore a change of the options' selected attributes, e.g. on Clear.
                    <select id="hp-cmp-path" onchange={set(path)} ~value={p.to_owned()}>
                        { option("", m.text("compare.path.any"), p) }
                        { for paths(data).into_iter().map(|x| option(&x.id, &x.name, p)) }
                    </select>
                </div>
                <div class="hp-cmp-field">
                    <label for="hp-cmp-issuer">{ m.text("compare.issuer") }</label>
                    <select id="hp-cmp-issuer" onchange={set(issuer)} ~value={i.to_owned()}>
                        { option("", m.text("compare.issuer.any"), i) }
                        { for issuers(data).into_iter().map(|o| option(&o.id, &o.abbreviation, i)) }
                    </select>
                </div>
            </div>
            // How many match is a status message, so it is heard while typing; the live
            // region above already says what was added or removed.
            <p id="hp-cmp-count" class="hp-cmp-count">
                <span role="status">{ shown_count }</span>{ " " }{ chosen_count }
            </p>
            if full {
                <p class="hp-cmp-full">{ m.format("compare.full", &[("max", &max)]) }</p>
            }
            if shown.is_empty() {
                <p class="hp-cmp-none">
                    { m.text("compare.none_found") }{ " " }
                    <button type="button" class="hp-link-button" onclick={clear_filters}>
                        { m.text("compare.clear_filters") }
                    </button>
                </p>
            }
            // Shown when focused: Tab from the filters reaches it before the whole list.
            <button type="button" class="hp-link-button hp-skip" onclick={skip}>{ m.text("compare.skip_list") }</button>
            // A scrolling list: Firefox would make it a tab stop of its own, between the skip
            // link and the first checkbox; the checkboxes scroll it into view as they take focus.
            <ul class="hp-cmp-options" role="list" tabindex="-1">
                { for shown.into_iter().map(|c| {
                    let checked = chosen.contains(&c.id);
                    let id = c.id.clone();
                    let issuer = data.organization(&c.issuer).map_or(c.issuer.as_str(), |o| o.abbreviation.as_str());
                    html! {
                        <li key={c.id.clone()}>
                            <label class="hp-cmp-option">
                                <input type="checkbox" {checked} disabled={full && !checked}
                                    onchange={toggle.reform(move |_| id.clone())} />
                                <span>
                                    // Names as issued, in English in every language.
                                    <span lang="en"><strong>{ &c.abbreviation }</strong>{ " " }{ &c.name }</span>{ " " }
                                    <span class="hp-cmp-issuer">{ issuer }</span>
                                    if c.status == CertificationStatus::Unconfirmed {
                                        { " " }<span class="hp-cmp-badge">{ m.text("compare.unconfirmed_badge") }</span>
                                    }
                                </span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
