//! The shipped file's JSON edited: one arbitrary value put in at any field (or a field
//! taken away or added), or one series' figures moved to any years and sizes.

use super::*;
use serde_json::json;

/// One step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// An object's member.
    Key(String),
    /// A list's item.
    Item(usize),
}

/// The shipped file as a JSON value.
fn shipped_json() -> &'static Value {
    static JSON: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    JSON.get_or_init(|| serde_json::from_str(SHIPPED).unwrap())
}

/// Every path of the shipped file's JSON, containers and leaves, the root first.
fn shipped_paths() -> &'static [Vec<Step>] {
    static PATHS: std::sync::OnceLock<Vec<Vec<Step>>> = std::sync::OnceLock::new();
    PATHS.get_or_init(|| {
        let mut paths = Vec::new();
        collect_paths(shipped_json(), &mut Vec::new(), &mut paths);
        paths
    })
}

/// Pushes onto `out` the path `at` of `v` and every path within it.
fn collect_paths(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    let children: Vec<(Step, &Value)> = match v {
        Value::Object(m) => m.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Item(i), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        at.push(step);
        collect_paths(child, at, out);
        at.pop();
    }
}

/// The value at `path`, if the file has one there.
fn at<'v>(v: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Item(i) => v.get(i),
    })
}

/// The value at `path`, to change, if the file has one there.
fn at_mut<'v>(v: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Item(i) => v.get_mut(i),
    })
}

/// Keys the data format uses, for values made up to look like its own.
const KEYS: [&str; 24] = [
    "en",
    "ru",
    "uz",
    "be",
    "id",
    "year",
    "a_to_b",
    "b_to_a",
    "turnover",
    "kind",
    "split_kind",
    "source",
    "also",
    "note",
    "value",
    "deadline",
    "label",
    "set",
    "name",
    "points",
    "pct",
    "shares",
    "flows",
    "title",
];

/// Any JSON value: null, booleans, every kind of finite number (years, huge, negative,
/// fractions, −0), any string or one of the format's words, and lists and objects of
/// them a few levels deep, with the format's keys or any.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter_map("finite", |n| serde_json::Number::from_f64(n)
            .map(Value::Number)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (1850..2150i32).prop_map(|n| json!(n)),
        (-1000.0..100_000.0f64).prop_map(|n| json!(n)),
        any::<String>().prop_map(Value::String),
        prop::sample::select(vec![
            "reported",
            "lower_bound",
            "approx",
            "derived",
            "uz",
            "by",
            "statuz",
            "1b",
            "",
            "en",
            "2",
            "<b>",
            "\u{0}",
        ])
        .prop_map(|s| json!(s)),
    ];
    let key = prop_oneof![
        prop::sample::select(KEYS.to_vec()).prop_map(String::from),
        any::<String>()
    ];
    leaf.prop_recursive(3, 24, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// One edit of the shipped file's JSON.
#[derive(Clone, Debug)]
enum Edit {
    /// The value at a path replaced.
    Put(usize, Value),
    /// The value at a path replaced by the value at another (a text where a number goes).
    Copy(usize, usize),
    /// The member or item at a path taken away.
    Remove(usize),
    /// A member added to the object at a path (or to the first object above it).
    Add(usize, String, Value),
}

/// Any edit at any path, a value put in most often.
fn edit() -> impl Strategy<Value = Edit> {
    let path = || any::<prop::sample::Index>().prop_map(|i| i.index(shipped_paths().len()));
    let key = prop_oneof![
        prop::sample::select(KEYS.to_vec()).prop_map(String::from),
        "\\PC{0,6}"
    ];
    prop_oneof![
        6 => (path(), json_value()).prop_map(|(p, v)| Edit::Put(p, v)),
        2 => (path(), path()).prop_map(|(p, from)| Edit::Copy(p, from)),
        1 => path().prop_map(Edit::Remove),
        1 => (path(), key, json_value()).prop_map(|(p, k, v)| Edit::Add(p, k, v)),
    ]
}

/// The shipped file's JSON with `edit` made.
fn edited(edit: &Edit) -> Value {
    let mut json = shipped_json().clone();
    let paths = shipped_paths();
    match edit {
        Edit::Put(p, v) => *at_mut(&mut json, &paths[*p]).unwrap() = v.clone(),
        Edit::Copy(p, from) => {
            let v = at(shipped_json(), &paths[*from]).unwrap().clone();
            *at_mut(&mut json, &paths[*p]).unwrap() = v;
        }
        Edit::Remove(p) => {
            let (last, parent) = paths[*p].split_last().unwrap_or((&Step::Item(0), &[]));
            match (at_mut(&mut json, parent).unwrap(), last) {
                (Value::Object(m), Step::Key(k)) => drop(m.remove(k)),
                (Value::Array(items), Step::Item(i)) => drop(items.remove(*i)),
                _ => json = Value::Null,
            }
        }
        Edit::Add(p, k, v) => {
            let path = &paths[*p];
            let object = (0..=path.len())
                .rev()
                .map(|n| &path[..n])
                .find(|p| at(shipped_json(), p).is_some_and(Value::is_object))
                .unwrap_or(&[]);
            if let Some(Value::Object(m)) = at_mut(&mut json, object) {
                m.insert(k.clone(), v.clone());
            }
        }
    }
    json
}

/// The shipped file with every year of series `series` moved by `shift` (its figures in
/// order still), its figures times `scale` (turnover the sum of the flows where both are
/// given), and its first target at `target` by `deadline`: a file the rules may accept
/// with figures of any size, in any years the rules allow.
fn moved(series: usize, shift: i32, scale: f64, target: f64, deadline: Option<i32>) -> Value {
    let mut json = shipped_json().clone();
    let round = |v: f64| (v * 10.0).round() / 10.0;
    for p in json["series"][series]["points"].as_array_mut().unwrap() {
        p["year"] = json!(p["year"].as_i64().unwrap() + i64::from(shift));
        for flow in ["a_to_b", "b_to_a", "turnover"] {
            if let Some(v) = p.get(flow).and_then(Value::as_f64) {
                p[flow] = json!(round(v * scale));
            }
        }
        if let (Some(a), Some(b)) = (
            p.get("a_to_b").and_then(Value::as_f64),
            p.get("b_to_a").and_then(Value::as_f64),
        ) {
            p["turnover"] = json!(round(a + b));
        }
    }
    json["targets"][0]["value"] = json!(target);
    json["targets"][0]["deadline"] = json!(deadline);
    json
}

proptest! {
    #![proptest_config(cases(256))]

    /// The shipped file with one JSON value put in at any field, a field taken away or
    /// added: no panic, every fault placed at something the file has.
    #[test]
    fn any_value_at_any_field_is_read_or_refused_with_each_fault_in_its_place(edit in edit()) {
        let json = edited(&edit);
        let text = serde_json::to_string_pretty(&json).unwrap();
        check(&text, Some(&json))?;
    }
}

proptest! {
    #![proptest_config(cases(128))]

    /// The shipped file with one series' years moved anywhere the rules allow, its figures
    /// of any size and any first target: refused with each fault in its place, or shown.
    #[test]
    fn a_file_with_figures_in_any_years_and_of_any_size_is_refused_or_shown(
        series in 0..2usize,
        shift in -130..=80i32,
        scale in prop_oneof![Just(0.0), 1e-6..1e-2f64, 0.01..10.0f64, 10.0..1e12f64],
        target in prop_oneof![0.001..1e9f64, Just(1000.0)],
        deadline in prop::option::of(1850..=2150i32),
    ) {
        let json = moved(series, shift, scale, target, deadline);
        let text = serde_json::to_string_pretty(&json).unwrap();
        check(&text, Some(&json))?;
    }
}
