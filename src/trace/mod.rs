//! The scope trace: events the interpreter emits and the renderers that show them.

pub mod event;
pub mod value;

pub use event::{Event, Step, Tracer};
