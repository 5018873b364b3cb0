//! The built-in functions other than the core ones (`print`, `len`, `repr`, `isinstance`):
//! numeric, text, iteration, sorting, attribute and identity built-ins, each group in its
//! own module, with CPython 3.11's results and error messages.

pub(super) mod args;
pub mod attrs;
pub mod dir;
#[rustfmt::skip]
mod dir_tables;
mod identity;
mod iteration;
mod minmax;
mod numeric;
pub(super) mod round;
mod sort;
mod sum;
mod text;

#[cfg(test)]
pub(super) mod testing;
#[cfg(test)]
mod tests;

use crate::interp::Interp;

/// Registers the built-in functions.
pub fn install(interp: &mut Interp) {
    numeric::install(interp);
    round::install(interp);
    text::install(interp);
    iteration::install(interp);
    minmax::install(interp);
    sum::install(interp);
    sort::install(interp);
    attrs::install(interp);
    dir::install(interp);
    identity::install(interp);
}
