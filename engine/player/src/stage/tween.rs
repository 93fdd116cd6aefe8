//! A value moving linearly in time: every transition of the stage is made of these.

/// A value moving linearly from `from` to `to` over `seconds`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tween {
    from: f32,
    to: f32,
    seconds: f32,
    elapsed: f32,
}

impl Tween {
    pub(crate) fn at(value: f32) -> Tween {
        Tween {
            from: value,
            to: value,
            seconds: 0.0,
            elapsed: 0.0,
        }
    }

    /// From where it is now to `to` over `seconds` (0 = at once).
    pub(crate) fn retarget(&mut self, to: f32, seconds: f32) {
        *self = Tween {
            from: self.value(),
            to,
            seconds: seconds.max(0.0),
            elapsed: 0.0,
        };
    }

    pub(crate) fn value(&self) -> f32 {
        if self.done() {
            self.to
        } else {
            self.from + (self.to - self.from) * (self.elapsed / self.seconds)
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.elapsed >= self.seconds
    }

    pub(crate) fn step(&mut self, dt: f32) {
        self.elapsed = (self.elapsed + dt).min(self.seconds);
    }

    pub(crate) fn finish(&mut self) {
        self.elapsed = self.seconds;
    }
}
