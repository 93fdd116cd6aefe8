//! Pass: looks. Every look a location, `default_look` or `menu_look` names is declared, and
//! every colour a look writes is a colour; its frames are checked with the other asset files
//! (`assets.rs`).

use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind};
use crate::look::parse_rgba;
use crate::manifest::Manifest;
use crate::source::{FileId, Span};

pub fn check(manifest: &Manifest, file: FileId, diagnostics: &mut Vec<Diagnostic>) {
    let span = |s: &toml::Spanned<String>| Span::new(file, s.span().start, s.span().end);
    for (name, look) in &manifest.looks {
        for (color, written) in look.colors.written() {
            if parse_rgba(written.get_ref()).is_none() {
                diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::BadColour,
                        format!("look `{name}` has {color} colour `{}`", written.get_ref()),
                        span(written),
                    )
                    .with_hint("write colours as `#rrggbb` or, with opacity, `#rrggbbaa`"),
                );
            }
        }
    }
    let locations = manifest.locations.values().filter_map(|l| l.look.as_ref());
    let named = locations
        .chain(&manifest.default_look)
        .chain(&manifest.menu_look);
    for look in named {
        if !manifest.looks.contains_key(look.get_ref()) {
            let hint = did_you_mean(look.get_ref(), manifest.looks.keys().map(String::as_str))
                .unwrap_or_else(|| {
                    format!("declare it as [looks.{}] in story.toml", look.get_ref())
                });
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::UnknownLook,
                    format!("the look `{}` is not declared", look.get_ref()),
                    span(look),
                )
                .with_hint(hint),
            );
        }
    }
}
