//! The values a story's variables hold and the types the checker gives expressions.

use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Int,
    Bool,
    Str,
}

impl Type {
    /// The type with its article, for messages: "an int", "a bool".
    pub fn a(self) -> &'static str {
        match self {
            Type::Int => "an int",
            Type::Bool => "a bool",
            Type::Str => "a string",
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Int => "int",
            Type::Bool => "bool",
            Type::Str => "string",
        })
    }
}

/// The most bytes a string a story builds while it runs may hold (64 KiB): `+` and a line's
/// `{braces}` stop there with `RuntimeError::StringTooLong`, so a story that doubles a string
/// in a loop fails at once instead of eating all memory.
pub const MAX_STRING_BYTES: usize = 64 * 1024;

/// A variable's value. Strings are shared so that history snapshots stay cheap.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Int(i64),
    Bool(bool),
    Str(Arc<str>),
}

impl Value {
    pub fn ty(&self) -> Type {
        match self {
            Value::Int(_) => Type::Int,
            Value::Bool(_) => Type::Bool,
            Value::Str(_) => Type::Str,
        }
    }

    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            Value::Str(_) => 0,
        }
    }

    pub fn as_bool(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::Str(s) => !s.is_empty(),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(n) => write!(f, "{n}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Str(s) => f.write_str(s),
        }
    }
}
