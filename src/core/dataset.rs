//! The dataset format: every fact and every word of content the widget shows.
//!
//! A dataset is one JSON file (the embedded default in `data/`, or a school's own file).
//! These types are its single definition: the JSON Schema in `data/` is generated from them,
//! and [`crate::core::validate`] checks what the types alone cannot (references, links,
//! dates, lengths, reachability of every path by the quiz).
//!
//! Facts that can go stale are [`Fact`]s: either a known value with a source and an "as of"
//! date, or an explicit `unknown` with a note, never an invented number.
//!
//! One reader reads these types, in the widget and in the checker alike: miniserde (a
//! fraction of serde's code size), through the strict readers that [`record!`] defines with
//! each type. A field name the format does not have is an error, a field named twice keeps
//! its last value, and a required field left out is an error; optional fields are `Option`s.
//! The checker also derives serde's reader (feature `cli`), only to say where a file the one
//! reader refused goes wrong (line, column, JSON path); it never decides whether a file is
//! accepted. See "How the widget and the checker read a file" in `docs/dataset.md`.

/// Defines a dataset record (a JSON object of fixed fields) with its strict reader and its
/// field names, so that the list of names is written once: as the struct's fields.
///
/// The reader is what miniserde's derive generates, except that a field name the record
/// does not have is an error rather than ignored (a typo such as `exam_fe` must not pass
/// silently). A field whose JSON name is not its Rust name is written `name = "json": Type`.
/// With the `cli` feature it also derives the checker's serde reader and JSON Schema, which
/// refuse unknown fields the same way.
macro_rules! record {
    (
        $(#[$attr:meta])*
        pub struct $name:ident $(<$t:ident>)? {
            $(
                $(#[$field_attr:meta])*
                pub $field:ident $(= $json:literal)? : $ty:ty
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        // The checker's serde twin of the reader below, which refuses unknown fields too.
        #[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
        #[cfg_attr(feature = "cli", serde(deny_unknown_fields))]
        pub struct $name $(<$t>)? {
            $(
                $(#[$field_attr])*
                $(#[cfg_attr(feature = "cli", serde(rename = $json))])?
                pub $field: $ty,
            )*
        }

        impl $(<$t>)? $name $(<$t>)? {
            /// The field names as written in JSON, in the order of the type.
            pub const FIELDS: &'static [&'static str] = &[$(json_name!($field $($json)?)),*];
        }

        #[allow(non_camel_case_types)]
        const _: () = {
            miniserde::make_place!(Place);

            impl $(<$t: miniserde::Deserialize>)? miniserde::Deserialize for $name $(<$t>)? {
                fn begin(out: &mut Option<Self>) -> &mut dyn miniserde::de::Visitor {
                    Place::new(out)
                }
            }

            impl $(<$t: miniserde::Deserialize>)? miniserde::de::Visitor for Place<$name $(<$t>)?> {
                fn map(&mut self) -> miniserde::Result<Box<dyn miniserde::de::Map + '_>> {
                    Ok(Box::new(Fields {
                        $($field: miniserde::Deserialize::default(),)*
                        out: &mut self.out,
                    }))
                }
            }

            /// The fields read so far.
            struct Fields<'a $(, $t)?> {
                $($field: Option<$ty>,)*
                out: &'a mut Option<$name $(<$t>)?>,
            }

            impl<'a $(, $t: miniserde::Deserialize)?> miniserde::de::Map for Fields<'a $(, $t)?> {
                fn key(&mut self, key: &str) -> miniserde::Result<&mut dyn miniserde::de::Visitor> {
                    match key {
                        $(json_name!($field $($json)?) => Ok(miniserde::Deserialize::begin(&mut self.$field)),)*
                        // Unlike miniserde's derive: an unknown field is refused, not skipped.
                        _ => Err(miniserde::Error),
                    }
                }

                fn finish(&mut self) -> miniserde::Result<()> {
                    $(let $field = self.$field.take().ok_or(miniserde::Error)?;)*
                    *self.out = Some($name { $($field,)* });
                    Ok(())
                }
            }
        };
    };
}

/// A field's JSON name: the one given, or the Rust name.
macro_rules! json_name {
    ($field:ident $json:literal) => {
        $json
    };
    ($field:ident) => {
        stringify!($field)
    };
}

/// The schema version this build reads. A dataset with another `schema_version` is refused.
pub const SCHEMA_VERSION: u32 = 1;

record! {
    /// A whole dataset: metadata, the organizations that issue credentials, the specialty paths,
    /// the certifications, the occupations that carry pay and outlook figures, the quiz and the
    /// sources every fact points to.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Dataset {
        /// Address of the JSON Schema, so editors such as VS Code check the file as you type.
        pub schema = "$schema": Option<String>,
        /// Who made this dataset, for which language, and when it was last reviewed.
        pub meta: Meta,
        /// The school's own program, shown as the call to action on results and path details.
        /// The element's `program-url` and `program-name` attributes take precedence.
        pub program: Option<Program>,
        /// Bodies that issue certifications or publish figures (AHIMA, AAPC, NCRA, BLS, ...).
        pub organizations: Vec<Organization>,
        /// Specialty paths and related careers a student can choose between.
        pub paths: Vec<Path>,
        /// Certifications that can be compared side by side.
        pub certifications: Vec<Certification>,
        /// Occupations (as the Bureau of Labor Statistics defines them) with pay and outlook.
        pub occupations: Vec<Occupation>,
        /// The career-fit quiz.
        pub quiz: Quiz,
        /// Every source a fact cites, by id.
        pub sources: Vec<Source>,
    }
}

record! {
    /// Identity and provenance of a dataset.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Meta {
        /// Stable id of the dataset, lower-case letters, digits and hyphens (e.g. `hit-pathfinder-default`).
        /// Saved quiz progress is kept per dataset id and version.
        pub id: String,
        /// Version of the content, changed on every edit (e.g. `2026.11.25`).
        pub version: String,
        /// Version of this format; must be 1.
        pub schema_version: u32,
        /// Title shown at the top of the widget.
        pub title: String,
        /// One or two sentences under the title.
        pub description: String,
        /// Language and region of the content, as a BCP 47 tag (e.g. `en-US`, `es-US`).
        pub locale: String,
        /// Date the facts were last checked, `YYYY-MM-DD`.
        pub last_reviewed: String,
        /// Who maintains this dataset (a school or the HIT Pathfinder project).
        pub publisher: String,
    }
}

record! {
    /// A school's program, the call to action.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Program {
        /// Name of the program (e.g. `Health Information Technology, AAS`).
        pub name: String,
        /// Link to the program's page, `https:` or `http:`.
        pub url: String,
    }
}

record! {
    /// An organization that issues credentials or publishes figures.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Organization {
        /// Stable id (e.g. `ahima`).
        pub id: String,
        /// Short name as the organization writes it (e.g. `AHIMA`).
        pub abbreviation: String,
        /// Full name (e.g. `American Health Information Management Association`).
        pub name: String,
        /// Home page, `https:` only.
        pub url: String,
    }
}

/// How much a path involves working directly with patients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum PatientContact {
    /// Works with records, not with patients.
    #[serde(rename = "none")]
    None,
    /// Occasional contact, mostly by phone or at a desk.
    #[serde(rename = "low")]
    Low,
    /// Regular contact with patients or the public.
    #[serde(rename = "some")]
    Some,
    /// Hands-on work with patients every day.
    #[serde(rename = "high")]
    High,
}

/// How often people in a path work from home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum RemoteWork {
    /// Rarely or never: the work is on site.
    #[serde(rename = "rare")]
    Rare,
    /// Some employers allow it, usually after experience.
    #[serde(rename = "sometimes")]
    Sometimes,
    /// Common in this path.
    #[serde(rename = "common")]
    Common,
}

/// Whether a path is a specialty of health information or a related career.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum PathKind {
    /// A specialty within health information management.
    #[serde(rename = "specialty")]
    Specialty,
    /// A related career a student of the program may also consider.
    #[serde(rename = "related")]
    Related,
}

record! {
    /// A specialty path or related career.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Path {
        /// Stable id (e.g. `cancer-registry`).
        pub id: String,
        /// Specialty or related career.
        pub kind: PathKind,
        /// Name shown as a heading (e.g. `Cancer registry (oncology data)`).
        pub name: String,
        /// One paragraph: what this path is, in plain words.
        pub summary: String,
        /// What a working day is like.
        pub work: String,
        /// Where the work happens (hospitals, clinics, insurers, from home ...).
        pub workplaces: String,
        /// How much patient contact the work involves.
        pub patient_contact: PatientContact,
        /// How often people in this path work from home.
        pub remote_work: RemoteWork,
        /// Typical education, in words (e.g. `A certificate or an associate degree`).
        pub education: String,
        /// Typical time from starting school to a first job, in months (shortest and longest).
        pub months_to_entry: MonthRange,
        /// The steps to get there, in order.
        pub steps: Vec<Step>,
        /// Ids of the certifications that fit this path, most common first.
        pub certifications: Vec<String>,
        /// Id of the occupation whose pay and outlook apply to this path.
        pub occupation: String,
        /// Who tends to enjoy this path (editorial, from the sources' descriptions).
        pub fit: String,
        /// Ids of the sources for this description.
        pub sources: Vec<String>,
    }
}

record! {
    /// A range of months, shortest to longest.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct MonthRange {
        /// Shortest typical time, in months.
        pub min: u16,
        /// Longest typical time, in months.
        pub max: u16,
    }
}

record! {
    /// One step on a path (e.g. "Earn a certificate or an associate degree").
    #[derive(Debug, Clone, PartialEq)]
    pub struct Step {
        /// Short title of the step.
        pub title: String,
        /// What the step involves, in one or two sentences.
        pub detail: String,
    }
}

record! {
    /// A fact that may be unknown: either `value` (with a source and an "as of" date) or
    /// `unknown` (a note saying what is not published), never both.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Fact<T> {
        /// The value, when it is known.
        pub value: Option<T>,
        /// Why the value is not given (e.g. `Not published for 2026; sources conflict`).
        pub unknown: Option<String>,
        /// Id of the source; when absent, the item's first source.
        pub source: Option<String>,
        /// When the source said so, `YYYY` or `YYYY-MM` or `YYYY-MM-DD`; when absent, the item's `as_of`.
        pub as_of: Option<String>,
        /// A short caveat shown beside the value (e.g. `Older sources say 4 hours`).
        pub note: Option<String>,
    }
}

/// Whether a certification is offered today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum CertificationStatus {
    /// Offered today, as the sources confirm.
    #[serde(rename = "current")]
    Current,
    /// The sources do not confirm it is still offered: shown with a warning.
    #[serde(rename = "unconfirmed")]
    Unconfirmed,
}

/// Who a certification is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum CertificationLevel {
    /// Open to people starting out.
    #[serde(rename = "entry")]
    Entry,
    /// For people with some experience or a degree.
    #[serde(rename = "experienced")]
    Experienced,
    /// For specialists with years of experience.
    #[serde(rename = "advanced")]
    Advanced,
}

/// Where an exam can be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Deserialize)]
#[cfg_attr(feature = "cli", derive(serde::Deserialize, schemars::JsonSchema))]
pub enum Delivery {
    /// At a testing center.
    #[serde(rename = "test_center")]
    TestCenter,
    /// Online at home, with a live remote proctor.
    #[serde(rename = "remote")]
    Remote,
}

record! {
    /// A certification a student can earn.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Certification {
        /// Stable id, lower case (e.g. `rhit`); also used in share links.
        pub id: String,
        /// The abbreviation as issued (e.g. `RHIT`).
        pub abbreviation: String,
        /// Full name as issued (e.g. `Registered Health Information Technician`).
        pub name: String,
        /// Earlier names or abbreviations (e.g. `CTR` for ODS).
        pub formerly: Option<Vec<String>>,
        /// Id of the issuing organization.
        pub issuer: String,
        /// Whether it is offered today.
        pub status: CertificationStatus,
        /// Shown with an `unconfirmed` status: what is not confirmed and what to check.
        pub status_note: Option<String>,
        /// Who it is for.
        pub level: CertificationLevel,
        /// One or two sentences on what it shows an employer.
        pub summary: String,
        /// Who may sit the exam.
        pub eligibility: Fact<String>,
        /// Number of questions, in words (e.g. `150 (130 scored, 20 unscored)`).
        pub exam_questions: Fact<String>,
        /// Exam length in minutes.
        pub exam_minutes: Fact<u32>,
        /// Where the exam can be taken.
        pub exam_delivery: Fact<Vec<Delivery>>,
        /// Which books may be used during the exam, in words (e.g. `Code books allowed`).
        pub exam_books: Fact<String>,
        /// Exam fee.
        pub exam_fee: Fact<Fee>,
        /// What it takes to keep the credential.
        pub renewal: Fact<String>,
        /// Apprentice or provisional rules (e.g. the CPC-A rule), when there are any.
        pub apprentice: Option<Fact<String>>,
        /// Typical job titles.
        pub job_titles: Vec<String>,
        /// Ids of the paths it fits.
        pub paths: Vec<String>,
        /// Ids of the sources, main source first.
        pub sources: Vec<String>,
        /// When the sources were read, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        pub as_of: String,
    }
}

record! {
    /// An exam fee in US dollars; member and non-member prices where they differ.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Fee {
        /// Price for members of the issuing organization, in whole US dollars.
        pub member: Option<u32>,
        /// Price for everyone else, in whole US dollars.
        pub non_member: Option<u32>,
    }
}

record! {
    /// An occupation as the Bureau of Labor Statistics defines it, with its pay and outlook.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Occupation {
        /// Stable id (e.g. `medical-records-specialists`).
        pub id: String,
        /// Name as BLS writes it today.
        pub name: String,
        /// Standard Occupational Classification code (e.g. `29-2072`).
        pub soc: String,
        /// Typical education to enter, as BLS states it.
        pub entry_education: Fact<String>,
        /// Median pay figures, one per edition, newest first.
        pub pay: Vec<PayFigure>,
        /// Job outlook figures, one per projection period, newest first.
        pub outlook: Vec<OutlookFigure>,
        /// Pay in single US states, when a source publishes it: any number of figures per
        /// state, one per survey.
        pub regional_pay: Option<Vec<RegionalPay>>,
    }
}

record! {
    /// A median pay figure from one edition of the BLS data.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PayFigure {
        /// Median annual pay, in whole US dollars.
        pub median_annual: u32,
        /// Pay of the lowest-paid 10 percent (less than), when published.
        pub low_10: Option<u32>,
        /// Pay of the highest-paid 10 percent (more than), when published.
        pub high_10: Option<u32>,
        /// Year of the survey (BLS surveys pay in May).
        pub year: u16,
        /// Month of the survey, 1 to 12.
        pub month: u8,
        /// Id of the source.
        pub source: String,
        /// A caveat, e.g. that the occupation was defined differently then.
        pub note: Option<String>,
    }
}

record! {
    /// Pay in one US state (or DC) from one survey. States publish a median, a mean
    /// ("average") or both; the widget says which it shows.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RegionalPay {
        /// USPS code of the state or DC, upper case (e.g. `TX`).
        pub region: String,
        /// Median annual pay, in whole US dollars, when published.
        pub median_annual: Option<u32>,
        /// Mean (average) annual pay, in whole US dollars, when published.
        pub mean_annual: Option<u32>,
        /// Pay of the lowest-paid 10 percent (less than), when published.
        pub low_10: Option<u32>,
        /// Pay of the highest-paid 10 percent (more than), when published.
        pub high_10: Option<u32>,
        /// Year of the survey.
        pub year: u16,
        /// Month of the survey, 1 to 12.
        pub month: u8,
        /// Id of the source.
        pub source: String,
        /// A caveat, e.g. that the source quotes another.
        pub note: Option<String>,
    }
}

record! {
    /// A projection of job growth over a ten-year period.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OutlookFigure {
        /// Projected change in jobs, in whole percent as BLS rounds it (e.g. `8`).
        pub growth_percent: i16,
        /// First year of the projection period.
        pub from_year: u16,
        /// Last year of the projection period.
        pub to_year: u16,
        /// Openings each year on average, when published.
        pub openings_per_year: Option<u32>,
        /// Id of the source.
        pub source: String,
        /// A caveat, e.g. that the occupation was defined differently then.
        pub note: Option<String>,
    }
}

record! {
    /// The career-fit quiz: questions whose options weigh toward paths.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Quiz {
        /// Short text before the first question.
        pub intro: String,
        /// The questions, in the order they are asked.
        pub questions: Vec<Question>,
    }
}

record! {
    /// One quiz question with its options.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Question {
        /// Stable id (e.g. `patient-contact`); also used in share links.
        pub id: String,
        /// The question as asked.
        pub prompt: String,
        /// An optional hint under the question.
        pub hint: Option<String>,
        /// Whether the student picks one option or any number of them.
        pub multiple: Option<bool>,
        /// The options, in the order shown.
        pub options: Vec<QuizOption>,
    }
}

record! {
    /// One answer option and how it weighs toward paths.
    #[derive(Debug, Clone, PartialEq)]
    pub struct QuizOption {
        /// Stable id within the question (e.g. `none`).
        pub id: String,
        /// The option's text.
        pub label: String,
        /// The reason shown with a recommendation this answer helped, in the second person
        /// (e.g. `You like working with numbers and rules`).
        pub reason: String,
        /// Points, 0 to 10, this answer gives each path (by path id); paths not named get 0.
        #[cfg_attr(
            feature = "cli",
            schemars(with = "std::collections::BTreeMap<String, u8>")
        )]
        pub weights: Weights,
        /// Paths this answer clashes with (e.g. a path that needs a bachelor's degree when the
        /// student wants to start within a year): shown as a warning on those paths.
        pub clashes: Option<Vec<String>>,
    }
}

record! {
    /// A source that facts cite.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Source {
        /// Stable id (e.g. `bls-ooh-mrs-2025`).
        pub id: String,
        /// Title of the page or document.
        pub title: String,
        /// Who published it (e.g. `U.S. Bureau of Labor Statistics`).
        pub publisher: String,
        /// Address, `https:` or `http:`.
        pub url: String,
        /// When it was read, `YYYY-MM-DD` or `YYYY-MM`.
        pub accessed: String,
        /// The language of the title when it is not the dataset's (e.g. `en` for an English
        /// page cited in a Spanish dataset), so screen readers read it in that language.
        pub lang: Option<String>,
    }
}

/// Every field name of every record of the format, from the types themselves (for checks
/// that name fields, such as the translation check, so that a renamed field cannot leave
/// them behind unnoticed).
pub fn field_names() -> impl Iterator<Item = &'static str> {
    [
        Dataset::FIELDS,
        Meta::FIELDS,
        Program::FIELDS,
        Organization::FIELDS,
        Path::FIELDS,
        MonthRange::FIELDS,
        Step::FIELDS,
        Fact::<()>::FIELDS,
        Certification::FIELDS,
        Fee::FIELDS,
        Occupation::FIELDS,
        PayFigure::FIELDS,
        RegionalPay::FIELDS,
        OutlookFigure::FIELDS,
        Quiz::FIELDS,
        Question::FIELDS,
        QuizOption::FIELDS,
        Source::FIELDS,
    ]
    .into_iter()
    .flatten()
    .copied()
}

impl Dataset {
    /// The path with this id.
    pub fn path(&self, id: &str) -> Option<&Path> {
        self.paths.iter().find(|p| p.id == id)
    }

    /// The certification with this id.
    pub fn certification(&self, id: &str) -> Option<&Certification> {
        self.certifications.iter().find(|c| c.id == id)
    }

    /// The organization with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    /// The occupation with this id.
    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        self.occupations.iter().find(|o| o.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Occupation {
    /// The newest pay figure for a state (by USPS code), if the dataset has one.
    pub fn pay_in(&self, state: &str) -> Option<&RegionalPay> {
        self.regional_pay
            .iter()
            .flatten()
            .filter(|pay| pay.region == state)
            .max_by_key(|pay| (pay.year, pay.month))
    }
}

/// An option's points by path id, as written in the dataset (a JSON object). A list rather
/// than a map: an option names a few paths, and a map would add its code to the wasm.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Weights(pub Vec<(String, u8)>);

impl Weights {
    /// The points this answer gives a path, if it names the path.
    pub fn get(&self, path: &str) -> Option<u8> {
        self.0
            .iter()
            .find(|(id, _)| id == path)
            .map(|(_, points)| *points)
    }

    /// Every path id named, with its points, in the dataset's order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.0.iter().map(|(id, points)| (id.as_str(), *points))
    }

    /// Adds a path's points as read; a path named twice keeps the last, as JSON readers do.
    fn read(&mut self, path: String, points: u8) {
        match self.0.iter_mut().find(|(id, _)| *id == path) {
            Some(entry) => entry.1 = points,
            None => self.0.push((path, points)),
        }
    }
}

/// The checker's reader (to place a problem the one reader found): the same object, by serde.
#[cfg(feature = "cli")]
impl<'de> serde::Deserialize<'de> for Weights {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = Weights;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of path ids to points")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Weights, A::Error> {
                let mut weights = Weights::default();
                while let Some((path, points)) = map.next_entry()? {
                    weights.read(path, points);
                }
                Ok(weights)
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// The one reader: a JSON object of path id to points, read by miniserde.
mod read_weights {
    use super::Weights;
    use miniserde::de::{Deserialize, Map, Visitor};
    use miniserde::{make_place, Result};

    make_place!(Place);

    impl Deserialize for Weights {
        fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
            Place::new(out)
        }
    }

    impl Visitor for Place<Weights> {
        fn map(&mut self) -> Result<Box<dyn Map + '_>> {
            Ok(Box::new(Entries {
                out: &mut self.out,
                weights: <Weights as Default>::default(),
                key: None,
                points: None,
            }))
        }
    }

    struct Entries<'a> {
        out: &'a mut Option<Weights>,
        weights: Weights,
        key: Option<String>,
        points: Option<u8>,
    }

    impl Entries<'_> {
        /// Keeps the entry read so far.
        fn shift(&mut self) {
            if let (Some(key), Some(points)) = (self.key.take(), self.points.take()) {
                self.weights.read(key, points);
            }
        }
    }

    impl Map for Entries<'_> {
        fn key(&mut self, key: &str) -> Result<&mut dyn Visitor> {
            self.shift();
            self.key = Some(key.to_owned());
            Ok(Deserialize::begin(&mut self.points))
        }

        fn finish(&mut self) -> Result<()> {
            self.shift();
            *self.out = Some(std::mem::take(&mut self.weights));
            Ok(())
        }
    }
}
