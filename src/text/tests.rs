use super::*;
use crate::data::{dataset, SeriesId};
use crate::scenario::Scenario;

fn outlook_for(query: &str) -> (Assumptions, Outlook, &'static Series) {
    let (s, _) = Scenario::from_query(query, dataset());
    let r = s.resolve(dataset());
    let series = dataset().series(r.series);
    let o = Outlook::compute(series, &r.assumptions).unwrap();
    (r.assumptions, o, series)
}

#[test]
fn default_read_outs_answer_both_questions() {
    let (a, o, _) = outlook_for("");
    assert_eq!(
        reached(&a, o.target_year),
        "At 16.5% a year, turnover reaches $1 billion in 2027."
    );
    assert_eq!(
        required(&a, o.required_rate),
        "To reach $1 billion by 2027, turnover must grow 11.88% a year."
    );
}

#[test]
fn not_reached_and_already_reached_read_differently() {
    let (a, o, _) = outlook_for("growth=-3");
    assert_eq!(
        reached(&a, o.target_year),
        "At -3% a year, turnover does not reach $1 billion by 2035."
    );
    let (a, o, _) = outlook_for("target=500");
    assert!(reached(&a, o.target_year).contains("already at or above $500 million in 2024"));
    assert!(required(&a, o.required_rate).contains("still be at or above"));
}

#[test]
fn the_base_read_out_names_kind_and_source() {
    let (_, o, series) = outlook_for("series=by&base=2024");
    let text = base(dataset(), series, &o);
    assert!(text.starts_with("Base year 2024: turnover > $630 million (lower bound), news.by"));
    assert!(text.contains("may be reached earlier"));
    let (_, o, series) = outlook_for("base=2023");
    assert_eq!(
        base(dataset(), series, &o),
        "Base year 2023: turnover $654.7 million (reported), Statistics Agency of Uzbekistan (2024)."
    );
}

#[test]
fn baseline_and_summary_state_their_numbers() {
    let r = Scenario::default().resolve(dataset());
    assert_eq!(
        baseline(r.baseline, r.default_growth),
        "Default: 16.5% a year, the compound growth of turnover 2019–2024 (16.49% unrounded)."
    );
    let (a, o, series) = outlook_for("");
    let summary = chart_summary(series, &a, &o);
    assert!(summary.starts_with("Uzbek statistics: turnover $714 million in 2024"));
    assert!(summary.contains("reaches $1 billion in 2027"));
}

#[test]
fn the_source_line_lists_each_publisher_once() {
    let line = source_line(dataset(), dataset().series(SeriesId::Uz), 2024);
    assert_eq!(line.matches("Statistics Agency of Uzbekistan").count(), 1);
    assert!(line.contains("Trend"));
}

#[test]
fn machine_values_are_plain() {
    assert_eq!(machine_value(714.0), "714");
    assert_eq!(machine_value(11.883_81), "11.88");
    assert_eq!(growth_value(12.5), "12.5% a year");
}
