//! The token set of Python 3.11, as logos recognises it.
//!
//! `Indent`, `Dedent`, `Match` and `Case` are never produced by logos itself: the layout
//! layer (`lexer::layout`) inserts them, because they depend on context logos cannot see.

use logos::Logos;

use super::scan;
use super::LexErrorKind;

/// One Python token; literal tokens borrow their raw text from the source.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
#[logos(skip r"\\\n")]
pub enum Token<'a> {
    /// Marker the parser driver puts first to select `file_input`.
    StartModule,
    /// Marker the parser driver puts first to select a bare expression (f-string fields).
    StartExpression,
    #[token("\n")]
    Newline,
    Indent,
    Dedent,

    /// An identifier (raw text; the parser applies NFKC normalisation).
    #[regex(
        r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*",
        scan::name
    )]
    Name(&'a str),
    /// An integer literal in any base, underscores included.
    #[regex(r"[0-9][0-9_]*", scan::decimal)]
    #[regex(r"0[xX][0-9A-Fa-f_]*", scan::based)]
    #[regex(r"0[oO][0-7_]*", scan::based)]
    #[regex(r"0[bB][01_]*", scan::based)]
    Int(&'a str),
    /// A float literal such as `1.5`, `.5`, `1e-5`.
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?", scan::float)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?", scan::float)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*", scan::float)]
    Float(&'a str),
    /// An imaginary literal such as `2j` or `1.5e3J`.
    #[regex(r"([0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?|\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?|[0-9][0-9_]*[eE][+-]?[0-9_]*)[jJ]", scan::imag)]
    Imag(&'a str),
    /// A whole string literal, prefix and quotes included (`rb'…'`, `f"""…"""`).
    #[regex(
        r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?("|')"#,
        scan::string
    )]
    String(&'a str),

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,
    /// Soft keyword `match` at the start of a match statement.
    Match,
    /// Soft keyword `case` at the start of a case block.
    Case,
    /// `(` opening a parenthesised list of `with` items (not an expression).
    WithLpar,
    /// The `)` that closes a `WithLpar`.
    WithRpar,

    // Operators and delimiters.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// `<>`, which CPython tokenizes (for PEP 401's joke) but its grammar rejects.
    #[token("<>")]
    Diamond,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Rarrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    /// `!`, which only means something inside f-string replacement fields.
    #[token("!")]
    Exclamation,
}
