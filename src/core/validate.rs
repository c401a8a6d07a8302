//! Checks what the types alone cannot: ids, references, links, dates, text lengths,
//! number ranges, facts, and that the quiz can recommend every path.

use super::dataset::{Certification, Dataset, Fact, Occupation, Path, Quiz, SCHEMA_VERSION};
use super::problem::{Code, Problem, Report};
use super::region::STATES;
use super::school::{SchoolProfile, SCHOOL_SCHEMA_VERSION};

/// Longest name, label or title, in characters.
pub const MAX_SHORT_TEXT: usize = 160;
/// Longest paragraph, in characters.
pub const MAX_LONG_TEXT: usize = 1200;
/// Largest weight one answer may give one path.
pub const MAX_WEIGHT: u8 = 10;

/// Adds every problem found in `dataset` to `report`.
pub fn validate(dataset: &Dataset, report: &mut Report) {
    let mut check = Checker {
        dataset,
        report,
        cited: Vec::new(),
    };
    check.meta();
    check.ids();
    check.organizations();
    check.program();
    for (i, path) in dataset.paths.iter().enumerate() {
        check.path(i, path);
    }
    for (i, certification) in dataset.certifications.iter().enumerate() {
        check.certification(i, certification);
    }
    check.abbreviations();
    for (i, occupation) in dataset.occupations.iter().enumerate() {
        check.occupation(i, occupation);
    }
    check.quiz(&dataset.quiz);
    check.sources();
}

/// Adds every problem of a school's profile to `report`: its own (links, texts, ids, the
/// state) and how it fits `dataset` (the paths and certifications it names must exist there).
pub fn validate_school(profile: &SchoolProfile, dataset: &Dataset, report: &mut Report) {
    let mut check = Checker {
        dataset,
        report,
        cited: Vec::new(),
    };
    check.school(profile);
}

/// A JSON path with one more field (`paths[0]` and `name` make `paths[0].name`). One function
/// rather than a `format!` at each of some sixty places: less code in the wasm.
#[inline(never)]
fn join(at: &str, field: &str) -> String {
    format!("{at}.{field}")
}

/// Whether a link may reach the page: `https:`, `http:` (with a host) or `mailto:`.
/// Anything else, `javascript:` above all, is refused.
pub fn is_safe_link(url: &str) -> bool {
    safe_link_is_web(url).is_some()
}

/// Whether a link is a safe `https:` or `http:` address with a host: one the widget may
/// fetch (a `mailto:` link may be shown, never fetched).
pub fn is_web_address(url: &str) -> bool {
    safe_link_is_web(url) == Some(true)
}

/// `Some(true)` for a safe web address, `Some(false)` for a safe `mailto:` link, `None` for
/// anything else (schemes in any case).
fn safe_link_is_web(url: &str) -> Option<bool> {
    if url.is_empty() || url.len() > 2048 || url.chars().any(|c| c.is_control() || c == ' ') {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" => rest
            .strip_prefix("//")
            .and_then(|r| r.split(['/', '?', '#']).next())
            .is_some_and(|host| !host.is_empty() && !host.starts_with('@'))
            .then_some(true),
        "mailto" => rest.contains('@').then_some(false),
        _ => None,
    }
}

/// Whether `c` shows nothing: a format character (zero-width space, joiners, direction marks,
/// word joiner, byte-order mark, soft hyphen ...) or a filler that looks like a blank
/// (braille blank, Hangul fillers). Bidirectional controls count too: see [`is_bidi_control`].
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{034F}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FFA0}'
    ) || is_bidi_control(c)
}

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069): it reorders the text around it, the widget's own words included.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a text shows nothing: empty, or only whitespace, control and invisible characters.
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
}

/// Whether `id` is lower-case letters and digits in hyphen-separated words, at most 64 long.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `date` is a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
/// (with at least `min_parts` parts), between 1980 and 2100.
pub fn is_valid_date(date: &str, min_parts: usize) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    if parts.len() < min_parts || parts.len() > 3 {
        return false;
    }
    let widths = [4, 2, 2];
    let mut numbers = [0u32; 3];
    for (i, part) in parts.iter().enumerate() {
        if part.len() != widths[i] || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        numbers[i] = part.parse().unwrap_or(0);
    }
    let [year, month, day] = numbers;
    if !(1980..=2100).contains(&year) {
        return false;
    }
    if parts.len() >= 2 && !(1..=12).contains(&month) {
        return false;
    }
    if parts.len() == 3 {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        return (1..=days).contains(&day);
    }
    true
}

/// Whether `tag` looks like a BCP 47 language tag this widget can use (`en`, `en-US`, `es-419`).
pub fn is_valid_locale(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    let region = parts.next();
    parts.next().is_none()
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| {
            (r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
                || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
        })
}

struct Checker<'a> {
    dataset: &'a Dataset,
    report: &'a mut Report,
    /// Every source id cited so far (a short list: searched, not hashed, to keep the wasm small).
    cited: Vec<&'a str>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, problem: Problem) {
        self.report.push(problem);
    }

    fn short(&mut self, text: &str, at: &str) {
        self.text(text, at, MAX_SHORT_TEXT);
    }

    fn long(&mut self, text: &str, at: &str) {
        self.text(text, at, MAX_LONG_TEXT);
    }

    fn text(&mut self, text: &str, at: &str, max: usize) {
        let length = text.chars().count();
        if is_blank(text) {
            self.push(Problem::new(Code::EmptyText, at));
        } else if length > max {
            self.push(
                Problem::new(Code::TextTooLong, at)
                    .with("length", length)
                    .with("max", max),
            );
        }
        if let Some((position, c)) = text.chars().enumerate().find(|(_, c)| is_bidi_control(*c)) {
            self.push(
                Problem::new(Code::BidiControl, at)
                    .with("char", format!("U+{:04X}", u32::from(c)))
                    .with("position", position + 1),
            );
        }
    }

    fn texts(&mut self, texts: &[String], at: &str) {
        if texts.is_empty() {
            self.push(Problem::new(Code::EmptyList, at));
        }
        for (i, text) in texts.iter().enumerate() {
            self.short(text, &item(at, i));
        }
    }

    fn link(&mut self, url: &str, at: &str) {
        if url.trim().is_empty() {
            self.push(Problem::new(Code::MissingLink, at));
        } else if !is_safe_link(url) {
            self.push(Problem::new(Code::UnsafeLink, at).with("url", url));
        }
    }

    fn date(&mut self, date: &str, at: &str, min_parts: usize) {
        if !is_valid_date(date, min_parts) {
            let format = ["YYYY", "YYYY-MM", "YYYY-MM-DD"][min_parts.clamp(1, 3) - 1];
            self.push(
                Problem::new(Code::BadDate, at)
                    .with("value", date)
                    .with("format", format),
            );
        }
    }

    fn range(&mut self, value: i64, min: i64, max: i64, at: &str) {
        if !(min..=max).contains(&value) {
            self.push(
                Problem::new(Code::OutOfRange, at)
                    .with("value", value)
                    .with("min", min)
                    .with("max", max),
            );
        }
    }

    fn reference(&mut self, id: &str, kind: &'static str, exists: bool, at: &str) {
        if !exists {
            self.push(
                Problem::new(Code::UnknownReference, at)
                    .with("id", id)
                    .with("kind", kind),
            );
        }
    }

    fn source(&mut self, id: &'a str, at: &str) {
        self.cited.push(id);
        let exists = self.dataset.source(id).is_some();
        self.reference(id, "source", exists, at);
    }

    fn sources_of(&mut self, ids: &'a [String], at: &str) {
        if ids.is_empty() {
            self.push(Problem::new(Code::EmptyList, at));
        }
        for (i, id) in ids.iter().enumerate() {
            self.source(id, &item(at, i));
        }
    }

    /// Checks a fact; `item_sources` and `item_as_of` are what it falls back to.
    fn fact<T>(
        &mut self,
        fact: &'a Fact<T>,
        at: &str,
        item_sources: &[String],
        item_as_of: Option<&str>,
        check_value: impl FnOnce(&mut Self, &T),
    ) {
        match (&fact.value, &fact.unknown) {
            (Some(_), Some(_)) => self.push(Problem::new(Code::FactBoth, at)),
            (None, None) => self.push(Problem::new(Code::FactNeither, at)),
            (Some(value), None) => {
                check_value(self, value);
                if fact.source.is_none() && item_sources.is_empty() {
                    self.push(Problem::new(Code::FactWithoutSource, at));
                }
                if fact.as_of.is_none() && item_as_of.is_none() {
                    self.push(
                        Problem::new(Code::BadDate, join(at, "as_of"))
                            .with("value", "")
                            .with("format", "YYYY"),
                    );
                }
            }
            (None, Some(unknown)) => self.long(unknown, &join(at, "unknown")),
        }
        if let Some(source) = &fact.source {
            self.source(source, &join(at, "source"));
        }
        if let Some(as_of) = &fact.as_of {
            self.date(as_of, &join(at, "as_of"), 1);
        }
        if let Some(note) = &fact.note {
            self.long(note, &join(at, "note"));
        }
    }

    fn text_fact(
        &mut self,
        fact: &'a Fact<String>,
        at: &str,
        sources: &[String],
        as_of: Option<&str>,
    ) {
        let value_at = join(at, "value");
        self.fact(fact, at, sources, as_of, |c, v| c.long(v, &value_at));
    }

    fn meta(&mut self) {
        let meta = &self.dataset.meta;
        if meta.schema_version != SCHEMA_VERSION {
            self.push(
                Problem::new(Code::SchemaVersion, "meta.schema_version")
                    .with("found", meta.schema_version)
                    .with("expected", SCHEMA_VERSION),
            );
        }
        if !is_valid_id(&meta.id) {
            self.push(Problem::new(Code::BadId, "meta.id").with("id", &meta.id));
        }
        self.short(&meta.version, "meta.version");
        self.short(&meta.title, "meta.title");
        self.long(&meta.description, "meta.description");
        self.short(&meta.publisher, "meta.publisher");
        if !is_valid_locale(&meta.locale) {
            self.push(Problem::new(Code::BadLocale, "meta.locale").with("value", &meta.locale));
        }
        self.date(&meta.last_reviewed, "meta.last_reviewed", 3);
    }

    /// Every id well formed and unique within its list (and option ids within a question).
    fn ids(&mut self) {
        let d = self.dataset;
        let lists: [(&str, Vec<&str>); 6] = [
            (
                "organizations",
                d.organizations.iter().map(|x| x.id.as_str()).collect(),
            ),
            ("paths", d.paths.iter().map(|x| x.id.as_str()).collect()),
            (
                "certifications",
                d.certifications.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "occupations",
                d.occupations.iter().map(|x| x.id.as_str()).collect(),
            ),
            ("sources", d.sources.iter().map(|x| x.id.as_str()).collect()),
            (
                "quiz.questions",
                d.quiz.questions.iter().map(|x| x.id.as_str()).collect(),
            ),
        ];
        for (list, ids) in lists {
            self.unique(list, &ids);
        }
        for (q, question) in d.quiz.questions.iter().enumerate() {
            let ids: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
            self.unique(&join(&item("quiz.questions", q), "options"), &ids);
        }
    }

    fn unique(&mut self, list: &str, ids: &[&str]) {
        for (i, id) in ids.iter().enumerate() {
            let at = join(&item(list, i), "id");
            if !is_valid_id(id) {
                self.push(Problem::new(Code::BadId, at.clone()).with("id", id));
            }
            if let Some(j) = ids[..i].iter().position(|other| other == id) {
                self.push(
                    Problem::new(Code::DuplicateId, at)
                        .with("id", id)
                        .with("first", item(list, j)),
                );
            }
        }
    }

    /// No two certifications with the same abbreviation (ignoring case and spaces): the
    /// comparison shows certifications by abbreviation, so the student could not tell them apart.
    fn abbreviations(&mut self) {
        let key = |abbreviation: &str| -> String {
            abbreviation
                .chars()
                .filter(|c| !c.is_whitespace() && !is_invisible(*c))
                // A to Z only: Unicode case tables would add KBs to the wasm for no real case.
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let keys: Vec<String> = self
            .dataset
            .certifications
            .iter()
            .map(|c| key(&c.abbreviation))
            .collect();
        for (i, cert) in self.dataset.certifications.iter().enumerate() {
            if keys[i].is_empty() {
                continue;
            }
            if let Some(j) = keys[..i].iter().position(|other| *other == keys[i]) {
                let first = &self.dataset.certifications[j];
                self.push(
                    Problem::new(
                        Code::DuplicateAbbreviation,
                        join(&item("certifications", i), "abbreviation"),
                    )
                    .with("abbreviation", &cert.abbreviation)
                    .with("first", item("certifications", j))
                    .with("first_id", &first.id),
                );
            }
        }
    }

    fn organizations(&mut self) {
        for (i, org) in self.dataset.organizations.iter().enumerate() {
            let at = item("organizations", i);
            self.short(&org.abbreviation, &join(&at, "abbreviation"));
            self.short(&org.name, &join(&at, "name"));
            self.link(&org.url, &join(&at, "url"));
        }
    }

    fn program(&mut self) {
        if let Some(program) = &self.dataset.program {
            self.short(&program.name, "program.name");
            self.link(&program.url, "program.url");
        }
    }

    fn path(&mut self, i: usize, path: &'a Path) {
        let at = item("paths", i);
        self.short(&path.name, &join(&at, "name"));
        for (field, text) in [
            ("summary", &path.summary),
            ("work", &path.work),
            ("workplaces", &path.workplaces),
            ("education", &path.education),
            ("fit", &path.fit),
        ] {
            self.long(text, &join(&at, field));
        }
        let months = path.months_to_entry;
        if months.min > months.max {
            self.push(
                Problem::new(Code::InvertedRange, join(&at, "months_to_entry"))
                    .with("min", months.min)
                    .with("max", months.max),
            );
        }
        self.range(
            i64::from(months.max),
            0,
            120,
            &join(&at, "months_to_entry.max"),
        );
        if path.steps.is_empty() {
            self.push(Problem::new(Code::EmptyList, join(&at, "steps")));
        }
        for (s, step) in path.steps.iter().enumerate() {
            let step_at = item(&join(&at, "steps"), s);
            self.short(&step.title, &join(&step_at, "title"));
            self.long(&step.detail, &join(&step_at, "detail"));
        }
        for (c, id) in path.certifications.iter().enumerate() {
            let cert = self.dataset.certification(id);
            let place = item(&join(&at, "certifications"), c);
            self.reference(id, "certification", cert.is_some(), &place);
            if let Some(cert) = cert {
                self.one_way_link(cert.paths.contains(&path.id), place, &path.id, id);
            }
        }
        let exists = self.dataset.occupation(&path.occupation).is_some();
        self.reference(
            &path.occupation,
            "occupation",
            exists,
            &join(&at, "occupation"),
        );
        self.sources_of(&path.sources, &join(&at, "sources"));
    }

    fn certification(&mut self, i: usize, cert: &'a Certification) {
        let at = item("certifications", i);
        self.short(&cert.abbreviation, &join(&at, "abbreviation"));
        self.short(&cert.name, &join(&at, "name"));
        for (f, former) in cert.formerly.iter().flatten().enumerate() {
            self.short(former, &item(&join(&at, "formerly"), f));
        }
        let exists = self.dataset.organization(&cert.issuer).is_some();
        self.reference(&cert.issuer, "organization", exists, &join(&at, "issuer"));
        match (&cert.status, &cert.status_note) {
            (super::dataset::CertificationStatus::Unconfirmed, None) => {
                self.push(Problem::new(
                    Code::UnconfirmedWithoutNote,
                    join(&at, "status_note"),
                ));
            }
            (_, Some(note)) => self.long(note, &join(&at, "status_note")),
            _ => {}
        }
        self.long(&cert.summary, &join(&at, "summary"));
        self.sources_of(&cert.sources, &join(&at, "sources"));
        self.date(&cert.as_of, &join(&at, "as_of"), 1);
        let (sources, as_of) = (&cert.sources, Some(cert.as_of.as_str()));
        self.text_fact(&cert.eligibility, &join(&at, "eligibility"), sources, as_of);
        self.text_fact(
            &cert.exam_questions,
            &join(&at, "exam_questions"),
            sources,
            as_of,
        );
        let minutes_at = join(&at, "exam_minutes.value");
        self.fact(
            &cert.exam_minutes,
            &join(&at, "exam_minutes"),
            sources,
            as_of,
            |c, m| c.range(i64::from(*m), 10, 600, &minutes_at),
        );
        let delivery_at = join(&at, "exam_delivery.value");
        self.fact(
            &cert.exam_delivery,
            &join(&at, "exam_delivery"),
            sources,
            as_of,
            |c, d| {
                if d.is_empty() {
                    c.push(Problem::new(Code::EmptyList, delivery_at.clone()));
                }
            },
        );
        self.text_fact(&cert.exam_books, &join(&at, "exam_books"), sources, as_of);
        let fee_at = join(&at, "exam_fee.value");
        self.fact(
            &cert.exam_fee,
            &join(&at, "exam_fee"),
            sources,
            as_of,
            |c, fee| {
                if fee.member.is_none() && fee.non_member.is_none() {
                    c.push(Problem::new(Code::FactNeither, fee_at.clone()));
                }
                for (name, price) in [("member", fee.member), ("non_member", fee.non_member)] {
                    if let Some(price) = price {
                        c.range(i64::from(price), 1, 5000, &join(&fee_at, name));
                    }
                }
            },
        );
        self.text_fact(&cert.renewal, &join(&at, "renewal"), sources, as_of);
        if let Some(apprentice) = &cert.apprentice {
            self.text_fact(apprentice, &join(&at, "apprentice"), sources, as_of);
        }
        self.texts(&cert.job_titles, &join(&at, "job_titles"));
        if cert.paths.is_empty() {
            self.push(Problem::new(Code::EmptyList, join(&at, "paths")));
        }
        for (p, id) in cert.paths.iter().enumerate() {
            let path = self.dataset.path(id);
            let place = item(&join(&at, "paths"), p);
            self.reference(id, "path", path.is_some(), &place);
            if let Some(path) = path {
                self.one_way_link(path.certifications.contains(&cert.id), place, id, &cert.id);
            }
        }
    }

    /// Warns, at `at`, that the path `path` and the certification `certification` are linked
    /// one way only, unless the other side links back.
    fn one_way_link(&mut self, linked_back: bool, at: String, path: &str, certification: &str) {
        if !linked_back {
            self.push(
                Problem::new(Code::OneWayLink, at)
                    .with("path", path)
                    .with("certification", certification),
            );
        }
    }

    fn occupation(&mut self, i: usize, occupation: &'a Occupation) {
        let at = item("occupations", i);
        self.short(&occupation.name, &join(&at, "name"));
        self.short(&occupation.soc, &join(&at, "soc"));
        let education_at = join(&at, "entry_education");
        self.text_fact(&occupation.entry_education, &education_at, &[], None);
        if occupation.pay.is_empty() {
            self.push(Problem::new(Code::EmptyList, join(&at, "pay")));
        }
        for (p, pay) in occupation.pay.iter().enumerate() {
            let figures = [("median_annual", Some(pay.median_annual))];
            self.pay(
                &item(&join(&at, "pay"), p),
                &figures,
                pay.low_10,
                pay.high_10,
            );
            self.survey(
                &item(&join(&at, "pay"), p),
                pay.year,
                pay.month,
                &pay.source,
            );
            self.note(pay.note.as_deref(), &item(&join(&at, "pay"), p));
        }
        let mut surveyed = Vec::new();
        for (p, pay) in occupation.regional_pay.iter().flatten().enumerate() {
            let pay_at = item(&join(&at, "regional_pay"), p);
            if !STATES.contains(&pay.region.as_str()) {
                self.push(
                    Problem::new(Code::UnknownRegion, join(&pay_at, "region"))
                        .with("value", &pay.region),
                );
            }
            if surveyed.contains(&(&pay.region, pay.year)) {
                self.push(
                    Problem::new(Code::DuplicateRegionYear, pay_at.clone())
                        .with("region", &pay.region)
                        .with("year", pay.year),
                );
            }
            surveyed.push((&pay.region, pay.year));
            let figures = [
                ("median_annual", pay.median_annual),
                ("mean_annual", pay.mean_annual),
            ];
            if figures.iter().all(|(_, value)| value.is_none()) {
                self.push(Problem::new(Code::PayWithoutFigure, pay_at.clone()));
            }
            self.pay(&pay_at, &figures, pay.low_10, pay.high_10);
            self.survey(&pay_at, pay.year, pay.month, &pay.source);
            self.note(pay.note.as_deref(), &pay_at);
        }
        if occupation
            .pay
            .windows(2)
            .any(|w| (w[0].year, w[0].month) < (w[1].year, w[1].month))
        {
            self.push(Problem::new(Code::NotNewestFirst, join(&at, "pay")));
        }
        for (o, outlook) in occupation.outlook.iter().enumerate() {
            let o_at = item(&join(&at, "outlook"), o);
            self.range(
                i64::from(outlook.growth_percent),
                -100,
                300,
                &join(&o_at, "growth_percent"),
            );
            self.range(
                i64::from(outlook.from_year),
                1980,
                2100,
                &join(&o_at, "from_year"),
            );
            self.range(
                i64::from(outlook.to_year),
                1980,
                2100,
                &join(&o_at, "to_year"),
            );
            if let Some(openings) = outlook.openings_per_year {
                self.range(
                    i64::from(openings),
                    0,
                    10_000_000,
                    &join(&o_at, "openings_per_year"),
                );
            }
            if outlook.from_year >= outlook.to_year {
                self.push(
                    Problem::new(Code::InvertedRange, o_at.clone())
                        .with("min", outlook.from_year)
                        .with("max", outlook.to_year),
                );
            }
            self.source(&outlook.source, &join(&o_at, "source"));
            if let Some(note) = &outlook.note {
                self.long(note, &join(&o_at, "note"));
            }
        }
        if occupation
            .outlook
            .windows(2)
            .any(|w| w[0].from_year < w[1].from_year)
        {
            self.push(Problem::new(Code::NotNewestFirst, join(&at, "outlook")));
        }
    }

    /// Checks a pay figure's amounts: each in range, and the lowest 10 percent below each
    /// middle figure (median, mean), which is below the highest 10 percent.
    fn pay(
        &mut self,
        at: &str,
        middles: &[(&str, Option<u32>)],
        low: Option<u32>,
        high: Option<u32>,
    ) {
        let ends = [("low_10", low), ("high_10", high)];
        for (name, value) in middles.iter().chain(&ends) {
            if let Some(value) = value {
                self.range(i64::from(*value), 1000, 1_000_000, &join(at, name));
            }
        }
        for &middle in middles {
            for (lower, higher, field) in
                [(ends[0], middle, "low_10"), (middle, ends[1], "high_10")]
            {
                if let ((lower, Some(low)), (higher, Some(high))) = (lower, higher) {
                    if low > high {
                        self.push(
                            Problem::new(Code::PayOutOfOrder, join(at, field))
                                .with("lower", lower)
                                .with("lower_value", low)
                                .with("higher", higher)
                                .with("higher_value", high),
                        );
                    }
                }
            }
        }
    }

    /// Checks when a figure was surveyed and that its source exists.
    fn survey(&mut self, at: &str, year: u16, month: u8, source: &'a str) {
        self.range(i64::from(year), 1980, 2100, &join(at, "year"));
        self.range(i64::from(month), 1, 12, &join(at, "month"));
        self.source(source, &join(at, "source"));
    }

    /// Checks a figure's note, if it has one.
    fn note(&mut self, note: Option<&str>, at: &str) {
        if let Some(note) = note {
            self.long(note, &join(at, "note"));
        }
    }

    fn school(&mut self, profile: &SchoolProfile) {
        if profile.schema_version != SCHOOL_SCHEMA_VERSION {
            self.push(
                Problem::new(Code::SchemaVersion, "schema_version")
                    .with("found", profile.schema_version)
                    .with("expected", SCHOOL_SCHEMA_VERSION),
            );
        }
        self.short(&profile.name, "name");
        if let Some(region) = &profile.region {
            if !STATES.contains(&region.as_str()) {
                self.push(Problem::new(Code::UnknownRegion, "region").with("value", region));
            }
        }
        if let Some(program) = &profile.program {
            self.short(&program.name, "program.name");
            self.link(&program.url, "program.url");
        }
        let featured = profile.featured.as_deref().unwrap_or_default();
        let hidden = profile.hidden.as_deref().unwrap_or_default();
        for (list, ids) in [("featured", featured), ("hidden", hidden)] {
            for (i, id) in ids.iter().enumerate() {
                let exists = self.dataset.path(id).is_some();
                self.reference(id, "path", exists, &item(list, i));
            }
        }
        if !hidden.is_empty() && (self.dataset.paths.iter()).all(|p| hidden.contains(&p.id)) {
            self.push(Problem::new(Code::HidesEveryPath, "hidden"));
        }
        for (i, id) in featured.iter().enumerate() {
            if hidden.contains(id) {
                self.push(
                    Problem::new(Code::FeaturedAndHidden, item("featured", i)).with("id", id),
                );
            }
        }
        let ids: Vec<&str> = profile.programs.iter().map(|p| p.id.as_str()).collect();
        self.unique("programs", &ids);
        for (i, program) in profile.programs.iter().enumerate() {
            let at = item("programs", i);
            self.short(&program.name, &join(&at, "name"));
            self.link(&program.url, &join(&at, "url"));
            if let Some(months) = program.months {
                self.range(i64::from(months), 1, 120, &join(&at, "months"));
            }
            for (n, name) in program.names.iter().flatten().enumerate() {
                if !is_valid_locale(&name.lang) {
                    self.push(
                        Problem::new(Code::BadLocale, join(&item(&join(&at, "names"), n), "lang"))
                            .with("value", &name.lang),
                    );
                }
                self.short(&name.name, &join(&item(&join(&at, "names"), n), "name"));
            }
            if program.paths.is_empty() {
                self.push(Problem::new(Code::ProgramLeadsNowhere, join(&at, "paths")));
            }
            for (p, id) in program.paths.iter().enumerate() {
                let exists = self.dataset.path(id).is_some();
                self.reference(id, "path", exists, &item(&join(&at, "paths"), p));
            }
            for (c, id) in program.certifications.iter().enumerate() {
                let exists = self.dataset.certification(id).is_some();
                self.reference(
                    id,
                    "certification",
                    exists,
                    &item(&join(&at, "certifications"), c),
                );
            }
        }
    }

    fn quiz(&mut self, quiz: &Quiz) {
        self.long(&quiz.intro, "quiz.intro");
        if quiz.questions.is_empty() {
            self.push(Problem::new(Code::NoQuestions, "quiz.questions"));
        }
        let mut reachable: Vec<&str> = Vec::new();
        for (q, question) in quiz.questions.iter().enumerate() {
            let at = item("quiz.questions", q);
            self.short(&question.prompt, &join(&at, "prompt"));
            if let Some(hint) = &question.hint {
                self.long(hint, &join(&at, "hint"));
            }
            if question.options.len() < 2 {
                self.push(Problem::new(Code::TooFewOptions, join(&at, "options")));
            }
            for (o, option) in question.options.iter().enumerate() {
                let o_at = item(&join(&at, "options"), o);
                self.short(&option.label, &join(&o_at, "label"));
                self.short(&option.reason, &join(&o_at, "reason"));
                for (path, weight) in option.weights.iter() {
                    let w_at = join(&join(&o_at, "weights"), path);
                    let exists = self.dataset.path(path).is_some();
                    self.reference(path, "path", exists, &w_at);
                    self.range(i64::from(weight), 0, i64::from(MAX_WEIGHT), &w_at);
                    if weight > 0 {
                        reachable.push(path);
                    }
                }
                for (c, path) in option.clashes.iter().flatten().enumerate() {
                    let exists = self.dataset.path(path).is_some();
                    self.reference(path, "path", exists, &item(&join(&o_at, "clashes"), c));
                }
            }
        }
        if !quiz.questions.is_empty() {
            for (i, path) in self.dataset.paths.iter().enumerate() {
                if !reachable.contains(&path.id.as_str()) {
                    self.push(
                        Problem::new(Code::UnreachablePath, item("paths", i)).with("id", &path.id),
                    );
                }
            }
        }
    }

    fn sources(&mut self) {
        for (i, source) in self.dataset.sources.iter().enumerate() {
            let at = item("sources", i);
            self.short(&source.title, &join(&at, "title"));
            self.short(&source.publisher, &join(&at, "publisher"));
            self.link(&source.url, &join(&at, "url"));
            self.date(&source.accessed, &join(&at, "accessed"), 2);
            if let Some(lang) = source.lang.as_deref().filter(|l| !is_valid_locale(l)) {
                self.push(Problem::new(Code::BadLocale, join(&at, "lang")).with("value", lang));
            }
            if !self.cited.contains(&source.id.as_str()) {
                self.push(Problem::new(Code::UnusedSource, at).with("id", &source.id));
            }
        }
    }
}

/// A JSON path to a list's item (`paths` and 3 make `paths[3]`); see [`join`].
#[inline(never)]
fn item(list: &str, index: usize) -> String {
    format!("{list}[{index}]")
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_links_are_web_and_mail_addresses_only() {
        for good in [
            "https://www.ahima.org/certification",
            "http://example.edu/hit",
            "HTTPS://EXAMPLE.EDU",
            "mailto:advising@example.edu",
        ] {
            assert!(is_safe_link(good), "{good} should be allowed");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "https:/missing-slash",
            "https://",
            "//example.edu/no-scheme",
            "ftp://example.edu",
            "https://exa mple.edu",
            "https://example.edu/\u{0}",
            "mailto:nobody",
            "",
        ] {
            assert!(!is_safe_link(bad), "{bad:?} should be refused");
        }
    }

    #[test]
    fn ids_are_lower_case_words_joined_by_single_hyphens() {
        assert!(is_valid_id("cancer-registry"));
        assert!(is_valid_id("ccs-p"));
        assert!(is_valid_id("bls-2025"));
        for bad in [
            "",
            "Cancer",
            "a--b",
            "-a",
            "a-",
            "a_b",
            "a b",
            &"x".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn dates_must_be_real_calendar_dates() {
        assert!(is_valid_date("2026-11-25", 3));
        assert!(is_valid_date("2024-02-29", 3));
        assert!(is_valid_date("2025-05", 1));
        assert!(is_valid_date("2025", 1));
        for bad in [
            "2025",
            "2023-02-29",
            "2026-13-01",
            "2026-11-31",
            "26-11-25",
            "2026/11/25",
            "1900-01-01",
        ] {
            assert!(!is_valid_date(bad, 3), "{bad:?}");
        }
    }

    fn minimal() -> Dataset {
        crate::core::parse::load(include_str!("../../tests/fixtures/minimal.json"))
            .expect("the minimal fixture is valid")
            .dataset
    }

    fn report_of(dataset: &Dataset) -> Report {
        let mut report = Report::default();
        validate(dataset, &mut report);
        report
    }

    #[test]
    fn texts_of_only_invisible_characters_are_blank() {
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{2060}', '\u{2061}',
            '\u{2062}', '\u{2063}', '\u{2064}', '\u{FEFF}', '\u{00AD}', '\u{034F}', '\u{115F}',
            '\u{1160}', '\u{17B4}', '\u{17B5}', '\u{180E}', '\u{2800}', '\u{3164}', '\u{FFA0}',
            '\u{202E}', '\u{2066}', '\u{00A0}', '\u{3000}', '\t', '\n',
        ] {
            assert!(is_blank(&format!(" {c}{c} ")), "U+{:04X}", u32::from(c));
        }
        assert!(is_blank(""));
        for shown in [
            "a",
            "\u{200B}a\u{200B}",
            "RHIT",
            "\u{1F469}\u{200D}\u{2695}",
            "¿?",
        ] {
            assert!(!is_blank(shown), "{shown:?}");
        }
    }

    #[test]
    fn an_invisible_name_is_an_empty_text() {
        let mut dataset = minimal();
        dataset.certifications[0].name = "\u{200B}\u{3164}".into();
        dataset.meta.title = "\u{2800}".into();
        let report = report_of(&dataset);
        assert!(report.contains(Code::EmptyText, "certifications[0].name"));
        assert!(report.contains(Code::EmptyText, "meta.title"));
    }

    #[test]
    fn direction_controls_are_refused_in_every_kind_of_text_but_marks_are_not() {
        let mut dataset = minimal();
        dataset.meta.title = "Find your \u{202E}path".into();
        dataset.paths[0].steps[0].detail = "Or earn a \u{2067}GED\u{2069}.".into();
        dataset.certifications[0].job_titles[0] = "\u{202B}Coder".into();
        dataset.certifications[1].exam_fee.note = Some("2024 \u{202A}fee".into());
        dataset.certifications[1].exam_books.unknown = Some("Not \u{2068}published".into());
        dataset.sources[0].publisher = "BLS\u{202D}".into();
        dataset.quiz.intro = "\u{202C}".into();
        // Left-to-right and right-to-left marks are not controls: they reorder nothing around them.
        dataset.paths[1].name = "Cancer \u{200F}registry\u{200E}".into();
        let report = report_of(&dataset);
        for at in [
            "meta.title",
            "paths[0].steps[0].detail",
            "certifications[0].job_titles[0]",
            "certifications[1].exam_fee.note",
            "certifications[1].exam_books.unknown",
            "sources[0].publisher",
            "quiz.intro",
        ] {
            assert!(report.contains(Code::BidiControl, at), "{at}: {report:?}");
        }
        // A text of nothing but a control is empty as well.
        assert!(report.contains(Code::EmptyText, "quiz.intro"));
        let title = report
            .problems
            .iter()
            .find(|p| p.code == Code::BidiControl && p.path == "meta.title")
            .unwrap();
        assert_eq!(title.arg("char"), Some("U+202E"));
        assert_eq!(title.arg("position"), Some("11"));
        assert!(!report.problems.iter().any(|p| p.path == "paths[1].name"));
        assert_eq!(
            report
                .problems
                .iter()
                .filter(|p| p.code == Code::BidiControl)
                .count(),
            7
        );
    }

    #[test]
    fn pay_figures_must_rise_from_low_to_median_to_high() {
        let mut dataset = minimal();
        let pay = &mut dataset.occupations[0].pay;
        (pay[0].low_10, pay[0].high_10) = (Some(37_000), Some(51_140));
        (pay[1].low_10, pay[1].high_10) = (None, Some(30_000));
        let report = report_of(&dataset);
        assert!(!report.contains(Code::PayOutOfOrder, "occupations[0].pay[0].low_10"));
        assert!(!report.contains(Code::PayOutOfOrder, "occupations[0].pay[0].high_10"));
        assert!(report.contains(Code::PayOutOfOrder, "occupations[0].pay[1].high_10"));
        let problem = report
            .problems
            .iter()
            .find(|p| p.code == Code::PayOutOfOrder)
            .unwrap();
        assert_eq!(problem.arg("lower"), Some("median_annual"));
        assert_eq!(problem.arg("higher_value"), Some("30000"));
    }

    #[test]
    fn regional_pay_needs_a_state_code_one_figure_a_year_and_a_source() {
        use crate::core::dataset::RegionalPay;
        let figure = |region: &str, year: u16| RegionalPay {
            region: region.into(),
            median_annual: None,
            mean_annual: Some(48_030),
            low_10: None,
            high_10: None,
            year,
            month: 5,
            source: minimal().sources[0].id.clone(),
            note: None,
        };
        let mut dataset = minimal();
        let good = vec![figure("TX", 2023), figure("TX", 2022), figure("DC", 2023)];
        dataset.occupations[0].regional_pay = Some(good);
        assert!(
            report_of(&dataset).problems.is_empty(),
            "{:?}",
            report_of(&dataset)
        );

        let mut bad = vec![figure("tx", 2023), figure("PR", 2023), figure("CA", 2023)];
        bad.push(figure("CA", 2023));
        bad[2].mean_annual = None;
        bad[3].source = "nowhere".into();
        bad[3].low_10 = Some(60_000);
        dataset.occupations[0].regional_pay = Some(bad);
        let report = report_of(&dataset);
        let at = "occupations[0].regional_pay";
        assert!(report.contains(Code::UnknownRegion, &format!("{at}[0].region")));
        assert!(report.contains(Code::UnknownRegion, &format!("{at}[1].region")));
        assert!(report.contains(Code::PayWithoutFigure, &format!("{at}[2]")));
        assert!(report.contains(Code::DuplicateRegionYear, &format!("{at}[3]")));
        assert!(report.contains(Code::UnknownReference, &format!("{at}[3].source")));
        assert!(report.contains(Code::PayOutOfOrder, &format!("{at}[3].low_10")));
        assert_eq!(report.errors().count(), 6, "{report:?}");
    }

    #[test]
    fn outlook_years_and_openings_have_sensible_ranges() {
        let mut dataset = minimal();
        let outlook = &mut dataset.occupations[0].outlook[0];
        outlook.to_year = 2101;
        outlook.openings_per_year = Some(10_000_001);
        let report = report_of(&dataset);
        assert!(report.contains(Code::OutOfRange, "occupations[0].outlook[0].to_year"));
        assert!(report.contains(
            Code::OutOfRange,
            "occupations[0].outlook[0].openings_per_year"
        ));
        let outlook = &mut dataset.occupations[0].outlook[0];
        (outlook.to_year, outlook.openings_per_year) = (2100, Some(0));
        assert!(!report_of(&dataset).has_errors());
        dataset.occupations[0].outlook[0].to_year = 2024;
        assert!(report_of(&dataset).contains(Code::InvertedRange, "occupations[0].outlook[0]"));
    }

    #[test]
    fn abbreviations_that_differ_only_in_case_or_spaces_are_the_same() {
        let mut dataset = minimal();
        dataset.certifications[0].abbreviation = "CMA (AAMA)".into();
        dataset.certifications[1].abbreviation = "cma(aama)".into();
        let report = report_of(&dataset);
        let problem = report
            .problems
            .iter()
            .find(|p| p.code == Code::DuplicateAbbreviation)
            .expect("reported");
        assert_eq!(problem.path, "certifications[1].abbreviation");
        assert_eq!(problem.arg("first"), Some("certifications[0]"));
        assert_eq!(problem.arg("first_id"), Some("rhit"));
        assert_eq!(problem.severity(), crate::core::problem::Severity::Warning);
        dataset.certifications[1].abbreviation = "CMA (AMT)".into();
        assert!(!report_of(&dataset)
            .problems
            .iter()
            .any(|p| p.code == Code::DuplicateAbbreviation));
    }

    #[test]
    fn locales_look_like_language_tags() {
        for good in ["en", "en-US", "es-US", "es-419"] {
            assert!(is_valid_locale(good), "{good}");
        }
        for bad in ["", "EN", "en_US", "en-us", "english", "en-US-x"] {
            assert!(!is_valid_locale(bad), "{bad}");
        }
    }
}
