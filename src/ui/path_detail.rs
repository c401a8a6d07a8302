//! Everything about one path: the work, the facts, the steps, the certifications, pay and
//! outlook with their sources, and the school's call to action. Shown in the paths view
//! (the quiz results lead there).

use super::context::{Guide, Ui};
use super::events::HostEvent;
use super::pay::pay_by_state;
use super::school::school_programs;
use super::state::Action;
use crate::core::dataset::{Occupation, Path, PatientContact, RemoteWork};
use crate::core::format::{dollars, grouped, month_year};
use yew::prelude::*;

/// A path's details (the path at `index` in the dataset), under `h4` section headings; the
/// path's own name is its caller's `h3`.
pub fn path_detail(ui: &Ui, index: usize) -> Html {
    let guide = &ui.guide;
    let Some(path) = guide.dataset.paths.get(index) else {
        return Html::default();
    };
    let m = &guide.messages;
    let heading = |key: &str| html! { <h4 class="hp-h">{ m.text(key) }</h4> };
    let certifications = &path.certifications;
    let compare_all = ui.on(Action::Compare(
        certifications.iter().take(4).cloned().collect(),
    ));
    html! {
        <div class="hp-detail">
            <p class="hp-detail-summary">{ &path.summary }</p>
            { heading("detail.work") }
            <p>{ &path.work }</p>
            <p>{ &path.workplaces }</p>
            <dl class="hp-facts">
                { fact(m.text("detail.patient_contact"), m.text(contact_key(path.patient_contact))) }
                { fact(m.text("detail.remote"), m.text(remote_key(path.remote_work))) }
                { fact(m.text("detail.education"), &path.education) }
                { fact(m.text("detail.time"), &months(guide, path)) }
            </dl>
            { heading("detail.steps") }
            <ol class="hp-steps">
                { for path.steps.iter().map(|step| html! {
                    <li><strong>{ &step.title }</strong>{ " " }{ &step.detail }</li>
                }) }
            </ol>
            { heading("detail.certifications") }
            <ul class="hp-cert-links">
                { for certifications.iter().filter_map(|id| guide.dataset.certification(id)).map(|cert| {
                    let onclick = ui.on(Action::Compare(vec![cert.id.clone()]));
                    html! {
                        <li>
                            <button type="button" class="hp-link-button" {onclick}>
                                // Names as issued, in English in every language.
                                <span lang="en"><strong>{ &cert.abbreviation }</strong>{ " – " }{ &cert.name }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if certifications.len() > 1 {
                <button type="button" class="hp-button hp-button-secondary hp-no-print" onclick={compare_all}>
                    { m.text("detail.compare_all") }
                </button>
            }
            { heading("detail.pay") }
            if let Some(occupation) = guide.dataset.occupation(&path.occupation) {
                { pay_and_outlook(guide, occupation) }
            }
            { school_programs(ui, path) }
            { call_to_action(ui) }
        </div>
    }
}

fn fact(term: &str, value: &str) -> Html {
    html! { <div><dt>{ term }</dt><dd>{ value }</dd></div> }
}

/// The locale key of a patient-contact level's words.
pub fn contact_key(contact: PatientContact) -> &'static str {
    match contact {
        PatientContact::None => "contact.none",
        PatientContact::Low => "contact.low",
        PatientContact::Some => "contact.some",
        PatientContact::High => "contact.high",
    }
}

/// The locale key of a remote-work level's words.
pub fn remote_key(remote: RemoteWork) -> &'static str {
    match remote {
        RemoteWork::Rare => "remote.rare",
        RemoteWork::Sometimes => "remote.sometimes",
        RemoteWork::Common => "remote.common",
    }
}

/// Typical time to a first job, in words.
pub fn months(guide: &Guide, path: &Path) -> String {
    let range = path.months_to_entry;
    let (min, max) = (range.min.to_string(), range.max.to_string());
    if range.min == range.max {
        guide
            .messages
            .format("detail.months_exact", &[("months", &min)])
    } else {
        guide
            .messages
            .format("detail.months_range", &[("min", &min), ("max", &max)])
    }
}

/// The newest pay and outlook with their sources, and earlier editions for contrast.
fn pay_and_outlook(guide: &Guide, occupation: &Occupation) -> Html {
    let m = &guide.messages;
    let source_name = |id: &str| {
        guide
            .dataset
            .source(id)
            .map(|s| s.publisher.clone())
            .unwrap_or_default()
    };
    let pay = occupation.pay.first().map(|pay| {
        let text = m.format(
            "detail.median_pay",
            &[
                ("amount", &dollars(pay.median_annual)),
                ("date", &month_year(m, pay.month, pay.year)),
                ("source", &source_name(&pay.source)),
            ],
        );
        html! {
            <p class="hp-figure">
                { text }{ source_link(guide, &pay.source) }{ figure_note(pay.note.as_deref()) }
            </p>
        }
    });
    let outlook = occupation.outlook.first().map(|o| {
        let direction = match o.growth_percent {
            0 => "detail.growth_flat",
            p if p > 0 => "detail.growth_up",
            _ => "detail.growth_down",
        };
        let mut text = m.format(
            direction,
            &[
                ("percent", &o.growth_percent.unsigned_abs().to_string()),
                ("from", &o.from_year.to_string()),
                ("to", &o.to_year.to_string()),
                ("source", &source_name(&o.source)),
            ],
        );
        if let Some(openings) = o.openings_per_year {
            text.push(' ');
            text.push_str(&m.format("detail.openings", &[("openings", &grouped(openings))]));
        }
        html! {
            <p class="hp-figure">
                { text }{ source_link(guide, &o.source) }{ figure_note(o.note.as_deref()) }
            </p>
        }
    });
    html! {
        <>
            <p class="hp-occupation">{ m.format("detail.occupation", &[("name", &occupation.name), ("soc", &occupation.soc)]) }</p>
            { for pay }
            { pay_by_state(guide, occupation, |id, note| html! { <>{ source_link(guide, id) }{ figure_note(note) }</> }) }
            { for outlook }
            if occupation.pay.len() > 1 || occupation.outlook.len() > 1 {
                { history(guide, occupation) }
            }
        </>
    }
}

/// A figure's caveat from the dataset (e.g. what the figure covers), on a line of its own.
fn figure_note(note: Option<&str>) -> Html {
    match note {
        Some(note) => html! { <span class="hp-note hp-figure-note">{ note }</span> },
        None => Html::default(),
    }
}

fn source_link(guide: &Guide, id: &str) -> Html {
    // The title goes in its own element, which can carry the source's language.
    let (before, after) = guide.messages.around("detail.source_hidden", "title");
    match guide.dataset.source(id) {
        Some(source) => html! {
            <>
                { " " }
                <a class="hp-link" href={source.url.clone()} target="_blank" rel="noopener noreferrer">
                    { guide.messages.text("detail.source") }
                    <span class="hp-visually-hidden">
                        { before }<span lang={source.lang.clone()}>{ &source.title }</span>{ after }
                    </span>
                </a>
            </>
        },
        None => Html::default(),
    }
}

/// Earlier editions of the pay and outlook figures, collapsed.
fn history(guide: &Guide, occupation: &Occupation) -> Html {
    let m = &guide.messages;
    html! {
        <details class="hp-history">
            <summary>{ m.text("detail.history") }</summary>
            <table class="hp-history-table">
                <caption>{ m.format("detail.history_pay_caption", &[("name", &occupation.name)]) }</caption>
                <thead><tr>
                    <th scope="col">{ m.text("detail.history_when") }</th>
                    <th scope="col">{ m.text("detail.history_median") }</th>
                </tr></thead>
                <tbody>
                    { for occupation.pay.iter().map(|pay| html! {
                        <tr>
                            <th scope="row">{ month_year(m, pay.month, pay.year) }</th>
                            <td>
                                { dollars(pay.median_annual) }
                                if let Some(note) = &pay.note { <span class="hp-note">{ format!(" ({note})") }</span> }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <table class="hp-history-table">
                <caption>{ m.format("detail.history_growth_caption", &[("name", &occupation.name)]) }</caption>
                <thead><tr>
                    <th scope="col">{ m.text("detail.history_period") }</th>
                    <th scope="col">{ m.text("detail.history_growth") }</th>
                </tr></thead>
                <tbody>
                    { for occupation.outlook.iter().map(|o| html! {
                        <tr>
                            <th scope="row">{ m.format("detail.period", &[("from", &o.from_year.to_string()), ("to", &o.to_year.to_string())]) }</th>
                            <td>
                                { m.format("detail.percent", &[("percent", &o.growth_percent.to_string())]) }
                                if let Some(note) = &o.note { <span class="hp-note">{ format!(" ({note})") }</span> }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// The school's program link, when the host or the dataset names one; following it is
/// told to the host page.
pub fn call_to_action(ui: &Ui) -> Html {
    match &ui.guide.program {
        Some(program) => {
            let url = program.url.clone();
            let onclick = ui
                .events
                .reform(move |_| HostEvent::CallToAction(url.clone(), None));
            html! {
                <p class="hp-cta">
                    <a class="hp-button hp-cta-link" href={program.url.clone()} {onclick}>
                        { ui.messages().format("detail.cta", &[("program", &program.name)]) }
                    </a>
                </p>
            }
        }
        None => Html::default(),
    }
}
