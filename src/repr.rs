//! Python's `repr` of the literal types.
