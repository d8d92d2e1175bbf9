//! The data set: the figures of one pair of countries, their sources, the targets, what
//! is traded, and every word the page says about that pair, read at run time from a data
//! file an editor keeps current (`data/belarus-uzbekistan.json`; README, "Keep the
//! figures current" and "Use it for another pair"), read field by field (`decode`, over
//! the file's own JSON reader, `json`) and checked by [`validate`] — the same code in the
//! browser on load and natively by `make check-data`.
//!
//! Values are US$ million (goods). The file names each flow by its direction between
//! the pair's two countries, `a` and `b` (`countries`; for Belarus–Uzbekistan `a` is
//! Belarus): `a_to_b` and `b_to_a`, whichever country's statistics report them. Here
//! they are the first country's exports and imports (`exports` is a → b). A year without
//! a figure is simply absent: nothing here is interpolated.

mod dates;
mod decode;
mod fault;
mod json;
mod parse;
mod text;
mod validate;

pub use dates::{date_faults, figures_as_of, parse_for_editor, Day};
pub use fault::{Fault, Said, Word};
pub use parse::{
    data_file_name, data_url, parse, when_unusable, DataError, WhenUnusable, DEFAULT_DATA,
};
pub use text::Text;
pub use validate::{
    latest_figures, page_texts_missing, publishers_missing, untranslated, unused_source_warning,
    unused_sources, validate,
};

/// A series of the data set, by its place in [`DataSet::series`] (0: the default).
pub type SeriesIndex = usize;

/// How a figure relates to what its source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
pub struct Point {
    /// Calendar year.
    pub year: i32,
    /// The flow a → b (the first country's exports), `a_to_b` in the file, when published.
    pub exports: Option<f64>,
    /// The flow b → a (the first country's imports), `b_to_a` in the file, when published.
    pub imports: Option<f64>,
    /// Total trade turnover, when published.
    pub turnover: Option<f64>,
    /// Kind of the turnover figure.
    pub kind: PointKind,
    /// Kind of the exports/imports split when it differs from `kind`.
    pub split_kind: Option<PointKind>,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
    /// Ids of other sources the note quotes (corroborating, or disagreeing), listed with
    /// the series' sources.
    pub also: Vec<String>,
    /// How a derived figure was computed, or another caveat.
    pub note: Option<Text>,
}

impl Point {
    /// Kind of the exports and imports figures.
    pub fn flow_kind(&self) -> PointKind {
        self.split_kind.unwrap_or(self.kind)
    }
}

/// One official statistic: a sequence of years, gaps allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Short id, the `series=` of a link (`uz`, `by`).
    pub id: String,
    /// Display name, e.g. "Uzbek statistics".
    pub name: Text,
    /// Caveats shown with the sources.
    pub notes: Vec<Text>,
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

    /// True when `year` has a turnover figure (a year a base or a window may start at).
    pub fn has_turnover(&self, year: i32) -> bool {
        self.point(year).is_some_and(|p| p.turnover.is_some())
    }

    /// The latest point with a turnover figure.
    pub fn latest_turnover_point(&self) -> Option<&Point> {
        self.points.iter().rev().find(|p| p.turnover.is_some())
    }

    /// The latest year with a turnover figure.
    pub fn latest_turnover_year(&self) -> Option<i32> {
        self.latest_turnover_point().map(|p| p.year)
    }
}

/// Where a figure comes from: the document's title in its own language (translated
/// only where a version in that language exists), who published it in each language
/// (as the body names itself), the quote as published.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Id referenced by points, targets and product shares.
    pub id: String,
    /// What the document is.
    pub title: Text,
    /// Who published it (and through whom).
    pub publisher: Text,
    /// Publication date, ISO-like (`2024-02-08`, `2025-01`).
    pub date: String,
    /// The day its figures were last read in it (`2026-12-04`), as written; required by
    /// `make check-data` ([`date_faults`]).
    pub read: Option<String>,
    /// Link, when one is known.
    pub url: Option<String>,
    /// The short quote the figure rests on.
    pub quote: String,
}

/// A turnover goal set by the governments.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// Short id (`1b`, `2b`).
    pub id: String,
    /// Turnover goal, US$ million.
    pub value: f64,
    /// Year by which it is to be reached, when one was named.
    pub deadline: Option<i32>,
    /// Display label, e.g. "$1 billion".
    pub label: Text,
    /// When and by whom it was set.
    pub set: Text,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
}

/// One product group's share of a flow, %.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    /// Product group.
    pub label: Text,
    /// Share of the flow's value, %.
    pub pct: f64,
}

/// What one direction of trade is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowShares {
    /// Which direction, e.g. "Belarus → Uzbekistan (…)".
    pub label: Text,
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
pub struct ProductShares {
    /// The year the shares describe.
    pub year: i32,
    /// The section's heading, e.g. "What is traded (2023, Uzbek statistics)".
    pub heading: Text,
    /// Id of the source in [`DataSet::sources`].
    pub source: String,
    /// How to read them.
    pub note: Text,
    /// Both directions of trade.
    pub flows: Vec<FlowShares>,
}

/// A key fact: its title, text and, when it is a publication's claim, who says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Lead-in, e.g. "Targets."
    pub title: Text,
    /// The fact.
    pub text: Text,
    /// The publication cited for it, e.g. "(Eurasia Daily Monitor, 16 Feb 2024)".
    pub cite: Option<Text>,
}

/// The words for one flow: its legend name and its slider's label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowWords {
    /// Legend and table heading, e.g. "Belarusian exports".
    pub name: Text,
    /// The slider's label, e.g. "Growth of Belarusian exports, % a year".
    pub growth: Text,
}

/// The two flows' words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flows {
    /// The flow a → b, the first country's exports (`a_to_b` in the file).
    pub exports: FlowWords,
    /// The flow b → a, the first country's imports (`b_to_a` in the file).
    pub imports: FlowWords,
}

/// The pair's two countries: every flow is named by its direction between them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Countries {
    /// The first country (Belarus), whose exports are the flow a → b.
    pub a: Text,
    /// The second country (Uzbekistan).
    pub b: Text,
}

/// The whole data set of one pair of countries. (The default, empty, only stands in
/// where no data set could be read: it is never shown.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataSet {
    /// The JSON Schema an editor's tools may use (not read by the app).
    pub schema: Option<String>,
    /// The format's version: 2 (flows named by direction).
    pub format: u32,
    /// The page's title, e.g. "Belarus–Uzbekistan trade: the road to $1 billion".
    pub title: Text,
    /// The sentence under the title.
    pub lede: Text,
    /// The page's description for search engines and link previews.
    pub description: Text,
    /// The chart's title, with `{series}` for the statistic shown.
    pub chart_title: Text,
    /// A downloaded chart's title, with `{series}`.
    pub download_title: Text,
    /// The embed's iframe title and the share sheet's title.
    pub share_title: Text,
    /// The start of download file names, e.g. `belarus-uzbekistan-trade`.
    pub file_stem: String,
    /// The pair's two countries.
    pub countries: Countries,
    /// The flows' names.
    pub flows: Flows,
    /// Unit of every value.
    pub unit: Text,
    /// Every cited source.
    pub sources: Vec<Source>,
    /// The statistics, the default first.
    pub series: Vec<Series>,
    /// The governments' targets.
    pub targets: Vec<Target>,
    /// What is traded, when known (else the page has no such chart).
    pub products: Option<ProductShares>,
    /// Key facts, with attribution.
    pub facts: Vec<Fact>,
    /// Why the statistics differ, when there are several.
    pub why_differ: Option<Text>,
    /// The day the figures were last checked against their sources (`2026-12-04`), as
    /// written; shown only when it is a real day not after today ([`figures_as_of`]).
    pub figures_as_of: Option<String>,
}

impl DataSet {
    /// The series at `index` (the default one for an index out of range; a validated
    /// data set has at least one).
    pub fn series(&self, index: SeriesIndex) -> &Series {
        self.series.get(index).unwrap_or(&self.series[0])
    }

    /// The index of the series with this id (its `series=` code).
    pub fn series_index(&self, id: &str) -> Option<SeriesIndex> {
        self.series.iter().position(|s| s.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The sources a reader needs for `series`: those of its points (each point's own,
    /// then those its note quotes), then those of the targets, each once, in that order;
    /// ids without a source are skipped.
    pub fn sources_of(&self, series: &Series) -> Vec<&Source> {
        let points = series
            .points
            .iter()
            .flat_map(|p| std::iter::once(&p.source).chain(&p.also))
            .map(String::as_str);
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
    pub fn publishers(&self, series: &Series) -> Vec<&Text> {
        let mut publishers: Vec<&Text> = Vec::new();
        for p in &series.points {
            if let Some(s) = self.source(&p.source) {
                if !publishers.contains(&&s.publisher) {
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

    /// The target a scenario aims at unless the reader sets another: the file's first
    /// (validation requires one; $1 billion for an unchecked empty list).
    pub fn default_target(&self) -> f64 {
        self.targets.first().map_or(1000.0, |t| t.value)
    }
}

/// The shipped data set, Belarus–Uzbekistan, for the native tests.
#[cfg(test)]
pub fn shipped() -> &'static DataSet {
    static DATA: std::sync::OnceLock<DataSet> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let text = include_str!("../../data/belarus-uzbekistan.json");
        parse("data/belarus-uzbekistan.json", text).expect("the shipped data file is valid")
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

// The parser over the data-file fixtures, natively and, compiled to wasm, in headless
// Chromium: the one test of the library run in the browser (`make test-wasm`).
#[cfg(test)]
#[path = "tests/fixtures.rs"]
mod fixture_tests;
