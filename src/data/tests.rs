use super::*;

/// stat.uz raw rows, thousand US$, 2010..=2023 (tables 1176 and 1105, Belarus = 112),
/// copied from `shared/research/trade-data.md`.
const RAW_IMPORTS_FROM_BELARUS: [f64; 14] = [
    112652.17, 134673.39, 156761.72, 173629.37, 153048.38, 88977.5, 94362.95, 154959.58, 377167.27,
    283906.31, 219540.81, 319179.78, 411610.55, 525821.8,
];
const RAW_EXPORTS_TO_BELARUS: [f64; 14] = [
    25807.4, 22018.8, 20401.9, 19649.8, 24726.7, 20077.0, 18221.5, 27404.0, 41347.7, 48879.4,
    42560.7, 59645.3, 128767.7, 128850.9,
];

fn round1(thousands: f64) -> f64 {
    (thousands / 100.0).round() / 10.0
}

/// The data file as the build read it.
const DATA_JSON: &str = include_str!("../../data/trade.json");

#[test]
fn the_generated_data_equals_the_json_and_validates() {
    let parsed: DataSet = serde_json::from_str(DATA_JSON).expect("valid JSON of the data shape");
    assert_eq!(
        dataset(),
        &parsed,
        "build.rs generated exactly what the JSON says"
    );
    assert_eq!(parsed.series.len(), 2);
    validate(dataset()).expect("the data set follows every rule");
}

#[test]
fn uzbek_2010_to_2023_equal_the_raw_stat_uz_rows() {
    let uz = dataset().series(SeriesId::Uz);
    for (i, year) in (2010..=2023).enumerate() {
        let p = uz.point(year).unwrap_or_else(|| panic!("{year} missing"));
        assert_eq!(
            p.exports,
            Some(round1(RAW_IMPORTS_FROM_BELARUS[i])),
            "{year} exports"
        );
        assert_eq!(
            p.imports,
            Some(round1(RAW_EXPORTS_TO_BELARUS[i])),
            "{year} imports"
        );
        let sum = RAW_IMPORTS_FROM_BELARUS[i] + RAW_EXPORTS_TO_BELARUS[i];
        assert_eq!(p.turnover, Some(round1(sum)), "{year} turnover");
        assert_eq!(p.kind, PointKind::Reported);
        assert_eq!(p.source, "statuz");
    }
    let p2024 = uz.point(2024).expect("2024");
    assert_eq!((p2024.turnover, p2024.exports), (Some(714.0), None));
    assert!(
        uz.point(2025).is_none(),
        "the loose 2025 claim is a note, not a point"
    );
}

#[test]
fn belarusian_series_has_its_gaps_and_kinds() {
    let by = dataset().series(SeriesId::By);
    let years: Vec<i32> = by.points.iter().map(|p| p.year).collect();
    assert_eq!(
        years,
        vec![2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
    );
    assert_eq!(by.point(2019).unwrap().kind, PointKind::LowerBound);
    assert_eq!(by.point(2018).unwrap().kind, PointKind::Approx);
    assert_eq!(by.point(2020).unwrap().kind, PointKind::Derived);
    let p2025 = by.point(2025).unwrap();
    assert_eq!(
        (p2025.kind, p2025.flow_kind()),
        (PointKind::Approx, PointKind::Derived)
    );
}

#[test]
fn every_point_and_target_has_a_known_source() {
    let data = dataset();
    for s in &data.series {
        for p in &s.points {
            let src = data.source(&p.source).expect("source");
            assert!(!src.quote.is_empty() && !src.publisher.is_empty());
        }
    }
    for t in &data.targets {
        assert!(data.source(&t.source).is_some());
    }
}

fn with_series_points(edit: impl FnOnce(&mut Vec<Point>)) -> Result<DataSet, DataError> {
    let mut data = dataset().clone();
    edit(&mut data.series[0].points);
    validate(&data).map(|_| data)
}

#[test]
fn a_repeated_year_is_refused() {
    let err = with_series_points(|pts| {
        let copy = pts[3].clone();
        pts.insert(3, copy);
    });
    assert!(matches!(err, Err(DataError(m)) if m.contains("repeated")));
}

#[test]
fn a_turnover_that_is_not_the_sum_is_refused() {
    let err = with_series_points(|pts| pts[0].turnover = Some(140.0));
    assert!(matches!(err, Err(DataError(m)) if m.contains("not exports")));
}

#[test]
fn an_unknown_source_is_refused() {
    let err = with_series_points(|pts| pts[0].source = "nowhere".into());
    assert!(matches!(err, Err(DataError(m)) if m.contains("unknown source")));
}

#[test]
fn kind_marks_read_as_in_the_sources() {
    assert_eq!(PointKind::LowerBound.mark("500"), "> 500");
    assert_eq!(PointKind::Approx.mark("855"), "≈ 855");
    assert_eq!(PointKind::Reported.mark("654.7"), "654.7");
}

#[test]
fn a_series_must_start_with_a_split_year() {
    let err = with_series_points(|pts| {
        pts[0].exports = None;
    });
    assert!(matches!(err, Err(DataError(m)) if m.contains("first year")));
}

#[test]
fn product_shares_are_the_cerr_figures_with_a_derived_rest() {
    let products = &dataset().products;
    assert_eq!(
        (products.year, products.source.as_str()),
        (2023, "cerr-daryo-2024")
    );
    let into_uz = &products.flows[0];
    let pcts: Vec<f64> = into_uz.shares.iter().map(|s| s.pct).collect();
    assert_eq!(pcts, [25.0, 17.0, 16.0, 7.0, 6.0, 5.0]);
    assert_eq!(into_uz.other(), 24.0);
    assert_eq!(products.flows[1].other(), 16.0);
}

#[test]
fn shares_over_100_are_refused() {
    let mut data = dataset().clone();
    data.products.flows[0].shares[0].pct = 80.0;
    assert!(matches!(validate(&data), Err(DataError(m)) if m.contains("sum to at most 100")));
}

#[test]
fn sources_and_publishers_are_listed_once_in_order() {
    let data = dataset();
    let uz = data.series(SeriesId::Uz);
    let publishers = data.publishers(uz);
    assert_eq!(publishers[0], "Statistics Agency of Uzbekistan");
    let mut unique = publishers.clone();
    unique.dedup();
    assert_eq!(unique.len(), publishers.len());
    assert_eq!(
        publishers.len(),
        2,
        "stat.uz for 2010–2023, the ministry for 2024"
    );
    let sources = data.sources_of(uz);
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    // The points' sources first, then the targets'.
    assert_eq!(
        ids,
        ["statuz", "miit-trend-2025", "uzdaily-2024", "ati-2026"]
    );
}
