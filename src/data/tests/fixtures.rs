//! The data-file fixtures (`tests/data/fixtures.rs`: the shipped file, the synthetic
//! pair, bad files) read by `parse` as the page reads them: natively in `cargo test`,
//! and compiled to wasm in headless Chromium (`make test-wasm`), the browser's own
//! parse path: the same test on both targets.

use super::{latest_figures, parse};
use crate::i18n::plain_english;

#[path = "../../../tests/data/fixtures.rs"]
pub(super) mod list;

use list::Read;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// Reads a data file as the page does, in English: its latest figures, or its faults.
fn read(name: &str, text: &str) -> Read {
    match parse(name, text) {
        Ok(data) => Read::Accepted(latest_figures(&data, plain_english())),
        Err(e) => Read::Refused(e.faults.iter().map(|f| f.say(plain_english())).collect()),
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_fixture_reads_as_the_list_says() {
    if let Err(wrong) = list::check_all(read) {
        panic!("{wrong}");
    }
}
