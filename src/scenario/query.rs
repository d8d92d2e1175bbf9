//! The scenario ⇄ URL query codec. Only values that differ from the defaults are
//! written; anything malformed is dropped or clamped and reported, never a panic.

use super::{clamp_growth, clamp_target, Scenario, FIRST_YEAR, LAST_YEAR_MAX};
use crate::data::{data_file_name, DataSet, DEFAULT_DATA};
use crate::format::{parse_decimal, trimmed};

/// The query keys the scenario owns; other keys in a URL are left alone.
pub const KEYS: [&str; 10] = [
    "series", "base", "growth", "exports", "imports", "target", "by", "to", "from", "pin",
];

/// The key of the reader's language choice, which links carry beside the scenario.
pub const LANG_KEY: &str = "lang";

/// The key naming the data file (`data=belarus-uzbekistan`), which links carry too.
pub const DATA_KEY: &str = "data";

/// The data file a query names (its last `data=`), or the default; and the problem with
/// a value that cannot name one (it is ignored: the default is read).
pub fn data_param(query: &str) -> (String, Option<QueryProblem>) {
    let value = raw_pairs(query)
        .filter(|(k, _)| decode(k) == DATA_KEY)
        .last()
        .map(|(_, v)| decode(v));
    match value {
        None => (DEFAULT_DATA.to_string(), None),
        Some(v) => match data_file_name(v.trim()) {
            Some(name) => (name.to_string(), None),
            None => (
                DEFAULT_DATA.to_string(),
                Some(QueryProblem::ignored(DATA_KEY, &v)),
            ),
        },
    }
}

/// Longest part of a bad value repeated back to the reader.
const SHOWN_VALUE_CHARS: usize = 40;

/// A URL value that could not be used as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryProblem {
    /// The query key.
    pub key: String,
    /// The value as found (decoded), cut to 40 characters.
    pub value: String,
    /// What was used instead: `None` when the value was ignored, else the clamped value.
    pub used: Option<String>,
}

impl QueryProblem {
    /// A value that was ignored, cut to 40 characters for display.
    pub fn ignored(key: &str, value: &str) -> QueryProblem {
        let mut shown: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
        if shown.len() < value.len() {
            shown.push('…');
        }
        QueryProblem {
            key: key.into(),
            value: shown,
            used: None,
        }
    }
}

impl QueryProblem {
    /// The pair as found: `growth=-150`.
    pub fn pair(&self) -> String {
        format!("{}={}", self.key, self.value)
    }
}

/// Decodes `%XX` escapes and `+` of one query component; invalid escapes stay as text.
pub fn decode(component: &str) -> String {
    let bytes = component.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a query string (with or without the leading `?`) into raw key/value pairs. Only
/// one `?` leads (as in a browser's `URLSearchParams`): in `??growth=5` the key is `?growth`.
pub(super) fn raw_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// Formats a number for the URL: up to 6 decimals, no trailing zeros (`12.5`, `7`).
fn number(value: f64) -> String {
    trimmed(value, 6)
}

impl Scenario {
    /// Reads a scenario from a URL query. The last occurrence of a key wins; unknown
    /// keys are ignored; bad values fall back to the default or are clamped, and each
    /// such value is reported.
    pub fn from_query(query: &str, data: &DataSet) -> (Scenario, Vec<QueryProblem>) {
        let mut values: Vec<(String, String)> = Vec::new();
        for (key, value) in raw_pairs(query) {
            let key = decode(key);
            if KEYS.contains(&key.as_str()) {
                values.retain(|(k, _)| *k != key);
                values.push((key, decode(value).trim().to_string()));
            }
        }
        let get = |key: &str| {
            values
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let mut problems = Vec::new();
        let mut report = |key: &str, value: &str, used: Option<String>| {
            problems.push(QueryProblem {
                used,
                ..QueryProblem::ignored(key, value)
            })
        };
        let mut scenario = Scenario::default();

        if let Some(v) = get("series") {
            match data.series_index(&v.to_ascii_lowercase()) {
                Some(id) => scenario.series = id,
                None => report("series", v, None),
            }
        }
        if let Some(v) = get("base") {
            let series = data.series(scenario.series);
            match v.parse::<i32>() {
                Ok(y) if series.has_turnover(y) => scenario.base = Some(y),
                _ => report("base", v, None),
            }
        }
        let numeric = |v: &str| parse_decimal(v);
        for (key, clamp) in [
            ("growth", clamp_growth as fn(f64) -> Option<f64>),
            ("exports", clamp_growth),
            ("imports", clamp_growth),
            ("target", clamp_target),
        ] {
            let Some(v) = get(key) else { continue };
            let parsed = numeric(v);
            let value = parsed.and_then(clamp);
            match (parsed, value) {
                (Some(p), Some(c)) if (p - c).abs() > 0.005 => report(key, v, Some(number(c))),
                (_, None) => report(key, v, None),
                _ => {}
            }
            match key {
                "growth" => scenario.growth = value,
                "exports" => scenario.exports = value,
                "imports" => scenario.imports = value,
                _ => scenario.target = value,
            }
        }
        if let Some(v) = get("from") {
            let series = data.series(scenario.series);
            match v.parse::<i32>() {
                Ok(y) if series.has_turnover(y) => scenario.from = Some(y),
                _ => report("from", v, None),
            }
        }
        for key in ["by", "to"] {
            let Some(v) = get(key) else { continue };
            let year = match v.parse::<i32>() {
                Ok(y) => {
                    let clamped = y.clamp(FIRST_YEAR, LAST_YEAR_MAX);
                    if clamped != y {
                        report(key, v, Some(clamped.to_string()));
                    }
                    Some(clamped)
                }
                Err(_) => {
                    report(key, v, None);
                    None
                }
            };
            match key {
                "by" => scenario.by = year,
                _ => scenario.to = year,
            }
        }
        (scenario, problems)
    }

    /// The query pairs for this scenario: only values that differ from the defaults.
    pub fn to_query_pairs(&self, data: &DataSet) -> Vec<(&'static str, String)> {
        let r = self.resolve(data);
        let a = r.assumptions;
        let series = data.series(self.series);
        let mut pairs = Vec::new();
        if self.series != 0 {
            pairs.push(("series", data.series(self.series).id.clone()));
        }
        if Some(a.base_year) != series.latest_turnover_year() {
            pairs.push(("base", a.base_year.to_string()));
        }
        if self.growth.is_some() && r.growth != r.default_growth {
            pairs.push(("growth", number(r.growth)));
        }
        if !r.linked {
            pairs.push(("exports", number(a.exports_pct)));
            pairs.push(("imports", number(a.imports_pct)));
        }
        if self.target.is_some() && a.target != data.default_target() {
            pairs.push(("target", number(a.target)));
        }
        if self.by.is_some() && a.by_year != r.default_by {
            pairs.push(("by", a.by_year.to_string()));
        }
        if self.to.is_some() && a.last_year != r.default_last_year {
            pairs.push(("to", a.last_year.to_string()));
        }
        if self.from.is_some() && a.window_from != r.default_window_from {
            pairs.push(("from", a.window_from.to_string()));
        }
        pairs
    }
}

/// `query`'s pairs as written, but those whose key (decoded) `drop` names and empty ones
/// (`=`), then `added` (already encoded): `""` or a string starting with `?`. The one
/// filter of queries (the data file's, the embed's, the scenario's keys).
pub fn filter_query(query: &str, drop: impl Fn(&str) -> bool, added: &[(&str, String)]) -> String {
    let kept = raw_pairs(query)
        .filter(|(k, v)| !k.is_empty() || !v.is_empty())
        .filter(|(k, _)| !drop(&decode(k)))
        .map(|(k, v)| {
            if v.is_empty() {
                k.to_string()
            } else {
                format!("{k}={v}")
            }
        });
    let ours = added.iter().map(|(k, v)| format!("{k}={v}"));
    let all: Vec<String> = kept.chain(ours).collect();
    if all.is_empty() {
        String::new()
    } else {
        format!("?{}", all.join("&"))
    }
}

/// The query of the same view over the default data: `existing` without its [`DATA_KEY`]
/// pairs, every other pair kept as it was (the scenario, the language, `embed`). Returns
/// `""` or a string starting with `?`.
pub fn without_data(existing: &str) -> String {
    filter_query(existing, |key| key == DATA_KEY, &[])
}

/// Replaces the scenario's keys, [`LANG_KEY`] and [`DATA_KEY`] in an existing query string with
/// `pairs`, keeping every other key (e.g. `embed`) as it was. Returns `""` or a string
/// starting with `?`.
pub fn merge_query(existing: &str, pairs: &[(&str, String)]) -> String {
    let ours = |key: &str| key == LANG_KEY || key == DATA_KEY || KEYS.contains(&key);
    filter_query(existing, ours, pairs)
}
