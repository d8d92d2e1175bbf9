//! The last session's pinned scenarios in localStorage, one list a data file. Any
//! failure (storage blocked in a sandboxed iframe, quota, corrupt text) means "nothing
//! stored", never an error. (Hand-written: gloo-storage throws when the browser blocks
//! storage.)

use crate::data::DataSet;
use crate::scenario::{pins_from_storage, pins_storage_key, pins_to_storage, Pin};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Pins saved over `data` (named `data_name`) by an earlier visit (empty when none or
/// unreadable).
pub fn load_pins(data: &DataSet, data_name: &str) -> Vec<Pin> {
    storage()
        .and_then(|s| s.get_item(&pins_storage_key(data_name)).ok().flatten())
        .map_or(Vec::new(), |text| pins_from_storage(&text, data))
}

/// Saves `pins` for the next visit; silently does nothing when storage is unavailable.
pub fn save_pins(pins: &[Pin], data: &DataSet, data_name: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&pins_storage_key(data_name), &pins_to_storage(pins, data));
    }
}
