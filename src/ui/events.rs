//! What the widget tells the host page, for a school's analytics. Never the answers, never
//! anything personal: which paths were recommended, which certifications are compared,
//! which program link was followed.

/// One event for the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum HostEvent {
    /// The visitor reached the quiz results: the top paths' ids with their fit in percent,
    /// or no fit when too few questions were answered to show one.
    QuizComplete(Vec<(String, Option<u8>)>),
    /// The compared certifications changed: their ids, in column order.
    Compare(Vec<String>),
    /// The visitor followed a link to the school: its address, and the id of the program
    /// in the school's profile when it was one of those (not the general call to action).
    CallToAction(String, Option<String>),
}
