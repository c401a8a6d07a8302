//! HIT Pathfinder: a career-fit quiz and certification comparison for Health Information
//! Technology careers, embedded by schools as a `<hit-pathfinder>` element.
//!
//! - [`core`]: the pure model (dataset types, parsing, validation, locale tables), with no
//!   browser dependency; tested natively.
//! - `ui` (wasm only): Yew components that render a validated dataset.
//! - `embed` (wasm only): the functions `hit-pathfinder.js` calls to mount and unmount the
//!   widget inside a custom element's shadow root.
//! - `editor` (wasm only): the checker the snippet builder's form for a school's profile calls.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
