//! Pinned scenarios: through the URL, in storage, per data file.

use super::*;

#[test]
fn pinned_scenarios_round_trip_through_the_url() {
    let mut w = Workspace::default();
    w.current.growth = Some(20.0);
    assert!(w.pin_current("Fast, track: 20%", "Scenario 1"));
    w.current = Scenario {
        series: BY,
        target: Some(2000.0),
        ..Scenario::default()
    };
    assert!(w.pin_current("  ", "Scenario 2"));
    assert_eq!(w.pins[1].name, "Scenario 2");
    let query = merge_query("?embed=1", &w.to_query_pairs(shipped()));
    assert_eq!(
        query,
        "?embed=1&series=by&target=2000&pin=name:Fast%2C%20track%3A%2020%25,growth:20\
         &pin=name:Scenario%202,series:by,target:2000"
    );
    let (back, problems) = Workspace::from_query(&query, shipped());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, w);
}

#[test]
fn at_most_three_pins_and_each_needs_a_name() {
    let mut w = Workspace::default();
    for _ in 0..MAX_PINS {
        assert!(w.pin_current("x", "Scenario 1"));
    }
    assert!(!w.pin_current("one too many", "Scenario 1"));
    let (w, problems) = Workspace::from_query(
        "pin=name:a&pin=name:b&pin=name:c&pin=name:d&pin=growth:5",
        shipped(),
    );
    assert_eq!(w.pins.len(), 3);
    assert_eq!(problems.len(), 2);
}

#[test]
fn pin_names_are_plain_and_short() {
    let long = "<b>".repeat(30);
    let (w, _) = Workspace::from_query(&format!("pin=name:{long}%0A"), shipped());
    assert_eq!(w.pins[0].name.chars().count(), NAME_MAX_CHARS);
    assert!(
        w.pins[0].name.starts_with("<b>"),
        "kept as text, shown escaped"
    );
    assert_eq!(clean_name(" a\u{7}b "), "ab");
}

#[test]
fn a_name_cut_at_a_space_reads_back_as_it_was_pinned() {
    // Found by the URL property tests: the cut at 40 characters fell on two spaces, which
    // the name kept, and the next reading of the link trimmed (the pin changed name).
    let name = format!("{}  tail", "a".repeat(NAME_MAX_CHARS - 1));
    assert_eq!(clean_name(&name), "a".repeat(NAME_MAX_CHARS - 1));
    let (w, _) =
        Workspace::from_query(&format!("pin=name:{}", name.replace(' ', "%20")), shipped());
    let (back, problems) =
        Workspace::from_query(&merge_query("", &w.to_query_pairs(shipped())), shipped());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, w);
}

#[test]
fn stored_pins_survive_and_corrupt_storage_is_ignored() {
    let mut w = Workspace::default();
    w.current.growth = Some(5.0);
    w.pin_current("Slow", "Scenario 1");
    let stored = pins_to_storage(&w.pins, shipped());
    assert_eq!(pins_from_storage(&stored, shipped()), w.pins);
    for corrupt in [
        "",
        "{\"json\":1}",
        "trade-outlook pins v0\nname:x",
        "\u{0}\u{ffff}",
    ] {
        assert!(
            pins_from_storage(corrupt, shipped()).is_empty(),
            "{corrupt:?}"
        );
    }
    let partly = format!("{stored}\ngarbage\nname:Ok,growth:1e999");
    let pins = pins_from_storage(&partly, shipped());
    assert_eq!(pins.len(), 2);
    assert_eq!(pins[1].scenario.growth, None, "bad value falls back");
}

#[test]
fn each_data_file_keeps_its_own_pins_and_the_default_keeps_the_old_key() {
    assert_eq!(pins_storage_key(DEFAULT_DATA), "trade-outlook:pins");
    assert_eq!(
        pins_storage_key("synthetic-pair"),
        "trade-outlook:pins:synthetic-pair"
    );
    assert_ne!(pins_storage_key("a"), pins_storage_key("b"));
}
