//! What the search holds, in bytes, against its `limit`: the situations it remembers, the
//! situations and lines of the route it is following, and the problems it has found. Counting
//! situations alone did not bound memory: a deep call stack or a long string makes a situation
//! large, and a route of many lines holds them all (issue 13: `routes --limit 1000` reached
//! 20 GB). The sizes are estimates of what each thing takes, table slots included.

/// What `limit` situations may take: the search stops at `limit * BYTES_PER_SITUATION` bytes.
pub const BYTES_PER_SITUATION: usize = 256;

pub(super) struct Budget {
    held: usize,
    most: usize,
}

impl Budget {
    pub fn new(limit: usize) -> Self {
        Budget {
            held: 0,
            most: limit.saturating_mul(BYTES_PER_SITUATION),
        }
    }

    pub fn take(&mut self, bytes: usize) {
        self.held = self.held.saturating_add(bytes);
    }

    pub fn give_back(&mut self, bytes: usize) {
        self.held = self.held.saturating_sub(bytes);
    }

    /// Whether what is held, and `also` (held for a moment), passes the limit.
    pub fn exceeded(&self, also: usize) -> bool {
        self.held.saturating_add(also) > self.most
    }
}

/// A situation remembered with what follows from it (its key, the counts for each ending, the
/// table's slot).
pub fn remembered(key: usize, endings: usize) -> usize {
    key + 96 + endings * 18
}

/// A situation in a set (the choices open on the route, the scenes entered since a choice).
pub fn in_set(key: usize) -> usize {
    key + 48
}

/// A line or choice in the history of the route being followed.
pub const PER_WAIT: usize = 96;

/// A problem found, with the picks that lead to it.
pub fn problem(picks: usize) -> usize {
    64 + picks * std::mem::size_of::<usize>()
}
