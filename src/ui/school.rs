//! The school's own programs, from its profile: on a path's details, beside each result and
//! path card, and what the web editor is told when the profile cannot be used.

use super::context::Ui;
use super::dataset_error::problem_list;
use super::events::HostEvent;
use super::load::{DatasetError, Failure, SCHOOL_WAIT_MS};
use crate::core::dataset::Path;
use crate::core::i18n::{fill, Messages};
use crate::core::school::{Award, ProgramDelivery, SchoolProfile, SchoolProgram};
use yew::prelude::*;

/// The part of a path's details about the school, under its name: each program that leads
/// to the path, with what it awards, how it is taught, how long it takes and what it
/// prepares for; or that the school has none, and the closest one.
pub fn school_programs(ui: &Ui, path: &Path) -> Html {
    let Some(school) = &ui.guide.school else {
        return Html::default();
    };
    let m = ui.messages();
    let programs: Vec<_> = school.programs_for(&path.id).collect();
    html! {
        <>
            <h4 class="hp-h">{ m.format("school.heading", &[("school", &school.name)]) }</h4>
            if programs.is_empty() {
                <p class="hp-school">{ no_program(ui, school, path) }</p>
            } else {
                <ul class="hp-programs">
                    { for programs.iter().map(|program| html! {
                        <li>{ program_link(ui, program) }{ " " }{ facts(ui, program) }</li>
                    }) }
                </ul>
            }
        </>
    }
}

/// One line about the school on a result (`say_none`: also when it has no program for
/// `path`) or a path card (only when it has one).
pub fn school_line(ui: &Ui, path: &Path, say_none: bool) -> Html {
    let Some(school) = &ui.guide.school else {
        return Html::default();
    };
    let m = ui.messages();
    let programs: Vec<_> = school.programs_for(&path.id).collect();
    html! {
        if !programs.is_empty() {
            <p class="hp-school">
                <strong>{ m.format("school.at", &[("school", &school.name)]) }</strong>
                { for programs.iter().enumerate().map(|(i, program)| html! {
                    <>{ if i == 0 { " " } else { ", " } }{ program_link(ui, program) }</>
                }) }
            </p>
        } else if say_none {
            <p class="hp-school">{ no_program(ui, school, path) }</p>
        }
    }
}

/// That the school has no program for `path`, and the one that comes closest, if any.
fn no_program(ui: &Ui, school: &SchoolProfile, path: &Path) -> Html {
    let m = ui.messages();
    let none = m.format("school.none", &[("school", &school.name)]);
    match school.nearest(path) {
        Some((program, shared)) => {
            let (before, after) = m.around("school.nearest", "program");
            let names = abbreviations(ui, &shared);
            let after = fill(after, &[("certifications", &names)]);
            html! { <>{ none }{ " " }{ before }{ program_link(ui, program) }{ after }</> }
        }
        None => html! { { none } },
    }
}

/// A link to one of the school's programs, named in the widget's language. Following it is
/// told to the host page with the program's id.
fn program_link(ui: &Ui, program: &SchoolProgram) -> Html {
    let (url, id) = (program.url.clone(), program.id.clone());
    let onclick =
        (ui.events).reform(move |_| HostEvent::CallToAction(url.clone(), Some(id.clone())));
    html! {
        <a class="hp-link" href={program.url.clone()} {onclick}>
            { program.name_in(&ui.dataset().meta.locale) }
        </a>
    }
}

/// What a program awards, how it is taught, how long it takes and what it prepares for:
/// "Certificate, hybrid, about 9 months. Prepares for CCA, CPC."
fn facts(ui: &Ui, program: &SchoolProgram) -> String {
    let m = ui.messages();
    let award = match program.award {
        Award::Certificate => "school.certificate",
        Award::Associate => "school.associate",
        Award::Bachelor => "school.bachelor",
        Award::Master => "school.master",
    };
    let delivery = match program.delivery {
        ProgramDelivery::OnCampus => "school.on_campus",
        ProgramDelivery::Online => "school.online",
        ProgramDelivery::Hybrid => "school.hybrid",
    };
    let mut text = format!("{}, {}", m.text(award), m.text(delivery));
    if let Some(months) = program.months {
        text += ", ";
        text += &m.format("school.months", &[("months", &months.to_string())]);
    }
    text += ".";
    if !program.certifications.is_empty() {
        let names = abbreviations(ui, &program.certifications);
        text += " ";
        text += &m.format("school.prepares", &[("certifications", &names)]);
    }
    text
}

/// The abbreviations of the certifications with these ids, as a list in words: `CCA, CPC`.
fn abbreviations(ui: &Ui, ids: &[impl AsRef<str>]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| ui.dataset().certification(id.as_ref()))
        .map(|c| c.abbreviation.as_str())
        .collect();
    names.join(", ")
}

/// Tells the web editor that the profile at `url` cannot be used, and why (its problems,
/// in words fetched for them, or why it did not arrive); the guide shows without it.
pub fn school_alert(m: &Messages, error: &DatasetError, words: &[String], url: &str) -> Html {
    let why = match error {
        DatasetError::Invalid(report) => problem_list(&m.clone().with(words.to_vec()), report),
        DatasetError::Unreachable(failure) => {
            let text = match failure {
                Failure::Status(status) => {
                    m.format("error.school.status", &[("status", &status.to_string())])
                }
                Failure::Timeout => m.format(
                    "error.school.timeout",
                    &[("seconds", &(SCHOOL_WAIT_MS / 1000).to_string())],
                ),
                Failure::Network => m.text("error.school.network").to_owned(),
            };
            html! { <p>{ text }</p> }
        }
    };
    html! {
        <div class="hp-alert" role="alert">
            <p>{ m.format("error.school", &[("url", url)]) }</p>
            { why }
        </div>
    }
}
