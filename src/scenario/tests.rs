// Native only: the library's one test run in the browser is the data parser's
// (src/data/tests/fixtures.rs, `make test-wasm`).
#![cfg(not(target_arch = "wasm32"))]

use super::*;
use crate::data::{shipped, DEFAULT_DATA};
use crate::model::Outlook;

mod edits;
mod pins;
mod properties;
mod queries;

/// The shipped data set's series: Uzbek, then Belarusian statistics.
const UZ: usize = 0;
const BY: usize = 1;

fn decode(query: &str) -> (Scenario, Vec<QueryProblem>) {
    Scenario::from_query(query, shipped())
}

#[test]
fn an_empty_query_is_the_default_scenario() {
    let (s, problems) = decode("");
    assert_eq!(s, Scenario::default());
    assert!(problems.is_empty());
    let r = s.resolve(shipped());
    assert_eq!(r.series, UZ);
    // 2025: ≈ 892.5, derived from "increased by 25 percent" (714 × 1.25).
    assert_eq!(r.assumptions.base_year, 2025);
    // Baseline (892.5 / 262.1)^(1/5) − 1 = 27.77 % rounded to the slider step.
    assert_eq!((r.growth, r.assumptions.exports_pct), (28.0, 28.0));
    assert_eq!(r.assumptions.target, 1000.0);
    assert_eq!(r.assumptions.by_year, 2028);
    assert_eq!(r.assumptions.last_year, 2035);
    assert!(s.to_query_pairs(shipped()).is_empty());
}

#[test]
fn every_key_round_trips() {
    let query = "?series=by&base=2021&growth=12.25&target=2500&by=2031&to=2040";
    let (s, problems) = decode(query);
    assert!(problems.is_empty(), "{problems:?}");
    let r = s.resolve(shipped());
    assert_eq!(r.series, BY);
    assert_eq!(r.assumptions.base_year, 2021);
    assert_eq!(r.assumptions.imports_pct, 12.25);
    assert_eq!(r.assumptions.target, 2500.0);
    assert_eq!(
        (r.assumptions.by_year, r.assumptions.last_year),
        (2031, 2040)
    );
    let written = merge_query("", &s.to_query_pairs(shipped()));
    assert_eq!(written, query);
    assert_eq!(decode(&written).0, s);
}

#[test]
fn values_equal_to_the_defaults_are_not_written() {
    let (s, _) = decode("series=uz&base=2025&growth=28&target=1000&by=2028&to=2035");
    assert!(s.to_query_pairs(shipped()).is_empty());
}

#[test]
fn the_two_billion_target_brings_its_2030_deadline() {
    let (s, _) = decode("target=2000");
    let a = s.resolve(shipped()).assumptions;
    assert_eq!((a.by_year, a.last_year), (2030, 2035));
}

#[test]
fn malformed_values_fall_back_and_are_reported() {
    let (s, problems) = decode(
        "series=xx&base=abc&growth=NaN&target=-&by=soon&to=%ZZ&growth%=1&&=&utter%%nonsense",
    );
    assert_eq!(s, Scenario::default());
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["series", "base", "growth", "target", "by", "to"]);
    assert!(problems.iter().all(|p| p.used.is_none()));
    assert_eq!(
        (problems[0].pair(), problems[0].used.clone()),
        ("series=xx".into(), None)
    );
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let (s, problems) = decode("growth=-150&target=1e12&by=99999&to=-5");
    assert_eq!(s.growth, Some(GROWTH_MIN));
    assert_eq!(s.target, Some(TARGET_RANGE.1));
    assert_eq!((s.by, s.to), (Some(LAST_YEAR_MAX), Some(1990)));
    assert_eq!(problems.len(), 4);
    assert_eq!(
        (problems[0].pair(), problems[0].used.clone()),
        ("growth=-150".into(), Some("-20".into()))
    );
    // The horizon cannot end before the year after the base.
    assert_eq!(s.resolve(shipped()).assumptions.last_year, 2026);
}

#[test]
fn infinite_and_huge_numbers_never_panic() {
    for v in [
        "inf",
        "-inf",
        "1e309",
        "99999999999999999999",
        "0x10",
        " 12 ",
        "١٢",
    ] {
        for key in UrlKey::SCENARIO {
            let (s, _) = decode(&format!("{key}={v}"));
            let _ = s.resolve(shipped());
            let _ = s.to_query_pairs(shipped());
        }
    }
    let (s, _) = decode("growth=%2012%20");
    assert_eq!(s.growth, Some(12.0));
}

#[test]
fn a_base_year_without_a_figure_falls_back() {
    let (s, problems) = decode("series=by&base=2017");
    assert_eq!(s.base, None);
    assert_eq!(problems[0].key, UrlKey::Base);
    assert_eq!(s.resolve(shipped()).assumptions.base_year, 2025);
    // 2017 is a valid Uzbek base year.
    assert_eq!(decode("base=2017").0.base, Some(2017));
}

#[test]
fn the_last_occurrence_of_a_key_wins() {
    assert_eq!(decode("growth=5&growth=7").0.growth, Some(7.0));
}

#[test]
fn a_base_from_the_last_year_on_still_has_a_deadline_and_a_horizon() {
    // Found by the data-file property tests: a file may have figures up to 2100, and a base
    // year from 2060 (LAST_YEAR_MAX) on left no year for the deadline (a panic on load).
    let mut data = shipped().clone();
    for p in &mut data.series[UZ].points {
        p.year += 40;
    }
    let a = Scenario::default().resolve(&data).assumptions;
    assert_eq!((a.base_year, a.by_year, a.last_year), (2065, 2066, 2066));
    assert!(Outlook::compute(data.series(UZ), &a).is_some());
}

#[test]
fn a_deadline_before_the_base_is_moved_after_it() {
    let (s, _) = decode("by=2000");
    assert_eq!(s.resolve(shipped()).assumptions.by_year, 2026);
}

#[test]
fn growth_clamps_and_rounds() {
    assert_eq!(clamp_growth(12.345_6), Some(12.35));
    assert_eq!(clamp_growth(41.0), Some(GROWTH_MAX));
    assert_eq!(clamp_growth(f64::NAN), None);
    assert_eq!(clamp_target(0.0), Some(TARGET_RANGE.0));
}

#[test]
fn a_long_bad_value_is_cut_when_reported() {
    let (_, problems) = decode(&format!("series={}", "x".repeat(5000)));
    assert_eq!(problems[0].value, format!("{}…", "x".repeat(40)));
}

#[test]
fn separate_flow_rates_unlink_and_round_trip() {
    let (s, problems) = decode("exports=20&imports=-5");
    assert!(problems.is_empty());
    assert!(!s.is_linked());
    let r = s.resolve(shipped());
    assert!(!r.linked);
    assert_eq!(
        (r.assumptions.exports_pct, r.assumptions.imports_pct),
        (20.0, -5.0)
    );
    assert_eq!(
        merge_query("", &s.to_query_pairs(shipped())),
        "?exports=20&imports=-5"
    );
    // One flow alone unlinks; the other follows the linked rate.
    let (s, _) = decode("growth=10&imports=30");
    let a = s.resolve(shipped()).assumptions;
    assert_eq!((a.exports_pct, a.imports_pct), (10.0, 30.0));
    let (s, problems) = decode("exports=99&imports=abc");
    assert_eq!(s.exports, Some(GROWTH_MAX));
    assert_eq!(s.imports, None);
    assert_eq!(problems.len(), 2);
}

#[test]
fn linking_and_unlinking_keep_the_rate_in_effect() {
    let mut s = Scenario::default();
    s.set_linked(false, 16.5);
    assert_eq!((s.exports, s.imports), (Some(16.5), Some(16.5)));
    s.exports = Some(30.0);
    s.set_linked(false, 16.5);
    assert_eq!(
        s.exports,
        Some(30.0),
        "unlinking twice keeps the flow rates"
    );
    s.set_linked(true, 16.5);
    assert!(s.is_linked());
}

#[test]
fn the_history_window_sets_the_baseline() {
    let (s, problems) = decode("from=2010");
    assert!(problems.is_empty());
    let r = s.resolve(shipped());
    assert_eq!(r.assumptions.window_from, 2010);
    // (892.5 / 138.5)^(1/15) − 1 = 13.21 % → 13 on the slider's step.
    assert_eq!(r.default_growth, 13.0);
    assert_eq!(r.default_window_from, 2020);
    assert_eq!(merge_query("", &s.to_query_pairs(shipped())), "?from=2010");
    // A window year without a figure, or after the base, is not used.
    let (s, problems) = decode("series=by&from=2017");
    assert_eq!((s.from, problems.len()), (None, 1));
    let (s, _) = decode("base=2018&from=2020");
    assert_eq!(s.resolve(shipped()).assumptions.window_from, 2013);
}

#[test]
fn presets_carry_their_numbers_and_on_track_rounds_up() {
    // From 2024, the last year published outright (not derived).
    let (s, _) = decode("base=2024");
    let r = s.resolve(shipped());
    let series = shipped().series(r.series);
    let needed = growth_needed_of(&r);
    let list = presets(series, &r, needed);
    assert_eq!(list.len(), 3);
    // The baseline: 2019–2024 compound growth, 16.49 % → 16.5 on the slider's step.
    match list[0] {
        Preset::Historical {
            rate,
            exact,
            from,
            to,
        } => {
            assert_eq!((rate, from, to), (16.5, 2019, 2024));
            assert!((exact - 16.49).abs() < 0.01, "{exact}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(list[0].growth(), None, "historical means the baseline");
    // 714 / 654.7 − 1 = 9.06 %.
    assert!(matches!(
        list[1],
        Preset::Momentum {
            from: 2023,
            to: 2024,
            ..
        }
    ));
    assert_eq!(list[1].growth(), Some(9.06));
    // (1000 / 714)^(1/3) − 1 = 11.884 %: rounded up, so that it does reach the target.
    assert_eq!(list[2], Preset::OnTrack { rate: 11.89 });
    assert_eq!(on_track_rate(0.118_801), 11.89);
    assert_eq!(on_track_rate(0.1188), 11.88, "an exact step stays");
    let at_on_track = Scenario {
        growth: list[2].growth(),
        ..s
    }
    .resolve(shipped());
    let o = Outlook::compute(series, &at_on_track.assumptions).unwrap();
    assert_eq!(o.main.reached, Some(at_on_track.assumptions.by_year));
}

/// The growth needed by the deadline of a resolved scenario (a fraction a year).
fn growth_needed_of(r: &Resolved) -> Option<f64> {
    Outlook::compute(shipped().series(r.series), &r.assumptions).and_then(|o| o.main.needed)
}

#[test]
fn a_preset_beyond_the_slider_sets_its_end_and_missing_numbers_drop_a_preset() {
    // Base 2016, the Belarusian series' first year: no earlier figure, so neither a
    // baseline nor momentum.
    let (s, _) = decode("series=by&base=2016&target=100000&by=2017");
    let r = s.resolve(shipped());
    let list = presets(shipped().series(r.series), &r, growth_needed_of(&r));
    assert_eq!(list.len(), 1, "{list:?}");
    // 63.8 → 100,000 in a year: far beyond the slider, which stops at 40 %.
    assert!(list[0].beyond_slider());
    assert_eq!(list[0].growth(), Some(GROWTH_MAX));
}

#[test]
fn a_pinned_scenario_is_resolved_and_projected_with_its_own_target() {
    let (w, _) = Workspace::from_query("pin=name:Slow,growth:5,series:by", shipped());
    let pinned = w.pins[0].project(shipped());
    assert_eq!(pinned.line.label, "Slow");
    assert_eq!(pinned.resolved.series, BY);
    assert_eq!(pinned.line.points.first(), Some(&(2025, 855.0)));
    assert_eq!(pinned.line.points.last().map(|p| p.0), Some(2035));
    // 855 × 1.05 = 897.75 < 1000 ≤ 855 × 1.05⁴: reached in 2029.
    assert_eq!(pinned.check.and_then(|c| c.reached), Some(2029));
}

#[test]
fn the_slider_position_and_typed_years_stay_in_range() {
    assert_eq!(slider_position(GROWTH_MIN), 0.0);
    assert_eq!(slider_position(10.0), 50.0);
    assert_eq!(slider_position(1e6), 100.0);
    assert_eq!(slider_position(-1e6), 0.0);
    assert_eq!(parse_year(" 2031 "), Some(2031));
    assert_eq!(parse_year("1989"), None);
    assert_eq!(parse_year("2061"), None);
    assert_eq!(parse_year("20x1"), None);
}

#[test]
fn resetting_growth_keeps_everything_but_the_rates_and_the_window() {
    let (s, _) = decode("series=by&growth=20&exports=10&imports=5&from=2016&target=2000");
    assert!(!s.has_baseline_growth());
    let reset = s.with_baseline_growth();
    assert!(reset.has_baseline_growth());
    assert_eq!(
        (reset.growth, reset.exports, reset.imports, reset.from),
        (None, None, None, None)
    );
    assert_eq!((reset.series, reset.target), (BY, Some(2000.0)));
    let mut linked = s;
    linked.set_linked_growth(Some(7.5));
    assert!(linked.is_linked() && linked.growth == Some(7.5));
}

#[test]
fn the_changed_settings_are_those_the_link_writes_but_growth() {
    assert!(decode("growth=20").0.changed_settings(shipped()).is_empty());
    let (s, _) = decode("series=by&base=2021&target=2000&growth=10&to=2045");
    assert_eq!(
        s.changed_settings(shipped()),
        [
            Changed::Series(BY),
            Changed::Base(2021),
            Changed::Target {
                value: 2000.0,
                by: 2030
            },
            Changed::Horizon(2045),
        ]
    );
    // A default written out (the $1 billion target, the latest base) is no change.
    assert!(decode("target=1000&base=2025")
        .0
        .changed_settings(shipped())
        .is_empty());
    let (s, _) = decode("exports=10&imports=5&from=2010&by=2031");
    assert_eq!(
        s.changed_settings(shipped()),
        [
            Changed::Rates {
                exports: 10.0,
                imports: 5.0
            },
            Changed::Window(2010),
            Changed::Target {
                value: 1000.0,
                by: 2031
            },
        ]
    );
}
