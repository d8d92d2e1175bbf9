//! The words of the charts: their text alternative, the labels drawn on them, the
//! source line, and a chart's data with its words for drawing.

use super::{marked_value, reached};
use crate::chart::{Caption, ChartData, ChartText, PinLine};
use crate::data::Series;
use crate::i18n::{Catalog, Fill, Msg};
use crate::model::{Assumptions, Outlook};
use crate::scenario::Resolved;

/// The chart's text alternative: the last actual value, the projection and the answer.
pub fn chart_summary(t: &Catalog, series: &Series, a: &Assumptions, outlook: &Outlook) -> String {
    let mut text = String::new();
    if let Some(p) = series.latest_turnover_point() {
        let value = marked_value(t, p, p.turnover.unwrap_or_default());
        text = t.fill(Fill::ChartSummaryLast {
            series: t.text(&series.name),
            value: &value,
            year: &p.year.to_string(),
        });
        text.push(' ');
    }
    if let Some(p) = outlook.projection.last() {
        text.push_str(&t.fill(Fill::ChartSummaryProjected {
            base: &a.base_year.to_string(),
            value: &t.money(p.turnover),
            year: &p.year.to_string(),
        }));
        text.push(' ');
    }
    text + &reached(t, a, outlook.main.reached)
}

/// The words drawn on the chart.
pub fn chart_labels(t: &Catalog, a: &Assumptions, outlook: &Outlook) -> ChartText {
    ChartText {
        exports: t.text(&t.data().flows.exports.name).into(),
        imports: t.text(&t.data().flows.imports.name).into(),
        turnover: t.get(Msg::ChartTurnover).into(),
        projection: t.get(Msg::ChartProjection).into(),
        target: t.fill(Fill::ChartTarget {
            target: &t.money(a.target),
        }),
        reached: outlook.main.reached.map_or(String::new(), |y| {
            t.fill(Fill::ChartReached {
                year: &y.to_string(),
            })
        }),
        unit: t.get(Msg::ChartUnit).into(),
        approx: t.get(Msg::ChartApprox).into(),
        lower_bound: t.get(Msg::ChartLowerBound).into(),
        fan: t.get(Msg::ChartFan).into(),
        numbers: t.numbers(),
    }
}

/// Calls `f` with what the chart of scenario `r` shows: its series, projection and fan,
/// `pins`, `caption` when given, and the words on it in `t`'s language.
pub fn with_chart<R>(
    t: &Catalog,
    r: &Resolved,
    outlook: &Outlook,
    pins: &[PinLine],
    caption: Option<&Caption>,
    f: impl FnOnce(&ChartData) -> R,
) -> R {
    let labels = chart_labels(t, &r.assumptions, outlook);
    f(&ChartData {
        series: t.data().series(r.series),
        outlook,
        target: r.assumptions.target,
        last_year: r.assumptions.last_year,
        text: &labels,
        fan: outlook.fan.as_ref(),
        pins,
        caption,
    })
}

/// "Source: Uzbek statistics (Statistics Agency of Uzbekistan; …). Projection: …"
pub fn source_line(t: &Catalog, series: &Series, base_year: i32) -> String {
    let publishers: Vec<&str> = t
        .data()
        .publishers(series)
        .into_iter()
        .map(|p| t.text(p))
        .collect();
    t.fill(Fill::ChartSource {
        series: t.text(&series.name),
        publishers: &publishers.join("; "),
        year: &base_year.to_string(),
    })
}
