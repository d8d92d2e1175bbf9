//! The table view: every year of the chart, actual and projected, as text, with the
//! source of each figure; and the hover read-out's lines, from the same rows.

use crate::data::Series;
use crate::i18n::{Catalog, Fill, Msg};
use crate::model::{Outlook, Percent};
use crate::table::{marked, rows, Row, RowKind};

/// The publisher of a row's figure, and where to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLink {
    /// The publisher's name.
    pub publisher: String,
    /// The page that holds the figure, when it has one.
    pub url: Option<String>,
    /// The source's title, date and quote (the tooltip).
    pub tip: String,
}

/// One row as text.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// True for a projected year (styled apart).
    pub projected: bool,
    /// The year.
    pub year: i32,
    /// Exports, imports and turnover, each with its kind's mark.
    pub figures: [String; 3],
    /// Change of turnover from the year before, to 0.1 %.
    pub change: String,
    /// The figure's kind ("reported", "projected", …).
    pub kind: &'static str,
    /// Its source (actual rows).
    pub source: Option<SourceLink>,
}

/// The kind of a row, in words.
fn kind(t: &Catalog, kind: RowKind) -> &'static str {
    match kind {
        RowKind::Actual(k) => t.kind(k),
        RowKind::Projected => t.get(Msg::KindProjected),
    }
}

/// The row `row` as text.
fn row_text(t: &Catalog, row: &Row) -> TableRow {
    let numbers = t.numbers();
    let source = row.source.as_deref().and_then(|id| t.data().source(id));
    TableRow {
        projected: row.kind == RowKind::Projected,
        year: row.year,
        figures: [row.exports, row.imports, row.turnover].map(|v| marked(&numbers, v, row.kind)),
        change: row.change.map_or("–".to_string(), |c| {
            t.percent(Percent::of(c).to_tenth().value())
        }),
        kind: kind(t, row.kind),
        source: source.map(|s| SourceLink {
            publisher: t.text(&s.publisher).to_string(),
            url: s.url.clone(),
            tip: format!("{} ({}): “{}”", t.text(&s.title), t.date(&s.date), s.quote),
        }),
    }
}

/// The table's rows for the projection `o` of `series` up to `last_year`, oldest first
/// or `newest_first`.
pub fn table_rows(
    t: &Catalog,
    series: &Series,
    o: &Outlook,
    last_year: i32,
    newest_first: bool,
) -> Vec<TableRow> {
    let mut shown: Vec<TableRow> = rows(series, o, last_year)
        .iter()
        .map(|row| row_text(t, row))
        .collect();
    if newest_first {
        shown.reverse();
    }
    shown
}

/// The hover read-out's lines for `year`: one per row of that year (actual and
/// projected), or one saying there is no figure.
pub fn hover_lines(
    t: &Catalog,
    series: &Series,
    o: &Outlook,
    last_year: i32,
    year: i32,
) -> Vec<String> {
    let numbers = t.numbers();
    let lines: Vec<String> = rows(series, o, last_year)
        .into_iter()
        .filter(|row| row.year == year)
        .map(|row| {
            t.fill(Fill::HoverLine {
                kind: kind(t, row.kind),
                turnover: &marked(&numbers, row.turnover, row.kind),
                exports: &marked(&numbers, row.exports, row.kind),
                imports: &marked(&numbers, row.imports, row.kind),
            })
        })
        .collect();
    if lines.is_empty() {
        vec![t.get(Msg::HoverNone).to_string()]
    } else {
        lines
    }
}
