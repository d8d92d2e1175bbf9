use super::*;
use crate::data::{dataset, SeriesId};
use crate::i18n::Catalog;
use crate::model::Assumptions;
use std::cell::RefCell;
use std::rc::Rc;

fn text(reached: &str) -> ChartText {
    ChartText {
        exports: "Exports".into(),
        imports: "Imports".into(),
        turnover: "Turnover".into(),
        projection: "projection".into(),
        target: "Target: $1\u{a0}billion".into(),
        reached: reached.into(),
        unit: "US$ million".into(),
        approx: "≈ approximate".into(),
        lower_bound: "> lower bound".into(),
        fan: "50/80/95% ranges".into(),
        numbers: Catalog::english().numbers(),
    }
}

fn svg(series: SeriesId, base_year: i32, growth_pct: f64) -> String {
    svg_with(series, base_year, growth_pct, false, &[])
}

/// The chart as an 800 × 450 SVG.
fn svg_with(
    series: SeriesId,
    base_year: i32,
    growth_pct: f64,
    with_fan: bool,
    pins: &[PinLine],
) -> String {
    with_data(series, base_year, growth_pct, with_fan, pins, None, |d| {
        to_svg(d, Palette::LIGHT, 800, 450)
    })
}

/// Calls `f` with what the chart of `series` from `base_year` at `growth_pct` shows.
fn with_data<R>(
    series: SeriesId,
    base_year: i32,
    growth_pct: f64,
    with_fan: bool,
    pins: &[PinLine],
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let series = dataset().series(series);
    let a = Assumptions {
        base_year,
        exports_pct: growth_pct,
        imports_pct: growth_pct,
        target: 1000.0,
        by_year: base_year + 3,
        last_year: 2035,
        window_from: base_year - 5,
    };
    let outlook = Outlook::compute(series, &a).unwrap();
    let reached = outlook
        .main
        .reached
        .map_or(String::new(), |y| format!("reached {y}"));
    let t = text(&reached);
    f(&ChartData {
        series,
        outlook: &outlook,
        target: a.target,
        last_year: a.last_year,
        text: &t,
        fan: outlook.fan.as_ref().filter(|_| with_fan),
        pins,
        caption,
    })
}

/// True when the SVG has a `<text>` element reading exactly `label`.
fn has_text(svg: &str, label: &str) -> bool {
    let escaped = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    svg.contains(&format!(">\n{escaped}\n</text>"))
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_chart_has_target_projection_and_crossing() {
    let s = svg(SeriesId::Uz, 2024, 16.5);
    assert!(s.starts_with("<svg"));
    assert!(has_text(&s, "Target: $1\u{a0}billion"));
    assert!(has_text(&s, "projection →"));
    assert!(has_text(&s, "reached 2027"));
    assert!(has_text(&s, "US$ million"));
    assert!(has_text(&s, "1,000"), "thousands separator on the axis");
    assert!(has_text(&s, "2010") && has_text(&s, "2030"));
}

#[test]
fn no_crossing_is_drawn_when_the_target_is_not_reached() {
    let s = svg(SeriesId::Uz, 2024, -5.0);
    assert!(!s.contains("reached"));
    assert!(has_text(&s, "Target: $1\u{a0}billion"));
}

#[test]
fn every_actual_point_stays_visible_after_an_earlier_base() {
    let turnover_marker = "fill=\"#222222\"";
    let points = dataset().series(SeriesId::Uz).points.len();
    // One filled marker per actual turnover figure, plus the legend's dot.
    assert_eq!(
        count(&svg(SeriesId::Uz, 2024, 10.0), turnover_marker),
        points + 1
    );
    assert_eq!(
        count(&svg(SeriesId::Uz, 2018, 10.0), turnover_marker),
        points + 1
    );
}

#[test]
fn inexact_points_are_hollow_and_explained() {
    let s = svg(SeriesId::By, 2025, 10.0);
    assert!(has_text(&s, "> lower bound"));
    assert!(has_text(&s, "≈ approximate"));
    assert!(s.contains("<polygon"), "lower-bound triangles");
    let uz = svg(SeriesId::Uz, 2023, 10.0);
    assert!(
        !has_text(&uz, "> lower bound"),
        "the Uzbek series has no lower bounds"
    );
}

#[test]
fn a_steep_projection_is_cut_at_the_top_not_off_the_canvas() {
    let s = svg(SeriesId::Uz, 2024, 40.0);
    for y in s.split("y2=\"").skip(1).chain(s.split("y1=\"").skip(1)) {
        let v: i32 = y.split('"').next().unwrap().parse().unwrap();
        assert!((0..=450).contains(&v), "line leaves the canvas at y={v}");
    }
}

#[test]
fn consecutive_runs_break_at_gaps() {
    let pts = [(2016, 1.0), (2018, 2.0), (2019, 3.0), (2021, 4.0)];
    let runs = consecutive_runs(&pts);
    assert_eq!(runs.len(), 3);
    assert_eq!(runs[1], &[(2018, 2.0), (2019, 3.0)]);
}

/// A 100 × 100 px frame over 2000–2009 and values 0–100.
fn square_frame() -> Frame {
    Frame {
        left: 0.0,
        top: 0.0,
        right: 100.0,
        bottom: 100.0,
        years: (2000, 2009),
        max: 100.0,
    }
}

#[test]
fn clipping_cuts_a_line_where_it_leaves_the_frame() {
    let frame = square_frame();
    let runs = frame.clipped_runs(&[(2000, 50.0), (2001, 150.0), (2002, 200.0)]);
    assert_eq!(runs.len(), 1);
    // Crosses 100 halfway between 2000 and 2001: x of 2000.5 is 10 px.
    assert_eq!(runs[0], vec![(5, 50), (10, 0)]);
}

#[test]
fn a_pixel_maps_back_to_its_year() {
    let frame = square_frame();
    // Ten years over 100 px: 2000 is centred at 5 px, 2009 at 95 px.
    assert_eq!(frame.year_at(5.0), Some(2000));
    assert_eq!(frame.year_at(frame.x(2004.0).into()), Some(2004));
    assert_eq!(frame.year_at(99.9), Some(2009));
    assert_eq!(frame.year_at(-1.0), None);
    assert_eq!(frame.year_at(101.0), None);
}

#[test]
fn ticks_and_steps_are_round_numbers() {
    assert_eq!(nice_step(1000.0, 5), 200.0);
    assert_eq!(nice_step(1100.0, 4), 500.0);
    assert_eq!(
        value_ticks(1100.0, 5),
        vec![0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]
    );
    assert_eq!(year_step(25, 800.0, 40.0), 2);
    assert_eq!(year_step(25, 200.0, 40.0), 10);
}

#[test]
fn the_fan_is_drawn_and_labelled_when_asked() {
    let plain = svg(SeriesId::Uz, 2024, 10.0);
    assert!(!has_text(&plain, "80%"));
    let s = svg_with(SeriesId::Uz, 2024, 10.0, true, &[]);
    assert!(has_text(&s, "50/80/95% ranges"));
    assert!(has_text(&s, "50%") && has_text(&s, "80%"));
    assert!(count(&s, "<polygon") >= 3, "three nested bands");
}

#[test]
fn pinned_scenarios_are_drawn_with_their_names() {
    let pins = [PinLine {
        label: "Fast track".into(),
        points: vec![(2024, 714.0), (2025, 900.0), (2026, 1100.0)],
    }];
    let s = svg_with(SeriesId::Uz, 2024, 10.0, false, &pins);
    assert!(has_text(&s, "Fast track"));
    // Pinned lines use the first muted pin colour.
    assert!(s.contains("stroke=\"#6E6E6E\""));
}

#[test]
fn the_dark_palette_paints_a_dark_background() {
    let s = with_data(SeriesId::Uz, 2024, 10.0, false, &[], None, |d| {
        to_svg(d, Palette::DARK, 800, 450)
    });
    assert!(s.contains("fill=\"#16181D\""));
    assert!(!s.contains("fill=\"#FFFFFF\""));
}

#[test]
fn a_caption_puts_title_and_wrapped_notes_around_the_chart() {
    let caption = Caption {
        title: "Belarus–Uzbekistan trade".into(),
        notes: vec![
            "Source: Uzbek statistics. ".repeat(12),
            "Scenario: 16.5% a year".into(),
        ],
    };
    let s = with_data(SeriesId::Uz, 2024, 16.5, true, &[], Some(&caption), |d| {
        to_svg(d, Palette::LIGHT, 800, 450)
    });
    assert!(has_text(&s, "Belarus–Uzbekistan trade"));
    assert!(has_text(&s, "Scenario: 16.5% a year"));
    // The long source note is wrapped over several lines, each within the width.
    assert_eq!(s.matches("statistics.").count(), 12, "every word drawn");
    let longest = s
        .split("</text>")
        .filter_map(|t| t.rsplit('\n').nth(1))
        .map(|line| line.chars().count())
        .max()
        .unwrap();
    // (800 − 16) px at 10.8 px and 0.58 of a font size a glyph: 125 characters.
    assert!(longest <= 125, "a note line of {longest} characters");
    assert!(
        has_text(&s, "Target: $1\u{a0}billion"),
        "the chart is still drawn"
    );
}

#[test]
fn wrapping_keeps_words_whole() {
    let lines = wrap("aaa bbb ccc ddd", text_width("aaa bbb", 10.0), 10.0);
    assert_eq!(lines, ["aaa bbb", "ccc ddd"]);
    assert_eq!(wrap("", 100.0, 10.0), Vec::<String>::new());
    // A no-break space ("$714\u{a0}million", "1\u{a0}000") holds its words together.
    let lines = wrap(
        "reaches $1\u{a0}billion",
        text_width("reaches $1", 10.0),
        10.0,
    );
    assert_eq!(lines, ["reaches", "$1\u{a0}billion"]);
}

#[test]
fn product_shares_are_drawn_as_labelled_bars_with_the_derived_rest() {
    let s = shares_svg(
        &dataset().products,
        "Other (derived)",
        &Catalog::english().numbers(),
        Palette::LIGHT,
        700,
    );
    assert!(has_text(&s, "Timber, incl. chipboard"));
    assert!(has_text(&s, "25%") && has_text(&s, "37%"));
    assert!(
        has_text(&s, "24%"),
        "the rest of Uzbek imports from Belarus"
    );
    assert_eq!(s.matches(">\nOther (derived)\n</text>").count(), 2);
    // One length scale for both directions.
    let widths: Vec<f64> = s
        .split("<rect ")
        .skip(2)
        .filter_map(|r| r.split("width=\"").nth(1)?.split('"').next()?.parse().ok())
        .collect();
    assert_eq!(widths.len(), 13, "11 named groups and 2 rests");
    let longest = widths.iter().cloned().fold(0.0, f64::max);
    assert_eq!(
        widths[7], longest,
        "finished clothing, 37 %, is the longest bar"
    );
    let ratio = widths[0] / widths[7];
    assert!(
        (ratio - 25.0 / 37.0).abs() < 0.01,
        "timber 25 % against 37 %: {ratio}"
    );
}

/// A canvas drawing area of 800 × 450 whose painted drawings land in the returned list.
fn painted() -> (DrawingArea<CanvasOps, Shift>, Rc<RefCell<Vec<Drawing>>>) {
    let list = Rc::new(RefCell::new(Vec::new()));
    let sink = list.clone();
    let ops = CanvasOps::new(
        (800, 450),
        Box::new(move |d| sink.borrow_mut().push(d.clone())),
    );
    (ops.into_drawing_area(), list)
}

#[test]
fn the_charts_are_presented_once_after_their_last_shape() {
    // `CanvasOps` hands its drawing to the painter when presented: a chart that is not
    // presented would be painted only when its area is dropped, late or (for a PNG read
    // right after drawing) not at all.
    let style = ChartStyle {
        scale: 1.0,
        palette: Palette::LIGHT,
        transparent: false,
    };
    let (chart, chart_painted) = painted();
    // Not reached: the chart ends with the history's markers, no label after them.
    with_data(SeriesId::Uz, 2020, -10.0, true, &[], None, |data| {
        draw(&chart, data, &style)
    })
    .unwrap();
    let (shares, shares_painted) = painted();
    let numbers = Catalog::english().numbers();
    draw_shares(&shares, &dataset().products, "Other", &numbers, &style).unwrap();
    // Counted while the areas live: painted when drawn, not when dropped.
    for drawings in [chart_painted.take(), shares_painted.take()] {
        assert_eq!(drawings.len(), 1, "painted once, as a whole");
        assert!(
            drawings[0].ops.len() > 100,
            "{} numbers",
            drawings[0].ops.len()
        );
    }
    drop((chart, shares));
    assert!(chart_painted.borrow().is_empty() && shares_painted.borrow().is_empty());
}
