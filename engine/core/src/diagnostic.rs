//! Problems found in a story, as values. Every pass reports into a `Vec<Diagnostic>` and goes
//! on; `render` turns them into rustc-style text with the source line and a caret.

use crate::source::{Sources, Span};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// Declares `DiagnosticKind`: each kind with its stable code and its severity, in one table.
macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident = $code:literal, $severity:ident;)*) => {
        /// What a diagnostic is about, as a value tests and tools can match (the message is for
        /// people and may be reworded). Each kind has a stable code and one severity.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum DiagnosticKind {
            $($(#[$doc])* $kind,)*
        }

        impl DiagnosticKind {
            /// Every kind, for tools that list them.
            pub const ALL: &'static [DiagnosticKind] = &[$(DiagnosticKind::$kind,)*];

            /// A short, stable name: `unknown-scene`.
            pub fn code(self) -> &'static str {
                match self {
                    $(DiagnosticKind::$kind => $code,)*
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(DiagnosticKind::$kind => Severity::$severity,)*
                }
            }
        }
    };
}

kinds! {
    // Script syntax: one line, then blocks by indentation.
    /// A line that is not narration, dialogue or any statement's syntax.
    Syntax = "syntax", Error;
    /// A line starting with a word close to a keyword.
    UnknownStatement = "unknown-statement", Error;
    /// A line that starts with no keyword, speaker or `>`.
    NotAStatement = "not-a-statement", Error;
    /// A whole number beyond `i64`.
    NumberTooLarge = "number-too-large", Error;
    /// A quoted string longer than a string may hold.
    StringTooLong = "string-too-long", Error;
    /// Parentheses nested beyond the parser's limit.
    ParenthesesTooDeep = "parentheses-too-deep", Error;
    /// A line with more parts than the checker takes.
    LineTooLong = "line-too-long", Error;
    /// A line before the first scene, or indented at the top level.
    OutsideScene = "outside-scene", Error;
    /// A `scene` line that is indented.
    IndentedScene = "indented-scene", Error;
    /// A line of a scene body indented less than the first.
    UnevenIndentation = "uneven-indentation", Error;
    /// Indentation under a line that takes no block.
    UnexpectedIndentation = "unexpected-indentation", Error;
    /// Blocks nested beyond the parser's limit.
    BlocksTooDeep = "blocks-too-deep", Error;
    /// `if`, `option` and the like with nothing indented under them.
    EmptyBlock = "empty-block", Error;
    /// `elif` or `else` with no `if` before it.
    ElseWithoutIf = "else-without-if", Error;
    /// `elif` after the `else` of its `if`.
    ElifAfterElse = "elif-after-else", Error;
    /// A second `else` for one `if`.
    SecondElse = "second-else", Error;
    /// `option` outside a `choice`.
    OptionOutsideChoice = "option-outside-choice", Error;
    /// A `choice` with no `option` under it.
    ChoiceWithoutOptions = "choice-without-options", Error;
    /// A line under `choice` that is not an `option`.
    NotAnOption = "not-an-option", Error;
    /// A `var` line inside a block.
    VarInBlock = "var-in-block", Error;
    /// A `chapter` line inside a block.
    ChapterInBlock = "chapter-in-block", Error;
    /// A `{` in a text that is never closed.
    UnclosedBrace = "unclosed-brace", Error;
    /// A text variation (`{if ...: ... | ...}`, `{seq: ...}`) that is not written right.
    BadVariation = "bad-variation", Error;
    /// An `{if ...}` variation with more than two variants (only "then" and "else" exist).
    TooManyVariants = "too-many-variants", Error;
    /// Indentation with a tab (it works, but editors show tabs at other widths).
    TabIndentation = "tab-indentation", Warning;

    // story.toml.
    /// story.toml is not valid TOML or misses a field.
    Manifest = "manifest", Error;
    /// A stat that is not `min <= start <= max` in whole numbers.
    BadStat = "bad-stat", Error;
    /// A character's colour that is not `#rrggbb`.
    BadColour = "bad-colour", Error;
    /// The start scene does not exist.
    UnknownStartScene = "unknown-start-scene", Error;
    /// An alias whose old name is a scene.
    AliasIsAScene = "alias-is-a-scene", Error;
    /// An alias naming a scene that does not exist.
    AliasToNothing = "alias-to-nothing", Error;
    /// An asset path that leads out of the assets folder.
    AssetOutside = "asset-outside", Error;
    /// An asset file that does not exist.
    AssetMissing = "asset-missing", Warning;
    /// An asset file larger than the player reads.
    AssetTooLarge = "asset-too-large", Error;

    // Names and declarations.
    /// Two scenes with one name.
    DuplicateScene = "duplicate-scene", Error;
    /// A variable or stat declared twice.
    DuplicateVariable = "duplicate-variable", Error;
    /// A `var` whose start value is not a constant.
    VarNotConstant = "var-not-constant", Error;
    /// One line ID on two lines.
    DuplicateLineId = "duplicate-line-id", Error;
    /// A line ending in `#4`: read as an ID, most likely meant as text.
    NumberReadAsLineId = "number-read-as-line-id", Warning;
    /// A `jump`, `call`, `seen` or `visits` naming no scene.
    UnknownScene = "unknown-scene", Error;
    /// A speaker or sprite story.toml does not declare.
    UnknownCharacter = "unknown-character", Error;
    /// A name that is no variable or stat.
    UnknownVariable = "unknown-variable", Error;
    /// An `end` naming no ending of story.toml.
    UnknownEnding = "unknown-ending", Error;
    /// A call of a function other than `seen` and `visits`.
    UnknownFunction = "unknown-function", Error;
    /// A background, music track or sound story.toml does not declare.
    UnknownAsset = "unknown-asset", Error;
    /// A sprite expression the character does not have.
    UnknownExpression = "unknown-expression", Error;
    /// A scene `in` a location story.toml does not declare.
    UnknownLocation = "unknown-location", Error;
    /// A look a location, `default_look` or `menu_look` names that story.toml does not declare.
    UnknownLook = "unknown-look", Error;
    /// A pose the character has no sprites for.
    UnknownPose = "unknown-pose", Error;
    /// A `cg` story.toml does not declare under `[cgs]`.
    UnknownCg = "unknown-cg", Error;
    /// `show` for a character with no sprites.
    NoSprites = "no-sprites", Error;

    // Types and flow.
    /// Values of types that do not fit together.
    TypeMismatch = "type-mismatch", Error;
    /// An `if` or option condition that is not a bool.
    ConditionNotBool = "condition-not-bool", Error;
    /// Lines after a choice whose last option has none: likely meant for that option.
    OptionBlockDedented = "option-block-dedented", Warning;
    /// Sprites still shown at a jump to a scene in another location.
    SpritesLeftOnStage = "sprites-left-on-stage", Warning;
    /// A test of a stat that its range makes always or never true.
    ConditionDecided = "condition-decided", Warning;
    /// A path through a scene that reaches its end and goes nowhere.
    RunsOffEnd = "runs-off-end", Error;
    /// A scene nothing leads to.
    Unreachable = "unreachable", Warning;
    /// A variable set but never read.
    NeverRead = "never-read", Warning;
    /// A variable neither set nor read.
    NeverUsed = "never-used", Warning;

    // The story folder as a whole.
    /// The story folder or a script cannot be read.
    Unreadable = "unreadable", Error;

    // Translations.
    /// A line without an ID, which `locale extract` cannot give a message.
    Untagged = "untagged", Warning;
    /// `locale tag` leaves a file with syntax errors alone.
    NotTagged = "not-tagged", Error;
    /// Two texts that would be one Fluent message.
    DuplicateMessage = "duplicate-message", Error;
    /// A Fluent file that does not parse.
    FluentSyntax = "fluent-syntax", Error;
    /// `default_locale` is not a language tag.
    BadDefaultLocale = "bad-default-locale", Error;
    /// A locale folder that is never read (not a language tag, or leading out).
    BadLocaleFolder = "bad-locale-folder", Error;
    /// A translation file that is not read (too large, too deep, not UTF-8).
    UnreadableTranslation = "unreadable-translation", Error;
    /// A story message using a variable the story does not have.
    UnknownMessageVariable = "unknown-message-variable", Error;
    /// A translation of a line that varies has no variant for one of its texts: the reader
    /// sees the source language's line there.
    MissingVariant = "missing-variant", Warning;
    /// An interface message using a variable the player does not pass.
    UnknownInterfaceVariable = "unknown-interface-variable", Error;
    /// A `{ -term }` no file of the locale defines.
    UnknownTerm = "unknown-term", Error;
    /// One message ID defined twice in a locale (only the first is used).
    MessageDefinedTwice = "message-defined-twice", Error;
    /// A character of a translation that no bundled font can draw.
    MissingGlyph = "missing-glyph", Error;
    /// A message Fluent cannot format safely (a cycle, runaway expansion).
    Unformattable = "unformattable", Error;
    /// The source language's story.ftl differs from what `locale extract` makes.
    TemplateOutOfDate = "template-out-of-date", Warning;
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// What it is about; its severity follows from it.
    pub kind: DiagnosticKind,
    pub message: String,
    /// Where the problem is; `None` for problems of the story folder as a whole.
    pub span: Option<Span>,
    /// A short note under the caret.
    pub label: Option<String>,
    /// What to do about it ("did you mean ...?").
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem at `span`, as severe as its kind.
    pub fn new(kind: DiagnosticKind, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            span: Some(span),
            ..Diagnostic::general(kind, message)
        }
    }

    /// A problem with no place in any file (a missing folder, say).
    pub fn general(kind: DiagnosticKind, message: impl Into<String>) -> Self {
        Diagnostic {
            kind,
            message: message.into(),
            span: None,
            label: None,
            hint: None,
        }
    }

    /// `new` when there is a place, `general` when there is none.
    pub fn at(kind: DiagnosticKind, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic {
            span,
            ..Diagnostic::general(kind, message)
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

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// Sorts diagnostics by file and position so output is stable whatever order passes ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        let span = d.span.unwrap_or_default();
        (d.span.is_some(), span.file, span.start, d.severity())
    });
}

/// Renders diagnostics as text: `error: ...`, then `--> file:line:col`, the line and a caret.
pub fn render(sources: &Sources, diagnostics: &[Diagnostic], color: bool) -> String {
    render_with(sources, diagnostics, color, term::Chars::default())
}

/// `render` without colour, in ASCII alone (`-->`, `|`): for a window whose fonts have no
/// box-drawing characters.
pub fn render_ascii(sources: &Sources, diagnostics: &[Diagnostic]) -> String {
    render_with(sources, diagnostics, false, term::Chars::ascii())
}

fn render_with(
    sources: &Sources,
    diagnostics: &[Diagnostic],
    color: bool,
    chars: term::Chars,
) -> String {
    let mut files = SimpleFiles::new();
    for (_, file) in sources.iter() {
        files.add(file.name.clone(), file.text.clone());
    }
    let mut buffer = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let config = term::Config {
        chars,
        ..Default::default()
    };
    for d in diagnostics {
        let report = to_report(d);
        // Writing into an in-memory buffer cannot fail, and every span came from `sources`.
        term::emit(&mut buffer, &config, &files, &report).expect("diagnostic renders");
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

fn to_report(d: &Diagnostic) -> Report<usize> {
    let report = match d.severity() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_code_in_kebab_case() {
        let mut codes = std::collections::HashSet::new();
        for kind in DiagnosticKind::ALL {
            let code = kind.code();
            assert!(codes.insert(code), "`{code}` names two kinds");
            let kebab = code.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
            assert!(kebab, "`{code}` is not kebab-case");
        }
    }

    #[test]
    fn a_diagnostic_is_as_severe_as_its_kind() {
        let span = Span::new(crate::source::FileId(0), 0, 1);
        let unknown = Diagnostic::new(DiagnosticKind::UnknownScene, "unknown scene `x`", span);
        assert!(unknown.is_error());
        let unread = Diagnostic::general(DiagnosticKind::NeverRead, "`x` is set but never read");
        assert_eq!(unread.severity(), Severity::Warning);
        assert_eq!(unread.span, None);
    }
}
