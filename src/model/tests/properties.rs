//! The projection tried on any base and rates: every real base (each year with a
//! turnover of every series of the shipped data and the synthetic pair) and made-up ones
//! (turnover of any size, with or without a published split, rounded or not, with or
//! without an earlier year's shares). The projected turnover never falls when a growth
//! rate rises, in any year; the growth needed by a deadline reaches the target by then
//! (the read-out's "must grow X% a year" and the "on track" preset's rate), and a rate
//! 0.1 percentage point below it does not, in any year up to the deadline.

use super::*;
use crate::scenario::on_track_rate;
use crate::test_cases::cases;
use proptest::prelude::*;

/// Every base the two data sets give: each series, each year with a turnover.
fn real_bases() -> Vec<Base> {
    let synthetic = include_str!("../../../tests/data/synthetic-pair.json");
    let synthetic = crate::data::parse("synthetic-pair.json", synthetic).unwrap();
    let data = [shipped(), &synthetic];
    let series = data.into_iter().flat_map(|d| d.series.iter());
    series
        .flat_map(|s| s.turnover_years().filter_map(|y| Base::of(s, y)))
        .collect()
}

/// A base: a real one, or made up (turnover from 0.001 to a million; a published split
/// whose parts sum to the turnover to within 0.1 either way, as the rules allow, or
/// none; an earlier year's exports share, or none).
fn base() -> impl Strategy<Value = Base> {
    let made_up = (
        1990..2060i32,
        prop_oneof![1e-3..1.0f64, 1.0..1e6f64],
        prop::option::of((0.0..=1.0f64, -0.1..=0.1f64)),
        prop::option::of(0.0..=1.0f64),
    )
        .prop_map(|(year, turnover, split, share)| Base {
            year,
            turnover,
            split: split.map(|(share, rounding)| Split {
                exports: turnover * share,
                imports: (turnover * (1.0 - share) + rounding).max(0.0),
            }),
            share: share.map(|share| (year - 1, share)),
        });
    prop_oneof![prop::sample::select(real_bases()), made_up]
}

/// A growth rate, a fraction a year: the slider's −20 % to 40 %, or far beyond
/// (below −100 % a flow is wiped out).
fn rate() -> impl Strategy<Value = f64> {
    prop_oneof![3 => -0.2..=0.4f64, 1 => -1.5..=3.0f64]
}

/// `a` at most `b`, to a relative 1e-12 (the two sides are computed in different orders).
fn at_most(a: f64, b: f64) -> bool {
    a <= b + 1e-12 * b.abs().max(1.0)
}

/// The outlook of `base` at `rates` to `last_year`, as `Outlook::compute` makes it.
fn outlook(base: Base, rates: Rates, last_year: i32) -> Outlook {
    let projection = project(&base, rates, last_year);
    let main = TargetCheck {
        target: 1.0,
        by_year: last_year,
        reached: None,
        needed: None,
        value_at_deadline: base.turnover,
    };
    Outlook {
        base,
        rates,
        projection,
        main,
        fan: None,
        chance: None,
        backtest: Vec::new(),
    }
}

proptest! {
    #![proptest_config(cases(512))]

    /// One rate for both flows: a higher rate never gives a lower turnover, in any year.
    #[test]
    fn turnover_rises_with_the_linked_growth_rate_in_every_year(
        base in base(),
        (low, high) in (rate(), rate()).prop_map(|(a, b)| (a.min(b), a.max(b))),
        years in 0..60i32,
    ) {
        let last = base.year + years;
        let lower = project(&base, Rates::linked(low), last);
        let higher = project(&base, Rates::linked(high), last);
        prop_assert_eq!(lower.len(), higher.len());
        for (l, h) in lower.iter().zip(&higher) {
            prop_assert!(at_most(l.turnover, h.turnover), "{}: {} > {}", l.year, l.turnover, h.turnover);
        }
    }

    /// Separate rates: a higher rate for either flow, the other's kept, never gives a lower
    /// turnover, in any year (also where the two rates meet and the split is no longer
    /// derived).
    #[test]
    fn turnover_rises_with_either_flows_growth_rate_in_every_year(
        base in base(),
        (low, high) in (rate(), rate()).prop_map(|(a, b)| (a.min(b), a.max(b))),
        other in prop_oneof![rate(), Just(0.1)],
        years in 0..60i32,
    ) {
        let last = base.year + years;
        for (lower, higher) in [
            (Rates { exports: low, imports: other }, Rates { exports: high, imports: other }),
            (Rates { exports: other, imports: low }, Rates { exports: other, imports: high }),
        ] {
            let lower = project(&base, lower, last);
            let higher = project(&base, higher, last);
            for (l, h) in lower.iter().zip(&higher) {
                prop_assert!(at_most(l.turnover, h.turnover), "{}: {} > {}", l.year, l.turnover, h.turnover);
            }
        }
    }

    /// The growth needed to reach a target by a deadline reaches it by then (to a relative
    /// 1e-9, and rounded up to 0.01 % as the "on track" preset sets it); 0.1 percentage
    /// point less reaches it in no year up to the deadline when the base is below it. So
    /// any rate reaches it by the deadline exactly when it is at least the growth needed
    /// (outside 1e-9 of it, where rounding decides).
    #[test]
    fn the_growth_needed_reaches_the_target_by_the_deadline_and_no_less_does(
        base in base(),
        target in prop_oneof![1e-3..1e6f64, 500.0..3000.0f64],
        years in 1..40i32,
        any_rate in rate(),
    ) {
        let deadline = base.year + years;
        let check = |growth: f64| outlook(base, Rates::linked(growth), deadline).check(target, deadline);
        let needed = check(0.0).needed.unwrap();
        for growth in [needed + 1e-9 * (1.0 + needed), on_track_rate(needed) / 100.0] {
            let reached = check(growth).reached;
            prop_assert!(reached.is_some_and(|y| y <= deadline), "at {}: {:?}", growth, reached);
        }
        if base.start() < target {
            let reached = check(needed - 1e-3).reached;
            prop_assert_eq!(reached, None, "at {}", needed - 1e-3);
            if (any_rate - needed).abs() > 1e-9 * (1.0 + needed) {
                let by_deadline = check(any_rate).reached.is_some();
                prop_assert_eq!(by_deadline, any_rate > needed, "at {} (needed {})", any_rate, needed);
            }
        }
    }
}
