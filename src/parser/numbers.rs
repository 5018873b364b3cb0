//! Numeric literal tokens to constants.
