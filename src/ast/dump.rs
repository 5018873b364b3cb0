//! `ast.dump` text.
