//! Conditions a stat's range decides before the story runs: `if morale >= 12` when morale goes
//! from 0 to 10 is never true, so its block is dead text. Only a stat compared with a constant is
//! judged; anything else could go either way.

use crate::ast::{BinaryOp, UnaryOp};
use crate::story::{Expr, Variable};
use crate::value::Value;

/// A comparison inside a condition whose outcome the range of its stat fixes.
#[derive(Debug, Clone, PartialEq)]
pub struct Decided {
    pub stat: String,
    pub range: (i64, i64),
    /// What the comparison always gives.
    pub always: bool,
}

/// Every comparison of a stat with a constant in `condition` that always gives the same answer.
pub fn decided(condition: &Expr, variables: &[Variable]) -> Vec<Decided> {
    let mut found = Vec::new();
    walk(condition, variables, &mut found);
    found
}

fn walk(expr: &Expr, variables: &[Variable], found: &mut Vec<Decided>) {
    match expr {
        Expr::Unary(_, inner) => walk(inner, variables, found),
        Expr::Binary(op, left, right) => {
            if let Some(d) = compare(*op, left, right, variables) {
                found.push(d);
            } else {
                walk(left, variables, found);
                walk(right, variables, found);
            }
        }
        _ => {}
    }
}

/// `stat OP n` or `n OP stat`, judged at every value the stat can take.
fn compare(op: BinaryOp, left: &Expr, right: &Expr, variables: &[Variable]) -> Option<Decided> {
    let (var, n, op) = match (left, right) {
        (Expr::Var(v), n) => (*v, int(n)?, op),
        (n, Expr::Var(v)) => (*v, int(n)?, flip(op)?),
        _ => return None,
    };
    let variable = &variables[var];
    let (min, max) = variable.range?;
    let test = |x: i64| -> Option<bool> {
        Some(match op {
            BinaryOp::Lt => x < n,
            BinaryOp::Le => x <= n,
            BinaryOp::Gt => x > n,
            BinaryOp::Ge => x >= n,
            BinaryOp::Eq => x == n,
            BinaryOp::Ne => x != n,
            _ => return None,
        })
    };
    // Order comparisons are monotone, so the ends of the range decide them; `==` and `!=` are
    // decided only when `n` is outside the range (or the range is one value).
    let always = match op {
        BinaryOp::Eq | BinaryOp::Ne if min < max && (min..=max).contains(&n) => return None,
        _ => test(min)?,
    };
    (test(max)? == always).then(|| Decided {
        stat: variable.name.clone(),
        range: (min, max),
        always,
    })
}

/// A whole number written as a constant: `4`, or `-4` (a negation of one).
fn int(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Const(Value::Int(n)) => Some(*n),
        Expr::Unary(UnaryOp::Neg, inner) => int(inner)?.checked_neg(),
        _ => None,
    }
}

/// The same comparison with its sides swapped: `3 < x` is `x > 3`.
fn flip(op: BinaryOp) -> Option<BinaryOp> {
    Some(match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        BinaryOp::Eq | BinaryOp::Ne => op,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Type;

    fn morale() -> Vec<Variable> {
        vec![Variable {
            name: "morale".into(),
            ty: Type::Int,
            initial: Value::Int(5),
            range: Some((0, 10)),
        }]
    }

    fn cmp(op: BinaryOp, n: i64) -> Expr {
        Expr::Binary(
            op,
            Box::new(Expr::Var(0)),
            Box::new(Expr::Const(Value::Int(n))),
        )
    }

    fn judged(expr: Expr) -> Option<bool> {
        decided(&expr, &morale()).first().map(|d| d.always)
    }

    #[test]
    fn a_threshold_past_the_range_is_decided() {
        assert_eq!(judged(cmp(BinaryOp::Ge, 12)), Some(false));
        assert_eq!(judged(cmp(BinaryOp::Gt, 10)), Some(false));
        assert_eq!(judged(cmp(BinaryOp::Ge, 0)), Some(true));
        assert_eq!(judged(cmp(BinaryOp::Lt, 11)), Some(true));
        assert_eq!(judged(cmp(BinaryOp::Eq, 11)), Some(false));
        assert_eq!(judged(cmp(BinaryOp::Ne, -1)), Some(true));
    }

    #[test]
    fn a_threshold_inside_the_range_is_not() {
        for op in [
            BinaryOp::Ge,
            BinaryOp::Gt,
            BinaryOp::Lt,
            BinaryOp::Le,
            BinaryOp::Eq,
        ] {
            assert_eq!(judged(cmp(op, 5)), None, "{op:?}");
        }
        assert_eq!(judged(cmp(BinaryOp::Ge, 10)), None);
        assert_eq!(judged(cmp(BinaryOp::Le, 0)), None);
    }

    #[test]
    fn constants_on_the_left_and_comparisons_inside_and_or_count() {
        let flipped = Expr::Binary(
            BinaryOp::Lt,
            Box::new(Expr::Const(Value::Int(10))),
            Box::new(Expr::Var(0)),
        );
        assert_eq!(judged(flipped), Some(false));
        let both = Expr::Binary(
            BinaryOp::And,
            Box::new(cmp(BinaryOp::Gt, 2)),
            Box::new(cmp(BinaryOp::Le, 10)),
        );
        assert_eq!(judged(both), Some(true));
    }
}
