//! Axis ranges, tick positions and the data → pixel mapping.

/// A "nice" step for about `count` intervals over `span`: 1, 2, 2.5 or 5 × 10ᵏ.
pub fn nice_step(span: f64, count: usize) -> f64 {
    let raw = (span / count.max(1) as f64).max(f64::MIN_POSITIVE);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// Ticks from 0 to the first multiple of the step at or above `max`.
pub fn value_ticks(max: f64, count: usize) -> Vec<f64> {
    let step = nice_step(max.max(1.0), count);
    let n = (max.max(1.0) / step).ceil() as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}

/// A year step (1, 2, 5, 10, 20…) such that `years` labels of `label_width` fit `width`.
pub fn year_step(years: i32, width: f64, label_width: f64) -> i32 {
    let fits = |step: i32| f64::from(years / step + 1) * label_width <= width;
    [1, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|s| fits(*s))
        .unwrap_or(100)
}

/// Maps years and values to pixels inside a plot rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Left, top, right, bottom edges of the plot, pixels.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
    /// First and last year shown (each padded by half a year).
    pub years: (i32, i32),
    /// Value at the top edge (the bottom is 0).
    pub max: f64,
}

impl Frame {
    /// Pixel x of a (possibly fractional) year.
    pub fn x(&self, year: f64) -> i32 {
        let (first, last) = (f64::from(self.years.0) - 0.5, f64::from(self.years.1) + 0.5);
        let t = (year - first) / (last - first).max(1.0);
        (self.left + t * (self.right - self.left)).round() as i32
    }

    /// The year nearest to pixel `x`, or `None` outside the plot.
    pub fn year_at(&self, x: f64) -> Option<i32> {
        if x < self.left || x > self.right {
            return None;
        }
        let (first, last) = (f64::from(self.years.0) - 0.5, f64::from(self.years.1) + 0.5);
        let year = first + (x - self.left) / (self.right - self.left).max(1.0) * (last - first);
        Some((year.round() as i32).clamp(self.years.0, self.years.1))
    }

    /// Pixel y of a value (0 at the bottom edge).
    pub fn y(&self, value: f64) -> i32 {
        let t = value / self.max.max(f64::MIN_POSITIVE);
        (self.bottom - t * (self.bottom - self.top)).round() as i32
    }

    /// Pixel position of a year's value.
    pub fn at(&self, year: i32, value: f64) -> (i32, i32) {
        (self.x(f64::from(year)), self.y(value))
    }

    /// Cuts a polyline of (year, value) points to the part at or below the top edge;
    /// returns the visible runs in pixels.
    pub fn clipped_runs(&self, points: &[(i32, f64)]) -> Vec<Vec<(i32, i32)>> {
        let mut runs: Vec<Vec<(i32, i32)>> = Vec::new();
        let mut current: Vec<(i32, i32)> = Vec::new();
        for pair in points.windows(2) {
            let ((y0, v0), (y1, v1)) = (pair[0], pair[1]);
            let (x0, x1) = (f64::from(y0), f64::from(y1));
            let cross = |from: f64, to: f64| x0 + (x1 - x0) * (self.max - from) / (to - from);
            match (v0 <= self.max, v1 <= self.max) {
                (true, true) => {
                    if current.is_empty() {
                        current.push(self.at(y0, v0));
                    }
                    current.push(self.at(y1, v1));
                }
                (true, false) => {
                    if current.is_empty() {
                        current.push(self.at(y0, v0));
                    }
                    current.push((self.x(cross(v0, v1)), self.y(self.max)));
                    runs.push(std::mem::take(&mut current));
                }
                (false, true) => {
                    current.push((self.x(cross(v1, v0)), self.y(self.max)));
                    current.push(self.at(y1, v1));
                }
                (false, false) => {}
            }
        }
        if current.len() > 1 {
            runs.push(current);
        }
        runs
    }
}

/// Splits (year, value) points into runs of consecutive years: a missing year is a gap.
pub fn consecutive_runs(points: &[(i32, f64)]) -> Vec<&[(i32, f64)]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=points.len() {
        if i == points.len() || points[i].0 != points[i - 1].0 + 1 {
            runs.push(&points[start..i]);
            start = i;
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
}
