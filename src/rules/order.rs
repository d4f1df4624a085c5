//! One small stable sort for the short lists of the rules core and the journey (a few
//! hundred entries at most: countries, treaty rows, holidays, reasons, search hits).
//! The standard library's sorts are fast on large inputs but each call site with its own
//! element type compiles a fresh copy of several kilobytes into the browser build; this
//! binary insertion sort is a few hundred bytes per type and as stable as `sort_by_key`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order (stable).
/// O(n log n) comparisons and O(n²) moves, which is nothing for the lists it is used on.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let (sorted, rest) = items.split_at(i);
        // After every equal item already placed: stability.
        let at = sorted.partition_point(|x| compare(x, &rest[0]) != Ordering::Greater);
        items[at..=i].rotate_right(1);
    }
}

/// Sorts `items` by a key, stable (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (like `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

// Native only: proptest is a native dev-dependency (the wasm test build has none).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sorts_like_sort(v in proptest::collection::vec(any::<i32>(), 0..300)) {
            let mut ours = v.clone();
            let mut std = v;
            sort(&mut ours);
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn empty_and_single() {
        let mut none: [u8; 0] = [];
        sort(&mut none);
        let mut one = [7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }
}
