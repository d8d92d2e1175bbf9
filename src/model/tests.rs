use super::*;
use crate::data::shipped;

mod properties;

/// The shipped data set's series: Uzbek, then Belarusian statistics.
const UZ: usize = 0;
const BY: usize = 1;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn uz() -> &'static Series {
    shipped().series(UZ)
}

fn by() -> &'static Series {
    shipped().series(BY)
}

/// The shipped data's usual test scenario: one rate for both flows from `base_year`,
/// $1 billion three years on, the horizon 2035, five years of history.
pub(crate) fn assumptions(base_year: i32, growth_pct: f64) -> Assumptions {
    Assumptions {
        base_year,
        exports_pct: growth_pct,
        imports_pct: growth_pct,
        target: 1000.0,
        by_year: base_year + 3,
        last_year: 2035,
        window_from: base_year - 5,
    }
}

#[test]
fn projection_compounds_each_flow_from_the_base() {
    let base = Base::of(uz(), 2023).unwrap();
    let p = project(&base, Rates::linked(0.10), 2025);
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
    let p = project(&base, Rates::linked(0.2), 2026);
    assert_eq!(p[2].exports, None);
    assert!(close(p[2].turnover, 714.0 * 1.44, 1e-9));
}

#[test]
fn uzbek_default_reaches_one_billion_in_2027() {
    // By hand: 714 × 1.165² = 969.05 < 1000 ≤ 714 × 1.165³ = 1128.94.
    let o = Outlook::compute(uz(), &assumptions(2024, 16.5)).unwrap();
    assert_eq!(o.main.reached, Some(2027));
    // (1000 / 714)^(1/3) − 1 = 0.11883…
    assert!(close(o.main.needed.unwrap(), 0.118_83, 1e-5));
}

#[test]
fn belarusian_base_2025_needs_5_4_pct_for_one_billion_by_2028() {
    // (1000 / 855)^(1/3) − 1 = 0.05361…; at 25 %: 855 × 1.25 = 1068.75 ≥ 1000 → 2026.
    let o = Outlook::compute(by(), &assumptions(2025, 25.0)).unwrap();
    assert_eq!(o.main.reached, Some(2026));
    assert!(close(o.main.needed.unwrap(), 0.053_61, 1e-5));
    assert_eq!(o.base.split.unwrap().exports, 686.0);
}

#[test]
fn zero_and_negative_growth_never_reach_a_higher_target() {
    for g in [0.0, -5.0, -20.0] {
        let o = Outlook::compute(uz(), &assumptions(2024, g)).unwrap();
        assert_eq!(o.main.reached, None, "growth {g}");
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
    assert_eq!(o.main.reached, Some(2025));
    // Growth needed is negative: the target is met even with a decline.
    assert!(o.main.needed.unwrap() < 0.0);
}

#[test]
fn a_horizon_before_the_base_leaves_only_what_the_base_says() {
    let mut a = assumptions(2024, 30.0);
    a.last_year = 2020;
    let o = Outlook::compute(uz(), &a).unwrap();
    assert!(o.projection.is_empty());
    assert_eq!(o.main.reached, None);
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
fn the_growth_needed_starts_where_the_projection_starts() {
    // Found by the model property tests: Uzbek 2013's parts, 173.6 + 19.6 = 193.2, are 0.1
    // short of its turnover, 193.3 (the rounding the rules allow). The projection starts
    // from the parts, the growth needed was computed from the turnover: at the "on track"
    // rate, the target was reached a year after its deadline.
    let mut a = assumptions(2013, 0.0);
    let needed = Outlook::compute(uz(), &a).unwrap().main.needed.unwrap();
    a.exports_pct = crate::scenario::on_track_rate(needed);
    a.imports_pct = a.exports_pct;
    let o = Outlook::compute(uz(), &a).unwrap();
    assert_eq!(
        (o.projection[0].turnover, o.main.reached),
        (193.2, Some(2016))
    );
}

#[test]
fn a_missing_base_value_gives_no_outlook() {
    assert_eq!(Outlook::compute(by(), &assumptions(2017, 10.0)), None);
}

#[test]
fn baseline_uses_five_years_before_the_base() {
    // UZ 2019 → 2024: (714 / 332.8)^(1/5) − 1 = 0.16494…
    assert_eq!(default_window_start(uz(), 2024), Some(2019));
    let b = baseline(uz(), 2019, 2024).unwrap();
    assert_eq!((b.from, b.to), (2019, 2024));
    assert!(close(b.rate, 0.164_94, 1e-5));
    // BY 2020 → 2025: (855 / 280.1)^(1/5) − 1 = 0.25006…
    assert_eq!(default_window_start(by(), 2025), Some(2020));
    let b = baseline(by(), 2020, 2025).unwrap();
    assert!(close(b.rate, 0.250_06, 1e-5));
    // A window the reader picks: UZ 2010 → 2024: (714 / 138.5)^(1/14) − 1.
    let b = baseline(uz(), 2010, 2024).unwrap();
    assert!(close(
        b.rate,
        (714.0f64 / 138.5).powf(1.0 / 14.0) - 1.0,
        1e-12
    ));
}

#[test]
fn the_window_falls_back_to_the_first_year_or_none() {
    // BY 2019: nothing 5 years earlier, first year 2016: (239 / 63.8)^(1/3) − 1.
    assert_eq!(default_window_start(by(), 2019), Some(2016));
    let b = baseline(by(), 2016, 2019).unwrap();
    assert!(close(
        b.rate,
        (239.0f64 / 63.8).powf(1.0 / 3.0) - 1.0,
        1e-12
    ));
    assert_eq!(default_window_start(by(), 2016), None);
    assert_eq!(compound_growth(by(), 2017, 2020), None);
}

#[test]
fn momentum_is_the_latest_year_on_year_change() {
    // UZ 2024 / 2023: 714 / 654.7 − 1 = 0.090576…
    let (year, g) = momentum(uz(), 2024).unwrap();
    assert_eq!(year, 2024);
    assert!(close(g, 714.0 / 654.7 - 1.0, 1e-12));
    // BY 2018 has no 2017 figure.
    assert_eq!(momentum(by(), 2018), None);
}

#[test]
fn unlinked_rates_grow_each_flow_on_its_own() {
    let base = Base::of(uz(), 2023).unwrap();
    let rates = Rates {
        exports: 0.10,
        imports: 0.50,
    };
    let p = project(&base, rates, 2024);
    assert!(close(p[1].exports.unwrap(), 525.8 * 1.1, 1e-9));
    assert!(close(p[1].imports.unwrap(), 128.9 * 1.5, 1e-9));
    assert!(close(p[1].turnover, 525.8 * 1.1 + 128.9 * 1.5, 1e-9));
}

#[test]
fn a_base_without_split_is_split_by_the_latest_shares_when_unlinked() {
    // UZ 2024 has no split; 2023's exports share is 525.8 / 654.7.
    let base = Base::of(uz(), 2024).unwrap();
    let (year, share) = base.share.unwrap();
    assert_eq!(year, 2023);
    assert!(close(share, 525.8 / 654.7, 1e-12));
    assert_eq!(
        base.split_for(Rates::linked(0.1)),
        None,
        "linked: turnover alone"
    );
    let rates = Rates {
        exports: 0.0,
        imports: 1.0,
    };
    let p = project(&base, rates, 2025);
    let exports = 714.0 * share;
    assert!(close(p[1].exports.unwrap(), exports, 1e-9));
    assert!(close(p[1].imports.unwrap(), (714.0 - exports) * 2.0, 1e-9));
}

#[test]
fn volatility_of_log_changes_matches_a_hand_computation() {
    // UZ 2019–2024: ln(262.1/332.8), ln(378.8/262.1), ln(540.4/378.8), ln(654.7/540.4),
    // ln(714/654.7); sample sd = 0.248343 (computed by hand with Python's statistics).
    let changes = log_changes(uz(), 2019, 2024);
    assert_eq!(changes.len(), 5);
    assert!(close(changes[0], (262.1f64 / 332.8).ln(), 1e-12));
    assert!(close(sample_sd(&changes).unwrap(), 0.248_343, 1e-6));
    assert_eq!(sample_sd(&[0.1]), None);
    // BY 2016–2019 has one consecutive pair only (2018 → 2019).
    assert_eq!(log_changes(by(), 2016, 2019).len(), 1);
}

#[test]
fn the_normal_cdf_matches_tables() {
    assert!(close(normal_cdf(0.0), 0.5, 1e-9));
    assert!(close(normal_cdf(1.959_964), 0.975, 2e-7));
    assert!(close(normal_cdf(-1.0), 0.158_655_25, 2e-7));
    assert!(close(normal_cdf(8.0), 1.0, 1e-9));
}

#[test]
fn fan_bands_widen_with_the_square_root_of_time() {
    let o = Outlook::compute(uz(), &assumptions(2024, 16.5)).unwrap();
    let fan = o.fan.as_ref().unwrap();
    assert_eq!(fan.changes, 5);
    let band80 = fan.bands.iter().find(|b| b.level == 0.8).unwrap();
    // n = 0: no spread; n = 1: 714 × 1.165 × exp(∓1.28155 σ) = 605.07 … 1143.52.
    assert_eq!(band80.edges[0], (2024, 714.0, 714.0));
    let (year, low, high) = band80.edges[1];
    assert_eq!(year, 2025);
    assert!(close(low, 605.07, 0.01) && close(high, 1143.52, 0.01));
    let (_, low4, high4) = band80.edges[4];
    let central4 = o.projection[4].turnover;
    assert!(close(
        (high4 / central4).ln(),
        2.0 * (high / (714.0 * 1.165)).ln(),
        1e-4
    ));
    assert!(
        close(low4 * high4, central4 * central4, 1e-6),
        "symmetric in logs"
    );
}

#[test]
fn chance_of_reaching_the_target_by_the_deadline() {
    // Central 2027 value 714 × 1.165³ = 1128.95; z = ln(1000/1128.95) / (σ √3) = −0.28198;
    // P = 1 − Φ(z) = 0.61102.
    let o = Outlook::compute(uz(), &assumptions(2024, 16.5)).unwrap();
    assert!(close(o.chance.unwrap(), 0.611_02, 1e-4));
    assert!(close(o.main.value_at_deadline, 1128.953, 1e-3));
    let fan = o.fan.unwrap();
    assert_eq!(fan.chance(900.0, 1000.0, 0), 0.0);
    assert_eq!(fan.chance(1000.0, 1000.0, 0), 1.0);
}

#[test]
fn backtest_compares_the_projection_with_later_actuals() {
    let o = Outlook::compute(uz(), &assumptions(2021, 10.0)).unwrap();
    let years: Vec<i32> = o.backtest.iter().map(|b| b.year).collect();
    assert_eq!(years, [2022, 2023, 2024, 2025]);
    let last = o.backtest[2];
    // 2024 from 2021 at 10 %: 378.8 × 1.331 = 504.18 (split flows grow alike).
    assert!(close(last.projected, 378.8 * 1.331, 1e-6));
    assert_eq!(last.actual, 714.0);
    assert!(close(
        last.error_share(),
        378.8 * 1.331 / 714.0 - 1.0,
        1e-12
    ));
}

#[test]
fn target_checks_report_the_gap_at_the_deadline() {
    let o = Outlook::compute(uz(), &assumptions(2024, 10.0)).unwrap();
    let check = o.check(2000.0, 2030);
    // 714 × 1.1⁶ = 1264.89: short by 735.11, 36.76 % of the target.
    assert!(close(check.value_at_deadline, 714.0 * 1.1f64.powi(6), 1e-9));
    assert!(close(check.gap(), 2000.0 - 714.0 * 1.1f64.powi(6), 1e-9));
    assert!(close(check.gap_share(), check.gap() / 2000.0, 1e-12));
    assert!(close(
        check.needed.unwrap(),
        (2000.0f64 / 714.0).powf(1.0 / 6.0) - 1.0,
        1e-12
    ));
}

#[test]
fn each_target_is_checked_at_the_deadline_that_applies_to_it() {
    let targets = &shipped().targets;
    let a = Assumptions {
        by_year: 2028,
        ..assumptions(2024, 10.0)
    };
    let o = Outlook::compute(uz(), &a).unwrap();
    let rows = target_rows(&o, targets, &a);
    // $1 billion names no deadline and is the scenario's target: the scenario's 2028.
    // $2 billion by 2030 keeps its own.
    let deadlines: Vec<i32> = rows.iter().map(|r| r.check.by_year).collect();
    assert_eq!(deadlines, [2028, 2030]);
    assert!(
        rows.iter().all(|r| r.target.is_some()),
        "no row of the reader's own"
    );
    // Another target: the $1 billion row falls back to base + 3; "your target" is added.
    let a = Assumptions {
        target: 1500.0,
        ..a
    };
    let o = Outlook::compute(uz(), &a).unwrap();
    let rows = target_rows(&o, targets, &a);
    let deadlines: Vec<i32> = rows.iter().map(|r| r.check.by_year).collect();
    assert_eq!(deadlines, [2024 + DEFAULT_DEADLINE_YEARS, 2030, 2028]);
    assert!(rows[2].target.is_none());
    assert_eq!(rows[2].check, o.main);
    // A deadline not after the base year is replaced by base + 3.
    assert_eq!(default_deadline(Some(2030), 2031), 2034);
    assert_eq!(default_deadline(None, 2024), 2027);
}
