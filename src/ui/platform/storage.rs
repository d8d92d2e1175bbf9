//! The last session's pinned scenarios in localStorage. Any failure (storage blocked
//! in a sandboxed iframe, quota, corrupt text) means "nothing stored", never an error.
//! (Hand-written: gloo-storage throws when the browser blocks storage.)

use crate::data::dataset;
use crate::scenario::{pins_from_storage, pins_to_storage, Pin};

/// The localStorage key.
const KEY: &str = "trade-outlook:pins";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Pins saved by an earlier visit (empty when none or unreadable).
pub fn load_pins() -> Vec<Pin> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map_or(Vec::new(), |text| pins_from_storage(&text, dataset()))
}

/// Saves `pins` for the next visit; silently does nothing when storage is unavailable.
pub fn save_pins(pins: &[Pin]) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &pins_to_storage(pins, dataset()));
    }
}
