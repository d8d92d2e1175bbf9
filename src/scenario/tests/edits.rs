//! The reader's changes (`edits.rs`): what each control sends, and what it may not do.

use super::*;

#[test]
fn choosing_a_known_target_clears_a_typed_deadline() {
    let mut s = Scenario::default();
    s.type_deadline("2040");
    assert_eq!(s.by, Some(2040));
    s.choose_known_target(2000.0);
    assert_eq!((s.target, s.by), (Some(2000.0), None));
    // The $2 billion target's own deadline applies again.
    assert_eq!(s.resolve(shipped()).assumptions.by_year, 2030);
}

#[test]
fn a_typed_target_is_clamped_and_text_is_ignored() {
    let mut s = Scenario::default();
    s.type_target(" 1500.5 ");
    assert_eq!(s.target, Some(1500.5));
    s.type_target("a lot");
    assert_eq!(s.target, Some(1500.5));
    s.type_target("0");
    assert_eq!(s.target, Some(TARGET_RANGE.0));
    s.type_target("1e9");
    assert_eq!(s.target, Some(TARGET_RANGE.1));
}

#[test]
fn typed_years_outside_the_range_change_nothing() {
    let mut s = Scenario::default();
    s.type_deadline("2031");
    s.type_horizon("2045");
    for typed in ["1800", "3000", "20.5", "", "next year"] {
        s.type_deadline(typed);
        s.type_horizon(typed);
    }
    assert_eq!((s.by, s.to), (Some(2031), Some(2045)));
}

#[test]
fn series_base_and_window_come_from_their_lists() {
    let mut s = Scenario::default();
    s.choose_series("by", shipped());
    assert_eq!(s.series, BY);
    s.choose_series("nowhere", shipped());
    assert_eq!(s.series, BY);
    s.choose_base("2022");
    s.choose_window("2019");
    assert_eq!((s.base, s.from), (Some(2022), Some(2019)));
    s.choose_base("");
    assert_eq!(s.base, Some(2022));
}

#[test]
fn the_window_offers_the_years_before_the_base_with_a_turnover() {
    let series = shipped().series(UZ);
    let base = series.latest_turnover_year().unwrap();
    let years = window_years(series, base);
    assert!(!years.is_empty());
    assert!(years.windows(2).all(|w| w[0] < w[1]));
    assert!(years.iter().all(|y| *y < base && series.has_turnover(*y)));
    // A window year the list does not offer is not used.
    let s = Scenario {
        from: Some(base),
        ..Scenario::default()
    };
    assert_ne!(s.resolve(shipped()).assumptions.window_from, base);
    // Base years: newest first, each with a turnover.
    let bases = base_years(series);
    assert_eq!(bases.first(), Some(&base));
    assert!(bases.windows(2).all(|w| w[0] > w[1]));
}

#[test]
fn a_typed_growth_is_clamped_to_the_slider() {
    assert_eq!(typed_growth("12.5"), Some(12.5));
    assert_eq!(typed_growth("1000"), Some(GROWTH_MAX));
    assert_eq!(typed_growth("-1000"), Some(GROWTH_MIN));
    assert_eq!(typed_growth("NaN"), None);
    assert_eq!(typed_growth("fast"), None);
}

#[test]
fn pins_are_removed_and_restored_within_the_limit() {
    let mut w = Workspace::default();
    assert!(w.can_pin());
    for name in ["a", "b", "c"] {
        w.pin_current(name, "x");
    }
    assert!(!w.can_pin());
    w.unpin(7);
    assert_eq!(w.pins.len(), 3);
    w.unpin(1);
    let names: Vec<&str> = w.pins.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["a", "c"]);
    let offered = vec![w.pins[0].clone(); MAX_PINS + 2];
    w.restore(offered);
    assert_eq!(w.pins.len(), MAX_PINS);
}

#[test]
fn the_settings_alone_leave_the_slider_at_its_default() {
    let (s, _) = Scenario::from_query("growth=25&target=2000&by=2031&exports=5", shipped());
    let settings = s.settings_only();
    assert_eq!(settings.growth, None);
    assert_eq!(
        (settings.target, settings.by, settings.exports),
        (s.target, s.by, s.exports)
    );
    let (a, b) = (
        s.resolve(shipped()).assumptions,
        settings.resolve(shipped()).assumptions,
    );
    assert_eq!(
        (a.target, a.by_year, a.last_year, a.base_year),
        (b.target, b.by_year, b.last_year, b.base_year)
    );
}
