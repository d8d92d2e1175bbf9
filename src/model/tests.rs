use super::*;
use crate::data::{dataset, SeriesId};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn uz() -> &'static Series {
    dataset().series(SeriesId::Uz)
}

fn by() -> &'static Series {
    dataset().series(SeriesId::By)
}

fn assumptions(base_year: i32, growth_pct: f64) -> Assumptions {
    Assumptions {
        base_year,
        growth_pct,
        target: 1000.0,
        by_year: base_year + 3,
        last_year: 2035,
    }
}

#[test]
fn projection_compounds_each_flow_from_the_base() {
    let base = Base::of(uz(), 2023).unwrap();
    let p = project(&base, 0.10, 2025);
    assert_eq!(p.len(), 3);
    assert_eq!(p[0].turnover, 525.8 + 128.9);
    // 2025 = 2023 × 1.1²: exports 525.8 × 1.21 = 636.218, imports 128.9 × 1.21 = 155.969.
    assert!(close(p[2].exports.unwrap(), 636.218, 1e-9));
    assert!(close(p[2].imports.unwrap(), 155.969, 1e-9));
    assert!(close(p[2].turnover, 792.187, 1e-9));
}

#[test]
fn a_base_without_split_projects_turnover_alone() {
    let base = Base::of(uz(), 2024).unwrap();
    assert_eq!(base.split, None);
    let p = project(&base, 0.2, 2026);
    assert_eq!(p[2].exports, None);
    assert!(close(p[2].turnover, 714.0 * 1.44, 1e-9));
}

#[test]
fn uzbek_default_reaches_one_billion_in_2027() {
    // By hand: 714 × 1.165² = 969.05 < 1000 ≤ 714 × 1.165³ = 1128.94.
    let o = Outlook::compute(uz(), &assumptions(2024, 16.5)).unwrap();
    assert_eq!(o.target_year, Some(2027));
    // (1000 / 714)^(1/3) − 1 = 0.11883…
    assert!(close(o.required_rate.unwrap(), 0.118_83, 1e-5));
}

#[test]
fn belarusian_base_2025_needs_5_4_pct_for_one_billion_by_2028() {
    // (1000 / 855)^(1/3) − 1 = 0.05361…; at 25 %: 855 × 1.25 = 1068.75 ≥ 1000 → 2026.
    let o = Outlook::compute(by(), &assumptions(2025, 25.0)).unwrap();
    assert_eq!(o.target_year, Some(2026));
    assert!(close(o.required_rate.unwrap(), 0.053_61, 1e-5));
    assert_eq!(o.base.split.unwrap().exports, 686.0);
}

#[test]
fn zero_and_negative_growth_never_reach_a_higher_target() {
    for g in [0.0, -5.0, -20.0] {
        let o = Outlook::compute(uz(), &assumptions(2024, g)).unwrap();
        assert_eq!(o.target_year, None, "growth {g}");
        assert!(o
            .projection
            .windows(2)
            .all(|w| w[1].turnover <= w[0].turnover));
    }
}

#[test]
fn growth_at_or_below_minus_100_pct_wipes_out_but_never_goes_negative() {
    assert_eq!(grow(500.0, -1.0, 0), 500.0);
    assert_eq!(grow(500.0, -1.0, 1), 0.0);
    assert_eq!(grow(500.0, -3.0, 2), 0.0);
    assert!(close(grow(500.0, -0.5, 2), 125.0, 1e-12));
}

#[test]
fn a_target_already_reached_is_reached_in_the_base_year() {
    let mut a = assumptions(2025, -10.0);
    a.target = 800.0;
    let o = Outlook::compute(by(), &a).unwrap();
    assert_eq!(o.target_year, Some(2025));
    // Growth needed is negative: the target is met even with a decline.
    assert!(o.required_rate.unwrap() < 0.0);
}

#[test]
fn a_horizon_before_the_base_leaves_only_what_the_base_says() {
    let mut a = assumptions(2024, 30.0);
    a.last_year = 2020;
    let o = Outlook::compute(uz(), &a).unwrap();
    assert!(o.projection.is_empty());
    assert_eq!(o.target_year, None);
}

#[test]
fn growth_needed_is_undefined_without_years_or_values() {
    assert_eq!(growth_needed(714.0, 2024, 1000.0, 2024), None);
    assert_eq!(growth_needed(714.0, 2024, 1000.0, 2020), None);
    assert_eq!(growth_needed(0.0, 2024, 1000.0, 2030), None);
    // 2× in 1 year is +100 %.
    assert!(close(
        growth_needed(500.0, 2024, 1000.0, 2025).unwrap(),
        1.0,
        1e-12
    ));
}

#[test]
fn a_missing_base_value_gives_no_outlook() {
    assert_eq!(Outlook::compute(by(), &assumptions(2017, 10.0)), None);
}

#[test]
fn baseline_uses_five_years_before_the_base() {
    // UZ 2019 → 2024: (714 / 332.8)^(1/5) − 1 = 0.16494…
    let b = baseline(uz(), 2024).unwrap();
    assert_eq!((b.from, b.to), (2019, 2024));
    assert!(close(b.rate, 0.164_94, 1e-5));
    // BY 2020 → 2025: (855 / 280.1)^(1/5) − 1 = 0.25006…
    let b = baseline(by(), 2025).unwrap();
    assert_eq!((b.from, b.to), (2020, 2025));
    assert!(close(b.rate, 0.250_06, 1e-5));
}

#[test]
fn baseline_falls_back_to_the_first_year_or_none() {
    // BY 2019: nothing 5 years earlier, first year 2016: (239 / 63.8)^(1/3) − 1.
    let b = baseline(by(), 2019).unwrap();
    assert_eq!(b.from, 2016);
    assert!(close(
        b.rate,
        (239.0f64 / 63.8).powf(1.0 / 3.0) - 1.0,
        1e-12
    ));
    assert_eq!(baseline(by(), 2016), None);
    assert_eq!(compound_growth(by(), 2017, 2020), None);
}
