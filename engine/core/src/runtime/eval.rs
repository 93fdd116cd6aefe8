//! Evaluates compiled expressions against the current variables and visit counts. The checker
//! guarantees types, so mismatches cannot happen; arithmetic saturates rather than overflows.

use super::RuntimeError;
use crate::ast::{BinaryOp, UnaryOp};
use crate::story::Expr;
use crate::value::{Value, MAX_STRING_BYTES};

pub fn eval(expr: &Expr, vars: &[Value], visits: &[u32]) -> Result<Value, RuntimeError> {
    Ok(match expr {
        Expr::Const(v) => v.clone(),
        Expr::Var(id) => vars[*id].clone(),
        Expr::Seen(scene) => Value::Bool(visits[*scene as usize] > 0),
        Expr::Visits(scene) => Value::Int(visits[*scene as usize] as i64),
        Expr::Unary(UnaryOp::Not, inner) => Value::Bool(!eval(inner, vars, visits)?.as_bool()),
        Expr::Unary(UnaryOp::Neg, inner) => {
            Value::Int(eval(inner, vars, visits)?.as_int().saturating_neg())
        }
        Expr::Binary(BinaryOp::And, l, r) => {
            Value::Bool(eval(l, vars, visits)?.as_bool() && eval(r, vars, visits)?.as_bool())
        }
        Expr::Binary(BinaryOp::Or, l, r) => {
            Value::Bool(eval(l, vars, visits)?.as_bool() || eval(r, vars, visits)?.as_bool())
        }
        Expr::Binary(op, l, r) => binary(*op, eval(l, vars, visits)?, eval(r, vars, visits)?)?,
    })
}

fn binary(op: BinaryOp, l: Value, r: Value) -> Result<Value, RuntimeError> {
    use BinaryOp as B;
    Ok(match (op, &l, &r) {
        (B::Add, Value::Str(a), Value::Str(b)) => {
            if a.len() + b.len() > MAX_STRING_BYTES {
                return Err(RuntimeError::StringTooLong);
            }
            Value::Str(format!("{a}{b}").into())
        }
        (B::Eq, _, _) => Value::Bool(l == r),
        (B::Ne, _, _) => Value::Bool(l != r),
        _ => {
            let (a, b) = (l.as_int(), r.as_int());
            match op {
                B::Add => Value::Int(a.saturating_add(b)),
                B::Sub => Value::Int(a.saturating_sub(b)),
                B::Mul => Value::Int(a.saturating_mul(b)),
                B::Div | B::Rem if b == 0 => return Err(RuntimeError::DivisionByZero),
                B::Div => Value::Int(a.wrapping_div(b)),
                B::Rem => Value::Int(a.wrapping_rem(b)),
                B::Lt => Value::Bool(a < b),
                B::Le => Value::Bool(a <= b),
                B::Gt => Value::Bool(a > b),
                B::Ge => Value::Bool(a >= b),
                B::And | B::Or | B::Eq | B::Ne => unreachable!("handled above"),
            }
        }
    })
}
