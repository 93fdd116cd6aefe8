//! An option's lines written at the choice's level: the writer meant them for the last option,
//! but they run after every option. Found by shape: the last option has no lines of its own
//! while an earlier one does, and lines follow the choice at its level.

use crate::ast::{Script, Stmt, StmtKind};
use crate::diagnostic::{Diagnostic, DiagnosticKind};

pub fn check(script: &Script, diagnostics: &mut Vec<Diagnostic>) {
    for scene in &script.scenes {
        block(&scene.body, diagnostics);
    }
}

pub(super) fn block(stmts: &[Stmt], diagnostics: &mut Vec<Diagnostic>) {
    for (i, stmt) in stmts.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Choice(choice) => {
                for option in &choice.options {
                    block(&option.body, diagnostics);
                }
                let Some(last) = choice.options.last() else {
                    continue;
                };
                let others_have_lines = choice.options.iter().any(|o| !o.body.is_empty());
                if let (true, true, Some(next)) =
                    (last.body.is_empty(), others_have_lines, stmts.get(i + 1))
                {
                    diagnostics.push(
                        Diagnostic::new(
                            DiagnosticKind::OptionBlockDedented,
                            format!(
                                "the last option, `{}`, has no lines of its own, so this line \
                                 runs after every option",
                                last.text.text
                            ),
                            next.span,
                        )
                        .with_label("at the level of the `choice`")
                        .with_hint(
                            "if it belongs to the last option, indent it under the option; if \
                             it is for every option, give the last option a line or a `jump`",
                        ),
                    );
                }
            }
            StmtKind::If(chain) => {
                for (_, body) in &chain.branches {
                    block(body, diagnostics);
                }
                block(chain.otherwise.as_deref().unwrap_or(&[]), diagnostics);
            }
            _ => {}
        }
    }
}
