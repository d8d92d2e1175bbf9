//! Every change a reader makes, as a method: what a control sends (the text of a field,
//! the value of a list or a button) in, a valid scenario or workspace out. Entries that
//! cannot be used leave the state as it was.

use super::workspace::room_for_another_pin;
use super::{clamp_growth, clamp_target, parse_year, Pin, Scenario, Workspace, MAX_PINS};
use crate::data::{DataSet, Series};
use crate::format::parse_decimal;

/// The years a reader may start the history window at: the series' years with a
/// turnover before the base year, oldest first.
pub fn window_years(series: &Series, base_year: i32) -> Vec<i32> {
    series.turnover_years().filter(|y| *y < base_year).collect()
}

/// A growth rate typed in a field or set by a slider, clamped into the slider's range;
/// `None` for text that is not a number.
pub fn typed_growth(typed: &str) -> Option<f64> {
    parse_decimal(typed).and_then(clamp_growth)
}

/// The base years a reader may choose: the series' years with a turnover, newest first.
pub fn base_years(series: &Series) -> Vec<i32> {
    let mut years: Vec<i32> = series.turnover_years().collect();
    years.reverse();
    years
}

impl Scenario {
    /// Shows the series whose id is `id`; an unknown id changes nothing.
    pub fn choose_series(&mut self, id: &str, data: &DataSet) {
        if let Some(index) = data.series_index(id) {
            self.series = index;
        }
    }

    /// Sets the base year chosen in its list (a year as text).
    pub fn choose_base(&mut self, year: &str) {
        if let Ok(y) = year.trim().parse::<i32>() {
            self.base = Some(y);
        }
    }

    /// Sets the history window's first year chosen in its list (a year as text).
    pub fn choose_window(&mut self, year: &str) {
        if let Ok(y) = year.trim().parse::<i32>() {
            self.from = Some(y);
        }
    }

    /// Sets the target typed in its field (clamped into the accepted range); text that
    /// is not a number changes nothing.
    pub fn type_target(&mut self, typed: &str) {
        if let Some(value) = parse_decimal(typed).and_then(clamp_target) {
            self.target = Some(value);
        }
    }

    /// Chooses one of the data set's targets: its own deadline applies again, so a
    /// deadline typed for another target is cleared.
    pub fn choose_known_target(&mut self, value: f64) {
        self.target = Some(value);
        self.by = None;
    }

    /// Sets the deadline typed in its field; a text that is not a year in range
    /// changes nothing.
    pub fn type_deadline(&mut self, typed: &str) {
        if let Some(y) = parse_year(typed) {
            self.by = Some(y);
        }
    }

    /// Sets the horizon's last year typed in its field; as [`Scenario::type_deadline`].
    pub fn type_horizon(&mut self, typed: &str) {
        if let Some(y) = parse_year(typed) {
            self.to = Some(y);
        }
    }
}

impl Workspace {
    /// True when another scenario can be pinned.
    pub fn can_pin(&self) -> bool {
        room_for_another_pin(self.pins.len())
    }

    /// Removes the pin at `index`; an index past the end changes nothing.
    pub fn unpin(&mut self, index: usize) {
        if index < self.pins.len() {
            self.pins.remove(index);
        }
    }

    /// Puts back the pins of an earlier visit in place of the current ones (at most
    /// [`MAX_PINS`]).
    pub fn restore(&mut self, pins: Vec<Pin>) {
        self.pins = pins;
        self.pins.truncate(MAX_PINS);
    }
}
