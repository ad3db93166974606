//! Two pieces of loading work at once, when the machine has a second core.

use std::sync::OnceLock;

/// Whether a second thread can run beside this one.
fn two_cores() -> bool {
    static TWO: OnceLock<bool> = OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}

/// Runs `a` on this thread and `b` on a second one (one after the other on a single core), and
/// returns both results.
pub fn join<RA, RB>(a: impl FnOnce() -> RA, b: impl FnOnce() -> RB + Send) -> (RA, RB)
where
    RB: Send,
{
    if !two_cores() {
        return (a(), b());
    }
    std::thread::scope(|s| {
        let other = s.spawn(b);
        let ra = a();
        let rb = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (ra, rb)
    })
}

/// Drops `value` on a thread of its own when there is a second core, without waiting for it:
/// freeing large parsed structures takes milliseconds that need not hold up loading. (When no
/// thread can be started, the value is dropped here, as it is on a single core.)
pub fn drop_in_background<T: Send + 'static>(value: T) {
    if two_cores() {
        let _detached = std::thread::Builder::new().spawn(move || drop(value));
    }
}

/// `items` cut in two where the weights on either side are about equal.
pub fn halves<T>(items: &[T], weight: impl Fn(&T) -> usize) -> (&[T], &[T]) {
    split(items, weight, 0.5)
}

/// `items` cut in two where the first part holds about `share` (0 to 1) of the weight.
pub fn split<T>(items: &[T], weight: impl Fn(&T) -> usize, share: f64) -> (&[T], &[T]) {
    let total: usize = items.iter().map(&weight).sum();
    let target = total as f64 * share.clamp(0.0, 1.0);
    let mut sum = 0;
    let cut = items
        .iter()
        .position(|t| {
            sum += weight(t);
            sum as f64 >= target
        })
        .map_or(items.len(), |i| i + 1);
    items.split_at(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_balance_the_weights_and_keep_the_order() {
        let (a, b) = halves(&[5, 1, 1, 1, 1, 1], |&w| w);
        assert_eq!((a, b), (&[5][..], &[1, 1, 1, 1, 1][..]));
        let (a, b) = halves(&[1, 1, 1, 1], |&w| w);
        assert_eq!((a, b), (&[1, 1][..], &[1, 1][..]));
        let (a, b) = halves::<u8>(&[], |&w| w.into());
        assert!(a.is_empty() && b.is_empty());
        let (a, b) = split(&[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], |&w| w, 0.3);
        assert_eq!((a.len(), b.len()), (3, 7));
    }

    #[test]
    fn join_returns_both_results_in_order() {
        assert_eq!(join(|| 1, || "two"), (1, "two"));
    }
}
