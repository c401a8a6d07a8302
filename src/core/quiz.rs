//! Scoring the career-fit quiz: which paths fit the answers, how well, and why.
//!
//! Each answer gives each path 0 to 10 points (the dataset's `weights`). A path's fit is the
//! points it earned divided by the most it could have earned on the questions that were
//! answered, so a path that more questions speak to is not favoured, and a skipped question
//! counts for no path. On a multiple-choice question a path earns at most what its best
//! option gives. Ties keep the dataset's order. The reasons shown are the answers that gave
//! the path the most points; a clash is an answer that conflicts with the path.

use super::dataset::{Dataset, QuizOption};

/// The options a student chose, by question id. A skipped question is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Sorted by question id (a quiz has a dozen questions: a sorted list is all the map
    /// it needs, and much less code in the wasm than a `BTreeMap`).
    chosen: Vec<(String, Vec<String>)>,
}

impl Answers {
    fn find(&self, question: &str) -> Result<usize, usize> {
        self.chosen
            .binary_search_by(|(id, _)| id.as_str().cmp(question))
    }

    /// The option ids chosen for a question (empty when skipped).
    pub fn chosen(&self, question: &str) -> &[String] {
        match self.find(question) {
            Ok(index) => &self.chosen[index].1,
            Err(_) => &[],
        }
    }

    /// Sets the options chosen for a question; an empty list skips it.
    pub fn set(&mut self, question: &str, options: Vec<String>) {
        match (self.find(question), options.is_empty()) {
            (Ok(index), true) => {
                self.chosen.remove(index);
            }
            (Ok(index), false) => self.chosen[index].1 = options,
            (Err(_), true) => {}
            (Err(index), false) => self.chosen.insert(index, (question.to_owned(), options)),
        }
    }

    /// True when no question has an answer.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.chosen.len()
    }

    /// Keeps only answers to questions and options this dataset has. Returns `None` when
    /// nothing is left.
    pub fn fitted_to(&self, dataset: &Dataset) -> Option<Answers> {
        let mut kept = Answers::default();
        for question in &dataset.quiz.questions {
            let options: Vec<String> = self
                .chosen(&question.id)
                .iter()
                .filter(|id| question.options.iter().any(|o| &&o.id == id))
                .take(if question.multiple == Some(true) {
                    usize::MAX
                } else {
                    1
                })
                .cloned()
                .collect();
            kept.set(&question.id, options);
        }
        (!kept.is_empty()).then_some(kept)
    }

    /// The answers as compact text for storage and share links:
    /// `question.option+option~question.option` (ids contain only `a-z`, `0-9` and `-`).
    pub fn encode(&self) -> String {
        self.chosen
            .iter()
            .map(|(question, options)| format!("{question}.{}", options.join("+")))
            .collect::<Vec<_>>()
            .join("~")
    }

    /// Reads [`encode`](Self::encode)'s text; malformed parts are skipped.
    pub fn decode(text: &str) -> Answers {
        let mut answers = Answers::default();
        for part in text.split('~') {
            if let Some((question, options)) = part.split_once('.') {
                let options: Vec<String> = options
                    .split('+')
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned)
                    .collect();
                if !question.is_empty() {
                    answers.set(question, options);
                }
            }
        }
        answers
    }
}

/// How well a path fits, in words a student understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// 75 percent or more.
    Strong,
    /// 50 to 74 percent.
    Good,
    /// 25 to 49 percent.
    Possible,
    /// Below 25 percent.
    Weak,
}

impl Band {
    /// The band of a fit in percent.
    pub fn of(percent: u8) -> Band {
        match percent {
            75.. => Band::Strong,
            50..=74 => Band::Good,
            25..=49 => Band::Possible,
            _ => Band::Weak,
        }
    }

    /// The key of this band's name in the locale table.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strong => "band.strong",
            Band::Good => "band.good",
            Band::Possible => "band.possible",
            Band::Weak => "band.weak",
        }
    }
}

/// Fewer answers than this (or than the quiz has questions, if it has fewer) say too little
/// for a fit in words or percent: after one answer, many paths would read "Strong fit (100%
/// match)".
pub const MIN_ANSWERS: usize = 4;

/// Whether `answered` of `total` questions are enough to show how well a path fits.
pub fn shows_fit(answered: usize, total: usize) -> bool {
    answered >= MIN_ANSWERS.min(total)
}

/// The unanswered questions (their indexes) that would best tell the `leaders` (indexes of
/// paths) apart, most telling first, at most `count`: a question's options are scored by how
/// far apart they put the leaders' points. Questions that tell them nothing are left out.
pub fn telling_questions(
    dataset: &Dataset,
    answers: &Answers,
    leaders: &[usize],
    count: usize,
) -> Vec<usize> {
    let mut scored: Vec<(u32, usize)> = Vec::new();
    for (index, question) in dataset.quiz.questions.iter().enumerate() {
        if !answers.chosen(&question.id).is_empty() {
            continue;
        }
        let mut spread = 0u32;
        for option in &question.options {
            let (mut low, mut high) = (u8::MAX, 0u8);
            for &path in leaders {
                let points = option.weights.get(&dataset.paths[path].id).unwrap_or(0);
                low = low.min(points);
                high = high.max(points);
            }
            spread += u32::from(high.saturating_sub(low));
        }
        if spread > 0 {
            scored.push((spread, index));
        }
    }
    sort_stable(&mut scored, |a, b| a.0 > b.0);
    scored.into_iter().take(count).map(|(_, i)| i).collect()
}

/// One path's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit<'a> {
    /// Index of the path in the dataset.
    pub path: usize,
    /// Points earned.
    pub points: u32,
    /// Most points that could have been earned on the answered questions.
    pub possible: u32,
    /// `points / possible` in whole percent, rounded down (0 when nothing was possible).
    pub percent: u8,
    /// The answers that gave this path the most points, most first (at most three).
    pub reasons: Vec<&'a QuizOption>,
    /// Answers that conflict with this path.
    pub clashes: Vec<&'a QuizOption>,
}

impl Fit<'_> {
    /// The band of this fit.
    pub fn band(&self) -> Band {
        Band::of(self.percent)
    }
}

/// Every path ranked by fit, best first; at equal fit, the path with more points (more
/// evidence) first; then the dataset's order.
pub fn rank<'a>(dataset: &'a Dataset, answers: &Answers) -> Vec<Fit<'a>> {
    let mut fits: Vec<Fit<'a>> = dataset
        .paths
        .iter()
        .enumerate()
        .map(|(index, path)| score_path(dataset, answers, index, &path.id))
        .collect();
    // A stable sort keeps the dataset's order among equal fits.
    sort_stable(&mut fits, |a, b| {
        let (a_fit, b_fit) = (
            u64::from(a.points) * u64::from(b.possible.max(1)),
            u64::from(b.points) * u64::from(a.possible.max(1)),
        );
        (a_fit, a.points) > (b_fit, b.points)
    });
    fits
}

/// Sorts `items` so that `a` comes before `b` when `first(a, b)`; equal items keep their
/// order. An insertion sort: the lists are a dataset's paths and a quiz's answers (tens of
/// items), and the standard library's sorts would add several KB of wasm per item type.
pub fn sort_stable<T>(items: &mut [T], first: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && first(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn score_path<'a>(dataset: &'a Dataset, answers: &Answers, index: usize, path: &str) -> Fit<'a> {
    let mut points = 0u32;
    let mut possible = 0u32;
    let mut contributions: Vec<(u8, &'a QuizOption)> = Vec::new();
    let mut clashes = Vec::new();
    for question in &dataset.quiz.questions {
        let chosen = answers.chosen(&question.id);
        if chosen.is_empty() {
            continue;
        }
        let weight = |option: &QuizOption| option.weights.get(path).unwrap_or(0);
        let best = question.options.iter().map(weight).max().unwrap_or(0);
        let mut earned = 0u32;
        for option in question.options.iter().filter(|o| chosen.contains(&o.id)) {
            earned += u32::from(weight(option));
            if weight(option) > 0 {
                contributions.push((weight(option), option));
            }
            if option.clashes.iter().flatten().any(|p| p == path) {
                clashes.push(option);
            }
        }
        points += earned.min(u32::from(best));
        possible += u32::from(best);
    }
    // Most points first; equal points keep the order of the questions.
    sort_stable(&mut contributions, |a, b| a.0 > b.0);
    let percent = (points * 100)
        .checked_div(possible)
        .map_or(0, |p| u8::try_from(p).unwrap_or(100));
    Fit {
        path: index,
        points,
        possible,
        percent,
        reasons: contributions.into_iter().take(3).map(|(_, o)| o).collect(),
        clashes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_stable_orders_and_keeps_ties_in_place() {
        let mut items = [(1, 'a'), (3, 'b'), (2, 'c'), (3, 'd'), (1, 'e')];
        sort_stable(&mut items, |a, b| a.0 > b.0);
        assert_eq!(items, [(3, 'b'), (3, 'd'), (2, 'c'), (1, 'a'), (1, 'e')]);
    }

    #[test]
    fn encoding_round_trips_and_skips_malformed_parts() {
        let mut answers = Answers::default();
        answers.set("topics", vec!["cancer".into(), "money".into()]);
        answers.set("patient-contact", vec!["none".into()]);
        let text = answers.encode();
        assert_eq!(text, "patient-contact.none~topics.cancer+money");
        assert_eq!(Answers::decode(&text), answers);
        assert_eq!(Answers::decode("~~.x~nodot~q."), Answers::default());
    }

    #[test]
    fn saved_answers_that_no_longer_fit_the_dataset_are_dropped() {
        let dataset = crate::core::parse::load(include_str!("../../tests/fixtures/minimal.json"))
            .unwrap()
            .dataset;
        // A question that was removed, and an option that no longer exists.
        let stale = Answers::decode("gone.x~interest.retired");
        assert_eq!(stale.fitted_to(&dataset), None);
        let mixed = Answers::decode("gone.x~interest.cancer+codes");
        // A single-choice question keeps one option.
        assert_eq!(
            mixed.fitted_to(&dataset).unwrap().encode(),
            "interest.cancer"
        );
    }

    #[test]
    fn a_skipped_question_counts_for_no_path() {
        let dataset = crate::core::parse::load(include_str!("../../tests/fixtures/minimal.json"))
            .unwrap()
            .dataset;
        let ranking = rank(&dataset, &Answers::default());
        assert!(ranking
            .iter()
            .all(|fit| fit.possible == 0 && fit.percent == 0));
        // Ties keep the dataset's order.
        assert_eq!(ranking[0].path, 0);
    }

    #[test]
    fn fit_is_shown_from_the_minimum_of_answers_or_every_question() {
        assert!(!shows_fit(0, 11));
        assert!(!shows_fit(MIN_ANSWERS - 1, 11));
        assert!(shows_fit(MIN_ANSWERS, 11));
        // A quiz shorter than the minimum: answering every question is enough.
        assert!(shows_fit(2, 2));
        assert!(!shows_fit(1, 2));
    }

    #[test]
    fn telling_questions_are_unanswered_and_split_the_leaders_most() {
        let dataset = crate::core::parse::load(crate::core::DEFAULT_DATASET_JSON)
            .unwrap()
            .dataset;
        let questions = &dataset.quiz.questions;
        let answers = Answers::decode("patient-contact.none");
        let ranking = rank(&dataset, &answers);
        let leaders: Vec<usize> = ranking.iter().take(3).map(|f| f.path).collect();
        let telling = telling_questions(&dataset, &answers, &leaders, 2);
        assert_eq!(telling.len(), 2);
        assert!(telling
            .iter()
            .all(|&i| answers.chosen(&questions[i].id).is_empty()));
        // Each is at least as telling as every question left out.
        let spread = |i: usize| -> u32 {
            questions[i]
                .options
                .iter()
                .map(|o| {
                    let w: Vec<u8> = leaders
                        .iter()
                        .map(|&p| o.weights.get(&dataset.paths[p].id).unwrap_or(0))
                        .collect();
                    u32::from(w.iter().max().unwrap() - w.iter().min().unwrap())
                })
                .sum()
        };
        let least = telling.iter().map(|&i| spread(i)).min().unwrap();
        assert!((0..questions.len())
            .filter(|i| !telling.contains(i) && answers.chosen(&questions[*i].id).is_empty())
            .all(|i| spread(i) <= least));
        // With every question answered there is nothing left to suggest.
        let all = Answers::decode(
            &questions
                .iter()
                .map(|q| format!("{}.{}", q.id, q.options[0].id))
                .collect::<Vec<_>>()
                .join("~"),
        );
        assert!(telling_questions(&dataset, &all, &leaders, 2).is_empty());
    }

    #[test]
    fn bands_follow_the_documented_thresholds() {
        assert_eq!(Band::of(100), Band::Strong);
        assert_eq!(Band::of(75), Band::Strong);
        assert_eq!(Band::of(74), Band::Good);
        assert_eq!(Band::of(50), Band::Good);
        assert_eq!(Band::of(49), Band::Possible);
        assert_eq!(Band::of(25), Band::Possible);
        assert_eq!(Band::of(24), Band::Weak);
    }
}
