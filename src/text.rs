//! The sentences the page shows, built from model results (English).

use crate::chart::ChartText;
use crate::data::{DataSet, Point, Series};
use crate::format::{percent, usd_millions};
use crate::model::{Assumptions, Backtest, Baseline, Fan, Outlook, TargetCheck};

/// "At 16.5% a year" or "With exports at 20% and imports at 5% a year".
pub fn rates_phrase(a: &Assumptions) -> String {
    if a.exports_pct == a.imports_pct {
        format!("At {} a year", percent(a.exports_pct))
    } else {
        format!(
            "With exports at {} and imports at {} a year",
            percent(a.exports_pct),
            percent(a.imports_pct)
        )
    }
}

/// "At 16.5% a year, turnover reaches $1 billion in 2027."
pub fn reached(a: &Assumptions, year: Option<i32>) -> String {
    let target = usd_millions(a.target);
    let rates = rates_phrase(a);
    match year {
        Some(y) if y == a.base_year => {
            format!("Turnover was already at or above {target} in {y}, the base year.")
        }
        Some(y) => format!("{rates}, turnover reaches {target} in {y}."),
        None => format!(
            "{rates}, turnover does not reach {target} by {}.",
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
    if outlook.base.split.is_none() && outlook.rates.is_linked() {
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

/// "Chance of being at or above $1 billion in 2027: 61%."
pub fn chance(a: &Assumptions, p: f64) -> String {
    format!(
        "Chance of turnover at or above {} in {}: {}, if future swings are like those of {}–{}.",
        usd_millions(a.target),
        a.by_year,
        chance_value(p),
        a.window_from,
        a.base_year
    )
}

/// A probability as a whole percentage, with "< 1%" and "> 99%" at the ends.
pub fn chance_value(p: f64) -> String {
    let pct = p * 100.0;
    if pct > 0.0 && pct < 0.5 {
        "< 1%".to_string()
    } else if (99.5..100.0).contains(&pct) {
        "> 99%".to_string()
    } else {
        format!("{pct:.0}%")
    }
}

/// The method note under the chart.
pub fn fan_note(a: &Assumptions, fan: Option<&Fan>) -> String {
    match fan {
        Some(f) => format!(
            "Shaded bands: the ranges turnover would fall in with 50%, 80% and 95% probability \
             if its year-on-year swings were like those of {}–{} (standard deviation of log \
             changes {:.3}, from {} changes), widening with the square root of the years ahead \
             (lognormal). They assume past volatility; they are not a forecast.",
            a.window_from, a.base_year, f.sigma, f.changes
        ),
        None => format!(
            "No uncertainty bands: {}–{} holds fewer than two year-on-year changes to measure swings from.",
            a.window_from, a.base_year
        ),
    }
}

/// "$735.1 million (36.8%) short of $2 billion in 2030" or "… above …".
pub fn gap(check: &TargetCheck) -> String {
    let amount = usd_millions(check.gap().abs());
    let share = percent((check.gap_share() * 1000.0).round().abs() / 10.0);
    let side = if check.gap() > 0.0 {
        "short of"
    } else {
        "above"
    };
    format!(
        "{amount} ({share}) {side} {} in {}",
        usd_millions(check.target),
        check.by_year
    )
}

/// "Projection for 2024: $504.2 million; actual: $714 million (29.4% below)."
pub fn backtest(b: &Backtest) -> String {
    let error = b.error_share() * 100.0;
    let side = if error < 0.0 { "below" } else { "above" };
    format!(
        "Projection for {}: {}; actual: {} ({} {side}).",
        b.year,
        usd_millions(b.projected),
        b.kind.mark(&usd_millions(b.actual)),
        percent((error.abs() * 10.0).round() / 10.0)
    )
}

/// Says how a base without a published split was split, when the flows are unlinked.
pub fn derived_split(outlook: &Outlook) -> Option<String> {
    if outlook.base.split.is_some() || outlook.rates.is_linked() {
        return None;
    }
    let (year, share) = outlook.base.share?;
    Some(format!(
        "No exports/imports split is published for {}: the base is split as in {year} \
         ({} exports, {} imports), a derived figure.",
        outlook.base.year,
        percent((share * 1000.0).round() / 10.0),
        percent(((1.0 - share) * 1000.0).round() / 10.0)
    ))
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
            "Projected from {}: {} in {}. ",
            a.base_year,
            usd_millions(p.turnover),
            p.year
        )
    });
    format!("{last}{end}{}", reached(a, outlook.main.reached))
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
            .main
            .reached
            .map_or(String::new(), |y| format!("reached {y}")),
        unit: "US$ million".into(),
        approx: "≈ approximate or derived".into(),
        lower_bound: "> lower bound".into(),
        fan: "50/80/95% ranges".into(),
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

#[cfg(test)]
mod tests;
