//! Token streams from the layout lexer (`legb::lexer::Layout`) for indentation and soft-keyword
//! edge cases, pinned as insta snapshots in `tests/snapshots/`.
//!
//! One token per line: `start-end Kind "source text"`, positions as `line:col` (1-based line,
//! 0-based UTF-8 byte column, as CPython's `ast` counts). Each snapshot was checked against
//! `python3 -m tokenize` on the same source: the same tokens at the same places, except
//! that legb has no COMMENT/NL tokens (the parser never sees them), its INDENT is empty at
//! the first token of the line (tokenize's spans the leading whitespace), a NEWLINE ends at
//! column 0 of the next line (tokenize: one past the `\n` on its own line), a NEWLINE legb
//! adds at end of input is empty where tokenize's is one column wide, the DEDENTs at end of
//! input sit at the end of the text (tokenize: column 0 of the line after), and the errors
//! (TabError, IndentationError) are the C tokenizer's, which the tokenize module lacks.
//! To review a change: `cargo insta review`, or compare the `.snap.new` file by hand and
//! rename it over the `.snap`.

use legb::lexer::Layout;
use legb::source::normalize_newlines;

/// The token stream of `src`, one token per line; an error (with its line) ends the stream.
fn tokens(src: &str) -> String {
    let src = normalize_newlines(src);
    let mut out = String::new();
    for item in Layout::new(&src) {
        match item {
            Ok((start, tok, end)) => {
                let debug = format!("{tok:?}");
                let kind = debug.split('(').next().unwrap_or(&debug);
                let text = &src[start.offset as usize..end.offset as usize];
                out.push_str(&format!(
                    "{}:{}-{}:{} {kind} {text:?}\n",
                    start.line, start.col, end.line, end.col
                ));
            }
            Err(e) => {
                // Only the line: where the caret goes is the renderer's business, pinned by
                // tests/syntax_errors against CPython's own output.
                out.push_str(&format!(
                    "line {} error {}: {}\n",
                    e.lineno,
                    e.kind.name(),
                    e.msg
                ));
                break;
            }
        }
    }
    out
}

#[test]
fn nested_blocks_indent_and_dedent_one_level_at_a_time() {
    insta::assert_snapshot!(tokens("if a:\n    b\n    if c:\n        d\n    e\nf\n"));
}

#[test]
fn dedent_several_levels_at_once() {
    insta::assert_snapshot!(tokens(
        "def f():\n  for x in y:\n    while z:\n      pass\ng()\n"
    ));
}

#[test]
fn dedent_to_an_intermediate_level() {
    insta::assert_snapshot!(tokens(
        "if a:\n    if b:\n        if c:\n            x\n    y\nz\n"
    ));
}

#[test]
fn blank_and_comment_only_lines_make_no_tokens() {
    insta::assert_snapshot!(tokens(
        "# top\n\nif a:\n\n    # inside\n    b\n  # odd indent\n        # deeper\n\n    c  # trailing\n   \n\t\nd\n"
    ));
}

#[test]
fn lines_inside_brackets_ignore_indentation() {
    insta::assert_snapshot!(tokens(
        "x = [\n1,\n        2,\n  ]\nif (a and\nb):\n    f(\n  c)\n"
    ));
}

#[test]
fn blank_and_comment_lines_inside_brackets() {
    insta::assert_snapshot!(tokens("f(a,\n\n  # note\n  b)\n"));
}

#[test]
fn backslash_continuation_joins_lines() {
    insta::assert_snapshot!(tokens("x = 1 + \\\n    2\nif a and \\\nb:\n    pass\n"));
}

#[test]
fn backslash_continuation_before_an_indented_line_does_not_indent() {
    insta::assert_snapshot!(tokens("x = \\\n        1\ny = 2\n"));
}

#[test]
fn tabs_indent_to_the_next_multiple_of_eight() {
    insta::assert_snapshot!(tokens("if a:\n\tb\n\tif c:\n\t\td\n\te\n"));
}

#[test]
fn tab_and_eight_spaces_are_inconsistent() {
    insta::assert_snapshot!(tokens("if a:\n        b\n\tc\n"));
}

#[test]
fn unindent_to_an_unknown_level_is_an_indentation_error() {
    insta::assert_snapshot!(tokens("if a:\n        b\n    c\n"));
}

#[test]
fn form_feed_resets_the_indentation_count() {
    insta::assert_snapshot!(tokens("if a:\n    b\n\x0cc\n\x0c    d\n"));
}

#[test]
fn eof_without_newline_adds_newline() {
    insta::assert_snapshot!(tokens("x = 1"));
}

#[test]
fn eof_without_newline_inside_a_block_closes_every_block() {
    insta::assert_snapshot!(tokens("def f():\n    if x:\n        return 1"));
}

#[test]
fn eof_after_comment_without_newline() {
    insta::assert_snapshot!(tokens("x = 1\n# done"));
}

#[test]
fn eof_after_indented_blank_lines() {
    insta::assert_snapshot!(tokens("if a:\n    b\n    \n        \n"));
}

#[test]
fn empty_and_whitespace_only_sources_have_no_tokens() {
    let all = ["", "\n", "   ", "\n\n   \n", "# c", "  # c\n"]
        .iter()
        .map(|src| format!("{src:?}:\n{}", tokens(src)))
        .collect::<String>();
    insta::assert_snapshot!(all);
}

#[test]
fn crlf_and_cr_line_endings_act_as_newlines() {
    insta::assert_snapshot!(tokens("if a:\r\n    b\r\nc\rd\r"));
}

#[test]
fn semicolons_separate_statements_on_one_line() {
    insta::assert_snapshot!(tokens("a = 1; b = 2;\nif x: y; z\n"));
}

#[test]
fn triple_quoted_string_spans_lines_without_layout_tokens() {
    insta::assert_snapshot!(tokens(
        "if a:\n    s = '''one\n  two\nthree'''\n    t = 1\n"
    ));
}

#[test]
fn decimal_number_followed_by_keyword() {
    insta::assert_snapshot!(tokens("x = 1if y else 2\nz = [1for x in y]\nw = 1.5or 2\n"));
}

/// `0x1for` is `0x1f or` to CPython (`python3 -m tokenize`: NUMBER '0x1f', NAME 'or'): the
/// hex digits end at the first non-hex character and the keyword after them is allowed.
#[test]
fn hex_number_followed_by_keyword_splits_after_the_hex_digits() {
    let src = "z = [0x1for x in y]\n";
    let texts: Vec<String> = Layout::new(src)
        .map(|t| match t {
            Ok((s, tok, e)) => format!("{tok:?} {:?}", &src[s.offset as usize..e.offset as usize]),
            Err(e) => format!("error {e}"),
        })
        .collect();
    assert_eq!(
        texts,
        [
            "Name(\"z\") \"z\"",
            "Equal \"=\"",
            "Lsqb \"[\"",
            "Int(\"0x1f\") \"0x1f\"",
            "Or \"or\"",
            "Name(\"x\") \"x\"",
            "In \"in\"",
            "Name(\"y\") \"y\"",
            "Rsqb \"]\"",
            "Newline \"\\n\"",
        ]
    );
}

#[test]
fn match_and_case_are_keywords_in_a_match_statement() {
    insta::assert_snapshot!(tokens(
        "match command:\n    case [x, y]:\n        pass\n    case _:\n        pass\n"
    ));
}

#[test]
fn match_and_case_are_names_elsewhere() {
    insta::assert_snapshot!(tokens(
        "match = 1\nmatch(x)\nmatch.y\nmatch[0] = case\ncase = 2\nprint(match, case)\nmatch x\nx = match\n"
    ));
}

#[test]
fn match_with_parenthesised_or_bracketed_subject_is_a_statement() {
    insta::assert_snapshot!(tokens(
        "match (a, b):\n    case _:\n        pass\nmatch [a]:\n    case _:\n        pass\n"
    ));
}

#[test]
fn match_call_followed_by_colon_in_brackets_is_not_a_statement() {
    insta::assert_snapshot!(tokens("match(a)[1:2]\nmatch[x:y]\nmatch: int = 1\n"));
}

#[test]
fn case_is_a_name_inside_a_case_body_and_outside_match() {
    insta::assert_snapshot!(tokens(
        "match x:\n    case 1:\n        case = 2\n        match = 3\ncase = 4\n"
    ));
}

#[test]
fn nested_match_statements() {
    insta::assert_snapshot!(tokens(
        "match a:\n    case 1:\n        match b:\n            case 2:\n                pass\n    case 3:\n        pass\n"
    ));
}

#[test]
fn match_statement_on_one_line_header_with_names_named_match_and_case() {
    insta::assert_snapshot!(tokens("match match:\n    case case:\n        pass\n"));
}

#[test]
fn underscore_is_always_a_name() {
    insta::assert_snapshot!(tokens("_ = 1\nmatch _:\n    case _:\n        _\n"));
}

#[test]
fn unicode_identifiers_have_byte_columns() {
    insta::assert_snapshot!(tokens("café = 'é'\nπ = café\n"));
}
