//! The URL codec tried on any query: arbitrary text, and queries made of the real keys
//! with extreme values (NaN, infinities, huge and negative numbers, percent-escapes,
//! unicode, broken `pin=` values), over the shipped data and the synthetic pair. Reading
//! never panics; the workspace read, written back, reads back without a problem to what it
//! meant, and from then on to itself (the written query is a fixed point); other keys of
//! a link never change what the scenario's keys say.

use super::*;
use crate::data::{parse, DataSet};
use crate::test_cases::cases;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use query::raw_pairs;

/// The synthetic pair of the tests, read as the page reads it.
fn synthetic() -> &'static DataSet {
    static DATA: std::sync::OnceLock<DataSet> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let text = include_str!("../../../tests/data/synthetic-pair.json");
        parse("synthetic-pair.json", text).expect("the synthetic pair is valid")
    })
}

/// A data set the queries are read over (named, so that a failing case prints its name).
#[derive(Clone, Copy, Debug)]
enum Over {
    /// The shipped one: two series, a target with a deadline.
    Shipped,
    /// The synthetic pair: one series with gaps, ids with digits and `-`.
    Synthetic,
}

impl Over {
    /// The data set itself.
    fn data(self) -> &'static DataSet {
        match self {
            Over::Shipped => shipped(),
            Over::Synthetic => synthetic(),
        }
    }
}

/// Either data set, the shipped one more often.
fn data_set() -> impl Strategy<Value = Over> {
    prop_oneof![3 => Just(Over::Shipped), 1 => Just(Over::Synthetic)]
}

/// Numbers as a link may write them: any `f64` as Rust prints it (NaN, inf, −0, 1e308),
/// plain and huge integers, long decimals, and what is not quite a number.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        (-60.0..120.0f64).prop_map(|v| format!("{v:.3}")),
        (1.0..200_000.0f64).prop_map(|v| format!("{v:.1}")),
        any::<i64>().prop_map(|v| v.to_string()),
        "-?[0-9]{15,40}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,4})?",
        prop::sample::select(vec![
            "NaN", "inf", "-inf", "infinity", "1e308", "1e999", "-1e999", "1e-400", "-0", "",
            " 12.5 ", "12,5", "0x10", "+5", "5.", ".5", "-", "٣", "１２", "1_000",
        ])
        .prop_map(String::from),
    ]
}

/// Years as a link may write them: near the data's, at the `i32` limits, or not a year.
fn year() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (1980..2070i32).prop_map(|y| y.to_string()),
        1 => any::<i32>().prop_map(|y| y.to_string()),
        1 => "[0-9]{5,12}",
        1 => number(),
    ]
}

/// A series id: the data sets' own, in another case, or anything.
fn series_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "uz",
            "by",
            "UZ",
            "By",
            "test-stat",
            "TEST-STAT",
            "",
            "xx"
        ])
        .prop_map(String::from),
        "\\PC{0,8}",
    ]
}

/// A value for `key`: of the kind the key takes most of the time, else anything.
fn value_for(key: &str) -> BoxedStrategy<String> {
    let own = match key {
        "series" => series_id().boxed(),
        "base" | "by" | "to" | "from" => year().boxed(),
        "pin" => pin_value().boxed(),
        _ => number().boxed(),
    };
    prop_oneof![6 => own, 1 => any::<String>(), 1 => "[%&=:,+?#]{0,6}"].boxed()
}

/// Percent-encodes every byte of `text` (a link may escape what it need not).
fn escape_all(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

/// `text` as it may stand in a link: as is, every byte escaped, spaces as `+`, or with a
/// broken escape in front.
fn spelt(text: String) -> impl Strategy<Value = String> {
    let escaped = escape_all(&text);
    let plus = text.replace(' ', "+");
    let broken = format!("%{text}");
    prop::sample::select(vec![text, escaped, plus, broken])
}

/// A pin's name: short or around the 40 characters kept, spaces anywhere (the cut may
/// fall on one), control characters, commas and colons, any text.
fn pin_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ,:%]{0,12}",
        "[a-z ]{35,45}",
        " {0,3}[a-z]{38,41} {1,3}[a-z]{0,3}",
        "[\\x00-\\x1f a-z\u{7f}\u{85}\u{a0}\u{2028}]{0,50}",
        any::<String>(),
    ]
}

/// A `pin=` value: `name:…` (escaped as the app writes it, or not) and the scenario's
/// keys with `:` and `,`, in any order, some without a name or with a broken part.
fn pin_value() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "series", "base", "growth", "exports", "imports", "target", "by", "to", "from", "pin",
        "name", "", "x",
    ]);
    let part = key.prop_flat_map(|k| {
        let value = match k {
            "series" => series_id().boxed(),
            "base" | "by" | "to" | "from" => year().boxed(),
            _ => number().boxed(),
        };
        value.prop_map(move |v| format!("{k}:{v}"))
    });
    let name = pin_name().prop_flat_map(|n| {
        let app = crate::scenario::workspace::encode(&n);
        prop::sample::select(vec![
            format!("name:{app}"),
            format!("name:{n}"),
            String::new(),
        ])
    });
    (
        name,
        prop::collection::vec(part, 0..5),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(name, mut parts, at)| {
            let at = at.index(parts.len() + 1);
            parts.insert(at, name);
            parts.join(",")
        })
}

/// One pair of a query: one of the scenario's keys, the language or data file's, another
/// key, or anything, with a value of its kind; each perhaps escaped; some without `=`.
fn pair() -> impl Strategy<Value = String> {
    let keys: Vec<&str> = UrlKey::SCENARIO
        .iter()
        .map(|k| k.as_str())
        .chain(["lang", "data", "embed", "theme"])
        .collect();
    let key = prop_oneof![8 => prop::sample::select(keys), 1 => Just("")];
    let pair = key.prop_flat_map(|k| {
        (
            spelt(k.to_string()),
            value_for(k).prop_flat_map(spelt),
            0..8u8,
        )
    });
    let pair = pair.prop_map(|(k, v, form)| match form {
        0 => k,
        1 => format!("?{k}={v}"),
        2 => format!("{k}={v}={v}"),
        _ => format!("{k}={v}"),
    });
    prop_oneof![12 => pair, 1 => any::<String>(), 1 => "[?&=%+#]{0,4}"]
}

/// A query of up to a dozen such pairs, with or without its `?`.
fn query() -> impl Strategy<Value = String> {
    (any::<bool>(), prop::collection::vec(pair(), 0..12)).prop_map(|(mark, pairs)| {
        let q = pairs.join("&");
        if mark {
            format!("?{q}")
        } else {
            q
        }
    })
}

/// The query the app writes into the address for `w`.
fn written(w: &Workspace, data: &DataSet) -> String {
    merge_query("", &w.to_query_pairs(data))
}

/// What a workspace means: its scenario resolved, and each pin's name and resolution.
fn meaning(w: &Workspace, data: &DataSet) -> (Resolved, Vec<(String, Resolved)>) {
    let pins = w
        .pins
        .iter()
        .map(|p| (p.name.clone(), p.scenario.resolve(data)));
    (w.current.resolve(data), pins.collect())
}

/// Reads `query`; writes the workspace back and reads that: it reads without a problem
/// and means the same; the workspace read the second time writes the same query again
/// and reads back to itself; its pins come back from storage as they were.
fn round_trip(query: &str, data: &DataSet) -> Result<(), TestCaseError> {
    let (first, _) = Workspace::from_query(query, data);
    let once = written(&first, data);
    let (second, problems) = Workspace::from_query(&once, data);
    prop_assert!(problems.is_empty(), "{once} read with {problems:?}");
    prop_assert_eq!(meaning(&second, data), meaning(&first, data), "{}", once);
    let twice = written(&second, data);
    prop_assert_eq!(&twice, &once);
    prop_assert_eq!(Workspace::from_query(&twice, data).0, second.clone());
    let stored = pins_to_storage(&second.pins, data);
    prop_assert_eq!(pins_from_storage(&stored, data), second.pins);
    Ok(())
}

/// The pairs of `query` that are not the app's (the scenario's, the language's, the
/// data file's), as written.
fn others(query: &str) -> Vec<String> {
    let ours = |key: &str| UrlKey::from_name(key).is_some_and(UrlKey::is_linked);
    raw_pairs(query)
        .filter(|(k, _)| !ours(&decode_component(k)))
        .map(|(k, v)| {
            if v.is_empty() {
                k.to_string()
            } else {
                format!("{k}={v}")
            }
        })
        .filter(|pair| !pair.is_empty())
        .collect()
}

proptest! {
    #![proptest_config(cases(512))]

    /// Queries of the real keys and extreme values round-trip (see [`round_trip`]).
    #[test]
    fn any_query_of_the_real_keys_reads_back_to_what_it_meant(
        query in query(),
        over in data_set(),
    ) {
        let data = over.data();
        round_trip(&query, data)?;
    }
}

proptest! {
    #![proptest_config(cases(256))]

    /// Any text at all as a query round-trips (see [`round_trip`]).
    #[test]
    fn any_text_as_a_query_reads_back_to_what_it_meant(
        query in prop_oneof![any::<String>(), "[a-z0-9=&?%:,+.-]{0,60}"],
        over in data_set(),
    ) {
        let data = over.data();
        round_trip(&query, data)?;
        let (name, _) = data_param(&query);
        prop_assert!(crate::data::data_file_name(&name).is_some(), "{}", name);
    }

    /// The scenario written into a link that has other keys (`embed=1`, anything) reads
    /// back as written alone; those keys are kept as they were written; writing it again
    /// changes nothing.
    #[test]
    fn other_keys_of_a_link_never_change_the_scenario(
        query in query(),
        other in prop_oneof![query(), any::<String>()],
        over in data_set(),
    ) {
        let data = over.data();
        let (w, _) = Workspace::from_query(&query, data);
        let pairs = w.to_query_pairs(data);
        let merged = merge_query(&other, &pairs);
        let alone = Workspace::from_query(&written(&w, data), data);
        prop_assert_eq!(Workspace::from_query(&merged, data), alone, "{}", merged);
        prop_assert_eq!(others(&merged), others(&other), "{}", merged);
        prop_assert_eq!(merge_query(&merged, &pairs), merged.clone());
        prop_assert_eq!(filter_query(&merged, |_| false, &[]), merged);
    }

    /// Any `pin=` value decodes without a panic to a pin with a clean name (1 to 40
    /// characters, no control character, no space at either end), which encodes to a
    /// value that decodes to itself.
    #[test]
    fn any_pin_value_decodes_to_a_clean_pin_that_round_trips(
        text in prop_oneof![pin_value(), any::<String>()],
        over in data_set(),
    ) {
        let data = over.data();
        if let Some(pin) = Pin::decode(&text, data) {
            let n = pin.name.chars().count();
            prop_assert!((1..=NAME_MAX_CHARS).contains(&n), "{:?}", pin.name);
            prop_assert!(!pin.name.chars().any(char::is_control), "{:?}", pin.name);
            prop_assert_eq!(pin.name.trim(), pin.name.as_str());
            let again = Pin::decode(&pin.encode(data), data);
            prop_assert_eq!(again.as_ref().map(|p| p.scenario.resolve(data)), Some(pin.scenario.resolve(data)));
            prop_assert_eq!(again.map(|p| p.name), Some(pin.name));
        }
        let stored = format!("trade-outlook pins v1\n{text}\n{text}");
        prop_assert!(pins_from_storage(&stored, data).len() <= MAX_PINS);
    }
}
