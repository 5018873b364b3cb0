//! The scope trace: events the interpreter emits and the renderers that show them.
//!
//! - [`event`]: the events, as plain data, and the [`Tracer`] that receives them.
//! - [`filter`]: [`Filter`] and the [`Filtered`] tracer, to show only some events.

pub mod event;
pub mod filter;

#[cfg(test)]
mod fixtures;

pub use event::{Event, Step, Tracer};
pub use filter::{Filter, Filtered};
