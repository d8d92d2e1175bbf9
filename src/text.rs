//! The sentences the page shows, built from model results in the reader's language.

use crate::data::{Point, PointKind, Series};
use crate::format::trimmed;
use crate::i18n::{Catalog, Fill, Msg};
use crate::model::{Assumptions, Backtest, Baseline, Fan, Outlook, Percent, TargetCheck};
use crate::scenario::{clamp_growth, Changed, Preset};
use std::cmp::Ordering;

mod chart;

pub use chart::{chart_labels, chart_summary, source_line, with_chart};

/// How a rate reads once shown (to 0.01 %, as [`Catalog::percent`] writes it): growth,
/// no change, or decline.
fn direction(pct: f64) -> Ordering {
    match trimmed(pct, 2).as_str() {
        "0" => Ordering::Equal,
        shown if shown.starts_with('-') => Ordering::Less,
        _ => Ordering::Greater,
    }
}

/// The scenario's rates as the start of a sentence, reading right for growth, no change
/// and decline: "At 16.5% a year", "With no change from year to year", "At a decline of
/// 5% a year"; "With exports at 20% and imports at 5% a year" when both flows grow, else
/// "With exports changing by 10% and imports by −5% a year".
pub fn rates_phrase(t: &Catalog, a: &Assumptions) -> String {
    if a.exports_pct == a.imports_pct {
        return match direction(a.exports_pct) {
            Ordering::Greater => t.fill(Fill::RatesSame {
                rate: &t.percent(a.exports_pct),
            }),
            Ordering::Equal => t.get(Msg::RatesSameFlat).to_string(),
            Ordering::Less => {
                let rate = t.percent(-a.exports_pct);
                t.fill(Fill::RatesSameDecline { rate: &rate })
            }
        };
    }
    let both_grow = [a.exports_pct, a.imports_pct]
        .iter()
        .all(|pct| direction(*pct) == Ordering::Greater);
    let exports = &t.percent(a.exports_pct);
    let imports = &t.percent(a.imports_pct);
    t.fill(if both_grow {
        Fill::RatesSplit { exports, imports }
    } else {
        Fill::RatesSplitChange { exports, imports }
    })
}

/// "At 16.5% a year, turnover reaches $1 billion in 2027."
pub fn reached(t: &Catalog, a: &Assumptions, year: Option<i32>) -> String {
    let target = &t.money(a.target);
    let rates = &rates_phrase(t, a);
    let year_shown = &year.unwrap_or(a.last_year).to_string();
    t.fill(match year {
        Some(y) if y == a.base_year => Fill::ReachedBase {
            target,
            year: year_shown,
        },
        Some(_) => Fill::ReachedIn {
            rates,
            target,
            year: year_shown,
        },
        None => Fill::ReachedNot {
            rates,
            target,
            year: year_shown,
        },
    })
}

/// "To reach $1 billion by 2027, turnover must grow 11.88% a year."
pub fn required(t: &Catalog, a: &Assumptions, rate: Option<f64>) -> String {
    let target = &t.money(a.target);
    let year = &a.by_year.to_string();
    let rate_shown = &rate.map_or(String::new(), |r| t.percent(Percent::of(r).value()));
    t.fill(match rate {
        Some(r) if r <= 0.0 => Fill::RequiredAlready {
            target,
            year,
            rate: rate_shown,
        },
        Some(_) => Fill::RequiredGrow {
            target,
            year,
            rate: rate_shown,
        },
        None => Fill::RequiredNone { year },
    })
}

/// The figure with its kind marker and unit: "> $630 million" or "$714 million".
fn marked_value(t: &Catalog, point: &Point, value: f64) -> String {
    point.kind.mark(&t.money(value))
}

/// "Base year 2024: turnover $714 million (reported). Source: Uzbek Ministry …, 2025-04-29."
pub fn base(t: &Catalog, series: &Series, outlook: &Outlook) -> String {
    let year = outlook.base.year.to_string();
    let Some(point) = series.point(outlook.base.year) else {
        return t.fill(Fill::BasePlain { year: &year });
    };
    let value = marked_value(t, point, outlook.base.turnover);
    let mut text = t.fill(Fill::BaseText {
        year: &year,
        value: &value,
        kind: t.kind(point.kind),
    });
    if let Some(s) = t.data().source(&point.source) {
        text.push(' ');
        text.push_str(&t.fill(Fill::BaseSource {
            publisher: t.text(&s.publisher),
            date: &t.date(&s.date),
        }));
    }
    if point.kind == PointKind::LowerBound {
        text.push(' ');
        text.push_str(t.get(Msg::BaseLowerBound));
    }
    if outlook.base.split.is_none() && outlook.rates.is_linked() {
        text.push(' ');
        text.push_str(t.get(Msg::BaseNoSplit));
    }
    text
}

/// "Default: 16.5% a year, the compound growth of turnover 2019–2024."
pub fn baseline(t: &Catalog, baseline: Option<Baseline>, default_growth: f64) -> String {
    let rate = t.percent(default_growth);
    match baseline {
        Some(b) => t.fill(Fill::BaselineRate {
            rate: &rate,
            from: &b.from.to_string(),
            to: &b.to.to_string(),
            exact: &t.percent(Percent::of(b.rate).value()),
        }),
        None => t.fill(Fill::BaselineNone { rate: &rate }),
    }
}

/// "Chance of turnover at or above $1 billion in 2027: 61%, …"
pub fn chance(t: &Catalog, a: &Assumptions, p: f64) -> String {
    t.fill(Fill::ChanceText {
        target: &t.money(a.target),
        year: &a.by_year.to_string(),
        chance: &chance_value(t, p),
        from: &a.window_from.to_string(),
        to: &a.base_year.to_string(),
    })
}

/// A probability as a whole percentage, with "< 1%" and "> 99%" at the ends.
pub fn chance_value(t: &Catalog, p: f64) -> String {
    let pct = Percent::of(p).value();
    if pct > 0.0 && pct < 0.5 {
        t.fill(Fill::ChanceUnder { p: &t.percent(1.0) })
    } else if (99.5..100.0).contains(&pct) {
        t.fill(Fill::ChanceOver {
            p: &t.percent(99.0),
        })
    } else {
        t.percent(pct.round())
    }
}

/// The method note under the chart.
pub fn fan_note(t: &Catalog, a: &Assumptions, fan: Option<&Fan>) -> String {
    let from = a.window_from.to_string();
    let to = a.base_year.to_string();
    match fan {
        Some(f) => t.fill(Fill::ChartFanNote {
            from: &from,
            to: &to,
            sigma: &t.numbers().grouped(f.sigma, 3),
            changes: &f.changes.to_string(),
        }),
        None => t.fill(Fill::ChartNoFan {
            from: &from,
            to: &to,
        }),
    }
}

/// "$735.1 million (36.8%) short of $2 billion in 2030" or "… above …".
pub fn gap(t: &Catalog, check: &TargetCheck) -> String {
    let amount = &t.money(check.gap().abs());
    let share = &t.percent(Percent::of(check.gap_share()).to_tenth().value().abs());
    let target = &t.money(check.target);
    let year = &check.by_year.to_string();
    t.fill(if check.gap() > 0.0 {
        Fill::GapShort {
            amount,
            share,
            target,
            year,
        }
    } else {
        Fill::GapAbove {
            amount,
            share,
            target,
            year,
        }
    })
}

/// "Projection for 2024: $504.2 million; actual: $714 million; the projection was 29.4%
/// below it."
pub fn backtest(t: &Catalog, b: &Backtest) -> String {
    let error = Percent::of(b.error_share());
    // As shown, to 0.1 %: an error that rounds to 0 is a match, never "above by 0 %".
    let shown = error.to_tenth().value().abs();
    let year = &b.year.to_string();
    let projected = &t.money(b.projected);
    let actual = &b.kind.mark(&t.money(b.actual));
    let error_pct = &t.percent(shown);
    t.fill(if shown == 0.0 {
        Fill::BacktestMatched {
            year,
            projected,
            actual,
        }
    } else if error.value() < 0.0 {
        Fill::BacktestBelow {
            year,
            projected,
            actual,
            error: error_pct,
        }
    } else {
        Fill::BacktestAbove {
            year,
            projected,
            actual,
            error: error_pct,
        }
    })
}

/// Says how a base without a published split was split, when the flows are unlinked.
pub fn derived_split(t: &Catalog, outlook: &Outlook) -> Option<String> {
    if outlook.base.split.is_some() || outlook.rates.is_linked() {
        return None;
    }
    let (year, share) = outlook.base.share?;
    Some(t.fill(Fill::SplitDerived {
        year: &outlook.base.year.to_string(),
        from: &year.to_string(),
        exports: &t.percent(Percent::of(share).to_tenth().value()),
        imports: &t.percent(Percent::of(1.0 - share).to_tenth().value()),
    }))
}

/// "2027", or "not by 2035" when the target is not reached by the last year drawn.
pub fn reached_or_not(t: &Catalog, reached: Option<i32>, last_year: i32) -> String {
    reached.map_or_else(
        || {
            t.fill(Fill::TargetsNotBy {
                year: &last_year.to_string(),
            })
        },
        |y| y.to_string(),
    )
}

/// A growth needed (fraction a year) as a table cell: "11.88%", or "–" when none.
pub fn needed_cell(t: &Catalog, needed: Option<f64>) -> String {
    needed.map_or("–".to_string(), |g| t.percent(Percent::of(g).value()))
}

/// "16.5%" or "exports 20%, imports 5%".
pub fn rates_label(t: &Catalog, exports: f64, imports: f64) -> String {
    if exports == imports {
        t.percent(exports)
    } else {
        t.fill(Fill::PinsRates {
            exports: &t.percent(exports),
            imports: &t.percent(imports),
        })
    }
}

/// A preset's button label: "Historical", "Recent momentum", "On track".
pub fn preset_label(t: &Catalog, preset: &Preset) -> &'static str {
    t.get(match preset {
        Preset::Historical { .. } => Msg::PresetHistorical,
        Preset::Momentum { .. } => Msg::PresetMomentum,
        Preset::OnTrack { .. } => Msg::PresetOnTrack,
    })
}

/// A preset's sentence with its numbers, e.g. "12.18% a year reaches $1 billion by
/// 2027.", then " (The slider stops at 40%.)" when its rate lies beyond the slider.
pub fn preset(t: &Catalog, preset: &Preset, a: &Assumptions) -> String {
    let rate = t.percent(preset.rate());
    let sentence = match *preset {
        Preset::Historical {
            exact, from, to, ..
        } => t.fill(Fill::PresetHistoricalText {
            rate: &rate,
            from: &from.to_string(),
            to: &to.to_string(),
            exact: &t.percent(exact),
        }),
        Preset::Momentum { from, to, .. } => t.fill(Fill::PresetMomentumText {
            rate: &rate,
            from: &from.to_string(),
            to: &to.to_string(),
        }),
        Preset::OnTrack { .. } => t.fill(Fill::PresetOnTrackText {
            rate: &rate,
            target: &t.money(a.target),
            year: &a.by_year.to_string(),
        }),
    };
    match clamp_growth(preset.rate()).filter(|_| preset.beyond_slider()) {
        Some(end) => {
            let stop = t.fill(Fill::PresetSliderStop {
                rate: &t.percent(end),
            });
            format!("{sentence} {stop}")
        }
        None => sentence,
    }
}

/// The one-line summary of the settings that differ from their defaults, e.g.
/// "Belarusian statistics · base year 2021 · $2 billion by 2030"; empty when none does.
pub fn settings_summary(t: &Catalog, changed: &[Changed]) -> String {
    changed
        .iter()
        .map(|c| match *c {
            Changed::Series(id) => t.series_name(id).to_string(),
            Changed::Base(y) => t.fill(Fill::SettingsBase {
                year: &y.to_string(),
            }),
            Changed::Rates { exports, imports } => rates_label(t, exports, imports),
            Changed::Window(y) => t.fill(Fill::SettingsFrom {
                year: &y.to_string(),
            }),
            Changed::Target { value, by } => t.fill(Fill::PinsTargetBy {
                target: &t.money(value),
                year: &by.to_string(),
            }),
            Changed::Horizon(y) => t.fill(Fill::SettingsTo {
                year: &y.to_string(),
            }),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The slider's spoken value: "12.5% a year".
pub fn growth_value(t: &Catalog, pct: f64) -> String {
    t.fill(Fill::GrowthValue {
        rate: &t.percent(pct),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
