//! At most one reply per person per window in server channels.
//!
//! Pure: the caller passes the current [`Instant`], so tests need no clock. Only user ids and
//! instants are kept, in memory, and entries older than the window are dropped as the map grows.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Prune stale entries once the map holds this many.
const PRUNE_AT: usize = 1024;

#[derive(Debug)]
pub struct Cooldown {
    window: Duration,
    last: HashMap<u64, Instant>,
}

impl Cooldown {
    /// A zero window turns the cooldown off.
    pub fn new(window: Duration) -> Cooldown {
        Cooldown {
            window,
            last: HashMap::new(),
        }
    }

    pub fn window(&self) -> Duration {
        self.window
    }

    /// Takes the user's turn: `Ok` (and the window starts again) when the last reply to them is at
    /// least a window old, else `Err` with how long they have left to wait.
    pub fn take(&mut self, user: u64, now: Instant) -> Result<(), Duration> {
        if self.window.is_zero() {
            return Ok(());
        }
        if let Some(&last) = self.last.get(&user) {
            let since = now.saturating_duration_since(last);
            if since < self.window {
                return Err(self.window - since);
            }
        }
        if self.last.len() >= PRUNE_AT {
            let window = self.window;
            self.last
                .retain(|_, t| now.saturating_duration_since(*t) < window);
        }
        self.last.insert(user, now);
        Ok(())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.last.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn second_reply_within_the_window_is_held_back() {
        let t0 = Instant::now();
        let mut c = Cooldown::new(10 * S);
        assert_eq!(c.take(1, t0), Ok(()));
        assert_eq!(c.take(1, t0 + 3 * S), Err(7 * S));
        assert_eq!(c.take(1, t0 + 10 * S), Ok(()));
        assert_eq!(
            c.take(1, t0 + 11 * S),
            Err(9 * S),
            "the window restarts at the last reply"
        );
    }

    #[test]
    fn users_are_independent() {
        let t0 = Instant::now();
        let mut c = Cooldown::new(10 * S);
        assert!(c.take(1, t0).is_ok());
        assert!(c.take(2, t0).is_ok());
        assert!(c.take(1, t0 + S).is_err());
    }

    #[test]
    fn zero_window_is_off() {
        let t0 = Instant::now();
        let mut c = Cooldown::new(Duration::ZERO);
        assert!(c.take(1, t0).is_ok());
        assert!(c.take(1, t0).is_ok());
    }

    #[test]
    fn stale_entries_are_pruned() {
        let t0 = Instant::now();
        let mut c = Cooldown::new(S);
        for u in 0..PRUNE_AT as u64 {
            c.take(u, t0).unwrap();
        }
        c.take(u64::MAX, t0 + 2 * S).unwrap();
        assert_eq!(c.len(), 1);
    }
}
