use super::fixture_tests::list::{SHIPPED, SYNTHETIC};
use super::*;
use crate::i18n::Lang;

mod dates;
mod faults;
mod properties;

/// The shipped data set's series: Uzbek, then Belarusian statistics.
const UZ: usize = 0;
const BY: usize = 1;

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

#[test]
fn every_shipped_data_file_follows_every_rule() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".json") || name.ends_with(".schema.json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let data = parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            data_file_name(name.trim_end_matches(".json")).is_some(),
            "{name}: a name a link can give"
        );
        for lang in [Lang::Ru, Lang::Uz, Lang::Be] {
            assert_eq!(
                untranslated(&data, lang),
                Vec::<String>::new(),
                "{name}: every text in {lang:?}"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 1, "data/belarus-uzbekistan.json");
    assert_eq!(shipped().series.len(), 2);
}

#[test]
fn uzbek_2010_to_2023_equal_the_raw_stat_uz_rows() {
    let uz = shipped().series(UZ);
    assert_eq!(uz.id, "uz");
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
}

#[test]
fn uzbek_2024_and_2025_are_the_latest_statements() {
    let uz = shipped().series(UZ);
    let p2024 = uz.point(2024).expect("2024");
    assert_eq!((p2024.turnover, p2024.exports), (Some(714.0), None));
    let note = &p2024.note.as_ref().unwrap().en;
    assert!(
        note.contains("$620.1 million in 2024") && note.contains("repeats the 2023 first estimate")
    );
    // 2025: "increased by 25 percent, reaching nearly $1 billion" → 714 × 1.25, derived.
    let p2025 = uz.point(2025).expect("2025");
    assert_eq!(
        (p2025.turnover, p2025.kind),
        (Some(714.0 * 1.25), PointKind::Derived)
    );
    assert_eq!(p2025.source, "dunyo-2026");
    let note = &p2025.note.as_ref().unwrap().en;
    assert!(
        note.contains("714 × 1.25 = 892.5")
            && note.contains("increased by 25 percent, reaching nearly $1 billion")
    );
    assert!(uz.point(2026).is_none(), "nothing published for 2026");
}

#[test]
fn belarusian_series_has_its_gaps_and_kinds() {
    let by = shipped().series(BY);
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
fn product_shares_are_the_cerr_figures_with_a_derived_rest() {
    let products = shipped().products.as_ref().unwrap();
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
fn kind_marks_read_as_in_the_sources() {
    assert_eq!(PointKind::LowerBound.mark("500"), "> 500");
    assert_eq!(PointKind::Approx.mark("855"), "≈ 855");
    assert_eq!(PointKind::Reported.mark("654.7"), "654.7");
}

#[test]
fn sources_and_publishers_are_listed_once_in_order() {
    let data = shipped();
    let uz = data.series(UZ);
    let publishers = data.publishers(uz);
    assert_eq!(publishers[0].en, "Statistics Agency of Uzbekistan");
    // As the agency names itself in each language.
    assert_eq!(
        publishers[0].get(Lang::Ru),
        "Агентство статистики при Президенте Республики Узбекистан"
    );
    assert_eq!(
        publishers[0].get(Lang::Uz),
        "Oʻzbekiston Respublikasi Prezidenti huzuridagi Statistika agentligi"
    );
    assert_eq!(
        publishers.len(),
        3,
        "stat.uz, the ministry for 2024, the press service for 2025"
    );
    let ids: Vec<&str> = data.sources_of(uz).iter().map(|s| s.id.as_str()).collect();
    // The points' sources first (each point's own, then those its note quotes), then
    // the targets'.
    assert_eq!(
        ids,
        [
            "statuz",
            "miit-trend-2025",
            "uzdaily-2025",
            "dunyo-2026",
            "uzdaily-2024",
            "ati-2026"
        ]
    );
}

#[test]
fn a_missing_translation_falls_back_to_english_and_is_listed() {
    let data = parse("synthetic-pair.json", SYNTHETIC).unwrap();
    assert_eq!(
        data.title.get(Lang::Ru),
        "Торговля Тестландии и Примерстана (синтетические данные для тестов)"
    );
    assert_eq!(
        data.lede.get(Lang::Ru),
        "Invented figures for the app's tests: no real country, no real trade."
    );
    let missing = untranslated(&data, Lang::Ru);
    assert!(missing.contains(&"lede".to_string()) && !missing.contains(&"title".to_string()));
    assert!(missing.contains(&"series \"test-stat\" name".to_string()));
    assert_eq!(untranslated(&data, Lang::En), Vec::<String>::new());
}

#[test]
fn a_pair_needs_no_products_facts_split_or_deadline() {
    let data = parse("synthetic-pair.json", SYNTHETIC).unwrap();
    assert!(data.products.is_none() && data.facts.is_empty() && data.why_differ.is_none());
    assert_eq!(data.targets[0].deadline, None);
    assert_eq!(data.default_target(), 200.0, "the pair's own first target");
    assert_eq!(data.series_index("test-stat"), Some(0));
    assert_eq!(data.series_index("uz"), None);
}

#[test]
fn a_data_file_name_is_plain_and_short() {
    assert_eq!(
        data_file_name("belarus-uzbekistan"),
        Some("belarus-uzbekistan")
    );
    for bad in [
        "",
        "../secret",
        "a/b",
        "Upper",
        "x.json",
        "with space",
        &"x".repeat(41),
    ] {
        assert_eq!(data_file_name(bad), None, "{bad}");
    }
    assert_eq!(data_url("kz-uz"), "data/kz-uz.json");
}

#[test]
fn the_json_schema_names_the_fields_the_app_reads() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../data/trade-data.schema.json")).unwrap();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let shipped: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
    let mut top: Vec<String> = shipped.as_object().unwrap().keys().cloned().collect();
    top.sort();
    assert_eq!(
        keys(&schema),
        top,
        "every top-level field, in the schema and the file"
    );
    let defs = &schema["$defs"];
    assert_eq!(
        keys(&defs["point"]),
        [
            "a_to_b",
            "also",
            "b_to_a",
            "kind",
            "note",
            "source",
            "split_kind",
            "turnover",
            "year"
        ]
    );
    assert_eq!(keys(&defs["text"]), ["be", "en", "ru", "uz"]);
    assert_eq!(
        keys(&defs["target"]),
        ["deadline", "id", "label", "set", "source", "value"]
    );
    assert_eq!(keys(&defs["series"]), ["id", "name", "notes", "points"]);
    assert_eq!(keys(&defs["fact"]), ["cite", "text", "title"]);
    assert_eq!(
        keys(&defs["products"]),
        ["flows", "heading", "note", "source", "year"]
    );
    assert_eq!(shipped["$schema"], "trade-data.schema.json");
}

#[test]
fn check_data_names_each_flow_by_its_direction_in_the_latest_figures() {
    let sentences = latest_figures(shipped(), crate::i18n::plain_english());
    assert_eq!(
        sentences,
        [
            "2025, Uzbek statistics: turnover ≈ 892.5; flows last given for 2023: \
             Belarus → Uzbekistan 525.8; Uzbekistan → Belarus 128.9; turnover 654.7",
            "2025, Belarusian statistics: Belarus → Uzbekistan ≈ 686; \
             Uzbekistan → Belarus ≈ 169; turnover ≈ 855",
        ]
    );
    // The Uzbek statistics' "exports to Belarus" copied into a_to_b: the sentence says
    // Uzbekistan's exports go from Belarus, which the editor sees at a glance.
    let swapped = SHIPPED.replacen("\"a_to_b\": 525.8,", "\"a_to_b\": 128.9,", 1);
    let swapped = swapped.replacen("\"b_to_a\": 128.9,", "\"b_to_a\": 525.8,", 1);
    let data = parse("x.json", &swapped).unwrap();
    assert!(latest_figures(&data, crate::i18n::plain_english())[0]
        .contains("Belarus → Uzbekistan 128.9"));
}

#[test]
fn a_source_nothing_cites_is_named() {
    assert_eq!(unused_sources(shipped()), Vec::<&str>::new());
    let mut data = shipped().clone();
    data.series[1].points.last_mut().unwrap().also.clear();
    assert_eq!(unused_sources(&data), ["ogorodnikov-2026"]);
    data.targets.clear();
    assert_eq!(
        unused_sources(&data),
        ["ogorodnikov-2026", "uzdaily-2024", "ati-2026"],
        "in the file's order"
    );
}

/// A point's figures: series, year, a → b, b → a, turnover.
type Figures = (&'static str, i32, Option<f64>, Option<f64>, Option<f64>);

/// Every point of the shipped file in format 1, before the flows were named by direction
/// (a9aec61: series, year, `exports`, `imports`, `turnover`; Belarus's exports first).
#[rustfmt::skip]
const FORMAT_1_FIGURES: [Figures; 25] = [
        ("uz", 2010, Some(112.7), Some(25.8), Some(138.5)),
        ("uz", 2011, Some(134.7), Some(22.0), Some(156.7)),
        ("uz", 2012, Some(156.8), Some(20.4), Some(177.2)),
        ("uz", 2013, Some(173.6), Some(19.6), Some(193.3)),
        ("uz", 2014, Some(153.0), Some(24.7), Some(177.8)),
        ("uz", 2015, Some(89.0), Some(20.1), Some(109.1)),
        ("uz", 2016, Some(94.4), Some(18.2), Some(112.6)),
        ("uz", 2017, Some(155.0), Some(27.4), Some(182.4)),
        ("uz", 2018, Some(377.2), Some(41.3), Some(418.5)),
        ("uz", 2019, Some(283.9), Some(48.9), Some(332.8)),
        ("uz", 2020, Some(219.5), Some(42.6), Some(262.1)),
        ("uz", 2021, Some(319.2), Some(59.6), Some(378.8)),
        ("uz", 2022, Some(411.6), Some(128.8), Some(540.4)),
        ("uz", 2023, Some(525.8), Some(128.9), Some(654.7)),
        ("uz", 2024, None, None, Some(714.0)),
        ("uz", 2025, None, None, Some(892.5)),
        ("by", 2016, Some(35.9), Some(27.9), Some(63.8)),
        ("by", 2018, None, None, Some(160.0)),
        ("by", 2019, None, None, Some(239.0)),
        ("by", 2020, Some(237.6), Some(42.6), Some(280.1)),
        ("by", 2021, Some(245.4), Some(56.5), Some(301.9)),
        ("by", 2022, None, None, Some(500.0)),
        ("by", 2023, None, None, Some(565.0)),
        ("by", 2024, None, None, Some(630.0)),
        ("by", 2025, Some(686.0), Some(169.0), Some(855.0)),
];

#[test]
fn the_move_to_flows_by_direction_kept_every_figure() {
    // Belarus → Uzbekistan is what format 1 called Belarusian exports, in both series.
    let data = shipped();
    assert_eq!(data.countries.a.en, "Belarus");
    assert_eq!(data.countries.b.en, "Uzbekistan");
    let now: Vec<_> = data
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s.id.as_str(), p)))
        .map(|(id, p)| (id, p.year, p.exports, p.imports, p.turnover))
        .collect();
    assert_eq!(now, FORMAT_1_FIGURES);
}
