//! The scenario ⇄ URL query codec. Only values that differ from the defaults are
//! written; anything malformed is dropped or clamped and reported, never a panic.

use super::values::{Reading, READ_ORDER};
use super::{Scenario, UrlKey};
use crate::data::{data_file_name, DataSet, DEFAULT_DATA};

/// The data file a query names (its last `data=`), or the default; and the problem with
/// a value that cannot name one (it is ignored: the default is read).
pub fn data_param(query: &str) -> (String, Option<QueryProblem>) {
    let value = raw_pairs(query)
        .filter(|(k, _)| UrlKey::from_name(&decode(k)) == Some(UrlKey::Data))
        .last()
        .map(|(_, v)| decode(v));
    match value {
        None => (DEFAULT_DATA.to_string(), None),
        Some(v) => match data_file_name(v.trim()) {
            Some(name) => (name.to_string(), None),
            None => (
                DEFAULT_DATA.to_string(),
                Some(QueryProblem::ignored(UrlKey::Data, &v)),
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
    pub key: UrlKey,
    /// The value as found (decoded), cut to 40 characters.
    pub value: String,
    /// What was used instead: `None` when the value was ignored, else the clamped value.
    pub used: Option<String>,
}

impl QueryProblem {
    /// A value that was ignored, cut to 40 characters for display.
    pub fn ignored(key: UrlKey, value: &str) -> QueryProblem {
        let mut shown: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
        if shown.len() < value.len() {
            shown.push('…');
        }
        QueryProblem {
            key,
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

impl Scenario {
    /// Reads a scenario from a URL query. The last occurrence of a key wins; unknown
    /// keys are ignored; bad values fall back to the default or are clamped, and each
    /// such value is reported.
    pub fn from_query(query: &str, data: &DataSet) -> (Scenario, Vec<QueryProblem>) {
        let mut values: Vec<(UrlKey, String)> = Vec::new();
        for (key, value) in raw_pairs(query) {
            if let Some(key) = UrlKey::from_name(&decode(key)).filter(|k| k.is_scenario()) {
                values.retain(|(k, _)| *k != key);
                values.push((key, decode(value).trim().to_string()));
            }
        }
        let mut problems = Vec::new();
        let mut scenario = Scenario::default();
        for key in READ_ORDER {
            let Some((_, value)) = values.iter().find(|(k, _)| *k == key) else {
                continue;
            };
            let used = match key.read(value, &mut scenario, data) {
                Reading::Used => continue,
                Reading::Clamped(used) => Some(used),
                Reading::Ignored => None,
            };
            problems.push(QueryProblem {
                used,
                ..QueryProblem::ignored(key, value)
            });
        }
        (scenario, problems)
    }

    /// The query pairs for this scenario: only values that differ from the defaults, in
    /// the order of [`UrlKey::SCENARIO`].
    pub fn to_query_pairs(&self, data: &DataSet) -> Vec<(UrlKey, String)> {
        let r = self.resolve(data);
        UrlKey::SCENARIO
            .into_iter()
            .filter_map(|key| Some((key, key.written(self, &r, data)?)))
            .collect()
    }
}

/// `query`'s pairs as written, but those whose key (decoded) `drop` names and empty ones
/// (`=`), then `added` (already encoded): `""` or a string starting with `?`. A key the
/// page does not know is always kept. The one filter of queries (the data file's, the
/// embed's, the scenario's keys).
pub fn filter_query(
    query: &str,
    drop: impl Fn(UrlKey) -> bool,
    added: &[(UrlKey, String)],
) -> String {
    let kept = raw_pairs(query)
        .filter(|(k, v)| !k.is_empty() || !v.is_empty())
        .filter(|(k, _)| !UrlKey::from_name(&decode(k)).is_some_and(&drop))
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

/// The query of the same view over the default data: `existing` without its
/// [`UrlKey::Data`] pairs, every other pair kept as it was (the scenario, the language,
/// `embed`). Returns `""` or a string starting with `?`.
pub fn without_data(existing: &str) -> String {
    filter_query(existing, |key| key == UrlKey::Data, &[])
}

/// Replaces the keys links write ([`UrlKey::is_linked`]: the scenario's, the language and
/// the data file) in an existing query string with `pairs`, keeping every other key
/// (e.g. `embed`) as it was. Returns `""` or a string starting with `?`.
pub fn merge_query(existing: &str, pairs: &[(UrlKey, String)]) -> String {
    filter_query(existing, UrlKey::is_linked, pairs)
}
