//! Where a renderer's bytes go: a writer whose first error is kept, never a panic.
//!
//! After a write fails (a closed pipe: `legb trace … | head`) every later write is dropped,
//! so the trace just ends; the error can be read back, or taken, by the caller.

use std::io::{self, Write};

/// A writer that remembers its first error and writes nothing after it.
pub struct Sink<W: Write> {
    /// `None` only once [`finish`](Self::finish) handed the writer back.
    out: Option<W>,
    failed: bool,
    error: Option<io::Error>,
}

impl<W: Write> Sink<W> {
    /// Wraps `out`.
    pub fn new(out: W) -> Self {
        Sink {
            out: Some(out),
            failed: false,
            error: None,
        }
    }

    /// Whether a write failed (later writes are dropped).
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Whether the writer was handed back by [`finish`](Self::finish).
    pub fn finished(&self) -> bool {
        self.out.is_none()
    }

    fn fail(&mut self, error: io::Error) {
        self.failed = true;
        self.error = Some(error);
    }

    /// Writes all of `bytes`, unless an earlier write failed.
    pub fn write(&mut self, bytes: &[u8]) {
        if self.failed {
            return;
        }
        if let Some(Err(e)) = self.out.as_mut().map(|o| o.write_all(bytes)) {
            self.fail(e);
        }
    }

    /// Flushes the writer, unless an earlier write failed.
    pub fn flush(&mut self) {
        if self.failed {
            return;
        }
        if let Some(Err(e)) = self.out.as_mut().map(|o| o.flush()) {
            self.fail(e);
        }
    }

    /// The first write error, if any.
    pub fn error(&self) -> Option<&io::Error> {
        self.error.as_ref()
    }

    /// Takes the first write error, if any; later writes are still dropped.
    pub fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }

    /// The writer.
    pub fn get_ref(&self) -> &W {
        self.out
            .as_ref()
            .expect("only finish takes the writer, and it consumes the renderer")
    }

    /// Flushes, then hands back the writer and the first write error, if any.
    pub fn finish(&mut self) -> (W, Option<io::Error>) {
        self.flush();
        let out = self.out.take().expect("a renderer finishes once");
        (out, self.error.take())
    }
}
