//! The shipped default dataset and the test fixture load with no errors.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::DEFAULT_DATASET_JSON;

#[test]
fn the_default_dataset_has_no_errors_and_no_warnings() {
    match load(DEFAULT_DATASET_JSON) {
        Ok(loaded) => assert!(
            loaded.report.problems.is_empty(),
            "warnings:\n{}",
            Messages::en_us().describe(&loaded.report)
        ),
        Err(report) => panic!("errors:\n{}", Messages::en_us().describe(&report)),
    }
}

#[test]
fn the_minimal_fixture_is_valid() {
    let json = include_str!("fixtures/minimal.json");
    if let Err(report) = load(json) {
        panic!("errors:\n{}", Messages::en_us().describe(&report));
    }
}

/// Facts a student or advisor would notice if they went missing or wrong.
mod facts {
    use hit_pathfinder::core::dataset::{CertificationStatus, Dataset, Occupation, PathKind};
    use hit_pathfinder::core::parse::load;
    use hit_pathfinder::core::DEFAULT_DATASET_JSON;

    fn dataset() -> Dataset {
        load(DEFAULT_DATASET_JSON).expect("loads").dataset
    }

    /// An occupation's median pay for the May survey of `year`, if the dataset has that year.
    fn median(occupation: &Occupation, year: u16) -> Option<u32> {
        let figure = occupation.pay.iter().find(|p| p.year == year)?;
        Some(figure.median_annual)
    }

    #[test]
    fn it_covers_the_paths_and_certifications_students_ask_about() {
        let d = dataset();
        assert!(d.paths.len() >= 10);
        assert!(d.certifications.len() >= 15);
        for id in [
            "coding-professional",
            "cancer-registry",
            "clinical-documentation-integrity",
            "health-data-analytics",
            "privacy-compliance",
            "medical-billing",
            "him-technician",
        ] {
            assert_eq!(
                d.path(id).map(|p| p.kind),
                Some(PathKind::Specialty),
                "{id}"
            );
        }
        for id in [
            "medical-office-assistant",
            "medical-assistant",
            "him-manager",
        ] {
            assert_eq!(d.path(id).map(|p| p.kind), Some(PathKind::Related), "{id}");
        }
        for id in [
            "rhit", "rhia", "cca", "ccs", "ccs-p", "cdip", "chda", "chps", "cpc", "coc", "crc",
            "cpb", "cpma", "cic", "ods",
        ] {
            assert!(d.certification(id).is_some(), "{id}");
        }
    }

    #[test]
    fn medical_assisting_is_not_said_to_be_unregulated_everywhere() {
        // Washington requires a state credential (RCW 18.360); "no state requires it" was wrong.
        let data = dataset();
        let path = data
            .path("medical-assistant")
            .expect("medical assistant path");
        assert!(
            !path.summary.contains("no state requires"),
            "{}",
            path.summary
        );
        assert!(path.summary.contains("Washington"), "{}", path.summary);
        assert!(path.sources.iter().any(|s| s == "wa-ma-credential"));
    }

    #[test]
    fn the_cancer_registrar_credential_is_ods_formerly_ctr() {
        let d = dataset();
        let ods = d.certification("ods").unwrap();
        assert_eq!(ods.abbreviation, "ODS");
        assert_eq!(ods.issuer, "ncra");
        assert!(ods.formerly.as_ref().unwrap().iter().any(|f| f == "CTR"));
    }

    #[test]
    fn cpc_states_the_apprentice_rule_and_cpc_p_is_not_presented_as_current() {
        let d = dataset();
        let apprentice = d.certification("cpc").unwrap().apprentice.as_ref().unwrap();
        assert!(apprentice.value.as_ref().unwrap().contains("CPC-A"));
        let cpc_p = d.certification("cpc-p").unwrap();
        assert_eq!(cpc_p.status, CertificationStatus::Unconfirmed);
        assert!(cpc_p.status_note.is_some());
    }

    #[test]
    fn historical_and_current_bls_figures_sit_side_by_side() {
        let d = dataset();
        let mrs = d.occupation("medical-records-specialists").unwrap();
        assert_eq!(median(mrs, 2012), Some(34_160));
        assert_eq!(median(mrs, 2010), Some(32_350));
        assert_eq!(mrs.pay[0].year, 2025);
        let growth = |from| {
            mrs.outlook
                .iter()
                .find(|o| o.from_year == from)
                .map(|o| o.growth_percent)
        };
        assert_eq!(growth(2010), Some(21));
        assert_eq!(growth(2012), Some(22));
    }

    #[test]
    fn the_may_2014_figure_is_the_median_not_the_mean() {
        // $38,860 was the May 2014 mean; the median was $35,900 (issue #15).
        let d = dataset();
        let mrs = d.occupation("medical-records-specialists").unwrap();
        assert_eq!(median(mrs, 2014), Some(35_900));
        assert!(median(mrs, 2014).unwrap() < median(mrs, 2015).unwrap());
        assert!(!mrs.pay.iter().any(|p| p.median_annual == 38_860));
    }

    #[test]
    fn no_bls_gov_page_is_cited_for_figures_nobody_read() {
        // The 2025 BLS figures were read on secondary pages, which the sources name.
        let d = dataset();
        for id in [
            "bls-oews-mrs-2025",
            "bls-ooh-mrs-2025",
            "bls-ooh-hitmr-2025",
        ] {
            assert!(d.source(id).is_none(), "{id}");
        }
        let mrs = d.occupation("medical-records-specialists").unwrap();
        let newest = d.source(&mrs.pay[0].source).unwrap();
        assert!(!newest.url.contains("bls.gov"), "{}", newest.url);
        assert!(mrs.pay[0].note.as_deref().unwrap_or("").contains("BLS"));
    }

    #[test]
    fn medical_billing_shows_billing_clerks_and_its_credentials() {
        let d = dataset();
        let billing = d.path("medical-billing").unwrap();
        assert_eq!(billing.occupation, "billing-posting-clerks");
        let clerks = d.occupation("billing-posting-clerks").unwrap();
        assert_eq!(clerks.soc, "43-3021");
        assert!(billing.certifications.iter().any(|c| c == "cbcs"));
        let cdi = d.path("clinical-documentation-integrity").unwrap();
        for id in ["ccds", "ccds-o"] {
            assert!(cdi.certifications.iter().any(|c| c == id), "{id}");
            assert_eq!(d.certification(id).unwrap().issuer, "acdis");
        }
    }

    #[test]
    fn washington_cites_the_department_of_health() {
        let d = dataset();
        let source = d.source("wa-ma-credential").unwrap();
        assert!(
            source.url.starts_with("https://doh.wa.gov/"),
            "{}",
            source.url
        );
    }

    #[test]
    fn every_figure_cites_a_source_that_exists() {
        let d = dataset();
        for occupation in &d.occupations {
            for pay in &occupation.pay {
                assert!(d.source(&pay.source).is_some(), "{}", pay.source);
            }
        }
    }
}
