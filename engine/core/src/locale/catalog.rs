//! The translations of one locale at run time, and how front ends look text up in them.
//!
//! Fallback chain: the chosen locale, then the source locale (`default_locale` in story.toml),
//! then the script's own text (for story lines) or the message ID (for interface strings).
//! Every fallback is recorded as a `Warning` (once per message) for the front end to log: a
//! reader never sees an empty string, and a missing or broken translation never crashes.
//!
//! Story lines get every story variable as a Fluent argument (see `variable_arg`), so that
//! translators can use them, with plurals and selects: `{ $morale -> [one] ... *[other] ... }`.

use super::expansion::{self, Unformattable};
use super::extract::{ONCE_DONE, VARIANT_ARG};
use super::ftl;
use super::{locale_dir, message_id, parse_locale, LocaleError};
use crate::line_key::LineKey;
use crate::runtime::{ChoiceMenu, Line, StoryState};
use crate::source::line_col;
use crate::story::{CharId, EndingId, Op, SceneId, Story};
use crate::template::{Selector, Template};
use crate::value::Value;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One locale's messages, and those of them that must not be formatted (see `expansion`).
struct Bundle {
    fluent: FluentBundle<FluentResource>,
    unformattable: HashMap<String, Unformattable>,
}

/// Something a front end should log: a fallback, or a translation file that had problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A locale has no folder (or no `.ftl` files in it).
    NoLocale { locale: String, dir: PathBuf },
    /// An `.ftl` file has a syntax error; the rest of the file is used.
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// Two files of a locale define the same message; the first one wins.
    Duplicate { path: PathBuf, message: String },
    /// A translation file cannot be read (or is too large, or not UTF-8); none of it is used.
    Unreadable { path: PathBuf, message: String },
    /// A translation file nests placeables deeper than `limits::MAX_NESTING`; none of it is
    /// used (Fluent would overflow the stack parsing it).
    TooDeep {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// A message is missing; `used` says what was shown instead.
    Missing {
        locale: String,
        id: String,
        used: Fallback,
    },
    /// A message was found but did not format cleanly (a variable it uses is not passed, say).
    Format {
        locale: String,
        id: String,
        message: String,
    },
    /// A message that cannot be formatted safely (a cycle, say) is not shown; the next in the
    /// fallback chain stands in for it.
    Unformattable {
        locale: String,
        id: String,
        why: Unformattable,
    },
    /// A line without an ID cannot be translated; the script's text is shown.
    Untagged { key: String },
    /// A translation of a line with a text variation has no variant for what the line shows
    /// now (`[2]` of a `{seq: ...}`, say); the source locale's text stands in for it.
    MissingVariant {
        locale: String,
        id: String,
        /// The selector and the key it lacks: `$variant-1 [2]`.
        variant: String,
    },
}

/// What was shown instead of a missing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    SourceLocale,
    ScriptText,
    MessageId,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NoLocale { locale, dir } => {
                write!(
                    f,
                    "no translations for `{locale}` in {}; using the source locale",
                    dir.display()
                )
            }
            Warning::Syntax {
                path,
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "{}:{line}:{column}: Fluent syntax error: {message}",
                    path.display()
                )
            }
            Warning::Duplicate { path, message } | Warning::Unreadable { path, message } => {
                write!(f, "{}: {message}", path.display())
            }
            Warning::TooDeep { path, line, column } => write!(
                f,
                "{}:{line}:{column}: placeables nested more than {} deep; the file is not used",
                path.display(),
                super::limits::MAX_NESTING
            ),
            Warning::Missing { locale, id, used } => {
                let used = match used {
                    Fallback::SourceLocale => "the source locale's text",
                    Fallback::ScriptText => "the script's text",
                    Fallback::MessageId => "the message ID",
                };
                write!(f, "message `{id}` is missing in {locale}; showing {used}")
            }
            Warning::Format {
                locale,
                id,
                message,
            } => write!(f, "message `{id}` in {locale}: {message}"),
            Warning::Unformattable { locale, id, why } => {
                write!(f, "message `{id}` in {locale} is not shown: {why}")
            }
            Warning::MissingVariant {
                locale,
                id,
                variant,
            } => write!(
                f,
                "message `{id}` in {locale} has no variant {variant}; showing the source locale's text"
            ),
            Warning::Untagged { key } => {
                write!(
                    f,
                    "a line without an ID ({key}) cannot be translated; run `spearhead locale tag`"
                )
            }
        }
    }
}

/// A loaded locale with its source-locale fallback.
pub struct Catalog {
    locale: String,
    source_locale: String,
    /// The chosen locale's messages; `None` when it is the source locale.
    chosen: Option<Bundle>,
    source: Bundle,
    warnings: Mutex<Vec<Warning>>,
    warned: Mutex<HashSet<String>>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .field("source_locale", &self.source_locale)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Loads `locale` for a story from its locales folder (`locales` in story.toml).
    pub fn for_story(story: &Story, locale: &str) -> Result<Catalog, LocaleError> {
        Catalog::load(&story.locales_dir(), locale, &story.manifest.default_locale)
    }

    /// Loads `locales_dir/<locale>/*.ftl` and `locales_dir/<source_locale>/*.ftl`. Problems in the
    /// files are warnings (see `take_warnings`); only a locale name that is not a language tag,
    /// or a locale folder that leads out of `locales_dir`, is an error (and nothing is read).
    pub fn load(
        locales_dir: &Path,
        locale: &str,
        source_locale: &str,
    ) -> Result<Catalog, LocaleError> {
        locale_dir(locales_dir, locale)?;
        locale_dir(locales_dir, source_locale)?;
        let mut warnings = Vec::new();
        let source = load_bundle(locales_dir, source_locale, &mut warnings)?;
        let chosen = if locale == source_locale {
            None
        } else {
            Some(load_bundle(locales_dir, locale, &mut warnings)?)
        };
        Ok(Catalog::assemble(
            locale,
            source_locale,
            chosen,
            source,
            warnings,
        ))
    }

    /// A catalog from `.ftl` texts in memory rather than a folder (a front end's built-in
    /// interface strings): `chosen` are `locale`'s files, `source` the source locale's, each
    /// with the path its problems are reported under. Fallback and warnings are as in `load`.
    pub fn from_texts(
        locale: &str,
        source_locale: &str,
        chosen: Vec<(PathBuf, String)>,
        source: Vec<(PathBuf, String)>,
    ) -> Result<Catalog, LocaleError> {
        let mut warnings = Vec::new();
        let source = bundle_from_texts(source_locale, source, &mut warnings)?;
        let chosen = if locale == source_locale {
            None
        } else {
            Some(bundle_from_texts(locale, chosen, &mut warnings)?)
        };
        Ok(Catalog::assemble(
            locale,
            source_locale,
            chosen,
            source,
            warnings,
        ))
    }

    fn assemble(
        locale: &str,
        source_locale: &str,
        chosen: Option<Bundle>,
        source: Bundle,
        warnings: Vec<Warning>,
    ) -> Catalog {
        Catalog {
            locale: locale.to_string(),
            source_locale: source_locale.to_string(),
            chosen,
            source,
            warnings: Mutex::new(warnings),
            warned: Mutex::new(HashSet::new()),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn source_locale(&self) -> &str {
        &self.source_locale
    }

    /// The warnings recorded since the last call, oldest first.
    pub fn take_warnings(&self) -> Vec<Warning> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// A message of the chosen locale, else of the source locale (with a warning); `None` when
    /// neither has it (the caller decides what to show instead, and warns).
    pub fn message(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let mut unformattable = false;
        if let Some(bundle) = &self.chosen {
            if let Some(text) = self.format(bundle, &self.locale, id, args) {
                return Some(text);
            }
            // Already reported as not shown; "missing" would not be true.
            unformattable = bundle.unformattable.contains_key(id);
        }
        let text = self.format(&self.source, &self.source_locale, id, args)?;
        if self.chosen.is_some() && !unformattable {
            self.missing(id, Fallback::SourceLocale);
        }
        Some(text)
    }

    /// An interface string: `ui("menu-start", None)`. Falls back to the ID itself.
    pub fn ui(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.message(id, args).unwrap_or_else(|| {
            self.missing(id, Fallback::MessageId);
            id.to_string()
        })
    }

    /// The text of a story line in this locale, with the story's variables as arguments.
    pub fn line(&self, story: &Story, state: &StoryState, line: &Line) -> String {
        let template = story
            .scene(line.scene)
            .keys
            .get(&*line.key)
            .and_then(|&pc| match story.scene(line.scene).ops().get(pc as usize) {
                Some(Op::Say(say)) => Some(&say.text),
                _ => None,
            });
        self.story_text(story, state, &line.key, template, &line.text)
    }

    /// A choice menu with its prompt and options in this locale (same order, same `enabled`).
    pub fn choice(&self, story: &Story, state: &StoryState, menu: &ChoiceMenu) -> ChoiceMenu {
        let scene = story.scene(state.scene());
        let compiled =
            scene
                .keys
                .get(&*menu.key)
                .and_then(|&pc| match scene.ops().get(pc as usize) {
                    Some(Op::Menu(menu)) => Some(menu),
                    _ => None,
                });
        let option_text = |key: &str| {
            let option = compiled?.options.iter().find(|o| &*o.key == key)?;
            Some(&option.text)
        };
        ChoiceMenu {
            key: menu.key.clone(),
            prompt: menu.prompt.as_ref().map(|p| {
                let template = compiled.and_then(|m| m.prompt.as_ref());
                self.story_text(story, state, &menu.key, template, p)
            }),
            options: menu
                .options
                .iter()
                .map(|o| crate::runtime::ChoiceItem {
                    key: o.key.clone(),
                    text: self.story_text(story, state, &o.key, option_text(&o.key), &o.text),
                    enabled: o.enabled,
                })
                .collect(),
        }
    }

    /// A character's display name.
    pub fn character(&self, story: &Story, character: CharId) -> String {
        let c = &story.characters[character];
        self.named(&super::character_id(&c.id), &c.name)
    }

    /// An ending's title.
    pub fn ending(&self, story: &Story, ending: EndingId) -> String {
        let e = &story.endings[ending];
        self.named(&super::ending_title_id(&e.id), &e.title)
    }

    /// A scene's title, when it has one.
    pub fn scene_title(&self, story: &Story, scene: SceneId) -> Option<String> {
        let s = story.scene(scene);
        let title = s.title.as_ref()?;
        Some(self.named(&super::scene_title_id(&s.name), title))
    }

    /// A chapter's title; `written` is the title in the script.
    pub fn chapter_title(&self, chapter: &str, written: &str) -> String {
        self.named(&super::chapter_title_id(chapter), written)
    }

    fn named(&self, id: &str, written: &str) -> String {
        self.message(id, None).unwrap_or_else(|| {
            self.missing(id, Fallback::ScriptText);
            written.to_string()
        })
    }

    /// A line, prompt or option in this locale; `template` is its compiled text (for the
    /// keys its variations select), `written` what the runtime showed.
    fn story_text(
        &self,
        story: &Story,
        state: &StoryState,
        key: &str,
        template: Option<&Template>,
        written: &str,
    ) -> String {
        if key.parse::<LineKey>().is_ok_and(|k| k.is_untagged()) {
            if self.chosen.is_some() {
                self.warn_once(key, || Warning::Untagged {
                    key: key.to_string(),
                });
            }
            return written.to_string();
        }
        let mut args = story_args(story, state);
        let id = message_id(key);
        let keys = match template.map(|t| variant_keys(t, state)) {
            Some(Ok(keys)) => keys,
            // The runtime could not show it either; what it showed is all there is.
            Some(Err(_)) => return written.to_string(),
            None => Vec::new(),
        };
        for (n, key) in keys.iter().enumerate() {
            let value = match key.parse::<i64>() {
                Ok(number) => FluentValue::from(number),
                Err(_) => FluentValue::from(key.clone()),
            };
            args.set(format!("{VARIANT_ARG}{}", n + 1), value);
        }
        if let Some(text) = self.lacking_variant(&id, &keys, &args) {
            return text.unwrap_or_else(|| written.to_string());
        }
        self.message(&id, Some(&args)).unwrap_or_else(|| {
            self.missing(&id, Fallback::ScriptText);
            written.to_string()
        })
    }

    /// When the chosen locale's message `id` has no variant for one of `keys` (the keys its
    /// variations select now), warns and gives the source locale's text instead (`Some(None)`:
    /// the source locale has none either). `None`: the message is complete, or absent.
    fn lacking_variant(
        &self,
        id: &str,
        keys: &[String],
        args: &FluentArgs,
    ) -> Option<Option<String>> {
        let bundle = self.chosen.as_ref()?;
        let pattern = bundle.fluent.get_message(id)?.value()?;
        let (n, key) = keys
            .iter()
            .enumerate()
            .find(|(n, key)| lacks_variant(pattern, &format!("{VARIANT_ARG}{}", n + 1), key))?;
        let variant = format!("${VARIANT_ARG}{} [{key}]", n + 1);
        self.warn_once(&format!("variant:{}:{id}:{variant}", self.locale), || {
            Warning::MissingVariant {
                locale: self.locale.clone(),
                id: id.to_string(),
                variant,
            }
        });
        Some(self.format(&self.source, &self.source_locale, id, Some(args)))
    }

    fn format(
        &self,
        bundle: &Bundle,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        if let Some(why) = bundle.unformattable.get(id) {
            self.warn_once(&format!("unformattable:{locale}:{id}"), || {
                Warning::Unformattable {
                    locale: locale.to_string(),
                    id: id.to_string(),
                    why: why.clone(),
                }
            });
            return None;
        }
        let pattern = bundle.fluent.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .fluent
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if let Some(error) = errors.first() {
            self.warn_once(&format!("format:{locale}:{id}"), || Warning::Format {
                locale: locale.to_string(),
                id: id.to_string(),
                message: error.to_string(),
            });
        }
        (!text.is_empty()).then_some(text)
    }

    fn missing(&self, id: &str, used: Fallback) {
        let locale = if self.chosen.is_some() {
            &self.locale
        } else {
            &self.source_locale
        };
        self.warn_once(&format!("missing:{id}:{used:?}"), || Warning::Missing {
            locale: locale.clone(),
            id: id.to_string(),
            used,
        });
    }

    fn warn_once(&self, key: &str, warning: impl FnOnce() -> Warning) {
        let mut warned = self.warned.lock().unwrap_or_else(|e| e.into_inner());
        if warned.insert(key.to_string()) {
            self.warnings
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(warning());
        }
    }
}

/// The key each variation of a text selects in its Fluent message, in order (see
/// `extract::fluent_value`): `true`/`false` for `{if ...}`, the variant shown counted from 1 for
/// `{seq: ...}` and `{cycle: ...}`, and `done` for a `{once: ...}` run out.
pub fn variant_keys(
    template: &Template,
    state: &StoryState,
) -> Result<Vec<String>, crate::RuntimeError> {
    let picks = crate::runtime::picks(template, state)?;
    Ok(template
        .variations()
        .zip(picks)
        .map(|(vary, pick)| match (&vary.selector, pick) {
            (Selector::If(_), Some(0)) => "true".to_string(),
            (Selector::If(_), _) => "false".to_string(),
            (Selector::Count { .. }, Some(i)) => (i + 1).to_string(),
            (Selector::Count { .. }, None) => ONCE_DONE.to_string(),
        })
        .collect())
}

/// Whether `pattern` lacks the variant `[key]` of its select on `$arg`. A pattern that never
/// selects on `$arg` lacks nothing: the translator wrote one text for every case.
pub(super) fn lacks_variant(pattern: &Pattern<&str>, arg: &str, key: &str) -> bool {
    let mut keys = None;
    pattern_keys(pattern, arg, &mut keys);
    keys.is_some_and(|keys: Vec<&str>| !keys.contains(&key))
}

/// The keys of every select on `$arg` in `pattern`, nested ones too (`None`: there is none).
fn pattern_keys<'p>(pattern: &Pattern<&'p str>, arg: &str, keys: &mut Option<Vec<&'p str>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_keys(expression, arg, keys);
        }
    }
}

fn expression_keys<'p>(
    expression: &Expression<&'p str>,
    arg: &str,
    keys: &mut Option<Vec<&'p str>>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            let on_arg =
                matches!(selector, InlineExpression::VariableReference { id } if id.name == arg);
            for variant in variants {
                if on_arg {
                    let key = match &variant.key {
                        VariantKey::Identifier { name } => *name,
                        VariantKey::NumberLiteral { value } => *value,
                    };
                    keys.get_or_insert_with(Vec::new).push(key);
                }
                pattern_keys(&variant.value, arg, keys);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_keys(expression, arg, keys)
        }
        Expression::Inline(_) => {}
    }
}

/// Every story variable as a Fluent argument: ints as numbers (for plurals), bools as
/// `true`/`false` (for selects), strings as they are.
pub fn story_args(story: &Story, state: &StoryState) -> FluentArgs<'static> {
    let mut args = FluentArgs::with_capacity(story.variables.len());
    for (slot, variable) in story.variables.iter().enumerate() {
        let value: FluentValue<'static> = match state.value(slot) {
            Value::Int(n) => FluentValue::from(*n),
            Value::Bool(b) => FluentValue::from(if *b { "true" } else { "false" }),
            Value::Str(s) => FluentValue::from(s.to_string()),
        };
        args.set(super::variable_arg(&variable.name), value);
    }
    args
}

fn load_bundle(
    locales_dir: &Path,
    locale: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Bundle, LocaleError> {
    let dir = locale_dir(locales_dir, locale)?;
    let files = ftl::files(&dir).unwrap_or_default();
    if files.is_empty() {
        warnings.push(Warning::NoLocale {
            locale: locale.to_string(),
            dir,
        });
        return bundle_from_texts(locale, Vec::new(), warnings);
    }
    let mut texts = Vec::new();
    for path in files {
        match ftl::read(&path) {
            Ok(text) => texts.push((path, text)),
            Err(LocaleError::TooDeep { path, line, column }) => {
                warnings.push(Warning::TooDeep { path, line, column })
            }
            Err(e) => warnings.push(Warning::Unreadable {
                path: path.clone(),
                message: e.to_string(),
            }),
        }
    }
    bundle_from_texts(locale, texts, warnings)
}

/// A bundle for `locale` from `.ftl` texts (each with the path it is reported under).
fn bundle_from_texts(
    locale: &str,
    texts: Vec<(PathBuf, String)>,
    warnings: &mut Vec<Warning>,
) -> Result<Bundle, LocaleError> {
    let langid = parse_locale(locale)?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks around arguments show up as stray glyphs in terminals and in
    // fonts without them; story text is laid out by the engine, which does not need them.
    bundle.set_use_isolating(false);
    let mut resources = Vec::new();
    for (path, text) in texts {
        // `from_texts` takes texts from anywhere, not only through `ftl::read` (which checks
        // files too): looking again at a file read from disk costs about a millisecond.
        if let Some(offset) = super::limits::too_deep(&text) {
            let (line, column) = line_col(&text, offset);
            warnings.push(Warning::TooDeep { path, line, column });
            continue;
        }
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let (line, column) = line_col(resource.source(), error.pos.start);
                    warnings.push(Warning::Syntax {
                        path: path.clone(),
                        line,
                        column,
                        message: error.kind.to_string(),
                    });
                }
                resource
            }
        };
        resources.push((path, resource));
    }
    // Measured across the locale's files: a reference may cross from one to another.
    let unformattable = expansion::unformattable(
        resources
            .iter()
            .flat_map(|(_, resource)| resource.entries()),
    );
    for (path, resource) in resources {
        if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                warnings.push(Warning::Duplicate {
                    path: path.clone(),
                    message: error.to_string(),
                });
            }
        }
    }
    Ok(Bundle {
        fluent: bundle,
        unformattable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Front ends may load a catalog on one thread and use it on another.
    #[test]
    fn a_catalog_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Catalog>();
    }

    #[test]
    fn a_catalog_from_texts_falls_back_to_its_source_texts() {
        let text = |s: &str| vec![(PathBuf::from("ui.ftl"), s.to_string())];
        let catalog = Catalog::from_texts(
            "ja-JP",
            "en-US",
            text("title-quit = 終了\n"),
            text("title-quit = Quit\ntitle-load = Load\n"),
        )
        .expect("valid locales");
        assert_eq!(catalog.ui("title-quit", None), "終了");
        assert_eq!(catalog.ui("title-load", None), "Load");
        assert_eq!(catalog.ui("nothing", None), "nothing");
        assert_eq!(catalog.take_warnings().len(), 2);
    }
}
