//! The filters a student cares about: time to a first job, patient contact, working from home.

use crate::core::dataset::{Path, PatientContact, RemoteWork};
use crate::ui::context::Ui;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The chosen filters; `None` means any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filters {
    /// Longest acceptable typical time to a first job, in months.
    pub within_months: Option<u16>,
    /// Whether the student wants little patient contact (`Some(false)`) or a lot (`Some(true)`).
    pub patient_contact: Option<bool>,
    /// Only paths where working from home is common.
    pub remote: bool,
}

impl Filters {
    /// Whether a path passes every chosen filter.
    pub fn admits(&self, path: &Path) -> bool {
        let quick = self
            .within_months
            .is_none_or(|months| path.months_to_entry.min <= months);
        let contact = self.patient_contact.is_none_or(|wants| {
            wants
                == matches!(
                    path.patient_contact,
                    PatientContact::Some | PatientContact::High
                )
        });
        let remote = !self.remote || path.remote_work == RemoteWork::Common;
        quick && contact && remote
    }
}

/// One option of a filter: its value in the page, its label's message key, and the filters
/// the student gets by choosing it. One table both draws the options and reads the choice.
type Choice = (&'static str, &'static str, Filters);

/// Three labelled selects showing `current`; `on_change` receives the new filters.
pub fn filter_bar(ui: &Ui, current: Filters, on_change: Callback<Filters>) -> Html {
    let m = ui.messages();
    let select = |id: &str, label: &str, choices: Vec<Choice>| {
        // The option whose filters are the current ones is the one chosen.
        let selected = choices.iter().find(|c| c.2 == current).map_or("", |c| c.0);
        let options: Html = choices
            .iter()
            .map(|&(value, key, _)| {
                html! {
                    <option {value} selected={value == selected}>{ m.text(key) }</option>
                }
            })
            .collect();
        let on_change = on_change.clone();
        let onchange = Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                if let Some(choice) = choices.iter().find(|c| c.0 == value) {
                    on_change.emit(choice.2);
                }
            }
        });
        html! {
            <div class="hp-filter">
                <label for={id.to_owned()}>{ m.text(label) }</label>
                // `~value` sets the property: once the visitor has picked, browsers (Firefox)
                // ignore a change of the options' selected attributes, e.g. on Show all.
                <select id={id.to_owned()} {onchange} ~value={selected}>{ options }</select>
            </div>
        }
    };
    let months = |within_months| Filters {
        within_months,
        ..current
    };
    let contact = |patient_contact| Filters {
        patient_contact,
        ..current
    };
    let remote = |remote| Filters { remote, ..current };
    html! {
        <div class="hp-filters" role="group" aria-label={m.text("paths.filters").to_owned()}>
            { select("hp-filter-time", "paths.filter_time", vec![
                ("any", "paths.any", months(None)),
                ("12", "paths.within_year", months(Some(12))),
                ("24", "paths.within_two_years", months(Some(24))),
            ]) }
            { select("hp-filter-contact", "paths.filter_contact", vec![
                ("any", "paths.any", contact(None)),
                ("little", "paths.contact_little", contact(Some(false))),
                ("lots", "paths.contact_lots", contact(Some(true))),
            ]) }
            { select("hp-filter-remote", "paths.filter_remote", vec![
                ("any", "paths.any", remote(false)),
                ("common", "paths.remote_common", remote(true)),
            ]) }
        </div>
    }
}
