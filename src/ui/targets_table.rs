//! Every target at once: year reached, growth needed by its deadline, gap there.

use super::use_state;
use crate::data::dataset;
use crate::format::{percent, usd_millions};
use crate::model::TargetCheck;
use crate::scenario::DEFAULT_DEADLINE_YEARS;
use crate::text;
use leptos::prelude::*;

/// The cells of one row, as text.
#[derive(Clone, Debug, PartialEq)]
struct RowText {
    label: String,
    reached: String,
    deadline: String,
    needed: String,
    gap: String,
}

impl RowText {
    fn new(label: String, check: &TargetCheck, last_year: i32) -> RowText {
        RowText {
            label,
            reached: check
                .reached
                .map_or(format!("not by {last_year}"), |y| y.to_string()),
            deadline: check.by_year.to_string(),
            needed: check.needed.map_or("–".to_string(), |g| percent(g * 100.0)),
            gap: text::gap(check),
        }
    }
}

/// The governments' targets and the reader's own, checked against the projection.
/// Rows stay in place while the slider moves; only their text changes.
#[component]
pub fn TargetsTable() -> impl IntoView {
    let state = use_state();
    let rows = Memo::new(move |_| {
        let a = state.resolved.get().assumptions;
        state.outlook.with(|outlook| {
            let Some(outlook) = outlook else {
                return Vec::new();
            };
            let mut rows: Vec<RowText> = dataset()
                .targets
                .iter()
                .map(|t| {
                    let by = match t.deadline {
                        Some(y) if y > a.base_year => y,
                        _ if t.value == a.target => a.by_year,
                        _ => a.base_year + DEFAULT_DEADLINE_YEARS,
                    };
                    RowText::new(t.label.clone(), &outlook.check(t.value, by), a.last_year)
                })
                .collect();
            if dataset().target_with_value(a.target).is_none() {
                let label = format!("Your target: {}", usd_millions(a.target));
                rows.push(RowText::new(label, &outlook.main, a.last_year));
            }
            rows
        })
    });
    let row_count = Memo::new(move |_| rows.with(Vec::len));
    // A memo per cell: a slider step rewrites only the cells that change.
    let cell = move |i: usize, pick: fn(&RowText) -> String| {
        Memo::new(move |_| rows.with(|r| r.get(i).map(pick).unwrap_or_default()))
    };

    view! {
        <section class="targets" aria-labelledby="targets-heading">
            <h2 id="targets-heading">"Targets at this growth"</h2>
            <div class="table-scroll">
                <table data-testid="targets-table">
                    <thead>
                        <tr>
                            <th scope="col">"Target"</th>
                            <th scope="col">"Reached in"</th>
                            <th scope="col">"Deadline"</th>
                            <th scope="col">"Growth needed"</th>
                            <th scope="col">"At the deadline"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            (0..row_count.get())
                                .map(|i| {
                                    view! {
                                        <tr>
                                            <th scope="row">{cell(i, |r| r.label.clone())}</th>
                                            <td>{cell(i, |r| r.reached.clone())}</td>
                                            <td>{cell(i, |r| r.deadline.clone())}</td>
                                            <td>{cell(i, |r| r.needed.clone())}</td>
                                            <td>{cell(i, |r| r.gap.clone())}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <ul class="hint target-notes">
                {dataset()
                    .targets
                    .iter()
                    .map(|t| {
                        let source = dataset()
                            .source(&t.source)
                            .map_or(String::new(), |s| format!(" Source: {}, {}.", s.publisher, s.date));
                        view! { <li><strong>{t.label.clone()}</strong> ": " {t.set.clone()} "." {source}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
