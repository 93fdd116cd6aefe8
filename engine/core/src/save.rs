//! Saves: versioned plain data (TOML through serde), keyed by scene name and line key, never by
//! an instruction index, so a save still loads after the writer edits the story. A save holds
//! only names and values; loading one can never run code.

use crate::runtime::{Frame, StageState, StoryState, Wait, MAX_CALL_DEPTH};
use crate::story::{Op, Story};
use crate::value::{Value, MAX_STRING_BYTES};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The version this build writes.
///
/// Changelog: 1 = first format.
pub const SAVE_VERSION: u32 = 1;
/// The oldest version this build can still read.
pub const MIN_COMPATIBLE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveData {
    pub version: u32,
    pub scene: String,
    pub position: SavedPosition,
    #[serde(default)]
    pub calls: Vec<SavedCall>,
    #[serde(default)]
    pub variables: BTreeMap<String, Value>,
    #[serde(default)]
    pub visits: BTreeMap<String, u32>,
    #[serde(default)]
    pub stage: StageState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum SavedPosition {
    /// A new game that has not shown anything yet.
    NewGame,
    /// Before the scene's first line (the scene was already entered).
    SceneStart,
    Line {
        key: String,
    },
    Choice {
        key: String,
    },
    /// Option `option` (0-based, of all the menu's options) was picked; its block comes next.
    Picked {
        key: String,
        option: usize,
    },
    Ended {
        ending: String,
    },
}

/// A scene waiting for a called scene to return: it resumes after the call named `call`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedCall {
    pub scene: String,
    pub call: String,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SaveError {
    /// The file is not a save (bad TOML or missing fields).
    #[error("this is not a readable save: {0}")]
    Corrupt(String),
    #[error("this save is from a newer version of the game (format {found}, this build reads up to {SAVE_VERSION})")]
    TooNew { found: u32 },
    #[error("this save is from an older version of the game (format {found}, this build reads {MIN_COMPATIBLE_VERSION} and later)")]
    TooOld { found: u32 },
    /// The scene the save was made in no longer exists.
    #[error("the scene `{0}` this save was made in no longer exists")]
    SceneGone(String),
    #[error("the ending `{0}` this save reached no longer exists")]
    EndingGone(String),
    /// More calls wait for a return than a story can make (`MAX_CALL_DEPTH`).
    #[error(
        "this save has {found} calls waiting to return; a story makes at most {MAX_CALL_DEPTH}"
    )]
    TooManyCalls { found: usize },
}

impl SaveData {
    pub fn to_toml(&self) -> String {
        // Every field is a plain string, number, bool, table or array: serialising cannot fail.
        toml::to_string(self).expect("save data serialises")
    }

    pub fn from_toml(text: &str) -> Result<SaveData, SaveError> {
        toml::from_str(text).map_err(|e| SaveError::Corrupt(e.message().to_string()))
    }
}

impl Story {
    /// The state as save data.
    pub fn save(&self, state: &StoryState) -> SaveData {
        let scene = self.scene(state.cursor.scene);
        let key_at = |scene: &crate::story::Scene, pc: u32| {
            scene
                .keys
                .iter()
                .find(|(_, &at)| at == pc)
                .map(|(k, _)| k.clone())
        };
        let menu_key = |pc: u32| match &scene.code[pc as usize] {
            Op::Menu(menu) => menu.key.to_string(),
            _ => unreachable!("choice positions point at menus"),
        };
        let position = match &state.cursor.wait {
            Wait::Fresh => SavedPosition::NewGame,
            Wait::Resume => SavedPosition::SceneStart,
            Wait::Ended(e) => SavedPosition::Ended {
                ending: self.endings[*e].id.clone(),
            },
            Wait::Line { pc } => match &scene.code[*pc as usize] {
                Op::Say(say) => SavedPosition::Line {
                    key: say.key.to_string(),
                },
                _ => unreachable!("line positions point at lines"),
            },
            Wait::Choice { pc, .. } => SavedPosition::Choice { key: menu_key(*pc) },
            Wait::Picked { menu, option } => SavedPosition::Picked {
                key: menu_key(*menu),
                option: *option,
            },
        };
        let calls = state
            .cursor
            .calls
            .outermost_first()
            .into_iter()
            .map(|f| {
                let caller = self.scene(f.scene);
                // A frame resumes after its call; one restored without its call (gone from the
                // story) resumes at 0 and names none.
                let call = f.pc.checked_sub(1).and_then(|pc| key_at(caller, pc));
                SavedCall {
                    scene: caller.name.clone(),
                    call: call.unwrap_or_default(),
                }
            })
            .collect();
        SaveData {
            version: SAVE_VERSION,
            scene: scene.name.clone(),
            position,
            calls,
            variables: self
                .variables
                .iter()
                .zip(&state.vars)
                .map(|(v, x)| (v.name.clone(), x.clone()))
                .collect(),
            visits: self
                .scenes
                .iter()
                .zip(&state.visits)
                .filter(|(_, &n)| n > 0)
                .map(|(s, &n)| (s.name.clone(), n))
                .collect(),
            stage: (*state.cursor.stage).clone(),
        }
    }

    /// Rebuilds a state from save data. Things the story no longer has are skipped with a
    /// warning (returned, for the log); only a missing scene or ending is an error.
    pub fn restore(&self, data: &SaveData) -> Result<(StoryState, Vec<String>), SaveError> {
        if data.version > SAVE_VERSION {
            return Err(SaveError::TooNew {
                found: data.version,
            });
        }
        if data.version < MIN_COMPATIBLE_VERSION {
            return Err(SaveError::TooOld {
                found: data.version,
            });
        }
        if data.calls.len() > MAX_CALL_DEPTH {
            return Err(SaveError::TooManyCalls {
                found: data.calls.len(),
            });
        }
        let mut warnings = Vec::new();
        let mut state = StoryState::new(self);
        state.cursor.scene = self
            .scene_id(&data.scene)
            .ok_or_else(|| SaveError::SceneGone(data.scene.clone()))?;
        self.restore_values(data, &mut state, &mut warnings);
        for call in &data.calls {
            let scene = self
                .scene_id(&call.scene)
                .ok_or_else(|| SaveError::SceneGone(call.scene.clone()))?;
            let pc = match self.scene(scene).keys.get(&call.call) {
                Some(&pc) => pc + 1,
                None => {
                    warnings.push(format!(
                        "the call `{}` in scene `{}` is gone; returning to the start of that scene",
                        call.call, call.scene
                    ));
                    0
                }
            };
            state.cursor.calls = state.cursor.calls.push(Frame { scene, pc });
        }
        state.cursor.stage = Arc::new(data.stage.clone());
        let scene = self.scene(state.cursor.scene);
        let resume_at_start = |what: &str, key: &str, warnings: &mut Vec<String>| {
            warnings.push(format!(
                "the {what} `{key}` in scene `{}` is gone; resuming at the start of the scene",
                data.scene
            ));
            (0, Wait::Resume)
        };
        let (pc, wait) = match &data.position {
            SavedPosition::NewGame => (0, Wait::Fresh),
            SavedPosition::SceneStart => (0, Wait::Resume),
            SavedPosition::Ended { ending } => {
                let e = self
                    .ending_id(ending)
                    .ok_or_else(|| SaveError::EndingGone(ending.clone()))?;
                (0, Wait::Ended(e))
            }
            SavedPosition::Line { key } => match scene.keys.get(key) {
                Some(&pc) if matches!(scene.code[pc as usize], Op::Say(_)) => {
                    (pc + 1, Wait::Line { pc })
                }
                _ => resume_at_start("line", key, &mut warnings),
            },
            SavedPosition::Picked { key, option } => match scene
                .keys
                .get(key)
                .map(|&pc| (pc, &scene.code[pc as usize]))
            {
                Some((pc, Op::Menu(menu))) if *option < menu.options.len() => (
                    menu.options[*option].target,
                    Wait::Picked {
                        menu: pc,
                        option: *option,
                    },
                ),
                _ => resume_at_start("choice", key, &mut warnings),
            },
            SavedPosition::Choice { key } => match scene.keys.get(key) {
                Some(&pc) if matches!(scene.code[pc as usize], Op::Menu(_)) => {
                    let shown = self.shown_options(&state, pc).unwrap_or_default();
                    (pc, Wait::Choice { pc, shown })
                }
                _ => resume_at_start("choice", key, &mut warnings),
            },
        };
        state.cursor.pc = pc;
        state.cursor.wait = wait;
        // Rollback history starts at the loaded position (a new game has nothing to go back to).
        if state.cursor.wait != Wait::Fresh {
            state.checkpoint();
        }
        Ok((state, warnings))
    }

    fn restore_values(&self, data: &SaveData, state: &mut StoryState, warnings: &mut Vec<String>) {
        for (name, value) in &data.variables {
            let Some(id) = self.variable_id(name) else {
                warnings.push(format!(
                    "the save has a variable `{name}` the story no longer declares; ignored"
                ));
                continue;
            };
            let var = &self.variables[id];
            if matches!(value, Value::Str(text) if text.len() > MAX_STRING_BYTES) {
                warnings.push(format!(
                    "`{name}` holds more than {MAX_STRING_BYTES} bytes in the save; using its start value"
                ));
                continue;
            }
            if value.ty() != var.ty {
                warnings.push(format!(
                    "`{name}` is now {} but the save has {}; using its start value",
                    var.ty.a(),
                    value.ty().a()
                ));
                continue;
            }
            state.vars[id] = match (var.range, value) {
                (Some((min, max)), Value::Int(n)) => Value::Int((*n).clamp(min, max)),
                _ => value.clone(),
            };
        }
        for (name, &count) in &data.visits {
            match self.scene_id(name) {
                Some(id) => state.visits[id as usize] = count,
                None => warnings.push(format!(
                    "the save counts visits to a scene `{name}` that is gone; ignored"
                )),
            }
        }
    }
}
