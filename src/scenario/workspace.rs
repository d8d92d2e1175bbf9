//! The whole shareable state: the current scenario and up to three pinned ones.
//!
//! A pinned scenario travels in the URL as `pin=name:Fast%20track,series:by,growth:20`
//! (the scenario's own keys, `:` for `=` and `,` for `&`), and in localStorage as the
//! same strings, one a line, after a version line.

use super::query::{decode, raw_pairs, QueryProblem};
use super::{Resolved, Scenario, UrlKey};
use crate::data::{DataSet, DEFAULT_DATA};
use crate::model::{Outlook, PinLine, TargetCheck};

/// Most scenarios that can be pinned at once.
pub const MAX_PINS: usize = 3;
/// Longest name of a pinned scenario, characters.
pub const NAME_MAX_CHARS: usize = 40;
/// First line of the stored form; anything else stored is ignored.
const STORAGE_VERSION: &str = "trade-outlook pins v1";

/// A scenario kept for comparison, with the reader's name for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Pin {
    /// Plain-text name, at most [`NAME_MAX_CHARS`] characters.
    pub name: String,
    /// The pinned choices.
    pub scenario: Scenario,
}

/// A pinned scenario, resolved and projected, for the chart and the comparison table.
#[derive(Clone, Debug, PartialEq)]
pub struct PinnedOutlook {
    /// Its name and projected turnover, for the chart.
    pub line: PinLine,
    /// Its inputs with defaults filled in.
    pub resolved: Resolved,
    /// Its own target at its own deadline (`None` if its base has no figure).
    pub check: Option<TargetCheck>,
}

impl Pin {
    /// Resolves and projects the pinned scenario.
    pub fn project(&self, data: &DataSet) -> PinnedOutlook {
        let resolved = self.scenario.resolve(data);
        let outlook = Outlook::compute(data.series(resolved.series), &resolved.assumptions);
        PinnedOutlook {
            line: PinLine {
                label: self.name.clone(),
                points: outlook.as_ref().map_or(Vec::new(), |o| {
                    o.projection.iter().map(|p| (p.year, p.turnover)).collect()
                }),
            },
            check: outlook.map(|o| o.main),
            resolved,
        }
    }
}

/// The current scenario and the pinned ones: the app's one state value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// What the controls show.
    pub current: Scenario,
    /// Up to [`MAX_PINS`] scenarios kept on the chart for comparison.
    pub pins: Vec<Pin>,
}

/// True when `pinned` scenarios leave room for another ([`MAX_PINS`] at most).
pub fn room_for_another_pin(pinned: usize) -> bool {
    pinned < MAX_PINS
}

/// Cleans a name: no control characters, trimmed, cut to [`NAME_MAX_CHARS`], and trimmed
/// again where the cut left spaces at its end (so that a clean name stays as it is).
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(NAME_MAX_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// Percent-encodes everything but unreserved characters (a pin's name).
pub(crate) fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Pin {
    /// The compact form used in URLs and storage.
    pub fn encode(&self, data: &DataSet) -> String {
        let mut parts = vec![format!("{}:{}", UrlKey::PinName, encode(&self.name))];
        parts.extend(
            self.scenario
                .to_query_pairs(data)
                .into_iter()
                .map(|(k, v)| format!("{k}:{v}")),
        );
        parts.join(",")
    }

    /// Reads the compact form; `None` when it has no name. Bad scenario values fall
    /// back to their defaults, as in a URL.
    pub fn decode(text: &str, data: &DataSet) -> Option<Pin> {
        let mut name = None;
        let mut query = Vec::new();
        for part in text.split(',') {
            let (key, value) = part.split_once(':').unwrap_or((part, ""));
            if UrlKey::from_name(key) == Some(UrlKey::PinName) {
                name = Some(clean_name(&decode(value)));
            } else {
                query.push(format!("{key}={value}"));
            }
        }
        let name = name.filter(|n| !n.is_empty())?;
        let (scenario, _) = Scenario::from_query(&query.join("&"), data);
        Some(Pin { name, scenario })
    }
}

impl Workspace {
    /// Reads the workspace from a URL query (see [`Scenario::from_query`]); pins beyond
    /// [`MAX_PINS`] or without a name are dropped and reported.
    pub fn from_query(query: &str, data: &DataSet) -> (Workspace, Vec<QueryProblem>) {
        let (current, mut problems) = Scenario::from_query(query, data);
        let mut pins = Vec::new();
        let pin_values = raw_pairs(query)
            .filter(|(k, _)| UrlKey::from_name(k) == Some(UrlKey::Pin))
            .map(|(_, value)| value);
        for value in pin_values {
            match Pin::decode(value, data).filter(|_| pins.len() < MAX_PINS) {
                Some(pin) => pins.push(pin),
                None => problems.push(QueryProblem::ignored(UrlKey::Pin, &decode(value))),
            }
        }
        (Workspace { current, pins }, problems)
    }

    /// The query pairs: the current scenario's non-default values, then one `pin` each.
    pub fn to_query_pairs(&self, data: &DataSet) -> Vec<(UrlKey, String)> {
        let mut pairs = self.current.to_query_pairs(data);
        pairs.extend(self.pins.iter().map(|p| (UrlKey::Pin, p.encode(data))));
        pairs
    }

    /// Pins the current scenario under `name` (or `fallback` when `name` is blank);
    /// false when [`MAX_PINS`] are pinned already.
    pub fn pin_current(&mut self, name: &str, fallback: &str) -> bool {
        if !self.can_pin() {
            return false;
        }
        let name = match clean_name(name) {
            n if n.is_empty() => clean_name(fallback),
            n => n,
        };
        self.pins.push(Pin {
            name,
            scenario: self.current,
        });
        true
    }
}

/// The localStorage key of the pins made over the data file `data_name`: one list a
/// data file, since a pin's series and years belong to its file. The default file keeps
/// the key earlier versions used, so pins stored before data files existed come back.
pub fn pins_storage_key(data_name: &str) -> String {
    if data_name == DEFAULT_DATA {
        "trade-outlook:pins".to_string()
    } else {
        format!("trade-outlook:pins:{data_name}")
    }
}

/// The stored form of `pins`.
pub fn pins_to_storage(pins: &[Pin], data: &DataSet) -> String {
    let mut lines = vec![STORAGE_VERSION.to_string()];
    lines.extend(pins.iter().map(|p| p.encode(data)));
    lines.join("\n")
}

/// Pins read back from storage; an unknown version or unreadable line yields nothing
/// for that line, never an error.
pub fn pins_from_storage(text: &str, data: &DataSet) -> Vec<Pin> {
    let mut lines = text.lines();
    if lines.next() != Some(STORAGE_VERSION) {
        return Vec::new();
    }
    lines
        .filter_map(|line| Pin::decode(line, data))
        .take(MAX_PINS)
        .collect()
}
