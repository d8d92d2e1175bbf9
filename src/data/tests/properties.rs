//! The data-file reader (`parse`: the JSON reader, the decoder, the rules) tried on any
//! input: arbitrary text and the shipped file's text cut or added to (`texts`), the
//! shipped file with one JSON value put in at any field, and with its figures moved to
//! any years and sizes (`edits`). It never panics; a file it refuses has faults each
//! with a place inside the file (a line and column within the text; a JSON path, series
//! and year, id or field that the file has); a file it accepts can be shown (the default
//! scenario and every base year resolve and project).

use super::*;
use crate::i18n::Fill;
use crate::model::Outlook;
use crate::scenario::Scenario;
use crate::test_cases::cases;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

mod edits;
mod texts;

/// True when `json` has a value at the path the decoder wrote as `path`
/// (`series[0].points[13].turnover`; a key with a `.` or `[` in it is written as it is,
/// so the path is matched as written, from `written` on).
fn has_path(json: &Value, written: &str, path: &str) -> bool {
    if written == path {
        return true;
    }
    if !path.starts_with(written) {
        return false;
    }
    match json {
        Value::Object(m) => m.iter().any(|(k, v)| {
            let key = if written.is_empty() {
                k.clone()
            } else {
                format!("{written}.{k}")
            };
            has_path(v, &key, path)
        }),
        Value::Array(items) => {
            let item = |(i, v): (usize, &Value)| has_path(v, &format!("{written}[{i}]"), path);
            items.iter().enumerate().any(item)
        }
        _ => false,
    }
}

/// The value of placeholder `name` in `said`, as the file has it.
fn written<'s>(said: &'s Said, name: &str) -> Option<&'s str> {
    said.written(name)
}

/// The `field` of the file a rule's place names (`series "uz" note 2` is in `series`).
fn top_field(place: &str) -> &str {
    let first = place.split(' ').next().unwrap_or(place);
    match first {
        "source" => "sources",
        "target" => "targets",
        "fact" => "facts",
        other => other,
    }
}

/// Reads `text` as the page does; when refused, checks each fault's place: a line and
/// column within `text`, a path, series, year, id or field that `json` (the file's JSON,
/// when it is JSON) has. When accepted, shows it: the default scenario and every base
/// year of every series resolve and project.
fn check(text: &str, json: Option<&Value>) -> Result<(), TestCaseError> {
    let faults = match parse("data/x.json", text) {
        Ok(data) => return show(&data),
        Err(e) => e.faults,
    };
    prop_assert!(!faults.is_empty());
    let lines: Vec<&str> = text.split('\n').collect();
    let has =
        |path: &[&str]| json.is_none_or(|j| path.iter().try_fold(j, |v, k| v.get(*k)).is_some());
    // Every point of every series with this id (an id used twice is a fault of its own).
    let points_of = |id: &str| -> Vec<Value> {
        let all = json.and_then(|j| j.get("series")?.as_array().cloned());
        let of_id = all.unwrap_or_default().into_iter();
        let of_id = of_id.filter(|s| s.get("id").and_then(Value::as_str) == Some(id));
        of_id
            .flat_map(|s| {
                s.get("points")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
            })
            .collect()
    };
    let with_id = |field: &str, id: &str| {
        json.is_none_or(|j| {
            let all = j.get(field).and_then(Value::as_array);
            all.is_some_and(|all| {
                all.iter()
                    .any(|x| x.get("id").and_then(Value::as_str) == Some(id))
            })
        })
    };
    for fault in &faults {
        let shown = fault.say(crate::i18n::plain_english());
        let Some(place) = &fault.place else {
            return Err(TestCaseError::fail(format!("no place: {shown}")));
        };
        let arg = |name: &str| written(place, name).unwrap_or_default();
        let is = |kind: Fill<()>| place.is(&kind);
        let is_path = is(Fill::FaultAtPath {
            line: (),
            column: (),
            path: (),
        });
        let is_file = is(Fill::FaultAtFile {
            line: (),
            column: (),
        });
        if let (Some(line), Some(column)) = (written(place, "line"), written(place, "column")) {
            let (line, column): (usize, usize) = (line.parse().unwrap(), column.parse().unwrap());
            prop_assert!((1..=lines.len()).contains(&line), "{}", shown);
            let width = lines[line - 1].chars().count();
            prop_assert!((1..=width + 1).contains(&column), "{}", shown);
            // A path's place, or the file's, is where a value or a key starts.
            if is_path || is_file {
                let first = lines[line - 1].chars().nth(column - 1);
                let starts = first.is_some_and(|c| "\"{[-0123456789tfn".contains(c));
                prop_assert!(starts, "{} ({:?})", shown, first);
            }
        }
        if is_path {
            prop_assert!(
                json.is_none_or(|j| has_path(j, "", arg("path"))),
                "{}",
                shown
            )
        } else if is(Fill::FaultAtPoint { id: (), year: () }) {
            let year: f64 = arg("year").parse().unwrap();
            let points = points_of(arg("id"));
            let has_year = points.iter().any(|p| p["year"].as_f64() == Some(year));
            prop_assert!(json.is_none() || has_year, "{}", shown);
        } else if is(Fill::FaultAtSeries { id: () }) {
            prop_assert!(with_id("series", arg("id")), "{}", shown)
        } else if is(Fill::FaultAtSource { id: () }) {
            prop_assert!(with_id("sources", arg("id")), "{}", shown)
        } else if is(Fill::FaultAtTarget { id: () }) {
            prop_assert!(with_id("targets", arg("id")), "{}", shown)
        } else if is(Fill::FaultAtFormat { format: () }) {
            prop_assert!(has(&["format"]), "{}", shown)
        } else if is(Fill::FaultAtProductsFlow { n: () }) {
            let n: usize = arg("n").parse().unwrap();
            let flows = json.map(|j| j["products"]["flows"].as_array().map_or(0, Vec::len));
            prop_assert!(flows.is_none_or(|len| (1..=len).contains(&n)), "{}", shown);
        } else if is(Fill::FaultAtField { field: () }) {
            prop_assert!(has(&[top_field(arg("field"))]), "{}", shown)
        } else if !is_file
            && !is(Fill::FaultAtLine {
                line: (),
                column: (),
            })
        {
            return Err(TestCaseError::fail(format!(
                "a place of another kind: {shown}"
            )));
        }
        if let Some(as_written) = written(&fault.problem, "written") {
            prop_assert!(text.contains(as_written.trim_end_matches('…')), "{}", shown);
        }
    }
    Ok(())
}

/// What the page and `make check-data` do with a file they accept: each series from its
/// default base year and every other, projected; the latest figures said.
fn show(data: &DataSet) -> Result<(), TestCaseError> {
    for (i, series) in data.series.iter().enumerate() {
        for base in std::iter::once(None).chain(series.turnover_years().map(Some)) {
            let scenario = Scenario {
                series: i,
                base,
                ..Scenario::default()
            };
            let r = scenario.resolve(data);
            prop_assert!(Outlook::compute(series, &r.assumptions).is_some());
        }
    }
    prop_assert_eq!(
        latest_figures(data, crate::i18n::plain_english()).len(),
        data.series.len()
    );
    Ok(())
}
