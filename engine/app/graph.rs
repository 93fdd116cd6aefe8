//! `spearhead graph`: every branch of a story as a Graphviz graph, for writers. A box per scene
//! (grouped by chapter, coloured by location), a note per choice, a node per ending, and an
//! arrow for each way on: an option (with its condition and what it changes), a jump, a call, an
//! `end`, each with the `if` conditions it needs. `dot -Tsvg` draws it.

use spearhead_core::story::{EndingId, Expr, Op, SceneId};
use spearhead_core::Story;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

/// Fill colours for locations, in the manifest's order (pale, so black text reads on them).
const PALETTE: [&str; 6] = [
    "#dce8f7", "#e9e1cf", "#e3f1dc", "#f3dde4", "#e6e0f3", "#f5ecd0",
];
/// Longer option texts and prompts are cut to this many characters, with an ellipsis.
const LABEL_CHARS: usize = 48;
/// The most ways followed from one place: each `if` on the way doubles them.
const MAX_WAYS: usize = 64;

pub fn run(story_dir: &Path) -> anyhow::Result<ExitCode> {
    let story = crate::check::story(story_dir)?;
    print!("{}", dot(&story));
    Ok(ExitCode::SUCCESS)
}

/// Where a way leads.
#[derive(Debug, Clone, PartialEq)]
enum Point {
    Choice(SceneId, u32),
    Scene { scene: SceneId, call: bool },
    Ending(EndingId),
}

/// One way from a place to the next point: the `if` conditions it takes and what it assigns.
#[derive(Debug, Clone, PartialEq)]
struct Way {
    to: Point,
    conditions: Vec<String>,
    effects: Vec<String>,
}

/// The whole graph in the DOT language.
pub fn dot(story: &Story) -> String {
    let mut out = format!("digraph {} {{\n", quote(&story.title));
    out +=
        "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"sans-serif\"];\n";
    out += "  edge [fontname=\"sans-serif\", fontsize=10];\n";
    out += "  \"begin:\" [shape=circle, label=\"\", style=filled, fillcolor=black, width=0.2];\n";
    let _ = writeln!(
        out,
        "  \"begin:\" -> {};",
        node(story, &scene_point(story.start))
    );
    for (chapter, scenes) in story.scenes_by_chapter() {
        if let Some(id) = chapter {
            let title = story.chapter_title(id).unwrap_or(id);
            let _ = writeln!(out, "  subgraph {} {{", quote(&format!("cluster_{id}")));
            let _ = writeln!(out, "    label={};", quote(&format!("{id}: {title}")));
        }
        for scene in scenes {
            out += &scene_nodes(story, scene);
        }
        if chapter.is_some() {
            out += "  }\n";
        }
    }
    for ending in &story.endings {
        let label = format!("{}\n{}", ending.id, ending.title);
        let _ = writeln!(
            out,
            "  {} [shape=doubleoctagon, label={}];",
            quote(&format!("end:{}", ending.id)),
            quote(&label)
        );
    }
    for id in 0..story.scenes.len() {
        out += &scene_edges(story, id as SceneId);
    }
    out += "}\n";
    out
}

fn scene_point(scene: SceneId) -> Point {
    Point::Scene { scene, call: false }
}

/// The scene's box and a note for each of its choices.
fn scene_nodes(story: &Story, id: SceneId) -> String {
    let scene = story.scene(id);
    let label = match &scene.title {
        Some(title) => format!("{}\n{title}", scene.name),
        None => scene.name.clone(),
    };
    let fill = scene
        .location
        .as_ref()
        .and_then(|l| story.location_names().position(|k| k == l))
        .map_or("white", |i| PALETTE[i % PALETTE.len()]);
    let mut out = format!(
        "    {} [label={}, fillcolor={}];\n",
        node(story, &scene_point(id)),
        quote(&label),
        quote(fill)
    );
    for (pc, op) in scene.ops().iter().enumerate() {
        if let Op::Menu(menu) = op {
            let prompt = menu.prompt.as_ref().map(|p| story.written(p));
            let _ = writeln!(
                out,
                "    {} [shape=note, fillcolor=\"#fff8dc\", label={}];",
                node(story, &Point::Choice(id, pc as u32)),
                quote(&cut(prompt.as_deref().unwrap_or("(choice)")))
            );
        }
    }
    out
}

/// The arrows out of a scene's start and out of each of its choices' options.
fn scene_edges(story: &Story, id: SceneId) -> String {
    let scene = story.scene(id);
    let mut out = String::new();
    let from = node(story, &scene_point(id));
    for way in ways(story, id, 0) {
        out += &edge(story, &from, &way, None);
    }
    for (pc, op) in scene.ops().iter().enumerate() {
        let Op::Menu(menu) = op else { continue };
        let from = node(story, &Point::Choice(id, pc as u32));
        for option in &menu.options {
            let mut text = cut(&story.written(&option.text));
            if let Some(condition) = &option.condition {
                let word = if option.show_disabled {
                    "requires"
                } else {
                    "if"
                };
                let _ = write!(text, "\n[{word} {}]", story.written_expr(condition));
            }
            for way in ways(story, id, option.target) {
                out += &edge(story, &from, &way, Some(&text));
            }
        }
    }
    out
}

/// One arrow: the option's text first, then the conditions and changes on the way.
fn edge(story: &Story, from: &str, way: &Way, option: Option<&str>) -> String {
    let mut label: Vec<String> = option.map(str::to_string).into_iter().collect();
    label.extend(way.conditions.iter().map(|c| format!("if {c}")));
    label.extend(way.effects.iter().cloned());
    let mut attributes = Vec::new();
    if let Point::Scene { call: true, .. } = way.to {
        attributes.push("style=dashed".to_string());
        label.push("(call)".to_string());
    }
    if !label.is_empty() {
        attributes.push(format!("label={}", quote(&label.join("\n"))));
    }
    let to = node(story, &way.to);
    match attributes.is_empty() {
        true => format!("  {from} -> {to};\n"),
        false => format!("  {from} -> {to} [{}];\n", attributes.join(", ")),
    }
}

/// Every way from op `pc` of `scene` to the next choice, scene or ending. Ways to the same
/// point with the same changes are one way, without conditions (they did not matter).
fn ways(story: &Story, scene: SceneId, pc: u32) -> Vec<Way> {
    let mut merged: Vec<Way> = Vec::new();
    for way in walk(story, scene, pc) {
        match merged
            .iter_mut()
            .find(|w| w.to == way.to && w.effects == way.effects)
        {
            Some(same) => {
                let also: std::collections::HashSet<&String> = way.conditions.iter().collect();
                same.conditions.retain(|c| also.contains(c));
            }
            None => merged.push(way),
        }
    }
    merged
}

/// An `if` whose `else` side is still to be walked: where it starts, how many conditions and
/// changes the way had at the `if`, and the condition the `else` side adds.
struct Fork {
    pc: u32,
    conditions: usize,
    effects: usize,
    negated: String,
}

/// The ways from op `pc`, at most `MAX_WAYS`: depth first, the `then` side of each `if` before
/// its `else` side. A loop with the forks on a stack of its own, and one list of conditions
/// shared by every way (cut back at each fork): a scene of thousands of `if`s in a row
/// overflowed the stack when each `if` recursed, and held a copy of the conditions per `if`
/// (100,000 `if`s aborted; 20,000 took 12.6 GB).
fn walk(story: &Story, scene: SceneId, mut pc: u32) -> Vec<Way> {
    let mut found = Vec::new();
    let mut forks: Vec<Fork> = Vec::new();
    let mut conditions: Vec<String> = Vec::new();
    // The same conditions, to look them up at each `if` without a scan.
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut effects: Vec<String> = Vec::new();
    loop {
        let mut way = Walker {
            conditions: &mut conditions,
            taken: &mut taken,
            effects: &mut effects,
            forks: &mut forks,
            found: &mut found,
        };
        way.follow(story, scene, pc);
        if found.len() >= MAX_WAYS {
            break;
        }
        let Some(fork) = forks.pop() else { break };
        for dropped in conditions.drain(fork.conditions..) {
            taken.remove(&dropped);
        }
        effects.truncate(fork.effects);
        taken.insert(fork.negated.clone());
        conditions.push(fork.negated);
        pc = fork.pc;
    }
    found
}

/// The way being walked, and what the walk has found.
struct Walker<'w> {
    conditions: &'w mut Vec<String>,
    /// The same conditions, to look them up at each `if` without a scan.
    taken: &'w mut std::collections::HashSet<String>,
    effects: &'w mut Vec<String>,
    forks: &'w mut Vec<Fork>,
    found: &'w mut Vec<Way>,
}

impl Walker<'_> {
    /// Follows the way from `pc` to where it leads (a call is a way of its own, and the way goes
    /// on after it), noting its conditions and changes and leaving a fork at each `if` not
    /// decided yet.
    fn follow(&mut self, story: &Story, scene: SceneId, mut pc: u32) {
        let code = story.scene(scene).ops();
        // A `goto` back up (none are compiled today) would otherwise go round forever.
        for _ in 0..code.len() + 1 {
            if self.found.len() >= MAX_WAYS {
                return;
            }
            let Some(op) = code.get(pc as usize) else {
                return;
            };
            match op {
                Op::Say(_) | Op::Stage(_) => pc += 1,
                Op::Goto(target) => pc = *target,
                Op::Assign { var, op, value } => {
                    let name = &story.variables[*var].name;
                    let value = story.written_expr(value);
                    self.effects.push(format!("{name} {} {value}", op.symbol()));
                    pc += 1;
                }
                Op::Branch {
                    condition,
                    else_target,
                } => pc = self.branch(story, pc, condition, *else_target),
                Op::Menu(_) => return self.way(Point::Choice(scene, pc)),
                Op::Jump(target) => return self.way(scene_point(*target)),
                Op::End(ending) => return self.way(Point::Ending(*ending)),
                Op::Call(target) => {
                    self.way(Point::Scene {
                        scene: *target,
                        call: true,
                    });
                    pc += 1;
                }
                // The caller goes on: its arrows start after the call.
                Op::Return => return,
            }
        }
    }

    /// Where the way goes at an `if`: the same test again (as text) goes the way it went
    /// before (a way that needs a test both to pass and to fail cannot be taken); a new test
    /// takes the `then` side now and leaves a fork for the `else` side.
    fn branch(&mut self, story: &Story, pc: u32, condition: &Expr, else_target: u32) -> u32 {
        let condition = story.written_expr(condition);
        let negated = match condition.contains(' ') {
            true => format!("not ({condition})"),
            false => format!("not {condition}"),
        };
        if self.taken.contains(&condition) {
            return pc + 1;
        }
        if self.taken.contains(&negated) {
            return else_target;
        }
        self.forks.push(Fork {
            pc: else_target,
            conditions: self.conditions.len(),
            effects: self.effects.len(),
            negated,
        });
        self.taken.insert(condition.clone());
        self.conditions.push(condition);
        pc + 1
    }

    fn way(&mut self, to: Point) {
        self.found.push(Way {
            to,
            conditions: self.conditions.clone(),
            effects: self.effects.clone(),
        });
    }
}

/// A point's node ID: scenes by name, choices as `scene#op`, endings as `end:id` (neither `#`
/// nor `:` can be in a scene's name).
fn node(story: &Story, point: &Point) -> String {
    quote(&match point {
        Point::Scene { scene, .. } => story.scene(*scene).name.clone(),
        Point::Choice(scene, pc) => format!("{}#{pc}", story.scene(*scene).name),
        Point::Ending(ending) => format!("end:{}", story.endings[*ending].id),
    })
}

/// `text`, cut to `LABEL_CHARS` characters.
fn cut(text: &str) -> String {
    match text.char_indices().nth(LABEL_CHARS) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

/// A DOT string: quoted, with quotes and backslashes escaped and newlines as `\n`.
fn quote(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(script: &str) -> String {
        let manifest = "title = \"G\"\nstart = \"a\"\n[endings.done]\ntitle = \"Done\"\n";
        let loaded = spearhead_core::load_str(Path::new("."), manifest, &[("g.vn", script)]);
        assert!(!loaded.has_errors(), "{}", loaded.render(false));
        dot(&loaded.story.expect("no errors"))
    }

    /// The arrows of a graph, without the one from the start marker.
    fn arrows(dot: &str) -> Vec<&str> {
        dot.lines()
            .filter(|l| l.contains("->") && !l.contains("begin:"))
            .map(str::trim)
            .collect()
    }

    #[test]
    fn a_test_made_twice_splits_the_way_once() {
        let dot = graph(
            "var x = false\nscene a\nif x\n    > One.\n> Two.\nif x\n    > Three.\njump b\n\
             scene b\nif x and not x\n    end done\nend done\n",
        );
        assert_eq!(
            arrows(&dot),
            [
                r#""a" -> "b";"#,
                // Two ways to the same end with the same changes: one arrow, no condition.
                r#""b" -> "end:done";"#,
            ]
        );
    }

    /// Issue 13: each `if` on a way recursed, so thousands in a row overflowed the stack (and
    /// each held a copy of the conditions before it). Here 5,000, on a test thread's small stack.
    #[test]
    fn a_scene_of_thousands_of_ifs_in_a_row_is_walked() {
        let mut script = String::from("var x = 0\nscene a\n");
        for i in 0..5000 {
            script += &format!("if x > {i}\n    > Line {i}.\n");
        }
        script += "end done\n";
        let dot = graph(&script);
        // Every way ends at `done` with no change: one arrow (its conditions are those of the
        // first `MAX_WAYS` ways found, which all pass the first few thousand tests).
        let arrows = arrows(&dot);
        assert_eq!(arrows.len(), 1);
        assert!(arrows[0].starts_with(r#""a" -> "end:done" [label="if x > 0\nif x > 1\n"#));
    }

    #[test]
    fn options_carry_their_text_condition_and_changes() {
        let dot = graph(
            "var met = false\nscene a\nchoice: Who?\n    option: Shin.\n        met = true\n        \
             jump b\n    option requires met: Theo.\nend done\nscene b\nif met\n    jump a\nend done\n",
        );
        assert_eq!(
            arrows(&dot),
            [
                r#""a" -> "a#0";"#,
                r#""a#0" -> "b" [label="Shin.\nmet = true"];"#,
                r#""a#0" -> "end:done" [label="Theo.\n[requires met]"];"#,
                r#""b" -> "a" [label="if met"];"#,
                r#""b" -> "end:done" [label="if not met"];"#,
            ]
        );
        assert!(dot.contains(r##""a#0" [shape=note, fillcolor="#fff8dc", label="Who?"];"##));
    }
}
