//! A writer's test plan: a plain-text route through the story and what the reader must meet on
//! it, so a writer can pin a route and see it break. Options are named by their text or their
//! `#id`, never by number, so options that appear or hide elsewhere never shift a plan.
//!
//! ```text
//! // one item a line; `//` starts a comment
//! from: republic.offensive        begin at this scene (default: the story's start)
//! set: morale = 6                 set a variable or stat before the first line
//! see: Corporal Nouzen            a line containing this text comes before the next choice
//! choose: Raise the sync          at the next choice, the option containing this text
//! choose: #ch9_wall_o3            ... or the option with this ID
//! state: morale >= 5              a variable or stat now (= != < <= > >=)
//! end: warm_snow                  the story ends here, with this ending
//! ```

use crate::runtime::{Event, Start, StartError, StoryState};
use crate::story::Story;
use crate::value::Value;

/// One item of a plan, with its line number (1-based) in the plan file.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub line: usize,
    pub kind: StepKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    See(String),
    Choose(Pick),
    State {
        name: String,
        cmp: Cmp,
        value: String,
    },
    End(String),
}

/// How a plan names an option.
#[derive(Debug, Clone, PartialEq)]
pub enum Pick {
    Id(String),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub start: Start,
    pub steps: Vec<Step>,
}

/// Why a plan's text could not be read, or why a run failed: a line of the plan and words.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlanError {
    pub line: usize,
    pub message: String,
}

impl Plan {
    /// Reads a plan; every line that is not an item is an error (all of them, not the first).
    pub fn parse(text: &str) -> Result<Plan, Vec<PlanError>> {
        let mut plan = Plan::default();
        let mut errors = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let item = raw.split(" //").next().unwrap_or_default().trim();
            if item.is_empty() || item.starts_with("//") {
                continue;
            }
            let error = |message: String| PlanError { line, message };
            let Some((key, rest)) = item.split_once(':') else {
                errors.push(error(format!("`{item}` is not `key: value`")));
                continue;
            };
            let rest = rest.trim();
            let kind = match key.trim() {
                "from" => {
                    plan.start.scene = Some(rest.to_string());
                    continue;
                }
                "set" => {
                    if let Err(e) = plan.start.set_from(rest) {
                        errors.push(error(e.to_string()));
                    }
                    continue;
                }
                "see" => StepKind::See(rest.to_string()),
                "choose" => StepKind::Choose(match rest.strip_prefix('#') {
                    Some(id) => Pick::Id(id.to_string()),
                    None => Pick::Text(rest.to_string()),
                }),
                "state" => match parse_state(rest) {
                    Some((name, cmp, value)) => StepKind::State { name, cmp, value },
                    None => {
                        errors.push(error(format!(
                            "`{rest}` is not `name op value` (op: = != < <= > >=)"
                        )));
                        continue;
                    }
                },
                "end" => StepKind::End(rest.to_string()),
                other => {
                    errors.push(error(format!(
                        "unknown item `{other}` (from, set, see, choose, state, end)"
                    )));
                    continue;
                }
            };
            plan.steps.push(Step { line, kind });
        }
        match errors.is_empty() {
            true => Ok(plan),
            false => Err(errors),
        }
    }

    /// Plays the plan on `story`; the first step that does not hold is the error.
    pub fn run(&self, story: &Story) -> Result<(), PlanError> {
        let mut state =
            StoryState::starting(story, &self.start).map_err(|e: StartError| PlanError {
                line: 0,
                message: e.to_string(),
            })?;
        let mut reader = Reader::default();
        for step in &self.steps {
            reader
                .step(story, &mut state, &step.kind)
                .map_err(|message| PlanError {
                    line: step.line,
                    message,
                })?;
        }
        Ok(())
    }
}

/// `name op value`, the two-character operators first.
fn parse_state(text: &str) -> Option<(String, Cmp, String)> {
    let ops = [
        ("!=", Cmp::Ne),
        ("<=", Cmp::Le),
        (">=", Cmp::Ge),
        ("=", Cmp::Eq),
        ("<", Cmp::Lt),
        (">", Cmp::Gt),
    ];
    ops.iter().find_map(|(symbol, cmp)| {
        let (name, value) = text.split_once(symbol)?;
        let name = name.trim().trim_end_matches('=').trim();
        let value = value.trim().trim_start_matches('=').trim();
        (!name.is_empty() && !value.is_empty()).then(|| (name.to_string(), *cmp, value.to_string()))
    })
}

/// What the story has put in front of the reader and not yet been dealt with: a line not yet
/// looked at, the choice waiting, or the end.
#[derive(Default)]
struct Reader {
    shown: Option<Shown>,
    /// The choice on screen, for `choose`.
    menu: Option<crate::runtime::ChoiceMenu>,
}

impl Reader {
    fn step(
        &mut self,
        story: &Story,
        state: &mut StoryState,
        step: &StepKind,
    ) -> Result<(), String> {
        match step {
            StepKind::See(text) => loop {
                match self.next(story, state)? {
                    Shown::Line(line) if line.contains(text.as_str()) => return Ok(()),
                    Shown::Line(_) => {}
                    Shown::Choice(prompt) => {
                        return Err(format!(
                            "reached the choice {prompt} before seeing \"{text}\""
                        ))
                    }
                    Shown::End(id) => {
                        return Err(format!("reached the end ({id}) before seeing \"{text}\""))
                    }
                }
            },
            StepKind::Choose(pick) => loop {
                match self.next(story, state)? {
                    Shown::Line(_) => {}
                    Shown::Choice(_) => return self.choose(story, state, pick),
                    Shown::End(id) => {
                        return Err(format!("reached the end ({id}) before a choice"))
                    }
                }
            },
            // As the next line shows: what an option just taken does happens before it.
            StepKind::State { name, cmp, value } => {
                self.peek(story, state)?;
                check_state(story, state, name, *cmp, value)
            }
            StepKind::End(want) => loop {
                match self.next(story, state)? {
                    Shown::Line(_) => {}
                    Shown::Choice(prompt) => {
                        return Err(format!("a choice is waiting ({prompt}) before the end"))
                    }
                    Shown::End(id) if &id == want => return Ok(()),
                    Shown::End(id) => {
                        return Err(format!("the story ended with `{id}`, not `{want}`"))
                    }
                }
            },
        }
    }

    /// Runs the story to the next thing it shows, unless that is already known.
    fn peek(&mut self, story: &Story, state: &mut StoryState) -> Result<(), String> {
        if self.shown.is_some() {
            return Ok(());
        }
        for event in story.advance(state).map_err(|e| e.to_string())? {
            let shown = match event {
                Event::Line(line) => Shown::Line(line.text),
                Event::Choice(menu) => {
                    let shown = Shown::Choice(prompt(&menu));
                    self.menu = Some(menu);
                    shown
                }
                Event::End { ending } => Shown::End(story.endings[ending].id.clone()),
                Event::SceneStart { .. } | Event::Stage(_) | Event::Condition { .. } => continue,
            };
            self.shown = Some(shown);
            return Ok(());
        }
        Err("the story stopped without a line, a choice or an end".into())
    }

    /// The next thing shown. A line is passed by reading it; a choice stays until an option is
    /// taken, the end stays.
    fn next(&mut self, story: &Story, state: &mut StoryState) -> Result<Shown, String> {
        self.peek(story, state)?;
        match self.shown.take() {
            Some(Shown::Line(line)) => Ok(Shown::Line(line)),
            Some(other) => {
                self.shown = Some(other.clone());
                Ok(other)
            }
            None => Err("nothing shown".into()),
        }
    }

    fn choose(&mut self, story: &Story, state: &mut StoryState, pick: &Pick) -> Result<(), String> {
        let menu = self.menu.take().ok_or("no choice on screen")?;
        let found = menu.options.iter().position(|o| match pick {
            Pick::Id(id) => &*o.key == id,
            Pick::Text(text) => o.text.contains(text.as_str()),
        });
        let shown: Vec<String> = menu
            .options
            .iter()
            .map(|o| format!("\"{}\"", o.text))
            .collect();
        let Some(index) = found else {
            let what = match pick {
                Pick::Id(id) => format!("#{id}"),
                Pick::Text(text) => format!("\"{text}\""),
            };
            return Err(format!(
                "the choice {} has no option {what}; it shows {}",
                prompt(&menu),
                shown.join(", ")
            ));
        };
        if !menu.options[index].enabled {
            return Err(format!(
                "\"{}\" is shown greyed out",
                menu.options[index].text
            ));
        }
        self.shown = None;
        story.choose(state, index).map_err(|e| e.to_string())
    }
}

#[derive(Clone)]
enum Shown {
    Line(String),
    Choice(String),
    End(String),
}

/// A choice as a message names it: its prompt in quotes, or its key.
fn prompt(menu: &crate::runtime::ChoiceMenu) -> String {
    match &menu.prompt {
        Some(prompt) => format!("\"{prompt}\""),
        None => format!("#{}", menu.key),
    }
}

fn check_state(
    story: &Story,
    state: &StoryState,
    name: &str,
    cmp: Cmp,
    want: &str,
) -> Result<(), String> {
    let value = state
        .get(story, name)
        .ok_or_else(|| format!("there is no variable or stat `{name}`"))?;
    let holds = match (value, want.parse::<i64>()) {
        (Value::Int(n), Ok(w)) => match cmp {
            Cmp::Eq => *n == w,
            Cmp::Ne => *n != w,
            Cmp::Lt => *n < w,
            Cmp::Le => *n <= w,
            Cmp::Gt => *n > w,
            Cmp::Ge => *n >= w,
        },
        (other, _) => {
            let text = other.to_string();
            let want = want.trim_matches('"');
            match cmp {
                Cmp::Eq => text == want,
                Cmp::Ne => text != want,
                _ => return Err(format!("`{name}` is {text}: only = and != compare it")),
            }
        }
    };
    match holds {
        true => Ok(()),
        false => Err(format!("`{name}` is {value}, not {} {want}", symbol(cmp))),
    }
}

fn symbol(cmp: Cmp) -> &'static str {
    match cmp {
        Cmp::Eq => "=",
        Cmp::Ne => "!=",
        Cmp::Lt => "<",
        Cmp::Le => "<=",
        Cmp::Gt => ">",
        Cmp::Ge => ">=",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const SCRIPT: &str = "var met = false
scene start
> The radio hissed.
choice: Answer?  #q
    option: Speak.  #speak
        morale += 2
        met = true
    option if morale > 8: Sing.  #sing
    option requires morale > 8: Whistle.  #whistle
lena: Morale is {morale}.
end done
";

    fn story() -> Story {
        let manifest = "title = \"T\"\nstart = \"start\"\n[characters.lena]\nname = \"Lena\"\n[stats.morale]\nmin = 0\nmax = 10\nstart = 5\n[endings.done]\ntitle = \"Done\"\n";
        crate::load_str(Path::new("."), manifest, &[("t.vn", SCRIPT)])
            .story
            .expect("compiles")
    }

    fn run(plan: &str) -> Result<(), PlanError> {
        Plan::parse(plan).expect("a well-formed plan").run(&story())
    }

    #[test]
    fn a_plan_names_options_by_text_or_id_and_checks_what_follows() {
        assert_eq!(run("see: hissed\nchoose: Speak\nstate: morale = 7\nstate: met = true\nsee: Morale is 7.\nend: done"), Ok(()));
        assert_eq!(run("choose: #speak\nstate: morale >= 6\nend: done"), Ok(()));
        // Set first, the hidden option shows and can be taken.
        assert_eq!(run("set: morale = 9\nchoose: Sing\nend: done"), Ok(()));
    }

    #[test]
    fn a_failing_plan_says_which_line_and_why() {
        let fail = |plan: &str| run(plan).expect_err("fails");
        let e = fail("see: nothing like this\nend: done");
        assert_eq!(e.line, 1);
        assert_eq!(
            e.message,
            "reached the choice \"Answer?\" before seeing \"nothing like this\""
        );
        let e = fail("choose: Dance");
        assert!(
            e.message
                .contains("has no option \"Dance\"; it shows \"Speak.\", \"Whistle.\""),
            "{e}"
        );
        assert_eq!(
            fail("choose: Whistle").message,
            "\"Whistle.\" is shown greyed out"
        );
        assert_eq!(
            fail("choose: Speak\nstate: morale < 6").message,
            "`morale` is 7, not < 6"
        );
        assert_eq!(
            fail("choose: Speak\nend: other").message,
            "the story ended with `done`, not `other`"
        );
        assert_eq!(
            fail("end: done").message,
            "a choice is waiting (\"Answer?\") before the end"
        );
    }

    #[test]
    fn every_line_that_is_not_an_item_is_reported() {
        let errors =
            Plan::parse("see: ok\nchose: Speak\nstate: morale ~ 3\nset: morale").expect_err("bad");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4]);
        assert!(errors[0].message.contains("unknown item `chose`"));
    }
}
