//! The chart's data as rows: the table view and the CSV download.

use crate::data::{DataSet, PointKind, Series};
use crate::format::{fixed, trimmed, Numbers};
use crate::model::{Assumptions, Outlook};

/// Whether a row is a published figure or this page's projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RowKind {
    /// A figure from a source, with its kind.
    Actual(PointKind),
    /// Projected by the scenario.
    Projected,
}

/// One row: a year of the series or of the projection, US$ million.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Calendar year.
    pub year: i32,
    /// Belarusian exports.
    pub exports: Option<f64>,
    /// Belarusian imports.
    pub imports: Option<f64>,
    /// Turnover.
    pub turnover: Option<f64>,
    /// Change of turnover from the year before (fraction), when both years have one.
    pub change: Option<f64>,
    /// Actual or projected.
    pub kind: RowKind,
    /// Source id (actual rows).
    pub source: Option<String>,
}

/// A value to 0.1 with thousands separators and, for a published figure, its kind
/// marker (`> 500.0`, `≈ 855.0`); a dash when missing.
pub fn marked(numbers: &Numbers, value: Option<f64>, kind: RowKind) -> String {
    value.map_or("–".to_string(), |v| {
        let text = numbers.grouped(v, 1);
        match kind {
            RowKind::Actual(k) => k.mark(&text),
            RowKind::Projected => text,
        }
    })
}

/// The rows of the series and, after the base year, of the projection (a year with a
/// figure after the base has both rows, for comparison), in year order.
pub fn rows(series: &Series, outlook: &Outlook, last_year: i32) -> Vec<Row> {
    let mut actual: Vec<Row> = Vec::new();
    let mut previous: Option<(i32, f64)> = None;
    for p in &series.points {
        let change = match (previous, p.turnover) {
            (Some((y, before)), Some(now)) if y == p.year - 1 && before > 0.0 => {
                Some(now / before - 1.0)
            }
            _ => None,
        };
        previous = p.turnover.map(|t| (p.year, t));
        actual.push(Row {
            year: p.year,
            exports: p.exports,
            imports: p.imports,
            turnover: p.turnover,
            change,
            kind: RowKind::Actual(p.kind),
            source: Some(p.source.clone()),
        });
    }
    let projected = outlook
        .projection
        .windows(2)
        .filter(|w| w[1].year <= last_year);
    // Both lists are in year order: merge them, the actual row first in a shared year
    // (no sort: it would add 3 KB to the .wasm).
    let mut rows: Vec<Row> = Vec::with_capacity(actual.len() + outlook.projection.len());
    let mut actual = actual.into_iter().peekable();
    for pair in projected {
        let (before, p) = (pair[0], pair[1]);
        while let Some(row) = actual.next_if(|r| r.year <= p.year) {
            rows.push(row);
        }
        rows.push(Row {
            year: p.year,
            exports: p.exports,
            imports: p.imports,
            turnover: Some(p.turnover),
            change: (before.turnover > 0.0).then(|| p.turnover / before.turnover - 1.0),
            kind: RowKind::Projected,
            source: None,
        });
    }
    rows.extend(actual);
    rows
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The rows as CSV: a header, then one line a row; values in US$ million to 0.1,
/// projected rows with the scenario's growth rates, actual rows with their source.
pub fn csv(data: &DataSet, rows: &[Row], a: &Assumptions) -> String {
    let value = |v: Option<f64>| v.map_or(String::new(), |v| fixed(v, 1));
    let mut out = String::from(
        "year,exports,imports,turnover,kind,point_kind,source,exports_growth_pct,imports_growth_pct\n",
    );
    for r in rows {
        let (kind, point_kind, source, rates) = match r.kind {
            RowKind::Actual(k) => {
                let source = r
                    .source
                    .as_deref()
                    .and_then(|id| data.source(id))
                    .map_or(String::new(), |s| {
                        format!("{}, {} ({})", s.publisher.en, s.title.en, s.date)
                    });
                ("actual", k.code(), source, (String::new(), String::new()))
            }
            RowKind::Projected => (
                "projected",
                "",
                String::new(),
                (trimmed(a.exports_pct, 2), trimmed(a.imports_pct, 2)),
            ),
        };
        out.push_str(&format!(
            "{},{},{},{},{kind},{point_kind},{},{},{}\n",
            r.year,
            value(r.exports),
            value(r.imports),
            value(r.turnover),
            field(&source),
            rates.0,
            rates.1
        ));
    }
    out
}

/// The download's file name: the data set's stem, the series and the rates, e.g.
/// `belarus-uzbekistan-trade-uz-12.5pct` or, with separate rates,
/// `…-uz-exports-20pct-imports-minus5pct` (no extension).
pub fn file_stem(stem: &str, series_code: &str, a: &Assumptions) -> String {
    let pct = |v: f64| trimmed(v, 2).replace('-', "minus");
    let rates = if a.exports_pct == a.imports_pct {
        format!("{}pct", pct(a.exports_pct))
    } else {
        format!(
            "exports-{}pct-imports-{}pct",
            pct(a.exports_pct),
            pct(a.imports_pct)
        )
    };
    format!("{stem}-{series_code}-{rates}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
