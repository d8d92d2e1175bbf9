//! The rules a data set must follow, each fault named with its place. The browser runs
//! them on load and `make check-data` before an editor uploads a file: the same code.

use super::fault::{written, Fault, Said};
use super::{DataSet, Point, PointKind, Text};
use crate::format::trimmed;
use crate::i18n::{Catalog, Fill, Lang, Msg};

/// Largest gap allowed between a turnover and the sum of its rounded parts.
const ROUNDING_TOLERANCE: f64 = 0.1 + 1e-9;
/// The years a figure, target or deadline may have.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// The format version this app reads (2: flows named by direction).
const FORMAT: u32 = 2;

/// True when `id` may be a series' `series=` code or a source's or target's id.
fn is_code(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The faults of a data set, each with its place (`series "uz", year 2024: turnover is
/// negative`); empty when it follows every rule: a known format; at least one series,
/// each with its own id; years ascending, unique and plausible; values finite and not
/// negative; turnover equal to a_to_b + b_to_a (to rounding); every source cited known
/// and every id unique; at least one target, each positive with a plausible deadline; product shares
/// positive and at most 100 % in all; every text written in English.
pub fn validate(data: &DataSet) -> Vec<Fault> {
    let mut faults: Vec<Fault> = Vec::new();
    let field = |name: &str| {
        Said::from(Fill::FaultAtField {
            field: written(name),
        })
    };
    let known = |id: &str| data.source(id).is_some();
    if data.format != FORMAT {
        let place = Fill::FaultAtFormat {
            format: written(data.format),
        };
        let problem = Fill::FaultFormatOther {
            format: written(FORMAT),
        };
        faults.push(Fault::at(place.into(), problem.into()));
    }
    if data.series.is_empty() {
        faults.push(rule(field("series"), Msg::FaultNone));
    }
    if !is_code(&data.file_stem) {
        faults.push(rule(field("file_stem"), Msg::FaultCode));
    }
    for (i, source) in data.sources.iter().enumerate() {
        if data.sources[..i].iter().any(|s| s.id == source.id) {
            let at = Said::from(Fill::FaultAtSource {
                id: written(&source.id),
            });
            faults.push(rule(at, Msg::FaultIdTwice));
        }
    }
    for (i, series) in data.series.iter().enumerate() {
        let at = || {
            Said::from(Fill::FaultAtSeries {
                id: written(&series.id),
            })
        };
        if !is_code(&series.id) {
            faults.push(rule(at(), Msg::FaultIdCode));
        }
        if data.series[..i].iter().any(|s| s.id == series.id) {
            faults.push(rule(at(), Msg::FaultIdTwice));
        }
        if series.points.is_empty() {
            faults.push(rule(at(), Msg::FaultNoPoints));
        }
        for (n, p) in series.points.iter().enumerate() {
            let at = || {
                Said::from(Fill::FaultAtPoint {
                    id: written(&series.id),
                    year: written(p.year),
                })
            };
            if !YEARS.contains(&p.year) {
                faults.push(rule(at(), Msg::FaultYearRange));
            }
            if n > 0 && p.year <= series.points[n - 1].year {
                faults.push(rule(at(), Msg::FaultYearOrder));
            }
            for (name, value) in [
                ("a_to_b", p.exports),
                ("b_to_a", p.imports),
                ("turnover", p.turnover),
            ] {
                let field = written(name);
                let problem = match value {
                    Some(v) if !v.is_finite() => Fill::FaultNotNumber { field },
                    Some(v) if v < 0.0 => Fill::FaultNegative { field },
                    _ => continue,
                };
                faults.push(Fault::at(at(), problem.into()));
            }
            if p.exports.is_none() && p.imports.is_none() && p.turnover.is_none() {
                faults.push(rule(at(), Msg::FaultNoValue));
            }
            if let (Some(e), Some(i), Some(t)) = (p.exports, p.imports, p.turnover) {
                if (e + i - t).abs() > ROUNDING_TOLERANCE {
                    let problem = Fill::FaultTurnoverSum {
                        turnover: written(trimmed(t, 6)),
                        a_to_b: written(trimmed(e, 6)),
                        b_to_a: written(trimmed(i, 6)),
                    };
                    faults.push(Fault::at(at(), problem.into()));
                }
            }
            if p.split_kind.is_some() && (p.exports.is_none() || p.imports.is_none()) {
                faults.push(rule(at(), Msg::FaultSplitKind));
            }
            if p.kind == PointKind::Derived && p.note.is_none() {
                faults.push(rule(at(), Msg::FaultDerivedNote));
            }
            for id in std::iter::once(&p.source).chain(&p.also) {
                if !known(id) {
                    faults.push(unknown_source(at(), id));
                }
            }
        }
    }
    if data.targets.is_empty() {
        faults.push(rule(field("targets"), Msg::FaultNoneTarget));
    }
    for (i, target) in data.targets.iter().enumerate() {
        let at = || {
            Said::from(Fill::FaultAtTarget {
                id: written(&target.id),
            })
        };
        if data.targets[..i].iter().any(|t| t.id == target.id) {
            faults.push(rule(at(), Msg::FaultIdTwice));
        }
        if !(target.value.is_finite() && target.value > 0.0) {
            faults.push(rule(at(), Msg::FaultTargetValue));
        }
        if target.deadline.is_some_and(|y| !YEARS.contains(&y)) {
            faults.push(rule(at(), Msg::FaultDeadlineRange));
        }
        if !known(&target.source) {
            faults.push(unknown_source(at(), &target.source));
        }
    }
    if let Some(products) = &data.products {
        if !known(&products.source) {
            faults.push(unknown_source(field("products"), &products.source));
        }
        for (i, flow) in products.flows.iter().enumerate() {
            let sum: f64 = flow.shares.iter().map(|s| s.pct).sum();
            let positive = flow.shares.iter().all(|s| s.pct.is_finite() && s.pct > 0.0);
            if !positive || sum > 100.0 + 1e-9 {
                let at = Fill::FaultAtProductsFlow { n: written(i + 1) };
                faults.push(rule(at.into(), Msg::FaultShares));
            }
        }
    }
    for (place, text) in texts(data) {
        if text.en.trim().is_empty() {
            faults.push(rule(field(&place), Msg::FaultEnglishEmpty));
        }
    }
    faults
}

/// A fault of the rules at `place`: `problem`, which has no placeholder.
fn rule(place: Said, problem: Msg) -> Fault {
    Fault::at(place, Said::new(problem))
}

/// The fault of a source id `id` cited at `place` that no source has.
fn unknown_source(place: Said, id: &str) -> Fault {
    let problem = Fill::FaultUnknownSource { id: written(id) };
    Fault::at(place, problem.into())
}

/// Every text of a data set with its place (`series "uz" note 2`), in file order.
fn texts(data: &DataSet) -> Vec<(String, &Text)> {
    let mut texts: Vec<(String, &Text)> = vec![
        ("title".into(), &data.title),
        ("lede".into(), &data.lede),
        ("description".into(), &data.description),
        ("chart_title".into(), &data.chart_title),
        ("download_title".into(), &data.download_title),
        ("share_title".into(), &data.share_title),
        ("countries a".into(), &data.countries.a),
        ("countries b".into(), &data.countries.b),
        ("flows a_to_b name".into(), &data.flows.exports.name),
        ("flows a_to_b growth".into(), &data.flows.exports.growth),
        ("flows b_to_a name".into(), &data.flows.imports.name),
        ("flows b_to_a growth".into(), &data.flows.imports.growth),
        ("unit".into(), &data.unit),
    ];
    for source in &data.sources {
        texts.push((
            format!("source \"{}\" publisher", source.id),
            &source.publisher,
        ));
    }
    for series in &data.series {
        let at = format!("series \"{}\"", series.id);
        texts.push((format!("{at} name"), &series.name));
        for (n, note) in series.notes.iter().enumerate() {
            texts.push((format!("{at} note {}", n + 1), note));
        }
        for p in &series.points {
            if let Some(note) = &p.note {
                texts.push((format!("{at}, year {} note", p.year), note));
            }
        }
    }
    for target in &data.targets {
        let at = format!("target \"{}\"", target.id);
        texts.push((format!("{at} label"), &target.label));
        texts.push((format!("{at} set"), &target.set));
    }
    if let Some(products) = &data.products {
        texts.push(("products heading".into(), &products.heading));
        texts.push(("products note".into(), &products.note));
        for (i, flow) in products.flows.iter().enumerate() {
            let at = format!("products flow {}", i + 1);
            texts.push((format!("{at} label"), &flow.label));
            for (j, share) in flow.shares.iter().enumerate() {
                texts.push((format!("{at} share {}", j + 1), &share.label));
            }
        }
    }
    for (i, fact) in data.facts.iter().enumerate() {
        texts.push((format!("fact {} title", i + 1), &fact.title));
        texts.push((format!("fact {} text", i + 1), &fact.text));
        if let Some(cite) = &fact.cite {
            texts.push((format!("fact {} cite", i + 1), cite));
        }
    }
    if let Some(why) = &data.why_differ {
        texts.push(("why_differ".into(), why));
    }
    texts
}

/// The places of the texts not written in `lang`: the page shows them in English (and
/// says so in the console, as for the app's own messages; `make check-data` lists them).
pub fn untranslated(data: &DataSet, lang: Lang) -> Vec<String> {
    texts(data)
        .into_iter()
        .filter(|(_, t)| t.written_in(lang).is_none())
        .map(|(place, _)| place)
        .collect()
}

/// The texts each language's page needs in its own language (`ru/index.html`'s title
/// and description: what search engines list and link previews show) that `data`
/// lacks in `lang`.
pub fn page_texts_missing(data: &DataSet, lang: Lang) -> Vec<&'static str> {
    [("title", &data.title), ("description", &data.description)]
        .into_iter()
        .filter(|(_, text)| text.written_in(lang).is_none())
        .map(|(name, _)| name)
        .collect()
}

/// The warning for a source nothing cites, in `t`'s language (`make check-data` prints
/// it in English).
pub fn unused_source_warning(t: &Catalog, id: &str) -> String {
    t.fill(Fill::CheckUnusedSource { id })
}

/// The ids of the sources nothing cites (no point, note, target or product share): a
/// source an edit left behind, or a figure that names the wrong one. Not a fault: `make
/// check-data` warns.
pub fn unused_sources(data: &DataSet) -> Vec<&str> {
    let points = data
        .series
        .iter()
        .flat_map(|s| &s.points)
        .flat_map(|p| std::iter::once(&p.source).chain(&p.also));
    let targets = data.targets.iter().map(|t| &t.source);
    let products = data.products.iter().map(|p| &p.source);
    let cited: Vec<&String> = points.chain(targets).chain(products).collect();
    data.sources
        .iter()
        .filter(|s| !cited.contains(&&s.id))
        .map(|s| s.id.as_str())
        .collect()
}

/// Each series' latest year as a sentence an editor checks the flows' directions by, in
/// `t`'s language: `2025, Uzbek statistics: Belarus → Uzbekistan 741.2; Uzbekistan →
/// Belarus 219.2; turnover 960.4` (each figure as the file writes it, with its kind: `>
/// 500`, `≈ 855`). When that year has no flows, the latest year that has them follows
/// (`…; flows last given for 2023: …`).
pub fn latest_figures(data: &DataSet, t: &Catalog) -> Vec<String> {
    let (a, b) = (t.text(&data.countries.a), t.text(&data.countries.b));
    let figures = |p: &Point| -> String {
        let figure = |v: Option<f64>, kind: PointKind| v.map(|v| kind.mark(&trimmed(v, 6)));
        [
            (format!("{a} → {b}"), figure(p.exports, p.flow_kind())),
            (format!("{b} → {a}"), figure(p.imports, p.flow_kind())),
            (
                t.get(Msg::CheckTurnover).to_string(),
                figure(p.turnover, p.kind),
            ),
        ]
        .into_iter()
        .filter_map(|(name, v)| Some(format!("{name} {}", v?)))
        .collect::<Vec<_>>()
        .join("; ")
    };
    data.series
        .iter()
        .filter_map(|series| {
            let last = series.points.last()?;
            let year = last.year.to_string();
            let mut sentence = t.fill(Fill::CheckLatest {
                year: &year,
                series: t.text(&series.name),
                figures: &figures(last),
            });
            let has_flows = |p: &&Point| p.exports.is_some() || p.imports.is_some();
            if let Some(p) = series.points.iter().rev().find(has_flows) {
                if p.year != last.year {
                    let (year, figures) = (p.year.to_string(), figures(p));
                    sentence += "; ";
                    sentence += &t.fill(Fill::CheckFlowsLast {
                        year: &year,
                        figures: &figures,
                    });
                }
            }
            Some(sentence)
        })
        .collect()
}

/// The ids of the sources whose publisher has no name in `lang`: the page names them in
/// English there (`make check-data` warns; a translator adds the name as the body
/// writes it in that language).
pub fn publishers_missing(data: &DataSet, lang: Lang) -> Vec<&str> {
    data.sources
        .iter()
        .filter(|s| s.publisher.written_in(lang).is_none())
        .map(|s| s.id.as_str())
        .collect()
}
