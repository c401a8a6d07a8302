//! The chosen certifications side by side: a real table, one column per certification and
//! one row per attribute. Rows where they differ are marked in words ("Differs") as well as
//! by colour. In a narrow widget the rows stack as cards and each value carries its
//! certification's abbreviation (see `styles/compare.css`); explicit ARIA roles keep the
//! table a table for screen readers when its display changes.

use super::Changes;
use crate::core::compare::{Attribute, Cell, Comparison, Value, MIN};
use crate::core::dataset::CertificationStatus;
use crate::ui::context::Guide;
use crate::ui::state::Action;
use yew::prelude::*;

/// The chosen list, the "only differences" switch and the table (or what to do first).
pub fn results(
    guide: &Guide,
    dispatch: &Callback<Action>,
    comparison: &Comparison,
    changes: &Changes,
    clear: Callback<MouseEvent>,
    only_differences: &UseStateHandle<bool>,
    announcement: &UseStateHandle<String>,
) -> Html {
    let m = &guide.messages;
    let columns = &comparison.columns;
    if columns.is_empty() {
        return html! { <p class="hp-cmp-empty">{ m.text("compare.empty") }</p> };
    }
    let compared = columns.len() >= MIN;
    let only = compared && **only_differences;
    let same = comparison
        .rows
        .iter()
        .filter(|r| r.is_hidden_when_only_differences())
        .count();
    let names: Vec<&str> = columns.iter().map(|c| c.abbreviation.as_str()).collect();
    let on_only = {
        let (state, announcement) = (only_differences.clone(), announcement.clone());
        Callback::from(move |_: Event| {
            // What was last said about the chosen list no longer applies.
            announcement.set(String::new());
            state.set(!*state)
        })
    };
    let chips = columns.iter().map(|c| {
        let id = c.id.clone();
        html! {
            <li key={c.id.clone()}>
                <button type="button" class="hp-button hp-button-secondary hp-cmp-chip"
                    onclick={changes.remove.reform(move |_| id.clone())}>
                    { m.format("compare.remove", &[("name", &c.abbreviation)]) }
                </button>
            </li>
        }
    });
    let head = columns.iter().map(|c| {
        html! {
            <th scope="col" role="columnheader" key={c.id.clone()}>
                <span class="hp-cmp-abbr">{ &c.abbreviation }</span>
                if c.status == CertificationStatus::Unconfirmed {
                    { " " }<span class="hp-cmp-badge">{ m.text("compare.unconfirmed_badge") }</span>
                }
            </th>
        }
    });
    let rows = comparison
        .rows
        .iter()
        .filter(|r| !only || !r.is_hidden_when_only_differences())
        .map(|row| {
            let differs = compared && row.is_difference();
            html! {
                <tr role="row" class={classes!(differs.then_some("hp-cmp-differs"))}>
                    <th scope="row" role="rowheader">
                        if let (Attribute::School, Some(school)) = (row.attribute, &guide.school) {
                            { m.format(row.attribute.key(), &[("school", &school.name)]) }
                        } else {
                            { m.text(row.attribute.key()) }
                        }
                        if differs {
                            { " " }<span class="hp-cmp-tag">{ m.text("compare.differs") }</span>
                        }
                    </th>
                    { for row.cells.iter().zip(columns).map(|(cell, c)| html! {
                        <td role="cell">
                            <span class="hp-cmp-label" aria-hidden="true">{ &c.abbreviation }</span>
                            { cell_body(cell, dispatch, m.text("link.new_tab")) }
                        </td>
                    }) }
                </tr>
            }
        });

    html! {
        <>
            <ul class="hp-cmp-chips hp-no-print" role="list">
                { for chips }
                <li>
                    <button type="button" class="hp-link-button hp-cmp-clear" onclick={clear}>
                        { m.text("compare.clear") }
                    </button>
                </li>
            </ul>
            if compared {
                <label class="hp-cmp-check hp-no-print">
                    <input type="checkbox" checked={only} onchange={on_only} />
                    { m.text("compare.only_differences") }
                </label>
                // Says what the switch hid, or why nothing was hidden, as it changes.
                <p class="hp-cmp-count" role="status">
                    if only {
                        if same > 0 {
                            { m.format_count("compare.hidden_same", same, &[]) }
                        } else {
                            { m.text("compare.none_same") }
                        }
                    }
                </p>
            } else {
                <p class="hp-cmp-empty">{ m.text("compare.one_more") }</p>
            }
            <table class="hp-cmp-table" role="table">
                <caption>{ m.format("compare.caption", &[("names", &names.join(", "))]) }</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell" class="hp-cmp-corner"></td>
                        { for head }
                    </tr>
                </thead>
                <tbody role="rowgroup">{ for rows }</tbody>
            </table>
        </>
    }
}

/// One cell's value, then its warning and notes; `new_tab` is the hidden words that say a link opens a new tab.
fn cell_body(cell: &Cell, dispatch: &Callback<Action>, new_tab: &str) -> Html {
    let value = match &cell.value {
        Value::Text(text) => html! { <p>{ text }</p> },
        Value::Unknown(text) => html! { <p class="hp-cmp-unknown"><strong>{ text }</strong></p> },
        Value::List(items) => html! {
            <ul class="hp-cmp-list">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        },
        Value::Paths(paths) => html! {
            <ul class="hp-cmp-list hp-cmp-links" role="list">
                { for paths.iter().map(|(id, name)| {
                    let id = id.clone();
                    html! {
                        <li>
                            <button type="button" class="hp-link-button"
                                onclick={dispatch.reform(move |_| Action::OpenPath(id.clone()))}>
                                { name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        },
        Value::Links(links) => html! {
            <ul class="hp-cmp-list hp-cmp-links" role="list">
                { for links.iter().map(|link| html! {
                    // As in a path's details: the school's page and the comparison stay open.
                    <li>
                        <a class="hp-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer">
                            <span lang={link.lang.clone()}>{ &link.text }</span>
                            <span class="hp-visually-hidden">{ new_tab }</span>
                        </a>
                    </li>
                }) }
            </ul>
        },
    };
    html! {
        <>
            { value }
            if let Some(warning) = &cell.warning {
                <p class="hp-cmp-warning">{ warning }</p>
            }
            { for cell.notes.iter().map(|n| html! { <p class="hp-cmp-note">{ n }</p> }) }
        </>
    }
}
