//! The growth slider's shading.

use crate::scenario::slider_position;

/// Where the slider's shading starts and ends, in % of its length: between the baseline
/// and the rate in effect, whichever is lower first.
pub fn shade(rate: f64, baseline: f64) -> (f64, f64) {
    (
        slider_position(rate.min(baseline)),
        slider_position(rate.max(baseline)),
    )
}
