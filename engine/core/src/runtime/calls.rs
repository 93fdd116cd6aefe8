//! The call stack: the scenes waiting for a called scene to return. It is persistent: a push or
//! a pop makes a new stack that shares every frame below with the old one, so each rollback
//! checkpoint keeps the stack for the price of a pointer. (It used to be a `Vec` cloned into
//! every checkpoint: a scene that called itself and showed a line used memory quadratic in the
//! depth, 7.5 GB for 40,000 lines; issue 13.)

use crate::story::SceneId;
use std::sync::Arc;

/// A scene waiting for a call to return: it goes on at `pc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Frame {
    pub scene: SceneId,
    pub pc: u32,
}

#[derive(Clone, Default)]
pub(crate) struct CallStack(Option<Arc<Call>>);

/// One frame and the stack below it.
struct Call {
    frame: Frame,
    /// Frames in the stack this one tops, itself included.
    len: usize,
    below: CallStack,
}

impl CallStack {
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |call| call.len)
    }

    /// This stack with `frame` on top.
    pub fn push(&self, frame: Frame) -> CallStack {
        CallStack(Some(Arc::new(Call {
            frame,
            len: self.len() + 1,
            below: self.clone(),
        })))
    }

    /// The top frame and the stack below it; `None` when empty.
    pub fn pop(&self) -> Option<(Frame, CallStack)> {
        let call = self.0.as_ref()?;
        Some((call.frame, call.below.clone()))
    }

    /// The frames, innermost (the latest call) first.
    pub fn iter(&self) -> impl Iterator<Item = Frame> + '_ {
        std::iter::successors(self.0.as_deref(), |call| call.below.0.as_deref())
            .map(|call| call.frame)
    }

    /// The frames, outermost first: the order calls were made in.
    pub fn outermost_first(&self) -> Vec<Frame> {
        let mut frames: Vec<Frame> = self.iter().collect();
        frames.reverse();
        frames
    }
}

impl PartialEq for CallStack {
    fn eq(&self, other: &Self) -> bool {
        let same_node = match (&self.0, &other.0) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_node || (self.len() == other.len() && self.iter().eq(other.iter()))
    }
}

impl std::fmt::Debug for CallStack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.outermost_first()).finish()
    }
}

/// Frees a long stack one frame at a time: the default drop would recurse once per frame.
impl Drop for CallStack {
    #[inline]
    fn drop(&mut self) {
        // Most stacks dropped are empty (a copy is taken before every step).
        if let Some(top) = self.0.take() {
            drop_frames(top);
        }
    }
}

fn drop_frames(top: Arc<Call>) {
    let mut next = Some(top);
    while let Some(call) = next {
        next = match Arc::try_unwrap(call) {
            Ok(mut call) => call.below.0.take(),
            // Another stack still holds the rest.
            Err(_) => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(n: u32) -> Frame {
        Frame {
            scene: n,
            pc: n + 1,
        }
    }

    #[test]
    fn pushes_and_pops_share_what_is_below() {
        let empty = CallStack::default();
        let one = empty.push(frame(1));
        let two = one.push(frame(2));
        assert_eq!((empty.len(), one.len(), two.len()), (0, 1, 2));
        assert_eq!(two.outermost_first(), [frame(1), frame(2)]);
        let (top, rest) = two.pop().expect("two frames");
        assert_eq!((top, &rest), (frame(2), &one));
        assert!(empty.pop().is_none());
        // Equal by frames, not by where they are stored.
        assert_eq!(empty.push(frame(1)).push(frame(2)), two);
        assert_ne!(empty.push(frame(2)).push(frame(1)), two);
    }

    #[test]
    fn a_stack_a_million_deep_drops_without_overflowing() {
        let mut stack = CallStack::default();
        for n in 0..1_000_000 {
            stack = stack.push(frame(n));
        }
        let kept = stack.pop().expect("not empty").1;
        drop(stack);
        assert_eq!(kept.len(), 999_999);
    }
}
