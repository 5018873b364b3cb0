//! Finding the questions to check: a snippet with its answer given apart (`--expect`), a
//! `.py` file with its answer inside, a Markdown quiz, or a directory of them.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::markdown;
use super::question::{Answer, Code, Place, Question, Session};
use super::snippet;

/// Where a snippet's expected answer is, when it is not inside the snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// Inside the checked files.
    Inside,
    /// In this file (`--expect FILE`); `--bless` rewrites it.
    File(PathBuf),
    /// Given as text (`--expect-text`, or read from stdin by `--expect -`).
    Text(String),
}

/// The questions at `path`. With `bless`, a `.py` file without an answer is a question
/// whose answer `--bless` will append.
pub fn load(path: &Path, expect: &Expect, bless: bool) -> Result<Vec<Question>, String> {
    let shown = path.display().to_string();
    if path.is_dir() {
        if *expect != Expect::Inside {
            return Err(format!(
                "{shown} is a directory: --expect and --expect-text take a single snippet"
            ));
        }
        return directory(path);
    }
    if *expect != Expect::Inside && is_markdown(path) {
        return Err(format!(
            "{shown} is a Markdown quiz: --expect and --expect-text take a Python snippet"
        ));
    }
    let text = read(path)?;
    if *expect != Expect::Inside {
        return Ok(vec![given(&shown, text, expect)?]);
    }
    let questions = file(&shown, &text, is_markdown(path), bless);
    if questions.is_empty() {
        let hint = if is_markdown(path) {
            "a ```python block followed by an ```output block, or a >>> session"
        } else {
            "a trailing `# Output:` block, `# -> ` comments, a >>> session in a docstring, or give --expect"
        };
        return Err(format!("{shown}: no question found (add {hint})"));
    }
    Ok(questions)
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("can't read {}: {e}", path.display()))
}

fn is_markdown(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "markdown")
    )
}

/// A snippet whose answer is given apart.
fn given(file: &str, text: String, expect: &Expect) -> Result<Question, String> {
    let answer = match expect {
        Expect::File(path) => Answer {
            text: read(path)?,
            place: Place::File(path.clone()),
        },
        Expect::Text(text) => Answer::fixed(text.clone()),
        Expect::Inside => Answer::fixed(""),
    };
    Ok(Question {
        file: file.to_string(),
        line: 1,
        title: None,
        shown: Arc::from(text.as_str()),
        code: Code::Program {
            source: text,
            answer,
        },
        skip: false,
    })
}

/// The questions of one quiz file.
fn file(file: &str, text: &str, markdown: bool, bless: bool) -> Vec<Question> {
    if markdown {
        return markdown::questions(file, text);
    }
    let shown: Arc<str> = Arc::from(text);
    let question = |line: u32, code: Code| Question {
        file: file.to_string(),
        line,
        title: None,
        code,
        skip: false,
        shown: shown.clone(),
    };
    let mut questions = Vec::new();
    let answer = snippet::answer(text).or_else(|| {
        let none_yet = bless && snippet::docstring_sessions(text).is_empty();
        none_yet.then(|| Answer {
            text: String::new(),
            place: Place::Append,
        })
    });
    if let Some(answer) = answer {
        let source = text.to_string();
        questions.push(question(1, Code::Program { source, answer }));
    }
    let module = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("__main__")
        .to_string();
    for examples in snippet::docstring_sessions(text) {
        let session = Session {
            setup: Some(text.to_string()),
            module: module.clone(),
            examples,
        };
        let line = session.examples[0].line;
        questions.push(question(line, Code::Session(session)));
    }
    questions
}

/// Every quiz file under `dir` (Markdown files, and Python files that hold an answer), in
/// path order; hidden directories are skipped.
fn directory(dir: &Path) -> Result<Vec<Question>, String> {
    let mut paths = Vec::new();
    walk(dir, &mut paths)?;
    paths.sort();
    let mut questions = Vec::new();
    for path in paths {
        let text = read(&path)?;
        let shown = path.display().to_string();
        questions.extend(file(&shown, &text, is_markdown(&path), false));
    }
    if questions.is_empty() {
        return Err(format!(
            "{}: no question found in any .md or .py file",
            dir.display()
        ));
    }
    Ok(questions)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("can't read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("can't read {}: {e}", dir.display()))?
            .path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if is_markdown(&path) || path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Odd input of every kind is read without a panic.
    #[test]
    fn odd_files_never_panic() {
        let odd = [
            "",
            "\n",
            "```",
            "```python",
            "```python\n",
            "```python\n```\n```output",
            "~~~py\nprint(1)\n~~~\n~~~text\n1\n",
            "   ```python\n   x\n  ```\n```output\n\n```",
            ">>>",
            ">>> ",
            ">>> x\n...",
            "```pycon\n>>> 1\n```",
            "# Output:",
            "# Output:\n#",
            "x = 1  # ->",
            "print('é')  # -> é",
            "\"\"\"\n>>> 1\n1",
            "def f():\n    \"\"\"é\n    >>> f()\n    \"\"\"",
            "\u{feff}# Expected output:\n# a\r\n",
            "<!-- legb: skip -->",
            "<!-- legb: skip -->\n```python\nprint(1)\n```\n```output\n1\n```\n",
            "\"\"\"\u{e9}\u{301}>>> 1\n\"\"\"",
            "'''\n   >>> 'a'\n   'a'\n'''",
        ];
        for text in odd {
            for markdown in [true, false] {
                for bless in [true, false] {
                    let _ = file("odd", text, markdown, bless);
                }
            }
        }
    }
}
