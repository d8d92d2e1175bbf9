//! The data-file fixtures (`tests/data/fixtures.rs`: the shipped file, the synthetic
//! pair, bad files) read by `parse` as the page reads them.

use super::{latest_figures, parse};
use crate::i18n::plain_english;

#[path = "../../../tests/data/fixtures.rs"]
pub(super) mod list;

use list::Read;

/// Reads a data file as the page does, in English: its latest figures, or its faults.
fn read(name: &str, text: &str) -> Read {
    match parse(name, text) {
        Ok(data) => Read::Accepted(latest_figures(&data)),
        Err(e) => Read::Refused(e.faults.iter().map(|f| f.say(plain_english())).collect()),
    }
}

#[test]
fn every_fixture_reads_as_the_list_says() {
    if let Err(wrong) = list::check_all(read) {
        panic!("{wrong}");
    }
}
