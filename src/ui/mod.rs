//! Yew components. They render a validated [`Dataset`](crate::core::dataset::Dataset) and
//! the locale table; they hold no facts and no words of their own.

mod app;
mod dataset_error;
mod path_list;

pub use app::{App, AppProps};
