use super::plot_labels::marker_boxes;
use super::*;
use crate::data::shipped;
use crate::data::PointKind;
use crate::model::Assumptions;
use std::cell::RefCell;
use std::rc::Rc;

/// The shipped data set's series: Uzbek, then Belarusian statistics.
const UZ: usize = 0;
const BY: usize = 1;

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
        numbers: crate::i18n::english().numbers(),
    }
}

fn svg(series: usize, base_year: i32, growth_pct: f64) -> String {
    svg_with(series, base_year, growth_pct, false, &[])
}

/// The chart as an 800 × 450 SVG.
fn svg_with(
    series: usize,
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
    series: usize,
    base_year: i32,
    growth_pct: f64,
    with_fan: bool,
    pins: &[PinLine],
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let series = shipped().series(series);
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
    let s = svg(UZ, 2024, 16.5);
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
    let s = svg(UZ, 2024, -5.0);
    assert!(!s.contains("reached"));
    assert!(has_text(&s, "Target: $1\u{a0}billion"));
}

#[test]
fn every_actual_point_stays_visible_after_an_earlier_base() {
    let turnover_marker = "fill=\"#222222\"";
    let uz = shipped().series(UZ);
    let points = uz
        .points
        .iter()
        .filter(|p| p.kind == PointKind::Reported)
        .count();
    // One filled marker per reported turnover figure, plus the legend's dot.
    assert_eq!(count(&svg(UZ, 2024, 10.0), turnover_marker), points + 1);
    assert_eq!(count(&svg(UZ, 2018, 10.0), turnover_marker), points + 1);
}

#[test]
fn inexact_points_are_hollow_and_explained() {
    let s = svg(BY, 2025, 10.0);
    assert!(has_text(&s, "> lower bound"));
    assert!(has_text(&s, "≈ approximate"));
    assert!(s.contains("<polygon"), "lower-bound triangles");
    let uz = svg(UZ, 2023, 10.0);
    assert!(
        !has_text(&uz, "> lower bound"),
        "the Uzbek series has no lower bounds"
    );
}

/// The SVG's polylines as lists of (x, y) (plotters writes each path and dash as one).
fn polylines(svg: &str) -> Vec<Vec<(i32, i32)>> {
    svg.split("<polyline")
        .skip(1)
        .filter_map(|p| p.split("points=\"").nth(1)?.split('"').next())
        .map(|pts| {
            pts.split_whitespace()
                .filter_map(|xy| {
                    let (x, y) = xy.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_steep_projection_is_cut_at_the_top_not_off_the_canvas() {
    let (s, l) = with_data(UZ, 2024, 40.0, false, &[], None, |d| {
        (
            to_svg(d, Palette::LIGHT, 800, 450),
            layout(d, (800.0, 450.0), 1.0),
        )
    });
    let lines = polylines(&s);
    assert!(lines.len() > 20, "the lines are read from the SVG");
    for (x, y) in lines.iter().flatten() {
        assert!(
            (0..=800).contains(x) && (0..=450).contains(y),
            "({x}, {y}) off the canvas"
        );
    }
    // 714 × 1.4¹¹ is far above the axis: the dashed turnover is cut at the plot's top
    // edge. Only the legend's swatches (flat, on a legend row) lie above it.
    let top = l.frame.top.round() as i32;
    let rows: Vec<i32> = l.legend.iter().map(|e| e.at.1 as i32).collect();
    let swatch = |line: &Vec<(i32, i32)>| line.iter().all(|p| rows.contains(&p.1));
    for line in lines.iter().filter(|l| !swatch(l)) {
        assert!(
            line.iter().all(|p| p.1 >= top - 1),
            "a line rises above the plot: {line:?}"
        );
    }
    assert!(
        lines.iter().flatten().any(|p| p.1 == top),
        "a line ends at the top edge"
    );
}

#[test]
fn the_layout_stacks_legend_unit_plot_and_axis_inside_the_canvas() {
    for width in [320.0, 800.0, 1400.0] {
        let l = with_data(BY, 2021, 12.0, true, &[], None, |d| {
            layout(d, (width, 450.0), 1.0)
        });
        for label in l.labels() {
            assert!(
                label.bounds().inside(width, 450.0),
                "{width}: {label:?} leaves the canvas"
            );
        }
        let legend_bottom = l
            .legend
            .iter()
            .map(|e| e.label.bounds().bottom)
            .fold(0.0, f64::max);
        assert!(
            l.unit.bounds().top >= legend_bottom,
            "{width}: unit under the legend"
        );
        assert!(
            l.frame.top >= l.unit.bounds().bottom,
            "{width}: plot under the unit"
        );
        assert!(l
            .year_ticks
            .iter()
            .all(|t| t.bounds().top >= l.frame.bottom));
        assert!(l
            .value_ticks
            .iter()
            .all(|t| t.bounds().right <= l.frame.left));
        // Narrow canvases get the compact legend: the plot labels projection and target.
        let names: Vec<&str> = l.legend.iter().map(|e| e.label.text.as_str()).collect();
        assert_eq!(
            names.contains(&"Target: $1\u{a0}billion"),
            width >= 480.0,
            "{width}: {names:?}"
        );
    }
}

#[test]
fn no_label_covers_another_at_any_width_or_scenario() {
    let pins = [PinLine {
        label: "A pinned scenario with a long name, forty".into(),
        points: (2024..=2035)
            .map(|y| (y, 700.0 * 1.1f64.powi(y - 2024)))
            .collect(),
    }];
    let scenarios = [
        (UZ, 2024, -20.0),
        (UZ, 2024, 0.0),
        (UZ, 2024, 16.5),
        (UZ, 2024, 40.0),
        (UZ, 2025, 28.0),
        (UZ, 2025, 5.0),
        (UZ, 2012, 8.0),
        (UZ, 2018, 25.0),
        (BY, 2025, 5.0),
        (BY, 2021, 30.0),
        (BY, 2016, 12.0),
    ];
    // The chart box's aspect: 6:5 on phones, 9:4 from 560 CSS px.
    for css_width in [300.0, 320.0, 360.0, 414.0, 560.0, 700.0, 1036.0, 1400.0] {
        let css_height: f64 = if css_width < 560.0 {
            css_width * 5.0 / 6.0
        } else {
            css_width * 4.0 / 9.0
        };
        for scale in [1.0, 2.0] {
            let size = (css_width * scale, css_height * scale);
            for (series, base, growth) in scenarios {
                for pinned in [&pins[..0], &pins[..]] {
                    let (l, markers) = with_data(series, base, growth, true, pinned, None, |d| {
                        let l = layout(d, size, scale);
                        let markers = marker_boxes(d, &l.frame, scale);
                        (l, markers)
                    });
                    let labels: Vec<&Label> = l.labels().collect();
                    let at =
                        format!("{css_width}×{css_height} @{scale}, {series:?} {base} {growth}%");
                    if let Some((_, reached)) = &l.reached {
                        let covered = markers.iter().find(|m| m.overlaps(&reached.bounds()));
                        assert!(covered.is_none(), "{at}: {reached:?} covers {covered:?}");
                    }
                    for (i, a) in labels.iter().enumerate() {
                        assert!(
                            a.bounds().inside(size.0, size.1),
                            "{at}: {a:?} leaves the canvas"
                        );
                        for b in &labels[i + 1..] {
                            assert!(
                                !a.bounds().overlaps(&b.bounds()),
                                "{at}: {a:?} covers {b:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_fan_is_drawn_and_labelled_when_asked() {
    let plain = svg(UZ, 2024, 10.0);
    assert!(!has_text(&plain, "80%"));
    let s = svg_with(UZ, 2024, 10.0, true, &[]);
    assert!(has_text(&s, "50/80/95% ranges"));
    assert!(has_text(&s, "50%") && has_text(&s, "80%"));
    assert!(count(&s, "<polygon") >= 3, "three nested bands");
    // The levels are stacked at one year, the widest band's on top, on the phone too.
    for size in [(800.0, 450.0), (336.0, 280.0)] {
        let l = with_data(UZ, 2024, 16.5, true, &[], None, |d| layout(d, size, 1.0));
        let texts: Vec<&str> = l.fan_labels.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["95%", "80%", "50%"], "{size:?}");
        assert!(l.fan_labels.iter().all(|f| f.at.0 == l.fan_labels[0].at.0));
        assert!(
            l.fan_labels.windows(2).all(|w| w[0].at.1 < w[1].at.1),
            "{:?}",
            l.fan_labels
        );
    }
}

#[test]
fn pinned_scenarios_are_drawn_with_their_names() {
    let pins = [PinLine {
        label: "Fast track".into(),
        points: vec![(2024, 714.0), (2025, 900.0), (2026, 1100.0)],
    }];
    let s = svg_with(UZ, 2024, 10.0, false, &pins);
    assert!(has_text(&s, "Fast track"));
    // Pinned lines use the first muted pin colour.
    assert!(s.contains("stroke=\"#6E6E6E\""));
}

#[test]
fn the_dark_palette_paints_a_dark_background() {
    let s = with_data(UZ, 2024, 10.0, false, &[], None, |d| {
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
    let s = with_data(UZ, 2024, 16.5, true, &[], Some(&caption), |d| {
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
fn product_shares_are_drawn_as_labelled_bars_with_the_derived_rest() {
    let s = shares_svg(
        shipped().products.as_ref().unwrap(),
        crate::i18n::Lang::En,
        "Other (derived)",
        &crate::i18n::english().numbers(),
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
    with_data(UZ, 2020, -10.0, true, &[], None, |data| {
        draw(&chart, data, &style)
    })
    .unwrap();
    let (shares, shares_painted) = painted();
    let numbers = crate::i18n::english().numbers();
    let products = shipped().products.as_ref().unwrap();
    draw_shares(
        &shares,
        products,
        crate::i18n::Lang::En,
        "Other",
        &numbers,
        &style,
    )
    .unwrap();
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
