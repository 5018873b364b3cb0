//! Built-ins: constructors (being written).

use crate::interp::Interp;

/// Registers this module's built-ins.
pub fn install(interp: &mut Interp) {
    let _ = interp;
}
