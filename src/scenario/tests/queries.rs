//! Links with more than the scenario: other keys kept as written, the way back to the
//! default data, the one filter of queries.

use super::*;

#[test]
fn other_keys_are_kept_when_the_scenario_is_written() {
    let merged = merge_query(
        "?embed=1&growth=3&lang=ru&flag",
        &[
            (UrlKey::Growth, "4.5".to_string()),
            (UrlKey::Lang, "be".to_string()),
        ],
    );
    assert_eq!(merged, "?embed=1&flag&growth=4.5&lang=be");
    assert_eq!(merge_query("?growth=3&lang=ru", &[]), "");
}

#[test]
fn the_way_back_to_the_default_data_keeps_the_rest_of_the_link() {
    assert_eq!(
        without_data("?data=x&lang=ru&growth=9&data=y&embed=1"),
        "?lang=ru&growth=9&embed=1"
    );
    assert_eq!(without_data("?data=synthetic-pair"), "");
    assert_eq!(without_data("?%64ata=x&dataset=1"), "?dataset=1");
}

#[test]
fn one_filter_of_queries_keeps_pairs_as_written() {
    // Keys compared decoded (`d%61ta` is `data`); kept pairs as written, order kept.
    assert_eq!(
        filter_query(
            "?embed=1&d%61ta=x&title=A%20B&flag",
            |k| k == UrlKey::Data,
            &[]
        ),
        "?embed=1&title=A%20B&flag"
    );
    assert_eq!(
        filter_query(
            "?growth=5",
            |k| k == UrlKey::Growth,
            &[(UrlKey::Growth, "7".to_string())]
        ),
        "?growth=7"
    );
    assert_eq!(filter_query("", |_| true, &[]), "");
    assert_eq!(filter_query("?&&", |_| false, &[]), "");
}

#[test]
fn an_empty_pair_is_not_written_back() {
    // Found by the URL property tests: `=` was written back as an empty pair (`?flag&`),
    // which the next writing dropped: the address changed twice for one change.
    let once = merge_query("?flag&=&embed=1&=", &[(UrlKey::Growth, "5".to_string())]);
    assert_eq!(once, "?flag&embed=1&growth=5");
    assert_eq!(
        merge_query(&once, &[(UrlKey::Growth, "5".to_string())]),
        once
    );
}

#[test]
fn only_one_question_mark_leads_a_query() {
    // Found by the URL property tests: a kept pair written first after the `?` (here
    // `?growth=5`, from `&?growth=5`) lost its own `?` when read back, and became the
    // scenario's `growth`. A browser's URLSearchParams reads the key `?growth` too.
    let merged = merge_query("&?growth=5&embed=1", &[]);
    assert_eq!(merged, "??growth=5&embed=1");
    assert_eq!(
        Scenario::from_query(&merged, shipped()).0,
        Scenario::default()
    );
    assert_eq!(
        Scenario::from_query("?growth=5", shipped()).0.growth,
        Some(5.0)
    );
}
