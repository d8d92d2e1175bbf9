use super::*;
use crate::data::shipped;
use crate::i18n::{Catalog, Fill};
use crate::scenario::{Preset, Scenario};

/// The shipped data set's first series: Uzbek statistics.
const UZ: usize = 0;

fn en() -> &'static Catalog {
    crate::i18n::english()
}

fn outlook_for(query: &str) -> (Assumptions, Outlook, &'static Series) {
    let (s, _) = Scenario::from_query(query, shipped());
    let r = s.resolve(shipped());
    let series = shipped().series(r.series);
    let o = Outlook::compute(series, &r.assumptions).unwrap();
    (r.assumptions, o, series)
}

#[test]
fn default_read_outs_answer_both_questions() {
    let cases = [
        // From ≈ 892.5 in 2025 at the 2020–2025 compound growth, 27.77 %, shown as 28;
        // (1000 / 892.5)^(1/3) − 1.
        (
            "",
            "At 28% a year, turnover reaches $1\u{a0}billion in 2026.",
            "To reach $1\u{a0}billion by 2028, turnover must grow 3.86% a year.",
        ),
        (
            "base=2024",
            "At 16.5% a year, turnover reaches $1\u{a0}billion in 2027.",
            "To reach $1\u{a0}billion by 2027, turnover must grow 11.88% a year.",
        ),
    ];
    for (query, reached_text, required_text) in cases {
        let (a, o, _) = outlook_for(query);
        assert_eq!(reached(en(), &a, o.main.reached), reached_text);
        assert_eq!(required(en(), &a, o.main.needed), required_text);
    }
}

#[test]
fn not_reached_and_already_reached_read_differently() {
    let (a, o, _) = outlook_for("growth=-3");
    assert_eq!(
        reached(en(), &a, o.main.reached),
        "At a decline of 3% a year, turnover does not reach $1\u{a0}billion by 2035."
    );
    let (a, o, _) = outlook_for("target=500");
    assert!(
        reached(en(), &a, o.main.reached).contains("already at or above $500\u{a0}million in 2025")
    );
    assert!(required(en(), &a, o.main.needed).contains("still be at or above"));
}

#[test]
fn the_base_read_out_names_kind_and_source() {
    let (_, o, series) = outlook_for("series=by&base=2024");
    let text = base(en(), series, &o);
    assert!(text.starts_with(
        "Base year 2024: turnover > $630\u{a0}million (lower bound). Source: news.by"
    ));
    assert!(text.contains("may be reached earlier"));
    let (_, o, series) = outlook_for("base=2023");
    assert_eq!(
        base(en(), series, &o),
        "Base year 2023: turnover $654.7\u{a0}million (reported). Source: Statistics Agency of Uzbekistan, 2024."
    );
}

#[test]
fn baseline_and_summary_state_their_numbers() {
    let r = Scenario::default().resolve(shipped());
    assert_eq!(
        baseline(en(), r.baseline, r.default_growth),
        "Default: 28% a year, the compound growth of turnover 2020–2025 (27.77% unrounded)."
    );
    let (a, o, series) = outlook_for("");
    let summary = chart_summary(en(), series, &a, &o);
    assert!(
        summary.starts_with("Uzbek statistics: turnover ≈ $892.5\u{a0}million in 2025"),
        "{summary}"
    );
    assert!(summary.contains("reaches $1\u{a0}billion in 2026"));
}

#[test]
fn the_source_line_lists_each_publisher_once() {
    let line = source_line(en(), shipped().series(UZ), 2024);
    assert_eq!(line.matches("Statistics Agency of Uzbekistan").count(), 1);
    assert!(line.contains("Trend"));
}

#[test]
fn the_slider_value_is_spoken_with_its_unit() {
    assert_eq!(growth_value(en(), 12.5), "12.5% a year");
}

#[test]
fn chance_gap_and_backtest_read_with_their_numbers() {
    let (a, o, _) = outlook_for("base=2024");
    assert_eq!(
        chance(en(), &a, o.chance.unwrap()),
        "Chance of turnover at or above $1\u{a0}billion in 2027: 61%, if future swings are like those of 2019–2024."
    );
    assert_eq!(chance_value(en(), 0.001), "< 1%");
    assert_eq!(chance_value(en(), 0.999), "> 99%");
    assert_eq!(chance_value(en(), 0.0), "0%");
    let check = o.check(2000.0, 2030);
    // 714 × 1.165⁶ = 1785.06: 214.94 short, 10.75 % of the target.
    assert_eq!(
        gap(en(), &check),
        "$214.9\u{a0}million (10.7%) short of $2\u{a0}billion in 2030"
    );
    assert!(gap(en(), &o.check(500.0, 2030)).contains("above $500\u{a0}million"));
    let (_, o, _) = outlook_for("base=2021&growth=10");
    assert_eq!(
        backtest(en(), &o.backtest[2]),
        "Projection for 2024: $504.2\u{a0}million; actual: $714\u{a0}million; the projection was 29.4% below it."
    );
    // The latest comparison is with 2025's derived figure, marked as such.
    assert_eq!(
        backtest(en(), o.backtest.last().unwrap()),
        "Projection for 2025: $554.6\u{a0}million; actual: ≈ $892.5\u{a0}million; the projection was 37.9% below it."
    );
    assert!(fan_note(en(), &a, o.fan.as_ref()).contains("2019–2024"));
}

#[test]
fn an_unlinked_base_without_split_says_how_it_was_split() {
    let (a, o, _) = outlook_for("exports=10&imports=20");
    assert_eq!(
        rates_phrase(en(), &a),
        "With exports at 10% and imports at 20% a year"
    );
    let note = derived_split(en(), &o).unwrap();
    assert!(
        note.contains("split as in 2023 (80.3% exports, 19.7% imports)"),
        "{note}"
    );
    let (_, o, _) = outlook_for("");
    assert_eq!(derived_split(en(), &o), None);
}

#[test]
fn the_base_read_out_mentions_projecting_turnover_alone_only_when_linked() {
    let (_, o, series) = outlook_for("");
    assert!(base(en(), series, &o).contains("turnover is projected alone"));
    let (_, o, series) = outlook_for("exports=20&imports=5");
    assert!(!base(en(), series, &o).contains("projected alone"));
}

#[test]
fn sentences_follow_the_language() {
    let ru_file = include_str!("../../locales/ru.txt");
    let (ru, problems) = Catalog::parse(crate::i18n::Lang::Ru, ru_file, shipped());
    assert!(problems.is_empty(), "{problems:?}");
    let (a, o, _) = outlook_for("growth=12.5");
    let text = reached(&ru, &a, o.main.reached);
    assert!(text.contains("12,5\u{a0}%"), "{text}");
    assert!(text.contains("$1\u{a0}млрд"), "{text}");
    assert!(!text.contains("turnover"), "{text}");
}

use crate::i18n::catalog;

#[test]
fn the_backtest_says_it_is_the_projection_that_was_below_or_above() {
    use crate::i18n::Lang;
    // How each language names the projection (its `chart.projection`). After the actual
    // figure, "below"/"above" alone reads as if the actual were below or above: the
    // words after `{actual}` must say it is the projection.
    for (lang, projection) in [
        (Lang::En, "projection"),
        (Lang::Ru, "прогноз"),
        (Lang::Uz, "prognoz"),
        (Lang::Be, "прагноз"),
    ] {
        let t = catalog(lang);
        assert_eq!(t.get(Msg::ChartProjection), projection, "{lang:?}");
        let below_msg = Fill::BacktestBelow {
            year: (),
            projected: (),
            actual: (),
            error: (),
        };
        let above_msg = Fill::BacktestAbove {
            year: (),
            projected: (),
            actual: (),
            error: (),
        };
        let (below_text, above_text) = (t.template(&below_msg), t.template(&above_msg));
        assert_ne!(below_text, above_text, "{lang:?}");
        for msg in [below_text, above_text] {
            let (_, after) = msg.split_once("{actual}").unwrap_or_default();
            assert!(
                after.to_lowercase().contains(projection) && after.contains("{error}"),
                "{lang:?}: the words after {{actual}} do not name the projection: {msg}"
            );
        }
        // The same year, the same actual figure, the projection 20 % below and 20 % above.
        let low = Backtest {
            year: 2024,
            projected: 600.0,
            actual: 750.0,
            kind: PointKind::Reported,
        };
        let high = Backtest {
            projected: 900.0,
            ..low
        };
        let args = |b: &Backtest| {
            [
                b.year.to_string(),
                t.money(b.projected),
                t.money(b.actual),
                t.percent(20.0),
            ]
        };
        let below_filled = |b: &Backtest| {
            let [year, projected, actual, error] = args(b);
            t.fill(Fill::BacktestBelow {
                year: &year,
                projected: &projected,
                actual: &actual,
                error: &error,
            })
        };
        let above_filled = |b: &Backtest| {
            let [year, projected, actual, error] = args(b);
            t.fill(Fill::BacktestAbove {
                year: &year,
                projected: &projected,
                actual: &actual,
                error: &error,
            })
        };
        let (below, above) = (backtest(t, &low), backtest(t, &high));
        assert_ne!(below, above, "{lang:?}");
        assert_eq!(below, below_filled(&low), "{lang:?}");
        assert_ne!(below, above_filled(&low), "{lang:?}");
        assert_eq!(above, above_filled(&high), "{lang:?}");
        assert_ne!(above, below_filled(&high), "{lang:?}");
    }
}

#[test]
fn presets_read_with_their_numbers_and_say_where_the_slider_stops() {
    let (a, _, _) = outlook_for("base=2024");
    let on_track = Preset::OnTrack { rate: 11.89 };
    assert_eq!(preset_label(en(), &on_track), "On track");
    assert_eq!(
        preset(en(), &on_track, &a),
        "11.89% a year reaches $1\u{a0}billion by 2027."
    );
    let steep = Preset::Momentum {
        rate: 55.0,
        from: 2017,
        to: 2018,
    };
    assert_eq!(
        preset(en(), &steep, &a),
        "55% a year: the change from 2017 to 2018. (The slider stops at 40%.)"
    );
    assert_eq!(reached_or_not(en(), Some(2027), 2035), "2027");
    assert_eq!(reached_or_not(en(), None, 2035), "not by 2035");
    assert_eq!(rates_label(en(), 5.0, 5.0), "5%");
    assert_eq!(
        rates_label(en(), 20.0, -5.0),
        "exports 20%, imports \u{2212}5%"
    );
    assert_eq!(needed_cell(en(), None), "–");
}

#[test]
fn the_settings_summary_names_each_change_in_the_readers_language() {
    let (s, _) = Scenario::from_query("series=by&base=2021&target=2000&to=2045", shipped());
    let changed = s.changed_settings(shipped());
    assert_eq!(
        settings_summary(en(), &changed),
        "Belarusian statistics · base year 2021 · $2\u{a0}billion by 2030 · projected to 2045"
    );
    assert_eq!(settings_summary(en(), &[]), "");
}

#[test]
fn the_answer_reads_right_for_growth_no_change_and_decline_in_every_language() {
    use crate::i18n::{catalog, Lang};
    // (growth, [en, ru, uz, be]): the sentence's start for the scenario's one rate.
    let cases = [
        (
            "growth=5",
            [
                "At 5% a year, turnover",
                "При росте на 5\u{a0}% в год товарооборот",
                "Yiliga 5% oʻsishda tovar aylanmasi",
                "Пры росце на 5\u{a0}% у год тавараабарот",
            ],
        ),
        (
            "growth=0",
            [
                "With no change from year to year, turnover",
                "При неизменном объёме товарооборот",
                "Hajm oʻzgarmaganda tovar aylanmasi",
                "Пры нязменным аб’ёме тавараабарот",
            ],
        ),
        (
            "growth=-5",
            [
                "At a decline of 5% a year, turnover",
                "При снижении на 5\u{a0}% в год товарооборот",
                "Yiliga 5% kamayishda tovar aylanmasi",
                "Пры зніжэнні на 5\u{a0}% у год тавараабарот",
            ],
        ),
        // Rounds to 0 % as shown: no change, never "a decline of 0%".
        (
            "growth=-0.001",
            [
                "With no change from year to year, turnover",
                "При неизменном объёме товарооборот",
                "Hajm oʻzgarmaganda tovar aylanmasi",
                "Пры нязменным аб’ёме тавараабарот",
            ],
        ),
    ];
    for (query, expected) in cases {
        let (a, o, _) = outlook_for(query);
        for (lang, start) in [Lang::En, Lang::Ru, Lang::Uz, Lang::Be]
            .into_iter()
            .zip(expected)
        {
            let said = reached(catalog(lang), &a, o.main.reached);
            assert!(said.starts_with(start), "{query} {lang:?}: «{said}»");
            assert!(!said.contains("-5") && !said.contains("-0"), "{said}");
        }
    }
    // Two flows: the growth form only when both grow; else a neutral one, signs shown.
    let (a, _, _) = outlook_for("exports=10&imports=-5");
    assert_eq!(
        rates_phrase(catalog(Lang::Ru), &a),
        "При изменении экспорта на 10\u{a0}% и импорта на \u{2212}5\u{a0}% в год"
    );
    assert_eq!(
        rates_phrase(en(), &a),
        "With exports changing by 10% and imports by \u{2212}5% a year"
    );
    let (a, _, _) = outlook_for("exports=10&imports=5");
    assert_eq!(
        rates_phrase(catalog(Lang::Be), &a),
        "Пры росце экспарту на 10\u{a0}% і імпарту на 5\u{a0}% у год"
    );
}

#[test]
fn a_backtest_error_that_rounds_to_zero_is_a_match() {
    use crate::i18n::Lang;
    let close = Backtest {
        year: 2024,
        projected: 714.3,
        actual: 714.0,
        kind: PointKind::Reported,
    };
    assert_eq!(
        backtest(en(), &close),
        "Projection for 2024: $714.3\u{a0}million; actual: $714\u{a0}million; the projection matched it."
    );
    for lang in [Lang::Ru, Lang::Uz, Lang::Be] {
        let t = catalog(lang);
        let said = backtest(t, &close);
        let matched = Fill::BacktestMatched {
            year: (),
            projected: (),
            actual: (),
        };
        let (_, after) = t.template(&matched).split_once("{actual}").unwrap();
        assert!(said.ends_with(after), "{lang:?}: {said}");
    }
    let off = Backtest {
        projected: 700.0,
        ..close
    };
    assert!(backtest(en(), &off).ends_with("the projection was 2% below it."));
}
