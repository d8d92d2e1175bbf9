//! What the charts show: the target, the projection and its crossing, every actual point
//! with its kind, the fan, pinned scenarios, the palettes, a caption, the product shares.

use super::*;
use crate::data::PointKind;

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
