//! String literal tokens to constants and f-strings.
