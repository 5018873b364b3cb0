//! `--bless`: writing each failing question's actual output back as its expected answer,
//! in place: the Markdown output block, the `# Output:` block (appended when the snippet
//! has none), the `# ->` comments, a doctest answer, or the `--expect` file.

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;

use super::question::{LineStyle, Place, Question};
use super::verdict::{Checked, Status};

/// One replacement in a file.
type Edit = (Range<usize>, String);

/// Rewrites the answers of the failed questions and marks them blessed (or says why one
/// could not be). An error is a file that could not be written.
pub fn bless(questions: &[Question], checked: &mut [Checked]) -> Result<(), String> {
    let mut edits: BTreeMap<String, Vec<Edit>> = BTreeMap::new();
    let mut whole: Vec<(std::path::PathBuf, String)> = Vec::new();
    for (question, checked) in questions.iter().zip(checked.iter_mut()) {
        if checked.status != Status::Fail || checked.failures.is_empty() {
            continue;
        }
        match plan(question, checked) {
            Ok(plan) => {
                for step in plan {
                    match step {
                        Write::Edit(edit) => {
                            edits.entry(question.file.clone()).or_default().push(edit)
                        }
                        Write::File(path, text) => whole.push((path, text)),
                    }
                }
                checked.status = Status::Blessed;
            }
            Err(why) => checked.error = Some(format!("not blessed: {why}")),
        }
    }
    for (file, mut edits) in edits {
        let mut text = fs::read_to_string(&file).map_err(|e| format!("can't read {file}: {e}"))?;
        edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
        for (span, new) in edits {
            // The file changed since it was read: leave it alone rather than garble it.
            let fits = span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end);
            if !fits {
                return Err(format!("{file} changed while it was checked; not blessed"));
            }
            text.replace_range(span, &new);
        }
        fs::write(&file, text).map_err(|e| format!("can't write {file}: {e}"))?;
    }
    for (path, text) in whole {
        fs::write(&path, text).map_err(|e| format!("can't write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// A write `--bless` makes.
enum Write {
    Edit(Edit),
    File(std::path::PathBuf, String),
}

/// The writes that make the question's answers its actual outputs.
fn plan(question: &Question, checked: &Checked) -> Result<Vec<Write>, String> {
    let answers = question.answers();
    let mut writes = Vec::new();
    for failure in &checked.failures {
        if failure.halted {
            return Err("a limit stopped the run, so its output is not an answer".into());
        }
        let got = &failure.comparison.got;
        let answer = answers.get(failure.answer).ok_or("the answer is missing")?;
        writes.push(match &answer.place {
            Place::Fixed => return Err("the answer was given on the command line".into()),
            Place::File(path) => Write::File(path.clone(), got.clone()),
            Place::Lines { span, style } => Write::Edit((span.clone(), lines(got, style))),
            Place::Append => Write::Edit((
                question.shown.len()..question.shown.len(),
                appended(&question.shown, got),
            )),
            Place::Arrows(spans) => return arrows(spans, got),
        });
    }
    Ok(writes)
}

/// `text` written in `style`, one file line per output line.
fn lines(text: &str, style: &LineStyle) -> String {
    text.lines()
        .map(|line| match (style, line.is_empty()) {
            (LineStyle::Fenced { .. }, true) => "\n".to_string(),
            (LineStyle::Fenced { indent }, false) => format!("{indent}{line}\n"),
            (LineStyle::Comment, true) => "#\n".to_string(),
            (LineStyle::Comment, false) => format!("# {line}\n"),
            (LineStyle::Doctest { indent }, true) => format!("{indent}<BLANKLINE>\n"),
            (LineStyle::Doctest { indent }, false) => format!("{indent}{line}\n"),
        })
        .collect()
}

/// A new `# Output:` block for the end of a snippet.
fn appended(file: &str, got: &str) -> String {
    let newline = if file.is_empty() || file.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("{newline}\n# Output:\n{}", lines(got, &LineStyle::Comment))
}

/// One output line per `# ->` comment, or why not.
fn arrows(spans: &[Range<usize>], got: &str) -> Result<Vec<Write>, String> {
    let got: Vec<&str> = got.lines().collect();
    if got.len() != spans.len() {
        return Err(format!(
            "the program printed {} lines for {} `# ->` comments; use a `# Output:` block",
            got.len(),
            spans.len()
        ));
    }
    Ok(spans
        .iter()
        .zip(got)
        .map(|(span, line)| Write::Edit((span.clone(), line.to_string())))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_writes_lines_its_own_way() {
        let text = "a\n\nb\n";
        let fenced = LineStyle::Fenced {
            indent: "  ".into(),
        };
        assert_eq!(lines(text, &fenced), "  a\n\n  b\n");
        assert_eq!(lines(text, &LineStyle::Comment), "# a\n#\n# b\n");
        let doctest = LineStyle::Doctest {
            indent: "    ".into(),
        };
        assert_eq!(lines(text, &doctest), "    a\n    <BLANKLINE>\n    b\n");
    }

    #[test]
    fn an_output_block_is_appended_after_a_blank_line() {
        assert_eq!(appended("print(1)", "1\n"), "\n\n# Output:\n# 1\n");
        assert_eq!(appended("print(1)\n", "1\n"), "\n# Output:\n# 1\n");
    }

    #[test]
    fn arrows_need_one_line_each() {
        assert!(arrows(&[0..1, 2..3], "a\nb\n").is_ok());
        let one = [0..1, 2..3];
        let err = arrows(&one[..1], "a\nb\n").err().unwrap();
        assert!(err.contains("2 lines for 1 `# ->` comments"));
    }
}
