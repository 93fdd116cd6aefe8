//! Problems found in a story, as values. Every pass reports into a `Vec<Diagnostic>` and goes
//! on; `render` turns them into rustc-style text with the source line and a caret.

use crate::source::{Sources, Span};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// Where the problem is; `None` for problems of the story folder as a whole.
    pub span: Option<Span>,
    /// A short note under the caret.
    pub label: Option<String>,
    /// What to do about it ("did you mean ...?").
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span: Some(span),
            label: None,
            hint: None,
        }
    }

    pub fn warning(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message, span)
        }
    }

    /// A problem with no place in any file (a missing folder, say).
    pub fn general(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            message: message.into(),
            span: None,
            label: None,
            hint: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by file and position so output is stable whatever order passes ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        let span = d.span.unwrap_or_default();
        (d.span.is_some(), span.file, span.start, d.severity)
    });
}

/// Renders diagnostics as text: `error: ...`, then `--> file:line:col`, the line and a caret.
pub fn render(sources: &Sources, diagnostics: &[Diagnostic], color: bool) -> String {
    let mut files = SimpleFiles::new();
    for (_, file) in sources.iter() {
        files.add(file.name.clone(), file.text.clone());
    }
    let mut buffer = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let config = term::Config::default();
    for d in diagnostics {
        let report = to_report(d);
        // Writing into an in-memory buffer cannot fail, and every span came from `sources`.
        term::emit(&mut buffer, &config, &files, &report).expect("diagnostic renders");
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

fn to_report(d: &Diagnostic) -> Report<usize> {
    let report = match d.severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
    }
    .with_message(&d.message);
    let report = match d.span {
        Some(span) => {
            let label = Label::primary(span.file.0 as usize, span.range());
            report.with_labels(vec![match &d.label {
                Some(text) => label.with_message(text),
                None => label,
            }])
        }
        None => report,
    };
    match &d.hint {
        Some(hint) => report.with_notes(vec![format!("hint: {hint}")]),
        None => report,
    }
}

/// How many names "did you mean" may compare in one pass over a story. Hints for many unknown
/// names among many names took time quadratic in the story (5,000 mistyped jumps among 5,000
/// scenes: 1.6 s; a script of megabytes of them, hours); past this, hints give the plain fix.
pub const MAX_HINT_COMPARISONS: usize = 2_000_000;

/// What is left of `MAX_HINT_COMPARISONS` for one pass.
pub struct HintBudget {
    left: usize,
}

impl Default for HintBudget {
    fn default() -> Self {
        HintBudget {
            left: MAX_HINT_COMPARISONS,
        }
    }
}

impl HintBudget {
    /// `did_you_mean`, while the budget lasts; `None` once it runs out (even part way through
    /// the candidates, so a hint never depends on which of them were compared).
    pub fn did_you_mean<'a>(
        &mut self,
        word: &str,
        candidates: impl ExactSizeIterator<Item = &'a str>,
    ) -> Option<String> {
        self.left = self.left.checked_sub(candidates.len())?;
        did_you_mean(word, candidates)
    }
}

/// "did you mean `x`?" for the closest candidate, when one is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(word, candidate);
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| format!("did you mean `{c}`?"))
}
