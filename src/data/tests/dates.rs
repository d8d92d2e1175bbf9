//! How current the figures are: the file's dates, read and checked.

use super::*;
use crate::data::{date_faults, figures_as_of, parse_for_editor, Day};
use crate::i18n::plain_english;

fn day(written: &str) -> Day {
    Day::parse(written).expect("a day")
}

#[test]
fn only_real_days_written_in_full_are_read() {
    assert_eq!(
        day("2026-12-04"),
        Day {
            year: 2026,
            month: 12,
            day: 4
        }
    );
    assert_eq!(day("2024-02-29").day, 29);
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-04-31",
        "2026-1-04",
        "04.12.2026",
        "2026-12",
        "",
        "2026-12-04T10:00",
        "２０２６-12-04",
    ] {
        assert_eq!(Day::parse(bad), None, "{bad}");
    }
    assert_eq!(day("2026-12-04").iso(), "2026-12-04");
}

#[test]
fn days_are_counted_from_the_unix_epoch() {
    assert_eq!(Day::from_unix_days(0), day("1970-01-01"));
    assert_eq!(Day::from_unix_days(-1), day("1969-12-31"));
    assert_eq!(Day::from_unix_days(11_016), day("2000-02-29"));
    assert_eq!(Day::from_unix_days(20_792), day("2026-12-05"));
    assert_eq!(
        Day::from_unix_millis(20_792.0 * 86_400_000.0 - 1.0),
        day("2026-12-04")
    );
    assert_eq!(Day::from_unix_millis(f64::NAN), day("1970-01-01"));
}

#[test]
fn the_shipped_file_says_when_its_figures_were_checked() {
    let today = day("2026-12-05");
    assert_eq!(figures_as_of(shipped(), today), Some(day("2026-12-04")));
    assert!(date_faults(shipped(), today).is_empty());
    assert!(shipped().sources.iter().all(|s| s.read.is_some()));
}

#[test]
fn a_missing_malformed_or_future_date_is_named_and_never_shown() {
    let today = day("2026-12-05");
    let mut data = shipped().clone();
    data.figures_as_of = Some("2027-01-01".to_string());
    data.sources[0].read = None;
    data.sources[1].read = Some("4 Dec 2026".to_string());
    assert_eq!(figures_as_of(&data, today), None);
    let said: Vec<String> = date_faults(&data, today)
        .iter()
        .map(|f| f.say(plain_english()))
        .collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said[0].contains("figures_as_of 2027-01-01 is after today (2026-12-05)"),
        "{}",
        said[0]
    );
    assert!(
        said[1].contains(&format!("source \"{}\"", data.sources[0].id)),
        "{}",
        said[1]
    );
    assert!(said[1].contains("`read` is missing"), "{}", said[1]);
    assert!(said[2].contains("`4 Dec 2026` is not a day"), "{}", said[2]);
    data.figures_as_of = Some("2026-02-30".to_string());
    assert_eq!(figures_as_of(&data, today), None);
    data.figures_as_of = None;
    assert_eq!(figures_as_of(&data, today), None);
}

#[test]
fn the_editors_check_refuses_a_file_the_page_still_reads() {
    let text = include_str!("../../../data/belarus-uzbekistan.json").replace(
        "\"figures_as_of\": \"2026-12-04\",",
        "\"figures_as_of\": \"2099-01-01\",",
    );
    assert!(crate::data::parse("x.json", &text).is_ok());
    let error = parse_for_editor("x.json", &text, day("2026-12-05")).expect_err("a future date");
    assert!(error
        .say(plain_english())
        .starts_with("x.json: figures_as_of 2099-01-01"));
}
