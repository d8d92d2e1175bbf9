//! The sentences the page shows, built from model results (English).

use crate::chart::ChartText;
use crate::data::{DataSet, Point, Series};
use crate::format::{percent, usd_millions};
use crate::model::{Assumptions, Baseline, Outlook};

/// "At 16.5% a year, turnover reaches $1 billion in 2027."
pub fn reached(a: &Assumptions, year: Option<i32>) -> String {
    let target = usd_millions(a.target);
    let growth = percent(a.growth_pct);
    match year {
        Some(y) if y == a.base_year => {
            format!("Turnover was already at or above {target} in {y}, the base year.")
        }
        Some(y) => format!("At {growth} a year, turnover reaches {target} in {y}."),
        None => format!(
            "At {growth} a year, turnover does not reach {target} by {}.",
            a.last_year
        ),
    }
}

/// "To reach $1 billion by 2027, turnover must grow 11.88% a year."
pub fn required(a: &Assumptions, rate: Option<f64>) -> String {
    let target = usd_millions(a.target);
    match rate {
        Some(r) if r <= 0.0 => format!(
            "Turnover would still be at or above {target} in {} if it changed by {} a year.",
            a.by_year,
            percent(r * 100.0)
        ),
        Some(r) => format!(
            "To reach {target} by {}, turnover must grow {} a year.",
            a.by_year,
            percent(r * 100.0)
        ),
        None => format!("No growth rate can be given for {}.", a.by_year),
    }
}

/// The figure with its kind marker and unit: "> $630 million" or "$714 million".
fn marked_value(point: &Point, value: f64) -> String {
    point.kind.mark(&usd_millions(value))
}

/// "Base year 2024: turnover $714 million (reported), Uzbek Ministry … (2025-04-29)."
pub fn base(data: &DataSet, series: &Series, outlook: &Outlook) -> String {
    let year = outlook.base.year;
    let Some(point) = series.point(year) else {
        return format!("Base year {year}.");
    };
    let source = data
        .source(&point.source)
        .map_or(String::new(), |s| format!(", {} ({})", s.publisher, s.date));
    let mut text = format!(
        "Base year {year}: turnover {} ({}){source}.",
        marked_value(point, outlook.base.turnover),
        point.kind.name(),
    );
    if point.kind == crate::data::PointKind::LowerBound {
        text.push_str(
            " The source gives only a lower bound, so the projection starts low: \
             the target may be reached earlier.",
        );
    }
    if outlook.base.split.is_none() {
        text.push_str(
            " No exports/imports split is published for this year: turnover is projected alone.",
        );
    }
    text
}

/// "Default: 16.5% a year, the compound growth of turnover 2019–2024."
pub fn baseline(baseline: Option<Baseline>, default_growth: f64) -> String {
    match baseline {
        Some(b) => format!(
            "Default: {} a year, the compound growth of turnover {}–{} ({} unrounded).",
            percent(default_growth),
            b.from,
            b.to,
            percent(b.rate * 100.0)
        ),
        None => "Default: 0% a year (no earlier figure to measure growth from).".to_string(),
    }
}

/// The slider's spoken value: "12.5% a year".
pub fn growth_value(pct: f64) -> String {
    format!("{} a year", percent(pct))
}

/// The chart's text alternative: the last actual value, the projection and the answer.
pub fn chart_summary(series: &Series, a: &Assumptions, outlook: &Outlook) -> String {
    let last = series.points.iter().rev().find(|p| p.turnover.is_some());
    let last = last.map_or(String::new(), |p| {
        let value = p.turnover.unwrap_or_default();
        format!(
            "{}: turnover {} in {}, the latest figure. ",
            series.name,
            marked_value(p, value),
            p.year
        )
    });
    let end = outlook.projection.last().map_or(String::new(), |p| {
        format!(
            "Projected from {} at {} a year: {} in {}. ",
            a.base_year,
            percent(a.growth_pct),
            usd_millions(p.turnover),
            p.year
        )
    });
    format!("{last}{end}{}", reached(a, outlook.target_year))
}

/// The words drawn on the chart.
pub fn chart_labels(a: &Assumptions, outlook: &Outlook) -> ChartText {
    ChartText {
        exports: "Belarusian exports".into(),
        imports: "Belarusian imports".into(),
        turnover: "Turnover".into(),
        projection: "projection".into(),
        target: format!("Target: {}", usd_millions(a.target)),
        reached: outlook
            .target_year
            .map_or(String::new(), |y| format!("reached {y}")),
        unit: "US$ million".into(),
        approx: "≈ approximate or derived".into(),
        lower_bound: "> lower bound".into(),
    }
}

/// "Source: Statistics Agency of Uzbekistan; … Projection: compound growth from 2024."
pub fn source_line(data: &DataSet, series: &Series, base_year: i32) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for p in &series.points {
        if let Some(s) = data.source(&p.source) {
            if !publishers.contains(&s.publisher.as_str()) {
                publishers.push(&s.publisher);
            }
        }
    }
    format!(
        "Source: {} ({}). Projection: compound growth from {base_year}, this page's arithmetic, not a forecast.",
        series.name,
        publishers.join("; ")
    )
}

/// A value for a `data-value` attribute: plain digits, up to two decimals.
pub fn machine_value(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests;
