//! Which locale to show: the one asked for (`--lang`, the settings), else the system's on first
//! run, matched against the locales a story has. `ja_JP.UTF-8` finds `ja-JP`, `ja` finds `ja-JP`,
//! `en-GB` finds `en-US` when there is no `en-GB`; nothing close falls back to the source locale.

use super::{ftl, locale_dir, LocaleError, PSEUDO_LOCALE};
use std::path::Path;

/// The locales a story can be shown in: the folders under its locales folder that are named by
/// a language tag and hold `.ftl` files, plus the source locale (its text is in the scripts even
/// with no `.ftl` files). `spearhead check` reports the other folders.
pub fn available(locales_dir: &Path, source_locale: &str) -> Result<Vec<String>, LocaleError> {
    let mut out = Vec::new();
    for locale in ftl::locales(locales_dir)? {
        let Ok(dir) = locale_dir(locales_dir, &locale) else {
            continue;
        };
        if !ftl::files(&dir)?.is_empty() {
            out.push(locale);
        }
    }
    if !out.iter().any(|l| l == source_locale) {
        out.push(source_locale.to_string());
        out.sort();
    }
    Ok(out)
}

/// The system's language from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order of
/// precedence) as a language tag: `ja_JP.UTF-8` is `ja-JP`. `None` for `C`/`POSIX` or nothing set.
pub fn system_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| posix_to_tag(&value))
}

/// `ja_JP.UTF-8@variant` -> `ja-JP`; `C` and `POSIX` -> `None`.
pub fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// The best of `available` for `requested`: the same tag (ignoring case), else a locale of the
/// same language, else `fallback`. The pseudo-locale is only chosen when asked for by name.
pub fn negotiate(requested: &str, available: &[String], fallback: &str) -> String {
    if let Some(exact) = available.iter().find(|a| a.eq_ignore_ascii_case(requested)) {
        return exact.clone();
    }
    let language = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let wanted = language(requested);
    available
        .iter()
        .filter(|a| a.as_str() != PSEUDO_LOCALE)
        .find(|a| language(a) == wanted)
        .cloned()
        .unwrap_or_else(|| fallback.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_become_tags() {
        assert_eq!(posix_to_tag("ja_JP.UTF-8").as_deref(), Some("ja-JP"));
        assert_eq!(posix_to_tag("de_DE@euro").as_deref(), Some("de-DE"));
        assert_eq!(posix_to_tag("C.UTF-8"), None);
        assert_eq!(posix_to_tag("POSIX"), None);
    }

    #[test]
    fn negotiation_prefers_exact_then_language_then_fallback() {
        let available: Vec<String> = ["en-US", "ja-JP", "pseudo"].map(String::from).to_vec();
        assert_eq!(negotiate("ja-jp", &available, "en-US"), "ja-JP");
        assert_eq!(negotiate("ja", &available, "en-US"), "ja-JP");
        assert_eq!(negotiate("en-GB", &available, "en-US"), "en-US");
        assert_eq!(negotiate("fr-FR", &available, "en-US"), "en-US");
        assert_eq!(negotiate("pseudo", &available, "en-US"), "pseudo");
    }
}
