//! Problems found in a dataset: where (a JSON path), what (a code with arguments) and how
//! bad (error or warning). The words come from the locale table, so a school editor reads
//! them in their language; see [`crate::core::i18n::Messages::problem`].

use std::fmt;

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The dataset cannot be used until this is fixed.
    Error,
    /// The dataset works, but something looks wrong.
    Warning,
}

/// What kind of problem it is. Each code has a message and a fix in the locale table,
/// under `problem.<code>` and `problem.<code>.fix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// The file is not valid JSON. The checker adds the line, column and serde's `detail`.
    InvalidJson,
    /// The file is a JSON object, but a value has the wrong type, a required field is
    /// missing, or a field is not known. The checker adds the JSON path and serde's `detail`.
    WrongShape,
    /// The top level is not an object.
    NotAnObject,
    /// `meta.schema_version` is not one this build reads.
    SchemaVersion,
    /// Two items share an id.
    DuplicateId,
    /// An id is not of lower-case letters, digits and single hyphens.
    BadId,
    /// A reference names an id that does not exist.
    UnknownReference,
    /// A link is not `https:`, `http:` or `mailto:`.
    UnsafeLink,
    /// A link is empty: no address was written.
    MissingLink,
    /// A school's profile hides every path of the dataset: the guide would show none.
    HidesEveryPath,
    /// A text is empty, or holds only spaces and invisible characters.
    EmptyText,
    /// A text holds a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which
    /// would reorder the widget's own sentences around it.
    BidiControl,
    /// A text is longer than the widget can show well.
    TextTooLong,
    /// A number is outside its sensible range.
    OutOfRange,
    /// The whole file is larger than the widget reads.
    FileTooLarge,
    /// A date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate,
    /// A language tag is not like `en-US`.
    BadLocale,
    /// The quiz has no questions.
    NoQuestions,
    /// A question has fewer than two options.
    TooFewOptions,
    /// No quiz answer gives this path any points, so it can never be recommended.
    UnreachablePath,
    /// A fact has both a value and `unknown`.
    FactBoth,
    /// A fact has neither a value nor `unknown`.
    FactNeither,
    /// A known fact has no source, and its item has none either.
    FactWithoutSource,
    /// A range's start is after its end (or, for years, not before it).
    InvertedRange,
    /// A pay figure's `low_10`, `median_annual` and `high_10` are not in rising order.
    PayOutOfOrder,
    /// A regional pay figure names a region that is not a US state or DC by its USPS code.
    UnknownRegion,
    /// Two pay figures for the same region and year.
    DuplicateRegionYear,
    /// A regional pay figure has neither a median nor a mean.
    PayWithoutFigure,
    /// A school's program leads to no path.
    ProgramLeadsNowhere,
    /// A school's profile both features and hides a path.
    FeaturedAndHidden,
    /// A list that must not be empty is empty.
    EmptyList,
    /// An unconfirmed certification has no note saying what to check.
    UnconfirmedWithoutNote,
    /// A path lists a certification that does not list the path back, or the other way round.
    OneWayLink,
    /// Figures are not listed newest first.
    NotNewestFirst,
    /// A source is never cited.
    UnusedSource,
    /// Two certifications have the same abbreviation, so the comparison cannot tell them apart.
    DuplicateAbbreviation,
    /// A translation changes a value that must stay the same (an id, a figure, a link).
    TranslationDiffers,
    /// A translation lacks a field of the original.
    TranslationMissing,
    /// A translation has a field the original does not.
    TranslationExtra,
    /// A text of a translation is the same as in the original.
    Untranslated,
}

impl Code {
    /// The key of this code in the locale table (`problem.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Code::InvalidJson => "invalid_json",
            Code::WrongShape => "wrong_shape",
            Code::NotAnObject => "not_an_object",
            Code::SchemaVersion => "schema_version",
            Code::DuplicateId => "duplicate_id",
            Code::BadId => "bad_id",
            Code::UnknownReference => "unknown_reference",
            Code::UnsafeLink => "unsafe_link",
            Code::MissingLink => "missing_link",
            Code::HidesEveryPath => "hides_every_path",
            Code::EmptyText => "empty_text",
            Code::BidiControl => "bidi_control",
            Code::TextTooLong => "text_too_long",
            Code::OutOfRange => "out_of_range",
            Code::FileTooLarge => "file_too_large",
            Code::BadDate => "bad_date",
            Code::BadLocale => "bad_locale",
            Code::NoQuestions => "no_questions",
            Code::TooFewOptions => "too_few_options",
            Code::UnreachablePath => "unreachable_path",
            Code::FactBoth => "fact_both",
            Code::FactNeither => "fact_neither",
            Code::FactWithoutSource => "fact_without_source",
            Code::InvertedRange => "inverted_range",
            Code::PayOutOfOrder => "pay_out_of_order",
            Code::UnknownRegion => "unknown_region",
            Code::DuplicateRegionYear => "duplicate_region_year",
            Code::PayWithoutFigure => "pay_without_figure",
            Code::ProgramLeadsNowhere => "program_leads_nowhere",
            Code::FeaturedAndHidden => "featured_and_hidden",
            Code::EmptyList => "empty_list",
            Code::UnconfirmedWithoutNote => "unconfirmed_without_note",
            Code::OneWayLink => "one_way_link",
            Code::NotNewestFirst => "not_newest_first",
            Code::UnusedSource => "unused_source",
            Code::DuplicateAbbreviation => "duplicate_abbreviation",
            Code::TranslationDiffers => "translation_differs",
            Code::TranslationMissing => "translation_missing",
            Code::TranslationExtra => "translation_extra",
            Code::Untranslated => "untranslated",
        }
    }

    /// Every code, for tests that check the locale tables cover them all.
    pub const ALL: [Code; 40] = [
        Code::InvalidJson,
        Code::WrongShape,
        Code::NotAnObject,
        Code::SchemaVersion,
        Code::DuplicateId,
        Code::BadId,
        Code::UnknownReference,
        Code::UnsafeLink,
        Code::MissingLink,
        Code::HidesEveryPath,
        Code::EmptyText,
        Code::BidiControl,
        Code::TextTooLong,
        Code::OutOfRange,
        Code::FileTooLarge,
        Code::BadDate,
        Code::BadLocale,
        Code::NoQuestions,
        Code::TooFewOptions,
        Code::UnreachablePath,
        Code::FactBoth,
        Code::FactNeither,
        Code::FactWithoutSource,
        Code::InvertedRange,
        Code::PayOutOfOrder,
        Code::UnknownRegion,
        Code::DuplicateRegionYear,
        Code::PayWithoutFigure,
        Code::ProgramLeadsNowhere,
        Code::FeaturedAndHidden,
        Code::EmptyList,
        Code::UnconfirmedWithoutNote,
        Code::OneWayLink,
        Code::NotNewestFirst,
        Code::UnusedSource,
        Code::DuplicateAbbreviation,
        Code::TranslationDiffers,
        Code::TranslationMissing,
        Code::TranslationExtra,
        Code::Untranslated,
    ];

    /// How bad a problem of this kind is.
    pub fn severity(self) -> Severity {
        match self {
            Code::OneWayLink
            | Code::NotNewestFirst
            | Code::UnusedSource
            | Code::DuplicateAbbreviation
            | Code::Untranslated => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One problem in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind of problem.
    pub code: Code,
    /// Where, as a JSON path such as `certifications[3].paths[1]` (empty for the whole file).
    pub path: String,
    /// Values the message mentions, by placeholder name (e.g. `("id", "rhit")`).
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    /// A problem of this kind at this path, with no arguments yet.
    pub fn new(code: Code, path: impl Into<String>) -> Self {
        Problem {
            code,
            path: path.into(),
            args: Vec::new(),
        }
    }

    /// The same problem with one more argument for its message.
    pub fn with(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// How bad it is.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// The value of one argument, if given.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// All the problems found in one dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Problems in the order found: errors and warnings mixed.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Adds a problem.
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// True when at least one problem blocks the dataset.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The problems that block the dataset.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Error)
    }

    /// The problems that do not block the dataset.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Warning)
    }

    /// True when a problem of this kind was found at exactly this path.
    pub fn contains(&self, code: Code, path: &str) -> bool {
        self.problems
            .iter()
            .any(|p| p.code == code && p.path == path)
    }
}
