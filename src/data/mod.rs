//! The typed, validated trade data set, compiled into the app from `data/trade.json`
//! (turned into Rust code by `build.rs`; the tests check it against the JSON and the
//! rules in [`validate`]).
//!
//! Values are US$ million (goods). Exports and imports are Belarus's: exports are goods
//! going from Belarus to Uzbekistan. A year without a figure is simply absent: nothing
//! here is interpolated.

mod validate;

#[cfg(test)]
use serde::Deserialize;
use std::sync::OnceLock;

pub use validate::{validate, DataError};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Which official statistic a series comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(test, derive(Deserialize), serde(rename_all = "lowercase"))]
pub enum SeriesId {
    /// Uzbek statistics (stat.uz and Uzbek officials; mirror figures); the default.
    #[default]
    Uz,
    /// Belarusian statistics (Belstat, Belarusian officials).
    By,
}

impl SeriesId {
    /// Every series, in display order.
    pub const ALL: [SeriesId; 2] = [SeriesId::Uz, SeriesId::By];

    /// The short code used in URLs (`uz`, `by`).
    pub fn code(self) -> &'static str {
        match self {
            SeriesId::Uz => "uz",
            SeriesId::By => "by",
        }
    }

    /// Parses a URL code; `None` for anything else.
    pub fn from_code(code: &str) -> Option<SeriesId> {
        SeriesId::ALL.into_iter().find(|id| id.code() == code)
    }
}

/// How a figure relates to what its source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(Deserialize), serde(rename_all = "snake_case"))]
pub enum PointKind {
    /// Quoted exactly.
    Reported,
    /// The source says "over X": the true value is higher.
    LowerBound,
    /// The source says "almost / about X".
    Approx,
    /// Arithmetic on quoted figures (the point's note says how).
    Derived,
}

impl PointKind {
    /// True when the figure is not an exact quote (drawn hollow on the chart).
    pub fn is_inexact(self) -> bool {
        self != PointKind::Reported
    }

    /// The figure with its kind marker: `> 500`, `≈ 855`, `654.7`.
    pub fn mark(self, formatted_value: &str) -> String {
        match self {
            PointKind::LowerBound => format!("> {formatted_value}"),
            PointKind::Approx | PointKind::Derived => format!("≈ {formatted_value}"),
            PointKind::Reported => formatted_value.to_string(),
        }
    }

    /// The kind's code in the data file and the CSV: `reported`, `lower_bound`, …
    pub fn code(self) -> &'static str {
        match self {
            PointKind::Reported => "reported",
            PointKind::LowerBound => "lower_bound",
            PointKind::Approx => "approx",
            PointKind::Derived => "derived",
        }
    }
}

/// One year of one series.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Point {
    /// Calendar year.
    pub year: i32,
    /// Belarusian exports to Uzbekistan, when published.
    #[cfg_attr(test, serde(default))]
    pub exports: Option<f64>,
    /// Belarusian imports from Uzbekistan, when published.
    #[cfg_attr(test, serde(default))]
    pub imports: Option<f64>,
    /// Total trade turnover, when published.
    #[cfg_attr(test, serde(default))]
    pub turnover: Option<f64>,
    /// Kind of the turnover figure.
    pub kind: PointKind,
    /// Kind of the exports/imports split when it differs from `kind`.
    #[cfg_attr(test, serde(default))]
    pub split_kind: Option<PointKind>,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
    /// How a derived figure was computed, or another caveat.
    #[cfg_attr(test, serde(default))]
    pub note: Option<String>,
}

impl Point {
    /// Kind of the exports and imports figures.
    pub fn flow_kind(&self) -> PointKind {
        self.split_kind.unwrap_or(self.kind)
    }
}

/// One official statistic: a sequence of years, gaps allowed.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Series {
    /// Which statistic.
    pub id: SeriesId,
    /// Display name, e.g. "Uzbek statistics".
    pub name: String,
    /// Caveats shown under the chart.
    pub notes: Vec<String>,
    /// Years in ascending order, each at most once.
    pub points: Vec<Point>,
}

impl Series {
    /// The point for `year`, if the series has one.
    pub fn point(&self, year: i32) -> Option<&Point> {
        self.points.iter().find(|p| p.year == year)
    }

    /// Years that have a turnover figure, ascending.
    pub fn turnover_years(&self) -> impl Iterator<Item = i32> + '_ {
        self.points
            .iter()
            .filter(|p| p.turnover.is_some())
            .map(|p| p.year)
    }

    /// The latest year with a turnover figure.
    pub fn latest_turnover_year(&self) -> Option<i32> {
        self.turnover_years().last()
    }
}

/// Where a figure comes from.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Source {
    /// Id referenced by points and targets.
    pub id: String,
    /// What the document is.
    pub title: String,
    /// Who published it (and through whom).
    pub publisher: String,
    /// Publication date, ISO-like (`2024-02-08`, `2025-01`).
    pub date: String,
    /// Link, when one is known.
    pub url: Option<String>,
    /// The short quote the figure rests on.
    pub quote: String,
}

/// A turnover goal set by the governments.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Target {
    /// Short id (`1b`, `2b`).
    pub id: String,
    /// Turnover goal, US$ million.
    pub value: f64,
    /// Year by which it is to be reached, when one was named.
    pub deadline: Option<i32>,
    /// Display label, e.g. "$1 billion".
    pub label: String,
    /// When and by whom it was set.
    pub set: String,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
}

/// One product group's share of a flow, %.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Share {
    /// Product group.
    pub label: String,
    /// Share of the flow's value, %.
    pub pct: f64,
}

/// What one direction of trade is made of.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct FlowShares {
    /// Which direction, e.g. "Belarus → Uzbekistan (…)".
    pub label: String,
    /// The named groups, largest first.
    pub shares: Vec<Share>,
}

impl FlowShares {
    /// The unnamed rest to 100 % (derived).
    pub fn other(&self) -> f64 {
        (100.0 - self.shares.iter().map(|s| s.pct).sum::<f64>()).max(0.0)
    }
}

/// What is traded: shares by product group in one year.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct ProductShares {
    /// The year the shares describe.
    pub year: i32,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
    /// How to read them.
    pub note: String,
    /// Both directions of trade.
    pub flows: Vec<FlowShares>,
}

/// The whole data set: sources, both series and the targets.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct DataSet {
    /// Unit of every value.
    pub unit: String,
    /// Every cited source.
    pub sources: Vec<Source>,
    /// The two statistics.
    pub series: Vec<Series>,
    /// The governments' targets.
    pub targets: Vec<Target>,
    /// What is traded.
    pub products: ProductShares,
}

impl DataSet {
    /// The series with this id (every id is present in a validated set).
    pub fn series(&self, id: SeriesId) -> &Series {
        self.series
            .iter()
            .find(|s| s.id == id)
            .unwrap_or(&self.series[0])
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The sources a reader needs for `series`: those of its points, then those of the
    /// targets, each once, in that order; ids without a source are skipped.
    pub fn sources_of(&self, series: &Series) -> Vec<&Source> {
        let points = series.points.iter().map(|p| p.source.as_str());
        let targets = self.targets.iter().map(|t| t.source.as_str());
        let mut ids: Vec<&str> = Vec::new();
        for id in points.chain(targets) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids.into_iter().filter_map(|id| self.source(id)).collect()
    }

    /// The publishers of `series`' figures, each once, in the order of its points.
    pub fn publishers(&self, series: &Series) -> Vec<&str> {
        let mut publishers: Vec<&str> = Vec::new();
        for p in &series.points {
            if let Some(s) = self.source(&p.source) {
                if !publishers.contains(&s.publisher.as_str()) {
                    publishers.push(&s.publisher);
                }
            }
        }
        publishers
    }

    /// The known target with exactly this value, if any.
    pub fn target_with_value(&self, value: f64) -> Option<&Target> {
        self.targets.iter().find(|t| t.value == value)
    }
}

/// The embedded data set, built once (validated by the native tests).
pub fn dataset() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(embedded)
}

#[cfg(test)]
mod tests;
