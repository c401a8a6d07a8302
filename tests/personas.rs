//! Sanity of recommendations: personas and the path each must get on top (or in the top three).
//! Answers are written in the share-link encoding: `question.option+option~question.option`.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::quiz::{rank, Answers};
use hit_pathfinder::core::DEFAULT_DATASET_JSON;

/// (who, the path they must get, within the top N, their answers)
const PERSONAS: &[(&str, &str, usize, &str)] = &[
    (
        "cancer research, detail, no contact (answers set 1)",
        "cancer-registry",
        1,
        "detail-work.love~patient-contact.none~topics.cancer-research",
    ),
    (
        "cancer research, detail, no contact (answers set 2)",
        "cancer-registry",
        1,
        "clinical-background.new~detail-work.love~explaining.quiet~kind-of-work.rules~leading.no~patient-contact.none~phone-insurance.avoid~study-time.two-years~topics.cancer-research~work-from-home.later~workplace.research",
    ),
    (
        "cancer research, detail, no contact (answers set 3)",
        "cancer-registry",
        1,
        "detail-work.love~kind-of-work.numbers~patient-contact.none~study-time.two-years~topics.cancer-research+body-disease~workplace.hospital",
    ),
    (
        "numbers, insurance, phone (answers set 1)",
        "medical-billing",
        1,
        "kind-of-work.numbers~phone-insurance.enjoy~topics.insurance-money",
    ),
    (
        "numbers, insurance, phone (answers set 2)",
        "medical-billing",
        1,
        "clinical-background.new~detail-work.okay~explaining.sometimes~kind-of-work.numbers~leading.no~patient-contact.phone~phone-insurance.enjoy~study-time.under-a-year~topics.insurance-money~work-from-home.later~workplace.clinic",
    ),
    (
        "numbers, insurance, phone (answers set 3)",
        "medical-billing",
        1,
        "kind-of-work.numbers~patient-contact.phone~phone-insurance.enjoy~topics.insurance-money+stats-databases~workplace.office-home",
    ),
    (
        "hands-on patient care (answers set 1)",
        "medical-assistant",
        1,
        "patient-contact.hands-on",
    ),
    (
        "hands-on patient care (answers set 2)",
        "medical-assistant",
        1,
        "clinical-background.new~detail-work.variety~explaining.sometimes~kind-of-work.people~leading.no~patient-contact.hands-on~phone-insurance.fine~study-time.under-a-year~topics.body-disease~work-from-home.on-site~workplace.clinic",
    ),
    (
        "hands-on patient care (answers set 3)",
        "medical-assistant",
        1,
        "patient-contact.hands-on~topics.body-disease~workplace.hospital",
    ),
    (
        "lead a department, bachelor's (answers set 1)",
        "him-manager",
        1,
        "leading.yes~study-time.bachelors",
    ),
    (
        "lead a department, bachelor's (answers set 2)",
        "him-manager",
        1,
        "clinical-background.health-care-work~detail-work.okay~explaining.enjoy~kind-of-work.people~leading.yes~patient-contact.phone~phone-insurance.fine~study-time.bachelors~topics.leading-teams~work-from-home.on-site~workplace.hospital",
    ),
    (
        "lead a department, bachelor's (answers set 3)",
        "him-manager",
        1,
        "kind-of-work.numbers~leading.yes~study-time.bachelors~topics.leading-teams+privacy-law",
    ),
    (
        "statistics and databases (answers set 1)",
        "health-data-analytics",
        1,
        "kind-of-work.numbers~topics.stats-databases",
    ),
    (
        "statistics and databases (answers set 2)",
        "health-data-analytics",
        1,
        "clinical-background.new~detail-work.love~explaining.sometimes~kind-of-work.numbers~leading.maybe~patient-contact.none~phone-insurance.avoid~study-time.bachelors~topics.stats-databases~work-from-home.later~workplace.office-home",
    ),
    (
        "statistics and databases (answers set 3)",
        "health-data-analytics",
        1,
        "kind-of-work.numbers~study-time.two-years~topics.stats-databases~workplace.research",
    ),
    (
        "law, rules, privacy (answers set 1)",
        "privacy-compliance",
        1,
        "kind-of-work.law~topics.privacy-law",
    ),
    (
        "law, rules, privacy (answers set 2)",
        "privacy-compliance",
        1,
        "clinical-background.health-care-work~detail-work.okay~explaining.sometimes~kind-of-work.law~leading.maybe~patient-contact.phone~phone-insurance.fine~study-time.bachelors~topics.privacy-law~work-from-home.later~workplace.hospital",
    ),
    (
        "law, rules, privacy (answers set 3)",
        "privacy-compliance",
        1,
        "kind-of-work.law~patient-contact.none~study-time.two-years~topics.privacy-law",
    ),
    (
        "start quickly from home at a computer (answers set 1)",
        "coding-professional",
        1,
        "study-time.under-a-year~work-from-home.yes-soon",
    ),
    (
        "start quickly from home at a computer (answers set 2)",
        "coding-professional",
        1,
        "patient-contact.none~study-time.under-a-year~work-from-home.yes-soon",
    ),
    (
        "start quickly from home at a computer (answers set 3)",
        "coding-professional",
        1,
        "clinical-background.new~detail-work.love~explaining.quiet~kind-of-work.rules~leading.no~patient-contact.none~phone-insurance.avoid~study-time.under-a-year~topics.insurance-money~work-from-home.yes-soon~workplace.office-home",
    ),
    (
        "greeting, scheduling, phones, short training (answers set 1)",
        "medical-office-assistant",
        1,
        "patient-contact.greet~study-time.under-a-year",
    ),
    (
        "greeting, scheduling, phones, short training (answers set 2)",
        "medical-office-assistant",
        1,
        "clinical-background.new~detail-work.okay~explaining.sometimes~kind-of-work.people~leading.no~patient-contact.greet~phone-insurance.fine~study-time.under-a-year~topics.insurance-money~work-from-home.on-site~workplace.clinic",
    ),
    (
        "greeting, scheduling, phones, short training (answers set 3)",
        "medical-office-assistant",
        1,
        "kind-of-work.people~patient-contact.greet~phone-insurance.enjoy~study-time.under-a-year",
    ),
    (
        "nurse who likes explaining to doctors (answers set 1)",
        "clinical-documentation-integrity",
        3,
        "clinical-background.clinician~explaining.enjoy",
    ),
    (
        "nurse who likes explaining to doctors (answers set 2)",
        "clinical-documentation-integrity",
        3,
        "clinical-background.clinician~detail-work.love~explaining.enjoy~kind-of-work.rules~leading.maybe~patient-contact.none~phone-insurance.avoid~study-time.two-years~topics.body-disease~work-from-home.later~workplace.hospital",
    ),
    (
        "nurse who likes explaining to doctors (answers set 3)",
        "clinical-documentation-integrity",
        3,
        "clinical-background.clinician~explaining.enjoy~kind-of-work.people~patient-contact.phone~topics.body-disease~workplace.hospital",
    ),
    (
        "typical coding-inpatient student",
        "coding-inpatient",
        1,
        "clinical-background.new~detail-work.love~explaining.quiet~kind-of-work.rules~leading.no~patient-contact.none~phone-insurance.avoid~study-time.two-years~topics.body-disease~work-from-home.later~workplace.hospital",
    ),
    (
        "typical coding-outpatient-facility student",
        "coding-outpatient-facility",
        1,
        "clinical-background.new~detail-work.love~explaining.quiet~kind-of-work.rules~leading.no~patient-contact.none~phone-insurance.fine~study-time.two-years~topics.insurance-money+body-disease~work-from-home.later~workplace.outpatient-center",
    ),
    (
        "typical him-technician student",
        "him-technician",
        1,
        "clinical-background.new~detail-work.okay~explaining.sometimes~kind-of-work.law~leading.maybe~patient-contact.phone~phone-insurance.fine~study-time.under-a-year~topics.privacy-law~work-from-home.on-site~workplace.hospital",
    ),
    (
        "typical risk-adjustment-coding student",
        "risk-adjustment-coding",
        1,
        "clinical-background.health-care-work~detail-work.love~explaining.enjoy~kind-of-work.rules~leading.no~patient-contact.none~phone-insurance.avoid~study-time.two-years~topics.insurance-money+body-disease~work-from-home.yes-soon~workplace.office-home",
    ),
    (
        "typical coding-auditing student",
        "coding-auditing",
        1,
        "clinical-background.health-care-work~detail-work.love~explaining.enjoy~kind-of-work.rules~leading.maybe~patient-contact.none~phone-insurance.fine~study-time.bachelors~topics.insurance-money~work-from-home.later~workplace.office-home",
    ),
];

#[test]
fn each_persona_gets_their_path_where_it_belongs() {
    let dataset = load(DEFAULT_DATASET_JSON).expect("loads").dataset;
    for (who, path, within, encoded) in PERSONAS {
        let answers = Answers::decode(encoded);
        assert_eq!(
            answers.encode(),
            *encoded,
            "{who}: the answers must all be real ids"
        );
        assert_eq!(
            answers.fitted_to(&dataset).as_ref(),
            Some(&answers),
            "{who}: unknown ids"
        );
        let ranking = rank(&dataset, &answers);
        let top: Vec<&str> = ranking
            .iter()
            .take(*within)
            .map(|fit| dataset.paths[fit.path].id.as_str())
            .collect();
        assert!(
            top.contains(path),
            "{who}: expected {path} in the top {within}, got {top:?}"
        );
        if *within == 1 {
            assert!(
                ranking[0].percent > ranking[1].percent || ranking[0].points > ranking[1].points,
                "{who}: a tie at the top"
            );
        }
    }
}

#[test]
fn a_recommendation_explains_itself_with_the_answers_that_counted() {
    let dataset = load(DEFAULT_DATASET_JSON).expect("loads").dataset;
    let answers = Answers::decode(PERSONAS[1].3);
    let best = &rank(&dataset, &answers)[0];
    assert_eq!(dataset.paths[best.path].id, "cancer-registry");
    assert!(!best.reasons.is_empty() && best.reasons.len() <= 3);
    assert!(best
        .reasons
        .iter()
        .all(|option| option.weights.get("cancer-registry") > Some(0)));
}
