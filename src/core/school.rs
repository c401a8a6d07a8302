//! A school's profile: a small file beside the dataset (the default one or the school's own)
//! that says which of the school's programs lead to which paths and certifications, and how
//! the school wants the guide shown (its state for pay, paths featured first or hidden, its
//! call to action). The school keeps it without forking the dataset, which stays current.
//!
//! It is read like a dataset: strictly (an unknown field is an error), then checked against
//! the dataset it overlays by [`validate_school`](super::validate::validate_school). See
//! `docs/school.md`.

use super::dataset::{Dataset, Path, Program};
use super::parse::read_strict;
use super::problem::Report;
use super::quiz::sort_stable;
use super::validate::validate_school;

/// The profile format version this build reads.
pub const SCHOOL_SCHEMA_VERSION: u32 = 1;

/// The largest profile file accepted, in bytes.
pub const MAX_SCHOOL_BYTES: usize = 256 * 1024;

record! {
    /// A school's profile.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SchoolProfile {
        /// The JSON Schema, for editors that check as you type (ignored by the widget).
        pub schema = "$schema": Option<String>,
        /// The format version, `1`.
        pub schema_version: u32,
        /// The school's name as students know it (e.g. `Lakeview College`).
        pub name: String,
        /// The US state whose pay shows beside the national figures (USPS code), as the
        /// element's `region` attribute sets it.
        pub region: Option<String>,
        /// The general call to action, in place of the dataset's.
        pub program: Option<Program>,
        /// Ids of paths to show first in the list of paths (the quiz's ranking never changes).
        pub featured: Option<Vec<String>>,
        /// Ids of paths never to show.
        pub hidden: Option<Vec<String>>,
        /// The school's programs.
        pub programs: Vec<SchoolProgram>,
    }
}

record! {
    /// One of the school's programs.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SchoolProgram {
        /// Stable id (e.g. `medical-coding-certificate`).
        pub id: String,
        /// Name as the school writes it (e.g. `Medical Coding Certificate`).
        pub name: String,
        /// The name in other languages, when the school has one.
        pub names: Option<Vec<ProgramName>>,
        /// Link to the program's page, `https:` or `http:`.
        pub url: String,
        /// What a student earns.
        pub award: Award,
        /// How it is taught.
        pub delivery: ProgramDelivery,
        /// Typical length for a full-time student, in months, when the school states it.
        pub months: Option<u16>,
        /// Ids of the dataset's paths the program leads to (at least one).
        pub paths: Vec<String>,
        /// Ids of the dataset's certifications it prepares students for.
        pub certifications: Vec<String>,
    }
}

record! {
    /// A program's name in another language.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProgramName {
        /// The language, as in the dataset's `meta.locale` (e.g. `es-US`).
        pub lang: String,
        /// The name in that language.
        pub name: String,
    }
}

/// What a program awards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum Award {
    /// A certificate (for example a one-year coding certificate).
    #[serde(rename = "certificate")]
    Certificate,
    /// An associate degree (AAS, AS).
    #[serde(rename = "associate")]
    Associate,
    /// A bachelor's degree.
    #[serde(rename = "bachelor")]
    Bachelor,
    /// A master's degree.
    #[serde(rename = "master")]
    Master,
}

/// How a program is taught.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum ProgramDelivery {
    /// In classrooms on campus.
    #[serde(rename = "on_campus")]
    OnCampus,
    /// Online.
    #[serde(rename = "online")]
    Online,
    /// Partly online, partly on campus.
    #[serde(rename = "hybrid")]
    Hybrid,
}

impl SchoolProgram {
    /// The program's name in the language of `locale` (`es-US`), else as the school writes it.
    pub fn name_in(&self, locale: &str) -> &str {
        self.names
            .iter()
            .flatten()
            .find(|n| n.lang == locale)
            .map_or(self.name.as_str(), |n| n.name.as_str())
    }
}

impl SchoolProfile {
    /// The programs that lead to the path `id`, in the profile's order.
    pub fn programs_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a SchoolProgram> {
        self.programs
            .iter()
            .filter(move |p| p.paths.iter().any(|p| p == id))
    }

    /// The programs that prepare for the certification `id`, in the profile's order.
    pub fn programs_preparing<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a SchoolProgram> {
        self.programs
            .iter()
            .filter(move |p| p.certifications.iter().any(|c| c == id))
    }

    /// The program that comes closest to `path` when none leads to it: the one that prepares
    /// for most of the path's certifications (the first in the profile on a tie), with the
    /// certifications they share; none when no program prepares for any of them.
    pub fn nearest<'a>(&'a self, path: &'a Path) -> Option<(&'a SchoolProgram, Vec<&'a str>)> {
        let shared = |program: &'a SchoolProgram| -> Vec<&'a str> {
            (path.certifications.iter())
                .filter(|id| program.certifications.contains(id))
                .map(String::as_str)
                .collect()
        };
        let mut best: Option<(&SchoolProgram, Vec<&str>)> = None;
        for program in &self.programs {
            let ids = shared(program);
            if ids.len() > best.as_ref().map_or(0, |(_, b)| b.len()) {
                best = Some((program, ids));
            }
        }
        best
    }

    /// Puts the featured paths first, in the profile's order; the others keep theirs.
    pub fn featured_first(&self, paths: &mut [&Path]) {
        let featured = self.featured.as_deref().unwrap_or_default();
        let place = |path: &Path| featured.iter().position(|f| *f == path.id);
        sort_stable(paths, |a, b| {
            place(a).unwrap_or(usize::MAX) < place(b).unwrap_or(usize::MAX)
        });
    }

    /// Applies the profile to the dataset it was checked against: hidden paths leave it
    /// (nothing links to them any more: results, lists, the comparison's "paths it fits"),
    /// and its call to action, when it has one, replaces the dataset's.
    pub fn overlay(&self, dataset: &mut Dataset) {
        let hidden = self.hidden.as_deref().unwrap_or_default();
        dataset.paths.retain(|p| !hidden.contains(&p.id));
        if self.program.is_some() {
            dataset.program.clone_from(&self.program);
        }
    }
}

/// Reads a profile and checks it against `dataset`: `Ok` with any warnings when it can be
/// used, `Err` with every problem otherwise. A text that does not read is refused with one
/// problem, as a dataset is.
pub fn read_school(text: &str, dataset: &Dataset) -> Result<(SchoolProfile, Report), Report> {
    let profile: SchoolProfile = read_strict(text, MAX_SCHOOL_BYTES)?;
    let mut report = Report::default();
    validate_school(&profile, dataset, &mut report);
    if report.has_errors() {
        Err(report)
    } else {
        Ok((profile, report))
    }
}

/// Like [`read_school`], with the same verdict, but a profile of the wrong shape is placed as
/// the checker does: the JSON path of the value that does not fit, and what serde says of it.
#[cfg(feature = "cli")]
pub fn read_school_thorough(
    text: &str,
    dataset: &Dataset,
) -> Result<(SchoolProfile, Report), Report> {
    read_school(text, dataset).map_err(|report| {
        let text = super::parse::without_byte_order_mark(text);
        let wrong_shape =
            (report.problems.iter()).any(|p| p.code == super::problem::Code::WrongShape);
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        match serde_path_to_error::deserialize::<_, SchoolProfile>(deserializer) {
            Err(error) if wrong_shape => {
                let path = error.path().to_string();
                let path = if path == "." { String::new() } else { path };
                let problem = super::parse::serde_shape(&path, &error.into_inner().to_string());
                Report {
                    problems: vec![problem],
                }
            }
            _ => report,
        }
    })
}
