//! Any text as a school's dataset: the widget's reader and validation never panic, and a
//! dataset they accept can be ranked, compared and searched.
#![no_main]

use hit_pathfinder::core::compare::{filter, Comparison};
use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::quiz::{rank, Answers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(loaded) = load(&text) {
        let dataset = &loaded.dataset;
        let mut answers = Answers::default();
        for question in &dataset.quiz.questions {
            if let Some(option) = question.options.first() {
                answers.set(&question.id, vec![option.id.clone()]);
            }
        }
        let _ = rank(dataset, &answers);
        let ids: Vec<String> = dataset
            .certifications
            .iter()
            .take(4)
            .map(|c| c.id.clone())
            .collect();
        let _ = Comparison::new(dataset, &Messages::en_us(), &ids);
        let _ = filter(dataset, "c", "", "");
    }
});
