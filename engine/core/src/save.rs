//! Saves: versioned plain data (TOML through serde), keyed by scene name and line key, never by
//! an instruction index, so a save still loads after the writer edits the story (a renamed scene
//! is found through the manifest's `[aliases]`). What the edited story no longer has is an
//! `Inexact` reason, a warning: the save loads, but not exactly as it was. A save holds only
//! names and values; loading one can never run code.

use crate::ast::Position;
use crate::line_key::LineKey;
use crate::runtime::{Frame, Sprite, StageState, StoryState, Wait, MAX_CALL_DEPTH};
use crate::story::{Op, SceneId, Story};
use crate::value::{Type, Value, MAX_STRING_BYTES};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The version this build writes.
///
/// Changelog: 1 = first format; later `story` was added as an optional field (builds before
/// it ignore it, and saves without it load in any story), so the version stayed 1. Text
/// variations' counts came as more `[variables]` (`"vary:scene:line:n" = 2`), which a story
/// without them ignores and a save without them starts from 0: still 1.
pub const SAVE_VERSION: u32 = 1;
/// The oldest version this build can still read.
pub const MIN_COMPATIBLE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveData {
    pub version: u32,
    /// The title of the story that made the save: a save copied into another story's folder
    /// is refused rather than resumed in scenes that happen to share a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    pub scene: String,
    pub position: SavedPosition,
    #[serde(default)]
    pub calls: Vec<SavedCall>,
    #[serde(default)]
    pub variables: BTreeMap<String, SavedValue>,
    #[serde(default)]
    pub visits: BTreeMap<String, u32>,
    #[serde(default)]
    pub stage: SavedStage,
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
    /// `option_key` finds the option again after options are added or removed before it
    /// (saves from before it was written have none, and use the index).
    Picked {
        key: String,
        option: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        option_key: Option<String>,
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

/// A variable's value in a save: a TOML integer, boolean or string, whichever the value is
/// (format 1 wrote them so; the type is told by the TOML value, not by a tag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedValue {
    Int(i64),
    Bool(bool),
    Str(String),
}

/// What was on stage: names of what the manifest declares, as the player looks them up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedStage {
    pub background: Option<String>,
    #[serde(default)]
    pub sprites: Vec<SavedSprite>,
    pub music: Option<String>,
    /// The full-screen illustration shown (saves from before CGs have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cg: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSprite {
    pub character: String,
    pub expression: Option<String>,
    /// `None`: the plain sprites (saves from before poses have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pose: Option<String>,
    pub position: SavedPlace,
}

/// Where a sprite stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SavedPlace {
    Left,
    Center,
    Right,
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
    #[error("this save was made by another story, `{title}`")]
    OtherStory { title: String },
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

/// Why a save does not resume exactly as it was saved, on a story edited since. The save still
/// loads; each reason is a warning.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Inexact {
    #[error("the line `{key}` in scene `{scene}` is gone; resuming at the start of the scene")]
    LineGone { scene: String, key: String },
    #[error("the choice `{key}` in scene `{scene}` is gone; resuming at the start of the scene")]
    ChoiceGone { scene: String, key: String },
    /// The option picked (by its key, or its index in saves without one) is gone.
    #[error("the option `{option}` picked at the choice `{choice}` in scene `{scene}` is gone; resuming at the start of the scene")]
    OptionGone {
        scene: String,
        choice: String,
        option: String,
    },
    #[error("the call `{call}` in scene `{scene}` is gone; returning to the start of that scene")]
    CallGone { scene: String, call: String },
    #[error("the save has a variable `{name}` the story no longer declares; ignored")]
    VariableGone { name: String },
    #[error("`{name}` is now {} but the save has {}; using its start value", .now.a(), .saved.a())]
    VariableRetyped {
        name: String,
        now: Type,
        saved: Type,
    },
    #[error(
        "`{name}` holds more than {MAX_STRING_BYTES} bytes in the save; using its start value"
    )]
    StringTooLong { name: String },
    #[error("`{name}` is {saved} in the save, outside its range now; using {now}")]
    Clamped { name: String, saved: i64, now: i64 },
    #[error("the save counts visits to a scene `{scene}` that is gone; ignored")]
    VisitsGone { scene: String },
    /// The stage shows a background, character, sprite or music track the manifest no longer
    /// declares (`what` says which); the player draws a placeholder or nothing.
    #[error("the stage shows the {what} `{name}`, which the story no longer declares")]
    StageGone { what: &'static str, name: String },
}

impl Inexact {
    /// Whether the reader or the story could tell: a different place, value or stage. A
    /// variable or scene the story no longer has is dropped unseen.
    pub fn is_seen(&self) -> bool {
        !matches!(
            self,
            Inexact::VariableGone { .. } | Inexact::VisitsGone { .. }
        )
    }
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

impl Serialize for SavedValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SavedValue::Int(n) => serializer.serialize_i64(*n),
            SavedValue::Bool(b) => serializer.serialize_bool(*b),
            SavedValue::Str(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for SavedValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SavedValueVisitor)
    }
}

/// Takes the TOML value as it comes: its own type is the variable's.
struct SavedValueVisitor;

impl serde::de::Visitor<'_> for SavedValueVisitor {
    type Value = SavedValue;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a whole number, true or false, or a string")
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<SavedValue, E> {
        Ok(SavedValue::Int(n))
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<SavedValue, E> {
        i64::try_from(n).map(SavedValue::Int).map_err(|_| {
            E::invalid_value(
                serde::de::Unexpected::Unsigned(n),
                &"a number up to 2^63 - 1",
            )
        })
    }

    fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<SavedValue, E> {
        Ok(SavedValue::Bool(b))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<SavedValue, E> {
        Ok(SavedValue::Str(text.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<SavedValue, E> {
        Ok(SavedValue::Str(text))
    }
}

impl SavedValue {
    pub fn ty(&self) -> Type {
        match self {
            SavedValue::Int(_) => Type::Int,
            SavedValue::Bool(_) => Type::Bool,
            SavedValue::Str(_) => Type::Str,
        }
    }
}

impl From<&Value> for SavedValue {
    fn from(value: &Value) -> Self {
        match value {
            Value::Int(n) => SavedValue::Int(*n),
            Value::Bool(b) => SavedValue::Bool(*b),
            Value::Str(text) => SavedValue::Str(text.to_string()),
        }
    }
}

impl From<&SavedValue> for Value {
    fn from(value: &SavedValue) -> Self {
        match value {
            SavedValue::Int(n) => Value::Int(*n),
            SavedValue::Bool(b) => Value::Bool(*b),
            SavedValue::Str(text) => Value::Str(text.as_str().into()),
        }
    }
}

impl From<&StageState> for SavedStage {
    fn from(stage: &StageState) -> Self {
        SavedStage {
            background: stage.background.as_deref().map(String::from),
            sprites: stage.sprites.iter().map(SavedSprite::from).collect(),
            music: stage.music.as_deref().map(String::from),
            cg: stage.cg.as_deref().map(String::from),
        }
    }
}

impl From<&SavedStage> for StageState {
    fn from(stage: &SavedStage) -> Self {
        StageState {
            background: stage.background.as_deref().map(Arc::from),
            sprites: stage.sprites.iter().map(Sprite::from).collect(),
            music: stage.music.as_deref().map(Arc::from),
            cg: stage.cg.as_deref().map(Arc::from),
        }
    }
}

impl From<&Sprite> for SavedSprite {
    fn from(sprite: &Sprite) -> Self {
        SavedSprite {
            character: sprite.character.to_string(),
            expression: sprite.expression.as_deref().map(String::from),
            pose: sprite.pose.as_deref().map(String::from),
            position: match sprite.position {
                Position::Left => SavedPlace::Left,
                Position::Center => SavedPlace::Center,
                Position::Right => SavedPlace::Right,
            },
        }
    }
}

impl From<&SavedSprite> for Sprite {
    fn from(sprite: &SavedSprite) -> Self {
        Sprite {
            character: sprite.character.as_str().into(),
            expression: sprite.expression.as_deref().map(Arc::from),
            pose: sprite.pose.as_deref().map(Arc::from),
            position: match sprite.position {
                SavedPlace::Left => Position::Left,
                SavedPlace::Center => Position::Center,
                SavedPlace::Right => Position::Right,
            },
        }
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
                option_key: match &scene.code[*menu as usize] {
                    Op::Menu(m) => Some(m.options[*option].key.to_string()),
                    _ => None,
                },
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
            story: Some(self.title.clone()),
            scene: scene.name.clone(),
            position,
            calls,
            variables: self
                .variables
                .iter()
                .zip(&state.vars)
                .map(|(v, x)| (v.name.clone(), SavedValue::from(x)))
                .collect(),
            visits: self
                .scenes
                .iter()
                .zip(&state.visits)
                .filter(|(_, &n)| n > 0)
                .map(|(s, &n)| (s.name.clone(), n))
                .collect(),
            stage: SavedStage::from(&*state.cursor.stage),
        }
    }

    /// Rebuilds a state from save data. Things the story no longer has are skipped with a
    /// warning (returned, for the log); only a missing scene or ending is an error.
    pub fn restore(&self, data: &SaveData) -> Result<(StoryState, Vec<String>), SaveError> {
        let (state, inexact) = self.restore_inexact(data)?;
        Ok((state, inexact.iter().map(ToString::to_string).collect()))
    }

    /// Why `data` would not resume exactly on this story (empty: it would), or why it cannot
    /// load at all. For `spearhead check --saves`. Values of variables and scenes the story no
    /// longer has are not reasons: nothing left in the story can read them.
    pub fn check_save(&self, data: &SaveData) -> Result<Vec<Inexact>, SaveError> {
        let (_, inexact) = self.restore_inexact(data)?;
        Ok(inexact.into_iter().filter(Inexact::is_seen).collect())
    }

    /// `restore`, with what does not fit as values.
    pub fn restore_inexact(
        &self,
        data: &SaveData,
    ) -> Result<(StoryState, Vec<Inexact>), SaveError> {
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
        if let Some(title) = data.story.as_ref().filter(|t| **t != self.title) {
            return Err(SaveError::OtherStory {
                title: title.clone(),
            });
        }
        let mut inexact = Vec::new();
        let mut state = StoryState::new(self);
        state.cursor.scene = self
            .saved_scene(&data.scene)
            .ok_or_else(|| SaveError::SceneGone(data.scene.clone()))?;
        self.restore_values(data, &mut state, &mut inexact);
        for call in &data.calls {
            let frame = self.restore_call(call, &mut inexact)?;
            state.cursor.calls = state.cursor.calls.push(frame);
        }
        let stage = StageState::from(&data.stage);
        self.check_stage(&stage, &mut inexact);
        state.cursor.stage = Arc::new(stage);
        let (pc, wait) = self.restore_position(data, &state, &mut inexact)?;
        state.cursor.pc = pc;
        state.cursor.wait = wait;
        // Rollback history starts at the loaded position (a new game has nothing to go back to).
        if state.cursor.wait != Wait::Fresh {
            state.checkpoint();
        }
        Ok((state, inexact))
    }

    /// A scene by the name a save gives it: its name now, or an old name in `[aliases]`.
    fn saved_scene(&self, name: &str) -> Option<SceneId> {
        self.scene_id(name).or_else(|| {
            let now = self.manifest.aliases.get(name)?;
            self.scene_id(now.get_ref())
        })
    }

    /// A waiting caller. Its call is keyed `call:<called scene>:<n>`: a renamed called scene is
    /// looked up under its new name too.
    fn restore_call(
        &self,
        call: &SavedCall,
        inexact: &mut Vec<Inexact>,
    ) -> Result<Frame, SaveError> {
        let scene = self
            .saved_scene(&call.scene)
            .ok_or_else(|| SaveError::SceneGone(call.scene.clone()))?;
        let keys = &self.scene(scene).keys;
        let renamed = match call.call.parse() {
            Ok(LineKey::Call { scene, nth }) => {
                self.manifest
                    .aliases
                    .get(scene.as_str())
                    .map(|now| LineKey::Call {
                        scene: now.get_ref().clone(),
                        nth,
                    })
            }
            _ => None,
        }
        .map(|key| key.to_string());
        let found = keys
            .get(&call.call)
            .or_else(|| renamed.and_then(|key| keys.get(&key)));
        let pc = match found {
            Some(&pc) => pc + 1,
            None => {
                inexact.push(Inexact::CallGone {
                    scene: call.scene.clone(),
                    call: call.call.clone(),
                });
                0
            }
        };
        Ok(Frame { scene, pc })
    }

    /// Where the reader was: the op its key names, or the start of the scene when it is gone.
    fn restore_position(
        &self,
        data: &SaveData,
        state: &StoryState,
        inexact: &mut Vec<Inexact>,
    ) -> Result<(u32, Wait), SaveError> {
        let scene = self.scene(state.cursor.scene);
        let at_start = |reason: Inexact, inexact: &mut Vec<Inexact>| {
            inexact.push(reason);
            (0, Wait::Resume)
        };
        let named = |key: &str| {
            scene
                .keys
                .get(key)
                .map(|&pc| (pc, &scene.code[pc as usize]))
        };
        let scene_name = || data.scene.clone();
        Ok(match &data.position {
            SavedPosition::NewGame => (0, Wait::Fresh),
            SavedPosition::SceneStart => (0, Wait::Resume),
            SavedPosition::Ended { ending } => {
                let e = self
                    .ending_id(ending)
                    .ok_or_else(|| SaveError::EndingGone(ending.clone()))?;
                (0, Wait::Ended(e))
            }
            SavedPosition::Line { key } => match named(key) {
                Some((pc, Op::Say(_))) => (pc + 1, Wait::Line { pc }),
                _ => at_start(
                    Inexact::LineGone {
                        scene: scene_name(),
                        key: key.clone(),
                    },
                    inexact,
                ),
            },
            SavedPosition::Choice { key } => match named(key) {
                Some((pc, Op::Menu(_))) => {
                    let shown = self.shown_options(state, pc).unwrap_or_default();
                    (pc, Wait::Choice { pc, shown })
                }
                _ => at_start(
                    Inexact::ChoiceGone {
                        scene: scene_name(),
                        key: key.clone(),
                    },
                    inexact,
                ),
            },
            SavedPosition::Picked {
                key,
                option,
                option_key,
            } => match named(key) {
                Some((pc, Op::Menu(menu))) => {
                    let index = match option_key {
                        Some(wanted) => menu.options.iter().position(|o| *o.key == **wanted),
                        None => (*option < menu.options.len()).then_some(*option),
                    };
                    match index {
                        Some(option) => (
                            menu.options[option].target,
                            Wait::Picked { menu: pc, option },
                        ),
                        None => at_start(
                            Inexact::OptionGone {
                                scene: scene_name(),
                                choice: key.clone(),
                                option: option_key.clone().unwrap_or_else(|| option.to_string()),
                            },
                            inexact,
                        ),
                    }
                }
                _ => at_start(
                    Inexact::ChoiceGone {
                        scene: scene_name(),
                        key: key.clone(),
                    },
                    inexact,
                ),
            },
        })
    }

    fn restore_values(&self, data: &SaveData, state: &mut StoryState, inexact: &mut Vec<Inexact>) {
        for (name, value) in &data.variables {
            let Some(id) = self.variable_id(name) else {
                inexact.push(Inexact::VariableGone { name: name.clone() });
                continue;
            };
            let var = &self.variables[id];
            if matches!(value, SavedValue::Str(text) if text.len() > MAX_STRING_BYTES) {
                inexact.push(Inexact::StringTooLong { name: name.clone() });
                continue;
            }
            if value.ty() != var.ty {
                inexact.push(Inexact::VariableRetyped {
                    name: name.clone(),
                    now: var.ty,
                    saved: value.ty(),
                });
                continue;
            }
            state.vars[id] = match (var.range, value) {
                (Some((min, max)), SavedValue::Int(n)) if !(min..=max).contains(n) => {
                    let now = (*n).clamp(min, max);
                    inexact.push(Inexact::Clamped {
                        name: name.clone(),
                        saved: *n,
                        now,
                    });
                    Value::Int(now)
                }
                _ => Value::from(value),
            };
        }
        for (name, &count) in &data.visits {
            match self.saved_scene(name) {
                // Saved under its old name and its new one (never, unless written by hand): both count.
                Some(id) => {
                    let visits = &mut state.visits[id as usize];
                    *visits = visits.saturating_add(count);
                }
                None => inexact.push(Inexact::VisitsGone {
                    scene: name.clone(),
                }),
            }
        }
    }

    /// What the stage shows must still be declared: the player looks each name up.
    fn check_stage(&self, stage: &StageState, inexact: &mut Vec<Inexact>) {
        let manifest = &self.manifest;
        let mut gone = |what: &'static str, name: &str| {
            inexact.push(Inexact::StageGone {
                what,
                name: name.to_string(),
            })
        };
        if let Some(image) = &stage.background {
            if !manifest.backgrounds.contains_key(&**image) {
                gone("background", image);
            }
        }
        if let Some(track) = &stage.music {
            if !manifest.music.contains_key(&**track) {
                gone("music track", track);
            }
        }
        if let Some(cg) = &stage.cg {
            if !manifest.cgs.contains_key(&**cg) {
                gone("CG", cg);
            }
        }
        for sprite in &stage.sprites {
            match manifest.characters.get(&*sprite.character) {
                None => gone("character", &sprite.character),
                Some(decl) => {
                    if let Some(expression) = &sprite.expression {
                        if !decl.sprites.contains_key(&**expression) {
                            gone("sprite", &format!("{} ({expression})", sprite.character));
                        }
                    }
                    if let Some(pose) = &sprite.pose {
                        if !decl.poses.contains_key(&**pose) {
                            gone("pose", &format!("{} pose {pose}", sprite.character));
                        }
                    }
                }
            }
        }
    }
}
