//! Where a reading begins when it is not the story's own start: another scene, with some
//! variables and stats set first. Writers use it to test a late chapter without playing up to
//! it (`spearhead read --from`, `--set`, and test plans).

use super::StoryState;
use crate::diagnostic::did_you_mean;
use crate::story::Story;
use crate::value::{Type, Value};

/// A start: a scene (the story's own when `None`) and `name = value` settings, as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Start {
    pub scene: Option<String>,
    pub set: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StartError {
    #[error("there is no scene `{name}`{}", hint_text(.hint))]
    UnknownScene { name: String, hint: Option<String> },
    #[error("there is no variable or stat `{name}`{}", hint_text(.hint))]
    UnknownVariable { name: String, hint: Option<String> },
    #[error("`{name}` is {expected}; `{value}` is not")]
    WrongType {
        name: String,
        expected: &'static str,
        value: String,
    },
    #[error("`{name}` is a stat from {min} to {max}; {value} is outside it")]
    OutOfRange {
        name: String,
        value: i64,
        min: i64,
        max: i64,
    },
    #[error("`{0}` is not `name=value`")]
    NotAnAssignment(String),
}

fn hint_text(hint: &Option<String>) -> String {
    hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default()
}

impl Start {
    /// Adds a `name=value` setting as written on a command line (spaces around `=` allowed).
    pub fn set_from(&mut self, assignment: &str) -> Result<(), StartError> {
        let (name, value) = assignment
            .split_once('=')
            .ok_or_else(|| StartError::NotAnAssignment(assignment.to_string()))?;
        self.set
            .push((name.trim().to_string(), value.trim().to_string()));
        Ok(())
    }
}

impl StoryState {
    /// A new reading at `start`: the scene's first line next, every variable and stat at its
    /// first value but for those `start` sets. Nothing is set if anything is wrong.
    pub fn starting(story: &Story, start: &Start) -> Result<StoryState, StartError> {
        let mut state = StoryState::new(story);
        if let Some(name) = &start.scene {
            state.cursor.scene = story
                .scene_id(name)
                .ok_or_else(|| StartError::UnknownScene {
                    name: name.clone(),
                    hint: did_you_mean(name, story.scenes.iter().map(|s| s.name.as_str())),
                })?;
        }
        for (name, text) in &start.set {
            let var = story
                .variable_id(name)
                .ok_or_else(|| StartError::UnknownVariable {
                    name: name.clone(),
                    hint: did_you_mean(name, story.variables.iter().map(|v| v.name.as_str())),
                })?;
            let declared = &story.variables[var];
            state.vars[var] = parse_value(name, declared.ty, declared.range, text)?;
        }
        Ok(state)
    }
}

/// `text` as a value of type `ty` (within `range` for a stat).
fn parse_value(
    name: &str,
    ty: Type,
    range: Option<(i64, i64)>,
    text: &str,
) -> Result<Value, StartError> {
    let wrong = |expected| StartError::WrongType {
        name: name.to_string(),
        expected,
        value: text.to_string(),
    };
    match ty {
        Type::Bool => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(wrong("true or false")),
        },
        Type::Int => {
            let value: i64 = text.parse().map_err(|_| wrong("a whole number"))?;
            match range {
                Some((min, max)) if !(min..=max).contains(&value) => Err(StartError::OutOfRange {
                    name: name.to_string(),
                    value,
                    min,
                    max,
                }),
                _ => Ok(Value::Int(value)),
            }
        }
        Type::Str => {
            let unquoted = text
                .strip_prefix('"')
                .and_then(|t| t.strip_suffix('"'))
                .unwrap_or(text);
            Ok(Value::Str(unquoted.into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Event;
    use std::path::Path;

    fn story() -> Story {
        let manifest = "title = \"T\"\nstart = \"first\"\n[stats.morale]\nmin = 0\nmax = 10\nstart = 5\n[endings.done]\ntitle = \"Done\"\n";
        let script = "var met = false\nvar name = \"\"\nscene first\n> First.\njump late\nscene late\n> Morale {morale}, met {met}, {name}.\nend done\n";
        let loaded = crate::load_str(Path::new("."), manifest, &[("t.vn", script)]);
        loaded.story.expect("compiles")
    }

    fn start(scene: Option<&str>, set: &[&str]) -> Start {
        let mut start = Start {
            scene: scene.map(String::from),
            ..Start::default()
        };
        for s in set {
            start.set_from(s).expect("name=value");
        }
        start
    }

    #[test]
    fn a_late_scene_starts_with_the_values_given() {
        let story = story();
        let start = start(Some("late"), &["morale=8", "met = true", "name=\"Kaie\""]);
        let mut state = StoryState::starting(&story, &start).expect("a good start");
        let events = story.advance(&mut state).expect("runs");
        let text: Vec<String> = events
            .into_iter()
            .filter_map(|e| match e {
                Event::Line(line) => Some(line.text),
                _ => None,
            })
            .collect();
        assert_eq!(text, ["Morale 8, met true, Kaie."]);
    }

    #[test]
    fn a_wrong_start_says_what_is_wrong() {
        let story = story();
        let err = |scene, set: &[&str]| StoryState::starting(&story, &start(scene, set)).err();
        assert!(matches!(
            err(Some("lat"), &[]),
            Some(StartError::UnknownScene { hint: Some(_), .. })
        ));
        assert!(matches!(
            err(None, &["moral=3"]),
            Some(StartError::UnknownVariable { hint: Some(_), .. })
        ));
        assert!(matches!(
            err(None, &["morale=11"]),
            Some(StartError::OutOfRange {
                min: 0,
                max: 10,
                ..
            })
        ));
        assert!(matches!(
            err(None, &["met=yes"]),
            Some(StartError::WrongType { .. })
        ));
        assert!(matches!(
            Start::default().set_from("morale"),
            Err(StartError::NotAnAssignment(_))
        ));
    }
}
