//! The live chart's rules that are not drawing: how sharp its canvas is, and where the
//! hover read-out sits.

/// The largest device pixel ratio drawn at (beyond it a canvas costs memory, not
/// sharpness).
const MAX_PIXEL_RATIO: f64 = 4.0;

/// Half the hover read-out's width, CSS px at most (it is about 18 rem wide, centred on
/// the pointer).
const HOVER_HALF_WIDTH: f64 = 150.0;

/// The device pixels per CSS pixel a canvas is drawn at, from the screen's reported
/// ratio: at least 1, at most 4; 1 when the ratio is not a number.
pub fn pixel_ratio(reported: f64) -> f64 {
    if reported.is_finite() {
        reported.clamp(1.0, MAX_PIXEL_RATIO)
    } else {
        1.0
    }
}

/// Where the hover read-out's centre goes for a pointer at `pointer_x` over a chart
/// `width` CSS px wide: under the pointer, but kept inside the chart.
pub fn hover_centre(pointer_x: f64, width: f64) -> f64 {
    let edge = (width / 2.0).min(HOVER_HALF_WIDTH);
    let right = (width - edge).max(edge);
    pointer_x.clamp(edge, right)
}

/// The chart's title: the one the link gives, or the data set's title for `series`.
pub fn title(t: &crate::i18n::Catalog, given: Option<&str>, series: &str) -> String {
    match given {
        Some(title) => title.to_string(),
        None => t.fill_text(&t.data().chart_title, &[("series", series)]),
    }
}
