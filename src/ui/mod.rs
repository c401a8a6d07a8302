//! Yew components. They render a validated [`Dataset`](crate::core::dataset::Dataset) and
//! the locale table; they hold no facts and no words of their own.

mod app;
mod compare;
mod context;
mod dataset_error;
mod events;
mod first_render;
mod focus;
mod history;
pub(crate) mod load;
mod nav;
mod path_detail;
mod paths;
mod pay;
mod platform;
mod quiz;
mod school;
mod share;
mod state;
mod use_dataset;

pub use app::{App, AppProps, DatasetSource};
pub use events::HostEvent;
