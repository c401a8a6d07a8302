//! Any answers to the default quiz, including options that do not exist and every option at
//! once: scoring never panics, fits stay within 0–100 % and every path is ranked once.
#![no_main]

use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::quiz::{rank, Answers};
use hit_pathfinder::core::DEFAULT_DATASET_JSON;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn dataset() -> &'static hit_pathfinder::core::dataset::Dataset {
    static DATASET: OnceLock<hit_pathfinder::core::dataset::Dataset> = OnceLock::new();
    DATASET.get_or_init(|| load(DEFAULT_DATASET_JSON).expect("default dataset").dataset)
}

fuzz_target!(|choices: Vec<(u8, u8)>| {
    let dataset = dataset();
    let questions = &dataset.quiz.questions;
    let mut answers = Answers::default();
    for (question, option) in choices {
        let question = &questions[usize::from(question) % questions.len()];
        let mut chosen = answers.chosen(&question.id).to_vec();
        // Sometimes an option the question does not have.
        let id = match question
            .options
            .get(usize::from(option) % (question.options.len() + 1))
        {
            Some(option) => option.id.clone(),
            None => format!("no-such-option-{option}"),
        };
        if !chosen.contains(&id) {
            chosen.push(id);
        }
        answers.set(&question.id, chosen);
    }
    let fits = rank(dataset, &answers);
    assert_eq!(fits.len(), dataset.paths.len());
    assert!(fits.iter().all(|fit| fit.percent <= 100));
    let mut seen: Vec<usize> = fits.iter().map(|fit| fit.path).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), dataset.paths.len());
});
