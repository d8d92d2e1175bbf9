use super::*;
use crate::data::shipped;
use crate::scenario::Scenario;

fn scenario(query: &str) -> (Assumptions, Outlook, &'static Series) {
    let (s, _) = Scenario::from_query(query, shipped());
    let r = s.resolve(shipped());
    let series = shipped().series(r.series);
    (
        r.assumptions,
        Outlook::compute(series, &r.assumptions).unwrap(),
        series,
    )
}

#[test]
fn rows_hold_every_actual_year_then_the_projection() {
    let (a, o, series) = scenario("base=2024");
    let rows = rows(series, &o, a.last_year);
    // 2025 has both its row and the projection's.
    assert_eq!(rows.len(), series.points.len() + (2035 - 2024));
    let first = &rows[0];
    assert_eq!(
        (first.year, first.turnover, first.change),
        (2010, Some(138.5), None)
    );
    // 2011 / 2010 − 1.
    assert!((rows[1].change.unwrap() - (156.7 / 138.5 - 1.0)).abs() < 1e-12);
    // 2025: the derived figure, then the projection.
    let p2025 = rows.iter().filter(|r| r.year == 2025).nth(1).unwrap();
    assert_eq!(p2025.kind, RowKind::Projected);
    assert!((p2025.turnover.unwrap() - 714.0 * 1.165).abs() < 1e-9);
    assert!((p2025.change.unwrap() - 0.165).abs() < 1e-12);
}

#[test]
fn a_gap_year_has_no_change_and_a_backtest_year_has_both_rows() {
    let (a, o, series) = scenario("series=by&base=2021&growth=10");
    let rows = rows(series, &o, a.last_year);
    let y2018 = rows.iter().find(|r| r.year == 2018).unwrap();
    assert_eq!(y2018.change, None, "no 2017 figure");
    let y2025: Vec<&Row> = rows.iter().filter(|r| r.year == 2025).collect();
    assert_eq!(y2025.len(), 2);
    assert_eq!(y2025[0].kind, RowKind::Actual(PointKind::Approx));
    assert_eq!(y2025[1].kind, RowKind::Projected);
    let order: Vec<(i32, bool)> = rows
        .iter()
        .map(|r| (r.year, r.kind == RowKind::Projected))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "year order, the actual row first");
    assert_eq!(
        rows.len(),
        series.points.len() + (a.last_year - 2021) as usize
    );
}

#[test]
fn the_csv_round_trips_through_a_csv_parser() {
    let (a, o, series) = scenario("exports=20&imports=5");
    let rows = rows(series, &o, a.last_year);
    let text = csv(shipped(), &rows, &a);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "year",
            "exports",
            "imports",
            "turnover",
            "kind",
            "point_kind",
            "source",
            "exports_growth_pct",
            "imports_growth_pct"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    let first = &records[0];
    assert_eq!(&first[0], "2010");
    assert_eq!(&first[3], "138.5");
    assert_eq!((&first[4], &first[5]), ("actual", "reported"));
    assert!(
        first[6].starts_with("Statistics Agency of Uzbekistan, Merchandise trade"),
        "quoted field with commas"
    );
    let projected = records
        .iter()
        .find(|r| &r[0] == "2027" && &r[4] == "projected")
        .unwrap();
    let model = o.projection.iter().find(|p| p.year == 2027).unwrap();
    assert_eq!(&projected[3], format!("{:.1}", model.turnover));
    assert_eq!((&projected[7], &projected[8]), ("20", "5"));
}

#[test]
fn file_names_say_series_and_rates() {
    let (a, _, _) = scenario("growth=12.5");
    let stem = &shipped().file_stem;
    assert_eq!(
        file_stem(stem, "uz", &a),
        "belarus-uzbekistan-trade-uz-12.5pct"
    );
    let (a, _, _) = scenario("series=by&exports=20&imports=-5");
    assert_eq!(
        file_stem(stem, "by", &a),
        "belarus-uzbekistan-trade-by-exports-20pct-imports-minus5pct"
    );
}

#[test]
fn values_are_marked_with_their_kind() {
    let en = crate::i18n::english().numbers();
    assert_eq!(
        marked(&en, Some(500.0), RowKind::Actual(PointKind::LowerBound)),
        "> 500.0"
    );
    assert_eq!(marked(&en, Some(1128.95), RowKind::Projected), "1,129.0");
    assert_eq!(marked(&en, None, RowKind::Projected), "–");
}
