//! The comparison model: certifications side by side.
//!
//! A [`Comparison`] holds one column per chosen certification (in the order chosen) and
//! one [`Row`] per [`Attribute`] (always in [`Attribute::ALL`] order), each row with one
//! [`Cell`] per column. Cells are ready to show: their words come from the dataset and the
//! locale table. An unknown fact is never blank: it is a [`Value::Unknown`] with a locale
//! phrase naming who to ask, and the dataset's note on why it is unknown.
//!
//! Also here: the chooser's filter, the selection rules (2 to 4 certifications), the share
//! link's `compare=` value and money formatting.

use super::dataset::{
    Certification, CertificationLevel, Dataset, Delivery, Fact, Fee, Organization, Path,
};
use super::format::as_of;
use super::i18n::Messages;
use super::school::SchoolProfile;

/// Whole US dollars with comma grouping (`$1,234`), shared with the rest of the widget.
pub use super::format::dollars;

/// The most certifications compared at once.
pub const MAX: usize = 4;
/// The fewest certifications that make a comparison.
pub const MIN: usize = 2;

/// One attribute of a certification: one row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribute {
    /// Full name and issuing organization.
    Name,
    /// What it shows an employer.
    Summary,
    /// Who it is for (entry level or experienced).
    Level,
    /// Who may sit the exam.
    Eligibility,
    /// Number of exam questions.
    Questions,
    /// Exam length.
    Minutes,
    /// Where the exam is taken.
    Delivery,
    /// Books allowed during the exam.
    Books,
    /// Exam fee, member and non-member.
    Fee,
    /// What it takes to keep it.
    Renewal,
    /// Apprentice or provisional rules.
    Apprentice,
    /// Typical job titles.
    Jobs,
    /// Paths it fits.
    Paths,
    /// The school's programs that prepare for it (only with a school's profile, see
    /// [`Comparison::with_school`]).
    School,
    /// Sources and their date.
    Sources,
}

impl Attribute {
    /// Every attribute, in the order the rows are shown.
    pub const ALL: [Attribute; 14] = [
        Attribute::Name,
        Attribute::Summary,
        Attribute::Level,
        Attribute::Eligibility,
        Attribute::Questions,
        Attribute::Minutes,
        Attribute::Delivery,
        Attribute::Books,
        Attribute::Fee,
        Attribute::Renewal,
        Attribute::Apprentice,
        Attribute::Jobs,
        Attribute::Paths,
        Attribute::Sources,
    ];

    /// True for the rows that say which certification a column is (its name and issuer, its
    /// sources): they always differ, so they are never marked as a difference and never
    /// hidden by "only differences".
    pub fn identifies(self) -> bool {
        matches!(self, Attribute::Name | Attribute::Sources)
    }

    /// The locale key of the row's label.
    pub fn key(self) -> &'static str {
        match self {
            Attribute::Name => "compare.row.name",
            Attribute::Summary => "compare.row.summary",
            Attribute::Level => "compare.row.level",
            Attribute::Eligibility => "compare.row.eligibility",
            Attribute::Questions => "compare.row.questions",
            Attribute::Minutes => "compare.row.minutes",
            Attribute::Delivery => "compare.row.delivery",
            Attribute::Books => "compare.row.books",
            Attribute::Fee => "compare.row.fee",
            Attribute::Renewal => "compare.row.renewal",
            Attribute::Apprentice => "compare.row.apprentice",
            Attribute::Jobs => "compare.row.jobs",
            Attribute::Paths => "compare.row.paths",
            Attribute::School => "compare.row.school",
            Attribute::Sources => "compare.row.sources",
        }
    }
}

/// A source as the comparison links to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLink {
    /// The source's title and publisher.
    pub text: String,
    /// Its address.
    pub url: String,
    /// The language of the text, when the dataset names one (see [`crate::core::dataset::Source::lang`]).
    pub lang: Option<String>,
}

/// What a cell shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A sentence or a figure.
    Text(String),
    /// A list of items (job titles, exam delivery).
    List(Vec<String>),
    /// Paths as (id, name), each a link to its details.
    Paths(Vec<(String, String)>),
    /// Sources, each a link.
    Links(Vec<SourceLink>),
    /// Not known: a locale phrase naming who to ask (e.g. "Not known — check with AHIMA").
    Unknown(String),
}

impl Value {
    /// Whether two values count as the same: equal, or both unknown.
    pub fn same(&self, other: &Value) -> bool {
        matches!((self, other), (Value::Unknown(_), Value::Unknown(_))) || self == other
    }
}

/// One certification's value for one attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The value.
    pub value: Value,
    /// Short notes shown under the value: why it is unknown, caveats, "as of" dates.
    pub notes: Vec<String>,
    /// A warning shown with the value (an unconfirmed certification's status note).
    pub warning: Option<String>,
}

impl Cell {
    fn new(value: Value) -> Cell {
        Cell {
            value,
            notes: Vec::new(),
            warning: None,
        }
    }
}

/// One attribute across the compared certifications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Which attribute.
    pub attribute: Attribute,
    /// One cell per column, in column order.
    pub cells: Vec<Cell>,
}

impl Row {
    /// Whether the certifications differ in this row (never with fewer than two).
    pub fn differs(&self) -> bool {
        let mut cells = self.cells.iter();
        let first = cells.next();
        first.is_some_and(|first| cells.any(|c| !c.value.same(&first.value)))
    }

    /// Whether the row is marked as a difference and kept by "only differences": it differs
    /// and is not one of the rows that [identify](Attribute::identifies) a certification.
    pub fn is_difference(&self) -> bool {
        !self.attribute.identifies() && self.differs()
    }

    /// Whether "only differences" hides this row.
    pub fn is_hidden_when_only_differences(&self) -> bool {
        !self.attribute.identifies() && !self.differs()
    }
}

/// Certifications side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    /// The compared certifications, in the order chosen.
    pub columns: Vec<&'a Certification>,
    /// One row per attribute, in [`Attribute::ALL`] order.
    pub rows: Vec<Row>,
}

impl<'a> Comparison<'a> {
    /// Builds the comparison of the certifications with these ids (unknown ids are skipped,
    /// at most [`MAX`] are kept), with words from `messages`.
    pub fn new(dataset: &'a Dataset, messages: &Messages, ids: &[String]) -> Self {
        let columns: Vec<&Certification> = ids
            .iter()
            .filter_map(|id| dataset.certification(id))
            .take(MAX)
            .collect();
        let rows = Attribute::ALL
            .iter()
            .map(|&attribute| Row {
                attribute,
                cells: columns
                    .iter()
                    .map(|c| cell(dataset, messages, c, attribute))
                    .collect(),
            })
            .collect();
        Comparison { columns, rows }
    }

    /// Adds a row, before the sources, with the programs of `school` that prepare for each
    /// certification (named in the language of `locale`), or words saying it has none.
    pub fn with_school(mut self, school: &SchoolProfile, m: &Messages, locale: &str) -> Self {
        let cells = (self.columns.iter())
            .map(|c| {
                let names: Vec<String> = (school.programs_preparing(&c.id))
                    .map(|p| p.name_in(locale).to_owned())
                    .collect();
                Cell::new(if names.is_empty() {
                    Value::Text(m.text("compare.no_program").to_owned())
                } else {
                    Value::List(names)
                })
            })
            .collect();
        let at = self.rows.len().saturating_sub(1);
        let row = Row {
            attribute: Attribute::School,
            cells,
        };
        self.rows.insert(at, row);
        self
    }
}

/// The value of one attribute of one certification.
fn cell(dataset: &Dataset, m: &Messages, c: &Certification, attribute: Attribute) -> Cell {
    let issuer = dataset.organization(&c.issuer);
    let abbreviation = issuer.map_or(c.issuer.as_str(), |o| o.abbreviation.as_str());
    let unknown = || Value::Unknown(m.format("compare.unknown", &[("issuer", abbreviation)]));
    let text = |s: &String| Value::Text(s.clone());
    match attribute {
        Attribute::Name => {
            let issuer = issuer.map_or(c.issuer.clone(), |o: &Organization| {
                // "AAPC (formerly ...)" already starts with its abbreviation.
                if o.name.starts_with(&o.abbreviation) {
                    o.name.clone()
                } else {
                    format!("{} ({})", o.name, o.abbreviation)
                }
            });
            let mut cell = Cell::new(Value::Text(m.format(
                "compare.name_issuer",
                &[("name", &c.name), ("issuer", &issuer)],
            )));
            if let Some(formerly) = &c.formerly {
                let names = formerly.join(", ");
                cell.notes
                    .push(m.format("compare.formerly", &[("names", &names)]));
            }
            cell.warning = c
                .status_note
                .as_ref()
                .map(|note| m.format("compare.unconfirmed", &[("note", note)]));
            cell
        }
        Attribute::Summary => Cell::new(text(&c.summary)),
        Attribute::Level => Cell::new(Value::Text(m.text(level_key(c.level)).to_owned())),
        Attribute::Eligibility => fact(m, &c.eligibility, &c.as_of, unknown, text),
        Attribute::Questions => fact(m, &c.exam_questions, &c.as_of, unknown, text),
        Attribute::Minutes => fact(m, &c.exam_minutes, &c.as_of, unknown, |n| {
            Value::Text(m.format("compare.minutes", &[("minutes", &n.to_string())]))
        }),
        Attribute::Delivery => fact(m, &c.exam_delivery, &c.as_of, unknown, |d| {
            Value::List(
                d.iter()
                    .map(|&d| m.text(delivery_key(d)).to_owned())
                    .collect(),
            )
        }),
        Attribute::Books => fact(m, &c.exam_books, &c.as_of, unknown, text),
        Attribute::Fee => fact(m, &c.exam_fee, &c.as_of, unknown, |fee| {
            fee_text(m, fee).map_or_else(unknown, Value::Text)
        }),
        Attribute::Renewal => fact(m, &c.renewal, &c.as_of, unknown, text),
        Attribute::Apprentice => match &c.apprentice {
            Some(rule) => fact(m, rule, &c.as_of, unknown, text),
            None => Cell::new(Value::Text(m.text("compare.apprentice.none").to_owned())),
        },
        Attribute::Jobs => Cell::new(Value::List(c.job_titles.clone())),
        Attribute::Paths => Cell::new(Value::Paths(
            c.paths
                .iter()
                .filter_map(|id| dataset.path(id))
                .map(|p: &Path| (p.id.clone(), p.name.clone()))
                .collect(),
        )),
        // Built from the school's profile by `Comparison::with_school`, never from here.
        Attribute::School => Cell::new(Value::List(Vec::new())),
        Attribute::Sources => {
            let mut cell = Cell::new(Value::Links(
                c.sources
                    .iter()
                    .filter_map(|id| dataset.source(id))
                    .map(|s| SourceLink {
                        text: format!("{} ({})", s.title, s.publisher),
                        url: s.url.clone(),
                        lang: s.lang.clone(),
                    })
                    .collect(),
            ));
            cell.notes
                .push(m.format("compare.as_of", &[("date", &as_of(m, &c.as_of))]));
            cell
        }
    }
}

/// A fact's cell: its value (or the unknown phrase and why), its note, and its own "as of"
/// date when it differs from the certification's.
fn fact<T>(
    m: &Messages,
    fact: &Fact<T>,
    item_as_of: &str,
    unknown: impl Fn() -> Value,
    known: impl Fn(&T) -> Value,
) -> Cell {
    let mut cell = Cell::new(fact.value.as_ref().map_or_else(&unknown, known));
    cell.notes.extend(fact.unknown.iter().cloned());
    cell.notes.extend(fact.note.iter().cloned());
    if let Some(date) = fact.as_of.as_deref().filter(|d| *d != item_as_of) {
        if !matches!(cell.value, Value::Unknown(_)) {
            cell.notes
                .push(m.format("compare.as_of", &[("date", &as_of(m, date))]));
        }
    }
    cell
}

/// The locale key for a level.
pub fn level_key(level: CertificationLevel) -> &'static str {
    match level {
        CertificationLevel::Entry => "compare.level.entry",
        CertificationLevel::Experienced => "compare.level.experienced",
        CertificationLevel::Advanced => "compare.level.advanced",
    }
}

/// The locale key for a way of taking the exam.
pub fn delivery_key(delivery: Delivery) -> &'static str {
    match delivery {
        Delivery::TestCenter => "compare.delivery.test_center",
        Delivery::Remote => "compare.delivery.remote",
    }
}

/// A fee in words ("$229 for members, $299 for non-members"); `None` when neither price
/// is given.
pub fn fee_text(m: &Messages, fee: &Fee) -> Option<String> {
    let (key, member, other) = match (fee.member, fee.non_member) {
        (Some(a), Some(b)) if a == b => ("compare.fee.same", a, b),
        (Some(a), Some(b)) => ("compare.fee.both", a, b),
        (Some(a), None) => ("compare.fee.member", a, a),
        (None, Some(b)) => ("compare.fee.non_member", b, b),
        (None, None) => return None,
    };
    Some(m.format(
        key,
        &[
            ("member", &dollars(member)),
            ("non_member", &dollars(other)),
        ],
    ))
}

/// The certifications that pass the chooser's filters, in dataset order: every word of
/// `query` (ignoring the case of A to Z, which needs no Unicode tables in the wasm) begins a
/// word of the abbreviation, the name, a former name, the issuer's name or abbreviation, or
/// the name of a path the certification fits (so "billing" finds the biller's certification and "cancer"
/// the registrar's); `path` and `issuer` are ids, empty for any.
pub fn filter<'a>(
    dataset: &'a Dataset,
    query: &str,
    path: &str,
    issuer: &str,
) -> Vec<&'a Certification> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    dataset
        .certifications
        .iter()
        .filter(|c| issuer.is_empty() || c.issuer == issuer)
        .filter(|c| path.is_empty() || c.paths.iter().any(|p| p == path))
        .filter(|c| {
            if words.is_empty() {
                return true;
            }
            let mut haystack = format!("{} {}", c.abbreviation, c.name);
            let issuer = dataset.organization(&c.issuer);
            let issuer_names = issuer.into_iter().flat_map(|o| [&o.abbreviation, &o.name]);
            let path_names = c
                .paths
                .iter()
                .filter_map(|id| dataset.path(id))
                .map(|p| &p.name);
            for text in c
                .formerly
                .iter()
                .flatten()
                .chain(issuer_names)
                .chain(path_names)
            {
                haystack.push(' ');
                haystack.push_str(text);
            }
            haystack.make_ascii_lowercase();
            words.iter().all(|w| starts_a_word(&haystack, w))
        })
        .collect()
}

/// Whether `word` begins one of the words of `text`: "ctr" finds "CTR" but not
/// "Electronic", and "ccs" finds both "CCS" and "CCS-P". Any non-ASCII character counts
/// as a letter ("ción" in "Codificación" is inside a word), which needs no Unicode tables.
fn starts_a_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        at == 0 || {
            let before = text.as_bytes()[at - 1];
            !(before.is_ascii_alphanumeric() || before >= 0x80)
        }
    })
}

/// The organizations that issue at least one certification, in dataset order.
pub fn issuers(dataset: &Dataset) -> Vec<&Organization> {
    dataset
        .organizations
        .iter()
        .filter(|o| dataset.certifications.iter().any(|c| c.issuer == o.id))
        .collect()
}

/// The paths that at least one certification fits, in dataset order.
pub fn paths(dataset: &Dataset) -> Vec<&Path> {
    dataset
        .paths
        .iter()
        .filter(|p| {
            dataset
                .certifications
                .iter()
                .any(|c| c.paths.contains(&p.id))
        })
        .collect()
}

/// The selection with `id` removed when it is there, else added at the end; `None` when
/// adding would go past [`MAX`].
pub fn toggle(selection: &[String], id: &str) -> Option<Vec<String>> {
    let mut next: Vec<String> = selection.iter().filter(|s| *s != id).cloned().collect();
    if next.len() == selection.len() {
        if next.len() >= MAX {
            return None;
        }
        next.push(id.to_owned());
    }
    Some(next)
}

/// Reads a share link's selection (`rhit,cpc,ods`): ids of the dataset's certifications,
/// ignoring case, spaces, unknown ids and repeats, at most [`MAX`].
pub fn parse_selection(text: &str, dataset: &Dataset) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in text.split(',').map(|s| s.trim().to_ascii_lowercase()) {
        if ids.len() < MAX && !ids.contains(&id) && dataset.certification(&id).is_some() {
            ids.push(id);
        }
    }
    ids
}

/// Writes a selection as a share link's value: `rhit,cpc,ods`.
pub fn encode_selection(ids: &[String]) -> String {
    ids.join(",")
}
