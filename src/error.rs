//! Errors found before a program runs: CPython's `SyntaxError` family, as values, and the
//! text `python3 FILE` prints for them.

use std::borrow::Cow;
use std::fmt;

use crate::source::normalize_newlines;

/// Which class of `SyntaxError` CPython would raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// Which part of CPython raises an error.
///
/// CPython measures columns, and picks the source line it quotes, differently in each part,
/// so the renderer needs to know which one to imitate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `tokenizer.c`'s own errors (bad literals, unterminated strings, invalid or unmatched
    /// characters): columns counted in characters, line quoted without its newline.
    Tokenizer,
    /// The PEG parser, including the indentation and EOF errors it reports for the
    /// tokenizer: columns counted in bytes unless the file declares an encoding.
    Parser,
    /// The compiler and symbol table (`'return' outside function`, duplicate arguments):
    /// columns always counted in bytes.
    Compiler,
    /// Errors about the file as a whole (undecodable bytes, bad encoding declaration),
    /// printed without a location.
    File,
}

/// A syntax error with CPython's message and the source range it points at.
///
/// Lines are 1-based. `col` and `end_col` are 0-based UTF-8 byte offsets into line `lineno`
/// (even when `end_lineno` is later) of what CPython reports as `offset - 1` and
/// `end_offset - 1`; for most errors that is simply the offending token. The renderer
/// converts them to the units CPython uses for the error's [`Origin`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
    /// The part of CPython that raises this error.
    pub origin: Origin,
    /// False where CPython reports offset 0, which prints no caret line.
    pub caret: bool,
    /// Met at the end of the input: CPython's file tokenizer then reports offset 0, its
    /// string tokenizer (`exec`, `compile`) the end of the last line.
    pub at_eof: bool,
}

impl SyntaxError {
    /// A parser `SyntaxError` covering `start..end`.
    pub fn new(msg: impl Into<String>, start: crate::source::Pos, end: crate::source::Pos) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: start.line,
            col: start.col,
            end_lineno: end.line,
            end_col: end.col,
            origin: Origin::Parser,
            caret: true,
            at_eof: false,
        }
    }

    /// An error about the whole file, printed without a location.
    pub fn file(msg: impl Into<String>) -> Self {
        let mut err = SyntaxError::new(msg, Default::default(), Default::default());
        err.origin = Origin::File;
        err.caret = false;
        err
    }

    /// The same error, met at the end of the input (at `self`'s position, the end of the
    /// last line): no caret.
    pub fn at_end_of_input(mut self) -> Self {
        self.caret = false;
        self.at_eof = true;
        self
    }

    /// The same error as another class (`IndentationError`, `TabError`).
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// The same error as raised by another part of CPython.
    pub fn with_origin(mut self, origin: Origin) -> Self {
        self.origin = origin;
        self
    }

    /// The same error with CPython's offset 0, which prints no caret.
    pub fn without_caret(mut self) -> Self {
        self.caret = false;
        self
    }

    /// What CPython 3.11 prints on stderr when `python3 FILE` stops at this error.
    ///
    /// `filename` is printed as given (`<stdin>` selects CPython's stdin behaviour);
    /// `source` is the text [`decode_source`] returned, leading BOM included.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = String::new();
        if self.origin != Origin::File {
            out.push_str(&format!("  File \"{filename}\", line {}\n", self.lineno));
            let stdin = filename == "<stdin>";
            if let Some(text) = self.quoted_text(source, stdin) {
                let (offset, end_offset) = self.offsets(&text, source);
                print_error_text(&mut out, offset, end_offset, &text);
            }
        }
        out.push_str(self.kind.name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }

    /// The exception's `text` attribute: the source line CPython quotes, if any.
    fn quoted_text(&self, source: &str, stdin: bool) -> Option<String> {
        let (bom, body) = split_bom(source);
        let body = normalize_newlines(body);
        match (self.origin, stdin) {
            // The compiler re-reads the file by name, which fails for stdin.
            (Origin::Compiler, true) => None,
            // Both quote the tokenizer's buffer, which has no newline.
            (Origin::Tokenizer, _) | (_, true) => {
                Some(until_nul(line_of(&body, self.lineno)).into())
            }
            (origin, false) => program_text(bom, &body, self.lineno)
                .or_else(|| (origin == Origin::Parser).then(String::new)),
        }
    }

    /// CPython's 1-based `offset` and `end_offset` after `print_exception`'s adjustments.
    fn offsets(&self, text: &str, source: &str) -> (i64, i64) {
        let chars = match self.origin {
            Origin::Tokenizer => true,
            Origin::Parser => declares_encoding(source),
            Origin::Compiler | Origin::File => false,
        };
        let measure = |col: u32| match chars {
            true => byte_to_char_offset(text, col as usize + 1),
            false => col as i64 + 1,
        };
        let offset = if self.caret { measure(self.col) } else { 0 };
        let line_size = text.len() as i64;
        let end_offset = if self.kind != SyntaxErrorKind::SyntaxError {
            // `parse_syntax_error` reads the end only from exact `SyntaxError`s.
            -1
        } else if self.end_lineno > self.lineno {
            line_size
        } else {
            measure(self.end_col)
        };
        (offset, end_offset.min(line_size + 1))
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.name(),
            self.msg,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Splits off a leading UTF-8 byte order mark.
fn split_bom(source: &str) -> (bool, &str) {
    match source.strip_prefix('\u{feff}') {
        Some(rest) => (true, rest),
        None => (false, source),
    }
}

/// The text of 1-based `line`, without its newline; empty past the end.
fn line_of(src: &str, line: u32) -> &str {
    let start = match line {
        0 => return "",
        1 => 0,
        _ => match src.match_indices('\n').nth(line as usize - 2) {
            Some((i, _)) => i + 1,
            None => return "",
        },
    };
    let rest = &src[start..];
    &rest[..rest.find('\n').unwrap_or(rest.len())]
}

/// The line `err_programtext` reads back from the file: newline kept, BOM kept on line 1,
/// cut at a NUL, and only the last 999-byte `fgets` chunk of a long line.
fn program_text(bom: bool, body: &str, lineno: u32) -> Option<String> {
    let mut line = String::new();
    if bom && lineno == 1 {
        line.push('\u{feff}');
    }
    let start = match lineno {
        0 => return None,
        1 => 0,
        _ => body.match_indices('\n').nth(lineno as usize - 2)?.0 + 1,
    };
    let rest = &body[start..];
    if rest.is_empty() {
        return None;
    }
    line.push_str(&rest[..rest.find('\n').map_or(rest.len(), |i| i + 1)]);
    let bytes = line.as_bytes();
    let mut from = 0;
    while bytes.len() - from >= 999 && bytes[from + 998] != b'\n' {
        from += 999;
    }
    if from == bytes.len() {
        // The last read hit end of file, so CPython gives up on the line.
        return None;
    }
    Some(until_nul(&String::from_utf8_lossy(&bytes[from..])).into())
}

/// The part of `text` a C string holds.
fn until_nul(text: &str) -> &str {
    &text[..text.find('\0').unwrap_or(text.len())]
}

/// `_PyPegen_byte_offset_to_character_offset`: how many characters the first `n` bytes of
/// `line` decode to, a cut character counting as one and bytes past the end clipped to one
/// more than the line (CPython decodes the terminating NUL too).
fn byte_to_char_offset(line: &str, n: usize) -> i64 {
    if n > line.len() {
        return line.chars().count() as i64 + 1;
    }
    line.char_indices().take_while(|&(i, _)| i < n).count() as i64
}

/// CPython's `print_error_text`: the quoted line without its indentation and a caret line.
/// The C original mixes units (offsets in characters or bytes, text in bytes); so does this.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let indent = text
        .bytes()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .count();
    offset -= indent as i64;
    let mut text = &text[indent..];
    let mut len = text.len() as i64 - i64::from(text.ends_with('\n'));
    offset = offset.min(len);
    while let Some(nl) = text.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= nl as i64 + 1;
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if text.as_bytes().get(len as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets as usize));
    out.push('\n');
}

/// Whether the file declares its encoding (BOM or coding cookie), which makes CPython's
/// parser count columns in characters rather than bytes.
fn declares_encoding(source: &str) -> bool {
    let (bom, body) = split_bom(source);
    bom || coding_cookie(body.as_bytes()).is_some()
}

/// The encoding named by a PEP 263 cookie on line 1 or 2, normalised as CPython's
/// `get_normal_name` does; line 2 counts only if line 1 holds no code.
fn coding_cookie(src: &[u8]) -> Option<String> {
    let mut lines = src.split_inclusive(|&b| b == b'\n' || b == b'\r');
    for _ in 0..2 {
        let line = lines.next()?;
        if let Some(name) = cookie_in_line(line) {
            return Some(name);
        }
        let code = line
            .iter()
            .take_while(|&&b| !matches!(b, b'#' | b'\n' | b'\r'))
            .any(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'));
        if code {
            return None;
        }
    }
    None
}

/// CPython's `get_coding_spec` for one line: `coding[:=]NAME` inside a comment that is the
/// only thing on the line.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let size = line.len();
    let mut i = 0;
    while i + 6 < size {
        match line[i] {
            b'#' => break,
            b' ' | b'\t' | b'\x0c' => i += 1,
            _ => return None,
        }
    }
    while i + 6 < size {
        let at = i;
        i += 1;
        if &line[at..at + 6] != b"coding" || !matches!(line[at + 6], b':' | b'=') {
            continue;
        }
        let mut t = at + 7;
        while t < size && matches!(line[t], b' ' | b'\t') {
            t += 1;
        }
        let begin = t;
        while t < size && (line[t].is_ascii_alphanumeric() || b"-_.".contains(&line[t])) {
            t += 1;
        }
        if begin < t {
            return Some(normal_encoding_name(&String::from_utf8_lossy(
                &line[begin..t],
            )));
        }
    }
    None
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 to one name, others as is.
fn normal_encoding_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if latin
        .iter()
        .any(|l| lower == *l || lower.starts_with(&format!("{l}-")))
    {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

/// Decodes a source file's bytes as `python3 FILE` does before tokenizing, with CPython's
/// errors for undecodable bytes and bad encoding declarations.
///
/// The text keeps a leading BOM (pass it on to [`SyntaxError::render`]); check it with
/// [`reject_nul`] and strip the BOM with [`without_bom`] before parsing. Declared encodings other than UTF-8, Latin-1, ASCII,
/// cp1252 and KOI8-R are not supported and reported as CPython reports unknown ones.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let text = match coding_cookie(body) {
        // A BOM declares UTF-8 as a cookie would: not validated up front.
        None if bom => String::from_utf8_lossy(bytes),
        None => check_utf8(bytes, filename)?,
        Some(name) if bom && name != "utf-8" => {
            return Err(SyntaxError::file(format!(
                "encoding problem: {name} with BOM"
            )));
        }
        Some(name) => decode_declared(bytes, bom, &name)?,
    };
    Ok(text)
}

/// The source without its leading BOM, as CPython's tokenizer sees it.
pub fn without_bom(source: &str) -> &str {
    split_bom(source).1
}

/// Undeclared encoding: UTF-8, reporting the first bad byte unless a NUL comes first.
fn check_utf8<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SyntaxError> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Cow::Borrowed(text)),
        Err(err) => err,
    };
    let bad = err.valid_up_to();
    if bytes[..bad].contains(&0) {
        // The NUL comes first; report it as CPython does, on the valid prefix.
        let prefix = std::str::from_utf8(&bytes[..bad]).unwrap_or_default();
        reject_nul(prefix)?;
    }
    let line = line_number_at(&bytes[..bad]);
    Err(SyntaxError::file(format!(
        "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
         encoding declared; see https://peps.python.org/pep-0263/ for details",
        bytes[bad]
    )))
}

/// The 1-based line of the byte just after `before`, counting `\r\n`, `\r` and `\n`.
fn line_number_at(before: &[u8]) -> usize {
    let mut line = 1;
    for (i, &b) in before.iter().enumerate() {
        let crlf = b == b'\r' && before.get(i + 1) == Some(&b'\n');
        if b == b'\n' || (b == b'\r' && !crlf) {
            line += 1;
        }
    }
    line
}

/// `python3 FILE` refuses NUL bytes in the decoded text, quoting the line up to the NUL.
pub fn reject_nul(text: &str) -> Result<(), SyntaxError> {
    let Some(at) = text.find('\0') else {
        return Ok(());
    };
    let normalized = normalize_newlines(without_bom(&text[..at]));
    let line = normalized.matches('\n').count() as u32 + 1;
    let pos = crate::source::Pos {
        offset: 0,
        line,
        col: 0,
    };
    let err = SyntaxError::new("source code cannot contain null bytes", pos, pos);
    Err(err.with_origin(Origin::Tokenizer).without_caret())
}

/// Decodes `bytes` in the encoding a cookie declares.
fn decode_declared<'a>(
    bytes: &'a [u8],
    bom: bool,
    name: &str,
) -> Result<Cow<'a, str>, SyntaxError> {
    let problem = || SyntaxError::file(format!("encoding problem: {name}"));
    let body = if bom { &bytes[3..] } else { bytes };
    match codec(name).ok_or_else(problem)? {
        // A declared UTF-8 file is not validated up front; CPython only complains about
        // bad bytes inside tokens, which this approximates by replacing them.
        Codec::Utf8 => Ok(String::from_utf8_lossy(bytes)),
        Codec::Ascii if body.is_ascii() => Ok(String::from_utf8_lossy(bytes)),
        Codec::Ascii => Err(problem()),
        Codec::Table(high) => {
            let table: Vec<char> = high.chars().collect();
            let mut text = String::with_capacity(body.len());
            for &b in body {
                match b {
                    0..=0x7f => text.push(b as char),
                    _ => match table.get(b as usize - 0x80) {
                        Some(&c) if c != '\u{fffe}' => text.push(c),
                        _ => return Err(problem()),
                    },
                }
            }
            Ok(Cow::Owned(text))
        }
    }
}

/// The codecs a coding cookie can name here.
enum Codec {
    Utf8,
    Ascii,
    /// A single-byte codec: the characters of bytes 0x80..=0xFF (U+FFFE: undefined).
    Table(&'static str),
}

/// Looks a cookie's encoding up the way Python's codec registry does, for the few supported.
fn codec(name: &str) -> Option<Codec> {
    let mut norm = String::new();
    for part in name
        .to_ascii_lowercase()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|p| !p.is_empty())
    {
        if !norm.is_empty() {
            norm.push('_');
        }
        norm.push_str(part);
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "iso_8859_1" | "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso8859" | "8859"
        | "cp819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" | "ibm819" => {
            Codec::Table(LATIN_1)
        }
        "cp1252" | "windows_1252" | "1252" => Codec::Table(CP1252),
        "koi8_r" | "cskoi8r" => Codec::Table(KOI8_R),
        _ => return None,
    };
    Some(codec)
}

const LATIN_1: &str =
    "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\
\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\
\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâã\
äåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";

const CP1252: &str =
    "€\u{fffe}‚ƒ„…†‡ˆ‰Š‹Œ\u{fffe}Ž\u{fffe}\u{fffe}‘’“”•–—˜™š›œ\u{fffe}žŸ\u{a0}¡¢£¤¥¦§¨©ª«¬\
\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";

const KOI8_R: &str =
    "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{a0}⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярст\
ужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

#[cfg(test)]
mod tests {
    //! Every expected text is what `python3 FILE` (or `python3 - < FILE`) printed for `src`
    //! on CPython 3.11.7; the positions are CPython's, as the lexer and parser must report.
    use super::SyntaxErrorKind::{IndentationError, TabError};
    use super::*;

    struct Case {
        name: &'static str,
        src: &'static [u8],
        kind: SyntaxErrorKind,
        msg: &'static str,
        at: (u32, u32, u32, u32),
        origin: Origin,
        caret: bool,
        stdin: bool,
        expected: &'static str,
    }

    const FILE: &str = "/tmp/gen/case.py";

    fn error(case: &Case) -> SyntaxError {
        let (lineno, col, end_lineno, end_col) = case.at;
        SyntaxError {
            kind: case.kind,
            msg: case.msg.into(),
            lineno,
            col,
            end_lineno,
            end_col,
            origin: case.origin,
            caret: case.caret,
            at_eof: false,
        }
    }

    /// The text `legb` would hand to `render`, as the CLI does.
    fn source_text(src: &[u8]) -> String {
        match decode_source(src, FILE) {
            Ok(text) => text.into_owned(),
            Err(_) => String::from_utf8_lossy(src).into_owned(),
        }
    }

    #[test]
    fn renders_as_cpython() {
        for case in CASES {
            let name = if case.stdin { "<stdin>" } else { FILE };
            let decoded = decode_source(case.src, FILE).map(|text| reject_nul(&text));
            if let Err(err) | Ok(Err(err)) = decoded {
                assert_eq!(err, error(case), "case {}", case.name);
            }
            let got = error(case).render(name, &source_text(case.src));
            assert_eq!(got, case.expected, "case {}", case.name);
        }
    }

    #[test]
    fn long_line_quotes_last_fgets_chunk() {
        // x = [1, 1, ... (600 times) ] +* 2: the '*' is at byte 1808 of a 1812-byte line.
        let line = format!("x = [{}] +* 2\n", "1, ".repeat(600));
        let err = at(1, 1808, 1809);
        let got = err.render(FILE, &line);
        let tail = &line[999..line.len() - 1];
        let expected = format!(
            "  File \"{FILE}\", line 1\n    {tail}\n    {}^\nSyntaxError: invalid syntax\n",
            " ".repeat(tail.len())
        );
        assert_eq!(got, expected);
        let got = err.render("<stdin>", &line);
        let expected = format!(
            "  File \"<stdin>\", line 1\n    {}\n    {}^\nSyntaxError: invalid syntax\n",
            &line[..line.len() - 1],
            " ".repeat(1808)
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn line_of_999_bytes_plus_newline_quotes_only_the_newline() {
        // y = 1 / x = 1+1+...+1 1: line 2 is 999 bytes and its newline.
        let src = format!("y = 1\nx = {}1 1\n", "1+".repeat(496));
        let got = at(2, 998, 999).render(FILE, &src);
        let expected =
            format!("  File \"{FILE}\", line 2\n    \n    ^\nSyntaxError: invalid syntax\n");
        assert_eq!(got, expected);
    }

    fn at(lineno: u32, col: u32, end_col: u32) -> SyntaxError {
        let start = crate::source::Pos {
            offset: 0,
            line: lineno,
            col,
        };
        let end = crate::source::Pos {
            offset: 0,
            line: lineno,
            col: end_col,
        };
        SyntaxError::new("invalid syntax", start, end)
    }

    #[test]
    fn file_errors_have_no_location() {
        let cases: &[(&[u8], &str)] = &[
            (b"x = 1\ny = \"\xff\"\n", "Non-UTF-8 code starting with '\\xff' in file /tmp/gen/case.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            (b"x = 1\r\ny = 2\rz = \"\xe2\x82\"\n", "Non-UTF-8 code starting with '\\xe2' in file /tmp/gen/case.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            (b"x = \"\xed\xa0\x80\"\n", "Non-UTF-8 code starting with '\\xed' in file /tmp/gen/case.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            (b"# -*- coding: uft-8 -*-\n", "encoding problem: uft-8"),
            (b"\xef\xbb\xbf#coding: utf8\nprint('\xe6\x88\x91')\n", "encoding problem: utf8 with BOM"),
            (b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", "encoding problem: iso-8859-1 with BOM"),
            (b"# coding: ascii\nx = \"\xc3\xa9\"\n", "encoding problem: ascii"),
            (b"x = 1\n# coding: latin-1\nx = \"\xe9\"\n", "Non-UTF-8 code starting with '\\xe9' in file /tmp/gen/case.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            (b"x = 1 \xff \x00\n", "Non-UTF-8 code starting with '\\xff' in file /tmp/gen/case.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
        ];
        for (src, msg) in cases {
            let err = decode_source(src, FILE).expect_err(msg);
            assert_eq!(err.origin, Origin::File);
            assert_eq!(err.render(FILE, ""), format!("SyntaxError: {msg}\n"));
        }
    }

    #[test]
    fn nul_before_bad_byte_is_reported_on_its_line() {
        let src = b"x = 1 \x00 \xff\n";
        let err = decode_source(src, FILE).unwrap_err();
        let expected = format!(
            "  File \"{FILE}\", line 1\n    x = 1 \nSyntaxError: source code cannot contain null bytes\n"
        );
        assert_eq!(err.render(FILE, &String::from_utf8_lossy(src)), expected);
        // The quoted line is the decoded text, without a BOM.
        let cases: [(&[u8], &str); 2] = [
            (
                b"# coding: latin-1\n\xc3\xa9 \xc3\xa9\x00a\x80",
                "line 2\n    \u{c3}\u{a9} \u{c3}\u{a9}\n",
            ),
            (b"\xef\xbb\xbf# \x00#\xc3\xa9", "line 1\n    # \n"),
        ];
        for (src, quoted) in cases {
            let text = decode_source(src, FILE).unwrap();
            let err = reject_nul(&text).unwrap_err();
            let expected = format!(
                "  File \"{FILE}\", {quoted}SyntaxError: source code cannot contain null bytes\n"
            );
            assert_eq!(err.render(FILE, &text), expected);
        }
    }

    #[test]
    fn declared_encodings_decode() {
        let koi8 = decode_source(b"# coding: koi8-r\nx = '\xc1'\n", FILE).unwrap();
        assert_eq!(koi8, "# coding: koi8-r\nx = '\u{430}'\n");
        let latin = decode_source(
            b"#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n'\xe9'\n",
            FILE,
        );
        assert!(latin.unwrap().ends_with("'\u{e9}'\n"));
        let cp1252 = decode_source(b"# -*- coding: cp1252 -*-\n'\x80\x81'\n", FILE);
        assert!(cp1252.is_err());
        let code_first = decode_source(b"x = 1  # coding: latin-1\n'\xe9'\n", FILE);
        assert!(code_first.is_err());
        for table in [LATIN_1, CP1252, KOI8_R] {
            assert_eq!(table.chars().count(), 128);
        }
    }

    #[test]
    fn render_never_panics() {
        let sources = [
            "",
            "\n",
            "x",
            "\u{feff}é\r\n\t\x0c  é€\n\0 z",
            "  \n\n  é",
            "a\rb\rc",
        ];
        let points = [0, 1, 2, 3, 5, 999, u32::MAX];
        let kinds = [SyntaxErrorKind::SyntaxError, IndentationError, TabError];
        let origins = [
            Origin::Tokenizer,
            Origin::Parser,
            Origin::Compiler,
            Origin::File,
        ];
        for src in sources {
            for (&line, &col, &end_line, &end_col) in points
                .iter()
                .flat_map(|l| points.iter().map(move |c| (l, c)))
                .flat_map(|(l, c)| [(l, c, l, c), (l, c, l, &0), (l, c, &u32::MAX, c)])
            {
                for (kind, origin) in kinds
                    .iter()
                    .flat_map(|k| origins.iter().map(move |o| (k, o)))
                {
                    let err = SyntaxError {
                        kind: *kind,
                        msg: String::new(),
                        lineno: line,
                        col,
                        end_lineno: end_line,
                        end_col,
                        origin: *origin,
                        caret: col != 3,
                        at_eof: col == 5,
                    };
                    for name in ["f.py", "<stdin>"] {
                        assert!(err.render(name, src).ends_with('\n'));
                    }
                }
            }
        }
    }

    #[test]
    fn decode_never_panics() {
        let prefixes: [&[u8]; 5] = [
            b"",
            b"\xef\xbb\xbf",
            b"# coding: latin-1\n",
            b"# coding: koi8-r\n",
            b"\xef\xbb\xbf# coding: utf-8\n",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for round in 0..2000 {
            let mut bytes = prefixes[round % prefixes.len()].to_vec();
            for _ in 0..round % 40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                bytes.push(b"a\n\r\0\x80\xc3\xa9\xff#"[(seed % 9) as usize]);
            }
            // Whatever the bytes, the outcome is a value: text or a printable report.
            if let Err(err) = decode_source(&bytes, FILE) {
                assert!(err
                    .render(FILE, &String::from_utf8_lossy(&bytes))
                    .ends_with('\n'));
            }
        }
    }

    #[rustfmt::skip]
    const CASES: &[Case] = &[
        Case { name: "paren_never_closed", src: b"x = (1 +\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'(' was never closed",
            at: (1, 4, 1, 4), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n" },
        Case { name: "paren_never_closed_stdin", src: b"x = (1 +\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'(' was never closed",
            at: (1, 4, 1, 4), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n" },
        Case { name: "expected_indented_block", src: b"if x:\npass\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (2, 0, 2, 0), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "expected_indented_block_stdin", src: b"if x:\npass\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (2, 0, 2, 0), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "unexpected_indent", src: b"    x = 1\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 3, 1, 3), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n" },
        Case { name: "unexpected_indent_stdin", src: b"    x = 1\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 3, 1, 3), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = 1\nIndentationError: unexpected indent\n" },
        Case { name: "unexpected_indent_tab", src: b"\tx = \xc3\xa9 + \xc3\xa9 \xc3\xa9\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 0, 1, 0), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = \u{e9} + \u{e9} \u{e9}\nIndentationError: unexpected indent\n" },
        Case { name: "unexpected_indent_tab_stdin", src: b"\tx = \xc3\xa9 + \xc3\xa9 \xc3\xa9\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 0, 1, 0), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = \u{e9} + \u{e9} \u{e9}\nIndentationError: unexpected indent\n" },
        Case { name: "invalid_syntax_at_eol", src: b"x = 1 +\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 7, 1, 7), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "invalid_syntax_at_eol_stdin", src: b"x = 1 +\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 7, 1, 7), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "generator_range", src: b"f(a for a in b, c)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 2, 1, 14), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "generator_range_stdin", src: b"f(a for a in b, c)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 2, 1, 14), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "triple_quote_unterminated", src: b"x = \"\"\"abc\ndef\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unterminated triple-quoted string literal (detected at line 2)",
            at: (1, 4, 1, 4), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n" },
        Case { name: "triple_quote_unterminated_stdin", src: b"x = \"\"\"abc\ndef\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unterminated triple-quoted string literal (detected at line 2)",
            at: (1, 4, 1, 4), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n" },
        Case { name: "tab_error", src: b"def f():\n\tif x:\n        pass\n",
            kind: TabError, msg: "inconsistent use of tabs and spaces in indentation",
            at: (3, 0, 3, 0), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n" },
        Case { name: "tab_error_stdin", src: b"def f():\n\tif x:\n        pass\n",
            kind: TabError, msg: "inconsistent use of tabs and spaces in indentation",
            at: (3, 0, 3, 0), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n" },
        Case { name: "bytes_columns", src: b"\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 8, 1, 9), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9} = 1 +* 2\n            ^\nSyntaxError: invalid syntax\n" },
        Case { name: "bytes_columns_stdin", src: b"\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 8, 1, 9), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9} = 1 +* 2\n            ^\nSyntaxError: invalid syntax\n" },
        Case { name: "print_missing_parens", src: b"print \"hello\"\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
            at: (1, 0, 1, 13), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n" },
        Case { name: "print_missing_parens_stdin", src: b"print \"hello\"\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
            at: (1, 0, 1, 13), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n" },
        Case { name: "forgot_comma", src: b"x = (1,\n     2 3)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax. Perhaps you forgot a comma?",
            at: (2, 5, 2, 8), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n" },
        Case { name: "forgot_comma_stdin", src: b"x = (1,\n     2 3)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax. Perhaps you forgot a comma?",
            at: (2, 5, 2, 8), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n" },
        Case { name: "unindent_mismatch", src: b"if x:\n    a\n  b\n",
            kind: IndentationError, msg: "unindent does not match any outer indentation level",
            at: (3, 3, 3, 3), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n" },
        Case { name: "unindent_mismatch_stdin", src: b"if x:\n    a\n  b\n",
            kind: IndentationError, msg: "unindent does not match any outer indentation level",
            at: (3, 3, 3, 3), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n" },
        Case { name: "generator_after_non_ascii", src: b"\xc3\xa9(a for a in b, \xc3\xa9\xc3\xa9\xc3\xa9)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 3, 1, 15), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9}(a for a in b, \u{e9}\u{e9}\u{e9})\n       ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "generator_after_non_ascii_stdin", src: b"\xc3\xa9(a for a in b, \xc3\xa9\xc3\xa9\xc3\xa9)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 3, 1, 15), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9}(a for a in b, \u{e9}\u{e9}\u{e9})\n       ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "cookie_char_columns", src: b"# -*- coding: utf-8 -*-\n\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (2, 8, 2, 9), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    \u{e9} = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "cookie_char_columns_stdin", src: b"# -*- coding: utf-8 -*-\n\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (2, 8, 2, 9), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    \u{e9} = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "bom_quirk", src: b"\xef\xbb\xbf\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 8, 1, 9), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{feff}\u{e9} = 1 +* 2\n         ^\nSyntaxError: invalid syntax\n" },
        Case { name: "bom_quirk_stdin", src: b"\xef\xbb\xbf\xc3\xa9 = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 8, 1, 9), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9} = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "tokenizer_char_columns", src: b"\xc3\xa9 = \"abc\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unterminated string literal (detected at line 1)",
            at: (1, 5, 1, 5), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9} = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n" },
        Case { name: "tokenizer_char_columns_stdin", src: b"\xc3\xa9 = \"abc\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unterminated string literal (detected at line 1)",
            at: (1, 5, 1, 5), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9} = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n" },
        Case { name: "dollar", src: b"\xc3\xa9 = 1 $ 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 7, 1, 8), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9} = 1 $ 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "dollar_stdin", src: b"\xc3\xa9 = 1 $ 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 7, 1, 8), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9} = 1 $ 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "line_continuation", src: b"x = \xc3\xa9 \\ 1\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unexpected character after line continuation character",
            at: (1, 8, 1, 8), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = \u{e9} \\ 1\n            ^\nSyntaxError: unexpected character after line continuation character\n" },
        Case { name: "line_continuation_stdin", src: b"x = \xc3\xa9 \\ 1\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unexpected character after line continuation character",
            at: (1, 8, 1, 8), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = \u{e9} \\ 1\n            ^\nSyntaxError: unexpected character after line continuation character\n" },
        Case { name: "hex_literal", src: b"\xc3\xa9 = 0x\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid hexadecimal literal",
            at: (1, 6, 1, 6), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9} = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n" },
        Case { name: "hex_literal_stdin", src: b"\xc3\xa9 = 0x\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid hexadecimal literal",
            at: (1, 6, 1, 6), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    \u{e9} = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n" },
        Case { name: "multiline_generator", src: b"f(a for a in\n  b, c)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 2, 2, 2), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    f(a for a in\n      ^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "multiline_generator_stdin", src: b"f(a for a in\n  b, c)\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "Generator expression must be parenthesized",
            at: (1, 2, 2, 2), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    f(a for a in\n      ^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n" },
        Case { name: "multiline_assign", src: b"(\xc3\xa9\xc3\xa9 +\n b) = 1\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            at: (1, 1, 2, 1), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    (\u{e9}\u{e9} +\n     ^^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n" },
        Case { name: "multiline_assign_stdin", src: b"(\xc3\xa9\xc3\xa9 +\n b) = 1\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            at: (1, 1, 2, 1), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    (\u{e9}\u{e9} +\n     ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n" },
        Case { name: "indented_block_at_eof", src: b"if x:\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (1, 0, 1, 0), origin: Origin::Parser, caret: false, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "indented_block_at_eof_stdin", src: b"if x:\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (1, 0, 1, 0), origin: Origin::Parser, caret: false, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "no_newline_at_eof", src: b"x = (",
            kind: SyntaxErrorKind::SyntaxError, msg: "'(' was never closed",
            at: (1, 4, 1, 4), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n" },
        Case { name: "no_newline_at_eof_stdin", src: b"x = (",
            kind: SyntaxErrorKind::SyntaxError, msg: "'(' was never closed",
            at: (1, 4, 1, 4), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n" },
        Case { name: "eof_after_backslash", src: b"x = 1 +\\\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unexpected EOF while parsing",
            at: (1, 8, 1, 8), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = 1 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n" },
        Case { name: "eof_after_backslash_stdin", src: b"x = 1 +\\\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unexpected EOF while parsing",
            at: (1, 8, 1, 8), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = 1 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n" },
        Case { name: "inner_tab", src: b"a\tb = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 2, 1, 3), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    a\tb = 1 +* 2\n      ^\nSyntaxError: invalid syntax\n" },
        Case { name: "inner_tab_stdin", src: b"a\tb = 1 +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (1, 2, 1, 3), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    a\tb = 1 +* 2\n      ^\nSyntaxError: invalid syntax\n" },
        Case { name: "form_feed_indent", src: b"\x0c  a = 1 +* 2\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 2, 1, 2), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    a = 1 +* 2\nIndentationError: unexpected indent\n" },
        Case { name: "form_feed_indent_stdin", src: b"\x0c  a = 1 +* 2\n",
            kind: IndentationError, msg: "unexpected indent",
            at: (1, 2, 1, 2), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    a = 1 +* 2\nIndentationError: unexpected indent\n" },
        Case { name: "crlf", src: b"x = 1\r\ny = 1 +* 2\r\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (2, 7, 2, 8), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    y = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "crlf_stdin", src: b"x = 1\r\ny = 1 +* 2\r\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (2, 7, 2, 8), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    y = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n" },
        Case { name: "blank_line_error", src: b"if x:\n\n\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (3, 0, 3, 0), origin: Origin::Parser, caret: false, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 3\n    \nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "blank_line_error_stdin", src: b"if x:\n\n\n",
            kind: IndentationError, msg: "expected an indented block after 'if' statement on line 1",
            at: (3, 0, 3, 0), origin: Origin::Parser, caret: false, stdin: true,
            expected: "  File \"<stdin>\", line 3\n    \nIndentationError: expected an indented block after 'if' statement on line 1\n" },
        Case { name: "return_outside_function", src: b"\xc3\xa9 = 1; return \xc3\xa9\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'return' outside function",
            at: (1, 8, 1, 17), origin: Origin::Compiler, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    \u{e9} = 1; return \u{e9}\n            ^^^^^^^^^\nSyntaxError: 'return' outside function\n" },
        Case { name: "return_outside_function_stdin", src: b"\xc3\xa9 = 1; return \xc3\xa9\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'return' outside function",
            at: (1, 8, 1, 17), origin: Origin::Compiler, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\nSyntaxError: 'return' outside function\n" },
        Case { name: "compiler_ignores_cookie", src: b"# coding: utf-8\n\xc3\xa9 = 1; return \xc3\xa9\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'return' outside function",
            at: (2, 8, 2, 17), origin: Origin::Compiler, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    \u{e9} = 1; return \u{e9}\n            ^^^^^^^^^\nSyntaxError: 'return' outside function\n" },
        Case { name: "compiler_ignores_cookie_stdin", src: b"# coding: utf-8\n\xc3\xa9 = 1; return \xc3\xa9\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "'return' outside function",
            at: (2, 8, 2, 17), origin: Origin::Compiler, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\nSyntaxError: 'return' outside function\n" },
        Case { name: "duplicate_argument", src: b"def f(a, a): pass\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "duplicate argument 'a' in function definition",
            at: (1, 9, 1, 10), origin: Origin::Compiler, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n" },
        Case { name: "duplicate_argument_stdin", src: b"def f(a, a): pass\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "duplicate argument 'a' in function definition",
            at: (1, 9, 1, 10), origin: Origin::Compiler, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\nSyntaxError: duplicate argument 'a' in function definition\n" },
        Case { name: "global_after_assign", src: b"def f():\n    x = 1\n    global x\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "name 'x' is assigned to before global declaration",
            at: (3, 4, 3, 12), origin: Origin::Compiler, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned to before global declaration\n" },
        Case { name: "global_after_assign_stdin", src: b"def f():\n    x = 1\n    global x\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "name 'x' is assigned to before global declaration",
            at: (3, 4, 3, 12), origin: Origin::Compiler, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 3\nSyntaxError: name 'x' is assigned to before global declaration\n" },
        Case { name: "unmatched_paren", src: b"x = )\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unmatched ')'",
            at: (1, 4, 1, 4), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n" },
        Case { name: "unmatched_paren_stdin", src: b"x = )\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "unmatched ')'",
            at: (1, 4, 1, 4), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n" },
        Case { name: "mismatched_paren_next_line", src: b"x = (\n]\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            at: (2, 0, 2, 0), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n" },
        Case { name: "mismatched_paren_next_line_stdin", src: b"x = (\n]\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            at: (2, 0, 2, 0), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n" },
        Case { name: "latin1_cookie", src: b"# coding: latin-1\nx = \"\xe9\" +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid syntax",
            at: (2, 10, 2, 11), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    x = \"\u{e9}\" +* 2\n             ^\nSyntaxError: invalid syntax\n" },
        Case { name: "latin1_cookie_stdin", src: b"# coding: latin-1\nx = \"\xe9\" +* 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "encoding problem: iso-8859-1",
            at: (0, 0, 0, 0), origin: Origin::File, caret: false, stdin: true,
            expected: "SyntaxError: encoding problem: iso-8859-1\n" },
        Case { name: "invalid_character", src: b"# -*- coding: utf-8 -*-\n\xe2\x82\xac = 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid character '\u{20ac}' (U+20AC)",
            at: (2, 0, 2, 0), origin: Origin::Tokenizer, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 2\n    \u{20ac} = 2\n    ^\nSyntaxError: invalid character '\u{20ac}' (U+20AC)\n" },
        Case { name: "invalid_character_stdin", src: b"# -*- coding: utf-8 -*-\n\xe2\x82\xac = 2\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "invalid character '\u{20ac}' (U+20AC)",
            at: (2, 0, 2, 0), origin: Origin::Tokenizer, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 2\n    \u{20ac} = 2\n    ^\nSyntaxError: invalid character '\u{20ac}' (U+20AC)\n" },
        Case { name: "if_expression_else", src: b"x = 1 if y\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "expected 'else' after 'if' expression",
            at: (1, 4, 1, 10), origin: Origin::Parser, caret: true, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = 1 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n" },
        Case { name: "if_expression_else_stdin", src: b"x = 1 if y\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "expected 'else' after 'if' expression",
            at: (1, 4, 1, 10), origin: Origin::Parser, caret: true, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = 1 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n" },
        Case { name: "nul_byte", src: b"x = \"\x00\"\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "source code cannot contain null bytes",
            at: (1, 0, 1, 0), origin: Origin::Tokenizer, caret: false, stdin: false,
            expected: "  File \"/tmp/gen/case.py\", line 1\n    x = \"\nSyntaxError: source code cannot contain null bytes\n" },
        Case { name: "nul_byte_stdin", src: b"x = \"\x00\"\n",
            kind: SyntaxErrorKind::SyntaxError, msg: "source code cannot contain null bytes",
            at: (1, 0, 1, 0), origin: Origin::Tokenizer, caret: false, stdin: true,
            expected: "  File \"<stdin>\", line 1\n    x = \"\nSyntaxError: source code cannot contain null bytes\n" },
    ];
}
