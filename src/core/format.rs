//! Formatting numbers and dates the same way in every language the widget speaks.
//! US English and US Spanish both group thousands with commas (`$50,250`); month names
//! and word order come from the locale table.

use super::i18n::Messages;

/// Whole US dollars with thousands grouped by commas: `51140` becomes `$51,140`.
pub fn dollars(amount: u32) -> String {
    format!("${}", grouped(amount))
}

/// A whole number with thousands grouped by commas: `14000` becomes `14,000`.
pub fn grouped(number: u32) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A month and year in the table's words: `May 2025` (`mayo de 2025` in Spanish).
pub fn month_year(messages: &Messages, month: u8, year: u16) -> String {
    let month = messages.text(&format!("month.{month}")).to_owned();
    messages.format(
        "date.month_year",
        &[("month", &month), ("year", &year.to_string())],
    )
}

/// An "as of" date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the table's words, to the month.
pub fn as_of(messages: &Messages, date: &str) -> String {
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or_default();
    match parts.next().and_then(|m| m.parse::<u8>().ok()) {
        Some(month) => {
            let month = messages.text(&format!("month.{month}")).to_owned();
            messages.format("date.month_year", &[("month", &month), ("year", year)])
        }
        None => year.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_counts_group_thousands_with_commas() {
        assert_eq!(dollars(51_140), "$51,140");
        assert_eq!(dollars(117_960), "$117,960");
        assert_eq!(dollars(229), "$229");
        assert_eq!(dollars(1_000_000), "$1,000,000");
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(14_000), "14,000");
    }

    #[test]
    fn dates_use_the_month_names_of_the_table() {
        let messages = Messages::en_us();
        assert_eq!(month_year(&messages, 5, 2025), "May 2025");
        assert_eq!(as_of(&messages, "2026-09"), "September 2026");
        assert_eq!(as_of(&messages, "2024-02-29"), "February 2024");
        assert_eq!(as_of(&messages, "2024"), "2024");
    }
}
