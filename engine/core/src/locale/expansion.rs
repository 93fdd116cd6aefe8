//! Which messages cannot be formatted safely, found before any is formatted. fluent-bundle
//! resolves message and term references by recursion and only stops itself at 100 placeables:
//! a message that references itself (directly or through others) shows its raw `{ref}`; past 100
//! placeables it gives up, and panics when the overflowing reference sits in an inner placeable
//! (`{ { ref } }`); a long chain of references, each a few placeables deep, overflows the stack.
//! So the messages of a locale are measured once, when it is loaded, and the catalog falls back
//! for the ones that fail instead of formatting them.

use fluent_syntax::ast;
use std::collections::{HashMap, HashSet};

/// fluent-bundle's bound on the placeables one formatting resolves (its `MAX_PLACEABLES`).
pub const MAX_PLACEABLES: u32 = 100;

/// How deep formatting may go, counting each placeable, select, call and reference it passes
/// through. fluent-bundle overflows a 2 MiB thread's stack in a debug build at about 1,000.
pub const MAX_DEPTH: u32 = 100;

/// Why a message is not formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unformattable {
    /// It references itself, directly or through other messages or terms.
    Cycle,
    /// It references `via`, a message or term that is (or reaches) a cycle.
    Reaches { via: String },
    /// It would resolve more than `MAX_PLACEABLES` placeables.
    TooManyPlaceables,
    /// It would nest deeper than `MAX_DEPTH`.
    TooDeep,
}

impl std::fmt::Display for Unformattable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unformattable::Cycle => {
                write!(
                    f,
                    "it references itself, directly or through other messages"
                )
            }
            Unformattable::Reaches { via } => {
                write!(f, "it references `{via}`, which references itself")
            }
            Unformattable::TooManyPlaceables => write!(
                f,
                "it expands to more than {MAX_PLACEABLES} placeables through its references"
            ),
            Unformattable::TooDeep => write!(
                f,
                "its placeables and references nest more than {MAX_DEPTH} deep"
            ),
        }
    }
}

/// What formatting one pattern costs.
#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    placeables: u32,
    depth: u32,
}

/// The messages of one locale's entries (all its files, in load order) that must not be
/// formatted, by ID. The first definition of a name wins, as in a bundle; junk is ignored.
pub fn unformattable<'a>(
    entries: impl IntoIterator<Item = &'a ast::Entry<&'a str>>,
) -> HashMap<String, Unformattable> {
    let graph = Graph::new(entries);
    let results = graph.measure_all();
    graph
        .names
        .iter()
        .zip(results)
        .filter(|(name, _)| !name.starts_with('-') && !name.contains('.'))
        .filter_map(|(name, result)| result.err().map(|why| (name.clone(), why)))
        .collect()
}

/// Messages, attributes and terms (`id`, `id.attr`, `-term`, `-term.attr`), each a node with
/// the nodes its pattern references.
struct Graph<'a> {
    names: Vec<String>,
    patterns: Vec<&'a ast::Pattern<&'a str>>,
    index: HashMap<String, usize>,
    references: Vec<Vec<usize>>,
}

impl<'a> Graph<'a> {
    fn new(entries: impl IntoIterator<Item = &'a ast::Entry<&'a str>>) -> Graph<'a> {
        let mut graph = Graph {
            names: Vec::new(),
            patterns: Vec::new(),
            index: HashMap::new(),
            references: Vec::new(),
        };
        let mut defined = HashSet::new();
        for entry in entries {
            let (prefix, id, value, attributes) = match entry {
                ast::Entry::Message(m) => ("", m.id.name, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => ("-", t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let name = format!("{prefix}{id}");
            if !defined.insert(name.clone()) {
                continue;
            }
            if let Some(value) = value {
                graph.add(name.clone(), value);
            }
            for attribute in attributes {
                graph.add(format!("{name}.{}", attribute.id.name), &attribute.value);
            }
        }
        graph.references = graph
            .patterns
            .iter()
            .map(|pattern| {
                let mut names = Vec::new();
                walk_pattern(pattern, 0, &mut |name| names.push(name));
                names
                    .iter()
                    .filter_map(|name| graph.index.get(name).copied())
                    .collect()
            })
            .collect();
        graph
    }

    fn add(&mut self, name: String, pattern: &'a ast::Pattern<&'a str>) {
        self.index.insert(name.clone(), self.names.len());
        self.names.push(name);
        self.patterns.push(pattern);
    }

    /// Every node's measure, or why it has none. Tarjan's strongly connected components,
    /// iterative (a chain of references can be as long as the file): a component of more than
    /// one node, or a node that references itself, is a cycle; every other node is measured
    /// once all it references is, which Tarjan's order guarantees.
    fn measure_all(&self) -> Vec<Result<Measure, Unformattable>> {
        const UNSEEN: usize = usize::MAX;
        let n = self.names.len();
        let mut order = vec![UNSEEN; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut component_stack = Vec::new();
        let mut results: Vec<Option<Result<Measure, Unformattable>>> = vec![None; n];
        let mut next_order = 0;
        for root in 0..n {
            if order[root] != UNSEEN {
                continue;
            }
            // (node, how many of its references have been followed)
            let mut calls = vec![(root, 0)];
            order[root] = next_order;
            low[root] = next_order;
            next_order += 1;
            component_stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (node, ref mut followed)) = calls.last_mut() {
                if let Some(&next) = self.references[node].get(*followed) {
                    *followed += 1;
                    if order[next] == UNSEEN {
                        order[next] = next_order;
                        low[next] = next_order;
                        next_order += 1;
                        component_stack.push(next);
                        on_stack[next] = true;
                        calls.push((next, 0));
                    } else if on_stack[next] {
                        low[node] = low[node].min(order[next]);
                    }
                    continue;
                }
                calls.pop();
                if let Some(&(caller, _)) = calls.last() {
                    low[caller] = low[caller].min(low[node]);
                }
                if low[node] != order[node] {
                    continue;
                }
                let mut component = Vec::new();
                while let Some(member) = component_stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                let cyclic = component.len() > 1 || self.references[node].contains(&node);
                for &member in &component {
                    results[member] = Some(if cyclic {
                        Err(Unformattable::Cycle)
                    } else {
                        self.measure(member, &results)
                    });
                }
            }
        }
        results
            .into_iter()
            .map(|r| r.expect("Tarjan's algorithm visits every node"))
            .collect()
    }

    /// One node's measure, from the measures of the nodes it references (all known).
    fn measure(
        &self,
        node: usize,
        results: &[Option<Result<Measure, Unformattable>>],
    ) -> Result<Measure, Unformattable> {
        for &target in &self.references[node] {
            match &results[target] {
                // What expands too far makes what references it expand further still.
                Some(Err(why @ (Unformattable::TooManyPlaceables | Unformattable::TooDeep))) => {
                    return Err(why.clone())
                }
                Some(Err(_)) => {
                    return Err(Unformattable::Reaches {
                        via: self.names[target].clone(),
                    })
                }
                _ => {}
            }
        }
        let lookup = |name: &str| match self.index.get(name).map(|&i| &results[i]) {
            Some(Some(Ok(measure))) => *measure,
            // A reference to nothing is an error Fluent shows as `{name}`, without recursing.
            _ => Measure::default(),
        };
        let measure = pattern_measure(self.patterns[node], 0, &lookup);
        if measure.depth > MAX_DEPTH {
            Err(Unformattable::TooDeep)
        } else if measure.placeables > MAX_PLACEABLES {
            Err(Unformattable::TooManyPlaceables)
        } else {
            Ok(measure)
        }
    }
}

/// The name of the node an inline expression references, if it references one.
fn reference_name(inline: &ast::InlineExpression<&str>) -> Option<String> {
    let (prefix, id, attribute) = match inline {
        ast::InlineExpression::MessageReference { id, attribute } => ("", id, attribute),
        ast::InlineExpression::TermReference { id, attribute, .. } => ("-", id, attribute),
        _ => return None,
    };
    Some(match attribute {
        Some(attribute) => format!("{prefix}{}.{}", id.name, attribute.name),
        None => format!("{prefix}{}", id.name),
    })
}

/// Calls `found` with every reference in a pattern. `level` stops the walk on a tree deeper
/// than formatting may go (`ftl::read` refuses such files; this keeps the walk safe without it).
fn walk_pattern(pattern: &ast::Pattern<&str>, level: u32, found: &mut dyn FnMut(String)) {
    if level > MAX_DEPTH {
        return;
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, level + 1, found);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, level: u32, found: &mut dyn FnMut(String)) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, level, found),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, level, found);
            for variant in variants {
                walk_pattern(&variant.value, level + 1, found);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, level: u32, found: &mut dyn FnMut(String)) {
    if level > MAX_DEPTH {
        return;
    }
    if let Some(name) = reference_name(inline) {
        found(name);
    }
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, level + 1, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, level + 1, found)
        }
        _ => {}
    }
}

/// What formatting a pattern costs, as fluent-bundle counts: one placeable for each placeable
/// element of every pattern it writes (its own, and those of what it references), the most
/// expensive variant of a select. Too deep a tree measures as too deep without going further.
fn pattern_measure(
    pattern: &ast::Pattern<&str>,
    level: u32,
    lookup: &dyn Fn(&str) -> Measure,
) -> Measure {
    let mut total = Measure::default();
    if level > MAX_DEPTH {
        total.depth = MAX_DEPTH + 1;
        return total;
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            let inner = expression_measure(expression, level + 1, lookup);
            total.placeables = total
                .placeables
                .saturating_add(1)
                .saturating_add(inner.placeables);
            total.depth = total.depth.max(inner.depth.saturating_add(1));
        }
    }
    total
}

fn expression_measure(
    expression: &ast::Expression<&str>,
    level: u32,
    lookup: &dyn Fn(&str) -> Measure,
) -> Measure {
    match expression {
        ast::Expression::Inline(inline) => inline_measure(inline, level, lookup),
        ast::Expression::Select { selector, variants } => {
            let selector = inline_measure(selector, level, lookup);
            let mut widest = Measure::default();
            for variant in variants {
                let value = pattern_measure(&variant.value, level + 1, lookup);
                widest.placeables = widest.placeables.max(value.placeables);
                widest.depth = widest.depth.max(value.depth);
            }
            Measure {
                placeables: selector.placeables.saturating_add(widest.placeables),
                depth: selector.depth.max(widest.depth).saturating_add(1),
            }
        }
    }
}

fn inline_measure(
    inline: &ast::InlineExpression<&str>,
    level: u32,
    lookup: &dyn Fn(&str) -> Measure,
) -> Measure {
    if level > MAX_DEPTH {
        return Measure {
            placeables: 0,
            depth: MAX_DEPTH + 1,
        };
    }
    let mut total = reference_name(inline).map_or_else(Measure::default, |name| lookup(&name));
    let mut add = |inner: Measure| {
        total.placeables = total.placeables.saturating_add(inner.placeables);
        total.depth = total.depth.max(inner.depth);
    };
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                add(inline_measure(argument, level + 1, lookup));
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            add(expression_measure(expression, level + 1, lookup))
        }
        _ => {}
    }
    Measure {
        placeables: total.placeables,
        depth: total.depth.saturating_add(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken(text: &str) -> HashMap<String, Unformattable> {
        let resource = fluent_syntax::parser::parse(text).expect("valid Fluent");
        unformattable(&resource.body)
    }

    #[test]
    fn plain_messages_selects_and_references_are_fine() {
        let text = "-brand = Spearhead\n\
                    a = Hello { $name } from { -brand }\n\
                    b = { a } and { $n ->\n    [one] { a }\n   *[other] { NUMBER($n) } { a.title }\n}\n\
                    c = { b } { b }\n    .title = Title\n";
        assert_eq!(broken(text), HashMap::new());
    }

    #[test]
    fn cycles_direct_or_not_are_found_and_what_reaches_them() {
        let text = "self = I am { self }\n\
                    a = { b }\nb = { c.attr }\nc = fine\n    .attr = { a }\n\
                    user = Uses { a }\n\
                    term = { -t }\n-t = { term }\n\
                    fine = { c }\n";
        let found = broken(text);
        assert_eq!(found["self"], Unformattable::Cycle);
        assert_eq!(found["a"], Unformattable::Cycle);
        assert_eq!(found["b"], Unformattable::Cycle);
        assert_eq!(found["term"], Unformattable::Cycle);
        assert_eq!(found["user"], Unformattable::Reaches { via: "a".into() });
        // `c`'s value does not take part: only its attribute does.
        assert!(!found.contains_key("c"));
        assert!(!found.contains_key("fine"));
    }

    #[test]
    fn expansion_past_fluents_placeable_limit_is_found() {
        // 10 x 10 placeables: over 100.
        let ten =
            |name: &str, inner: &str| format!("{name} = {}\n", format!("{{ {inner} }}").repeat(10));
        let text = ten("leaf", "$x") + &ten("top", "leaf");
        let found = broken(&text);
        assert_eq!(found["top"], Unformattable::TooManyPlaceables);
        assert!(!found.contains_key("leaf"));
        let above = broken(&(text + "above = { top }\n"));
        assert_eq!(above["above"], Unformattable::TooManyPlaceables);
    }

    #[test]
    fn a_chain_of_nested_references_is_too_deep() {
        let mut text = String::new();
        for i in 0..20 {
            text += &format!(
                "m{i} = {}{{ m{} }}{}\n",
                "{ ".repeat(8),
                i + 1,
                " }".repeat(8)
            );
        }
        text += "m20 = end\n";
        let found = broken(&text);
        assert_eq!(found["m0"], Unformattable::TooDeep);
        assert!(!found.contains_key("m19"));
    }
}
