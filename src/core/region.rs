//! US states and the District of Columbia by USPS code: where a regional pay figure applies
//! and which state a school or a visitor chooses for pay. Their names are in the locale
//! tables (`state.TX`), so that they are translated like every other word.

/// The USPS codes of the 50 states and DC, in the order of their English names.
pub const STATES: [&str; 51] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// The state with this code as a host or visitor may write it (`tx`, ` TX `), if it is one.
pub fn state(code: &str) -> Option<&'static str> {
    let code = code.trim();
    STATES
        .iter()
        .copied()
        .find(|s| s.eq_ignore_ascii_case(code))
}

/// The locale key of a state's name.
pub fn name_key(code: &str) -> String {
    format!("state.{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_upper_case_pairs() {
        let mut seen = std::collections::HashSet::new();
        for code in STATES {
            assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(seen.insert(code), "{code} twice");
        }
    }

    #[test]
    fn every_language_names_every_state_and_lists_each_once_in_its_own_order() {
        use crate::core::i18n::{Messages, LANGUAGES};
        for (language, _) in LANGUAGES {
            let m = Messages::for_language(language);
            let mut order: Vec<&str> = m.text("state.order").split(' ').collect();
            order.sort_unstable();
            let mut all = STATES.to_vec();
            all.sort_unstable();
            assert_eq!(order, all, "{language}");
            for code in STATES {
                assert!(m.has(&name_key(code)), "{language}: {code}");
            }
        }
    }

    #[test]
    fn a_host_may_write_a_code_in_any_case_with_spaces() {
        assert_eq!(state("tx"), Some("TX"));
        assert_eq!(state(" Dc "), Some("DC"));
        assert_eq!(state("PR"), None);
        assert_eq!(state("Texas"), None);
        assert_eq!(state(""), None);
    }
}
