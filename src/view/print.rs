//! The printed page's own lines.

use super::cite::scenario_line;
use crate::data::Day;
use crate::i18n::{Catalog, Fill};
use crate::scenario::Resolved;

/// The size the chart is drawn at for paper, CSS pixels (the page's width scales it).
pub const PRINT_CHART_SIZE: (u32, u32) = (756, 336);

/// The scenario in one line: "Projection at 12% a year from 2025 · Uzbek statistics ·
/// $1 billion by 2027".
pub fn print_scenario(t: &Catalog, r: &Resolved) -> String {
    let a = &r.assumptions;
    let target = t.fill(Fill::PinsTargetBy {
        target: &t.money(a.target),
        year: &a.by_year.to_string(),
    });
    format!(
        "{} · {} · {target}",
        scenario_line(t, r),
        t.series_name(r.series)
    )
}

/// "This view: https://… · Printed 5 December 2026".
pub fn print_footer(t: &Catalog, link: &str, printed: Day) -> String {
    let link = t.fill(Fill::PrintLink { link });
    let printed = t.fill(Fill::PrintPrinted {
        date: &t.date(&printed.iso()),
    });
    format!("{link} · {printed}")
}
