//! Where everything goes: inside the canvas, the legend, unit, plot and axes stacked, no
//! label covering another at any width or scenario.

use super::*;
use crate::chart::plot_labels::marker_boxes;

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
