//! The scope trace: events the interpreter emits and the renderers that show them.
//!
//! - [`attr_words`]: how the text trace words an attribute access.
//! - [`event`]: the events, as plain data, and the [`Tracer`] that receives them.
//! - [`text`]: [`TextRenderer`], the readable trace (source lines with their events).
//! - [`jsonl`]: [`JsonlRenderer`], one JSON object per event (`docs/trace-format.md`).
//! - [`background`]: [`BackgroundJsonl`], the same JSONL written by a thread of its own.
//! - [`filter`]: [`Filter`] and the [`Filtered`] tracer, to show only some events.
//! - [`value`]: the reprs events carry, computed without running Python code.

pub mod attr_words;
pub mod background;
pub mod event;
pub mod filter;
mod json;
mod json_hot;
pub mod jsonl;
pub mod sink;
pub mod text;
pub mod value;

#[cfg(test)]
mod fixtures;

pub use background::BackgroundJsonl;
pub use event::{Event, Step, Tracer};
pub use filter::{Filter, Filtered};
pub use jsonl::JsonlRenderer;
pub use text::{TextOptions, TextRenderer};
