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

/// Three labelled selects showing `current`; `on_change` receives the new filters.
pub fn filter_bar(ui: &Ui, current: Filters, on_change: Callback<Filters>) -> Html {
    let m = ui.messages();
    let select = |id: &str,
                  label: &str,
                  options: Vec<(&str, &str)>,
                  selected: &str,
                  apply: fn(Filters, &str) -> Filters| {
        let on_change = on_change.clone();
        let onchange = Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                on_change.emit(apply(current, &select.value()));
            }
        });
        html! {
            <div class="hp-filter">
                <label for={id.to_owned()}>{ m.text(label) }</label>
                // `~value` sets the property: once the visitor has picked, browsers (Firefox)
                // ignore a change of the options' selected attributes, e.g. on Show all.
                <select id={id.to_owned()} {onchange} ~value={selected.to_owned()}>
                    { for options.into_iter().map(|(value, key)| html! {
                        <option value={value.to_owned()} selected={value == selected}>{ m.text(key) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let time = match current.within_months {
        Some(12) => "12",
        Some(24) => "24",
        _ => "any",
    };
    let contact = match current.patient_contact {
        Some(false) => "little",
        Some(true) => "lots",
        None => "any",
    };
    html! {
        <div class="hp-filters" role="group" aria-label={m.text("paths.filters").to_owned()}>
            { select("hp-filter-time", "paths.filter_time", vec![("any", "paths.any"), ("12", "paths.within_year"), ("24", "paths.within_two_years")], time,
                |f, v| Filters { within_months: v.parse().ok(), ..f }) }
            { select("hp-filter-contact", "paths.filter_contact", vec![("any", "paths.any"), ("little", "paths.contact_little"), ("lots", "paths.contact_lots")], contact,
                |f, v| Filters { patient_contact: match v { "little" => Some(false), "lots" => Some(true), _ => None }, ..f }) }
            { select("hp-filter-remote", "paths.filter_remote", vec![("any", "paths.any"), ("common", "paths.remote_common")], if current.remote { "common" } else { "any" },
                |f, v| Filters { remote: v == "common", ..f }) }
        </div>
    }
}
