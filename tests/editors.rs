//! The editor support in editors/: the VS Code extension's manifest points at files that
//! exist, and the TextMate grammar's patterns compile and classify every kind of script line
//! (each line of the bundled story is matched by the rule for its kind, from its start).

use regex::Regex;
use serde_json::Value;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(Path::new(ROOT).join(path)).expect("the file exists");
    serde_json::from_str(&text).expect("valid JSON")
}

fn grammar() -> Value {
    json("editors/vscode/syntaxes/spearhead.tmLanguage.json")
}

/// The top-level rules in order: (name, the regex that starts it).
fn top_rules(grammar: &Value) -> Vec<(String, Regex)> {
    grammar["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .map(|p| {
            let name = p["include"]
                .as_str()
                .expect("an include")
                .trim_start_matches('#');
            let rule = &grammar["repository"][name];
            let pattern = rule["match"]
                .as_str()
                .or(rule["begin"].as_str())
                .expect("a pattern");
            (
                name.to_string(),
                Regex::new(pattern).expect("the pattern compiles"),
            )
        })
        .collect()
}

/// The first rule that matches `line` at its start, with the match's captures as text.
fn classify(rules: &[(String, Regex)], line: &str) -> Option<(String, Vec<Option<String>>)> {
    rules.iter().find_map(|(name, re)| {
        let caps = re.captures(line)?;
        (caps.get(0)?.start() == 0).then(|| {
            let groups = caps
                .iter()
                .map(|m| m.map(|m| m.as_str().to_string()))
                .collect();
            (name.clone(), groups)
        })
    })
}

#[test]
fn every_pattern_in_the_grammar_compiles() {
    fn walk(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    if ["match", "begin", "end"].contains(&key.as_str()) {
                        found.push(v.as_str().expect("a string pattern").to_string());
                    } else {
                        walk(v, found);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    let mut patterns = Vec::new();
    walk(&grammar(), &mut patterns);
    assert!(patterns.len() > 20, "{} patterns", patterns.len());
    for pattern in patterns {
        Regex::new(&pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    }
}

#[test]
fn each_kind_of_line_gets_its_rule_and_its_parts() {
    let rules = top_rules(&grammar());
    // (line, the rule it gets, (capture group, its text) pairs)
    type Case<'a> = (&'a str, &'a str, &'a [(usize, &'a str)]);
    let cases: &[Case] = &[
        ("// a comment", "comment", &[]),
        (
            "scene front.hangar in front \"Spearhead\"",
            "scene",
            &[(2, "front.hangar"), (4, "front"), (5, "\"Spearhead\"")],
        ),
        ("chapter ch1 \"The Handler\"", "chapter", &[(2, "ch1")]),
        ("var met = false", "var", &[(2, "met")]),
        ("choice: What does she say?  #q1", "choice", &[]),
        (
            "    option requires bond.annette >= 6: Ask her.  #o2",
            "option",
            &[(3, "requires")],
        ),
        ("    option: Yes.", "option", &[]),
        (
            "    option once if morale > 2: Ask again.",
            "option",
            &[(2, "once"), (3, "if")],
        ),
        ("if bond.shin >= 3 and not met", "branch", &[(1, "if")]),
        ("else", "branch", &[(1, "else")]),
        ("jump front.night_one", "flow", &[(2, "front.night_one")]),
        ("end trust", "flow", &[(2, "trust")]),
        ("bg hangar with fade 2", "stage", &[(1, "bg")]),
        (
            "show lena (smile) at left with dissolve",
            "stage",
            &[(1, "show")],
        ),
        (
            "show lena (worried) pose salute at left",
            "stage",
            &[(1, "show")],
        ),
        ("cg haircut with dissolve 2", "stage", &[(1, "cg")]),
        ("    hide cg with dissolve", "stage", &[(1, "hide")]),
        ("> Narration, with {morale}.  #n1", "narration", &[]),
        (
            "lena (worried): Can you hear me?  #l1",
            "dialogue",
            &[(1, "lena"), (2, "(worried)")],
        ),
        ("shin: We hear you.", "dialogue", &[(1, "shin")]),
        (
            "        bond.shin += 1",
            "assignment",
            &[(1, "bond.shin"), (2, "+=")],
        ),
    ];
    for (line, rule, parts) in cases {
        let (name, groups) =
            classify(&rules, line).unwrap_or_else(|| panic!("no rule for {line:?}"));
        assert_eq!(&name, rule, "{line:?}");
        for (group, text) in *parts {
            assert_eq!(
                groups[*group].as_deref(),
                Some(*text),
                "group {group} of {line:?}"
            );
        }
    }
}

#[test]
fn every_line_of_the_bundled_story_is_highlighted() {
    let rules = top_rules(&grammar());
    let mut lines = 0;
    for entry in std::fs::read_dir(Path::new(ROOT).join("story")).expect("story/") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "vn") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                classify(&rules, line).is_some(),
                "{}: no rule matches {line:?}",
                path.display()
            );
            lines += 1;
        }
    }
    assert!(lines > 3000, "{lines} lines");
}

#[test]
fn the_extension_manifest_points_at_files_that_exist() {
    let package = json("editors/vscode/package.json");
    let dir = Path::new(ROOT).join("editors/vscode");
    let grammar_path = package["contributes"]["grammars"][0]["path"]
        .as_str()
        .expect("a grammar");
    assert!(dir.join(grammar_path).is_file());
    let language = &package["contributes"]["languages"][0];
    assert_eq!(language["extensions"][0], ".vn");
    let config = language["configuration"].as_str().expect("a configuration");
    assert!(dir.join(config).is_file());
    assert!(dir.join(package["main"].as_str().expect("main")).is_file());
    assert_eq!(
        grammar()["scopeName"],
        package["contributes"]["grammars"][0]["scopeName"]
    );
    // Lines that open a block indent the next one.
    let configuration = json("editors/vscode/language-configuration.json");
    let increase = configuration["indentationRules"]["increaseIndentPattern"]
        .as_str()
        .expect("a rule");
    let increase = Regex::new(increase).expect("compiles");
    for opens in [
        "choice: Well?",
        "    option if morale > 3: Go.",
        "if met",
        "else",
    ] {
        assert!(
            increase.is_match(opens),
            "{opens:?} should indent the next line"
        );
    }
    assert!(!increase.is_match("lena: Hello."));
}

/// The grammar's JSON cannot import `spearhead_core::syntax::KEYWORDS`: the words its rules
/// take as the start of a statement are exactly that list, so a keyword added to the language
/// is highlighted (or this fails).
#[test]
fn the_grammar_highlights_exactly_the_languages_keywords() {
    let grammar = grammar();
    let words_group = Regex::new(r"^\^\\s\*\(([a-z]+(?:\|[a-z]+)*)\)").expect("compiles");
    let mut highlighted: Vec<String> = Vec::new();
    for include in grammar["patterns"].as_array().expect("patterns") {
        let name = include["include"].as_str().expect("an include");
        let rule = &grammar["repository"][name.trim_start_matches('#')];
        let pattern = rule["match"].as_str().or(rule["begin"].as_str());
        let Some(words) = pattern.and_then(|p| words_group.captures(p)) else {
            continue;
        };
        highlighted.extend(words[1].split('|').map(String::from));
    }
    highlighted.sort();
    let mut keywords: Vec<&str> = spearhead_core::syntax::KEYWORDS.to_vec();
    keywords.sort();
    assert_eq!(highlighted, keywords);
}

/// Text variations (docs/SCRIPT.md's examples) are one region each: the selector is a keyword,
/// an `if`'s condition is highlighted as an expression, and the region runs to its own `}` past
/// any `{name}` inside it.
#[test]
fn text_variations_are_highlighted_as_a_region() {
    let grammar = grammar();
    let rule = &grammar["repository"]["variation"];
    let begin = Regex::new(rule["begin"].as_str().expect("begin")).expect("compiles");
    let end = Regex::new(rule["end"].as_str().expect("end")).expect("compiles");
    let inner = Regex::new(
        grammar["repository"]["interpolation"]["match"]
            .as_str()
            .unwrap(),
    )
    .expect("compiles");
    let text_rules = grammar["repository"]["text"]["patterns"].to_string();
    assert!(text_rules.contains("#variation"), "{text_rules}");
    assert_eq!(
        rule["beginCaptures"]["2"]["patterns"][0]["include"],
        "#expression"
    );
    // (text, the selector, the condition, where the region ends)
    let cases = [
        (
            "{if met_kaie: Kaie | the new pilot}",
            "if",
            Some("met_kaie"),
            "the new pilot}",
        ),
        ("{if morale > 6: , sir}", "if", Some("morale > 6"), ", sir}"),
        (
            "{seq: first | second | every later}",
            "seq",
            None,
            "every later}",
        ),
        (
            "{cycle: Left. | Right. | Centre.}",
            "cycle",
            None,
            "Centre.}",
        ),
        (
            "{once: First time here? | Back again?}",
            "once",
            None,
            "Back again?}",
        ),
        (
            "{if met_kaie: {callsign} | stranger}",
            "if",
            Some("met_kaie"),
            "stranger}",
        ),
    ];
    for (text, selector, condition, tail) in cases {
        let caps = begin.captures(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(caps.get(0).map(|m| m.start()), Some(0), "{text}");
        let keyword = caps.get(1).or(caps.get(3)).map(|m| m.as_str());
        assert_eq!(keyword, Some(selector), "{text}");
        assert_eq!(caps.get(2).map(|m| m.as_str()), condition, "{text}");
        // The region's end: the first `}` not closing a `{name}` inside it.
        let mut at = caps.get(0).unwrap().end();
        while let Some(hole) = inner
            .find_at(text, at)
            .filter(|h| end.find_at(text, at).is_some_and(|e| h.start() < e.start()))
        {
            at = hole.end();
        }
        let closing = end.find_at(text, at).expect("an end").end();
        assert!(text[..closing].ends_with(tail), "{text}: ends at {closing}");
        assert_eq!(closing, text.len(), "{text}");
    }
    // A plain hole is not a variation.
    assert!(begin.find("{morale}").is_none());
}
