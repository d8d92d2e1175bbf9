//! Every target at once: year reached, growth needed by its deadline, gap there.

use super::use_state;
use crate::data::dataset;
use crate::format::{percent, usd_millions};
use crate::model::TargetCheck;
use crate::text;
use leptos::prelude::*;

/// A row of the targets table.
struct TargetRow {
    label: String,
    note: String,
    check: TargetCheck,
}

/// The governments' targets and the reader's own, checked against the projection.
#[component]
pub fn TargetsTable() -> impl IntoView {
    let state = use_state();
    let rows = move || {
        let a = state.resolved.get().assumptions;
        let Some(outlook) = state.outlook.get() else {
            return Vec::new();
        };
        let mut rows: Vec<TargetRow> = dataset()
            .targets
            .iter()
            .map(|t| {
                let by = match t.deadline {
                    Some(y) if y > a.base_year => y,
                    _ if t.value == a.target => a.by_year,
                    _ => a.base_year + crate::scenario::DEFAULT_DEADLINE_YEARS,
                };
                let source = dataset().source(&t.source).map_or(String::new(), |s| {
                    format!(" Source: {}, {}.", s.publisher, s.date)
                });
                TargetRow {
                    label: t.label.clone(),
                    note: format!("{}.{source}", t.set),
                    check: outlook.check(t.value, by),
                }
            })
            .collect();
        if dataset().target_with_value(a.target).is_none() {
            rows.push(TargetRow {
                label: format!("Your target: {}", usd_millions(a.target)),
                note: "Set above.".into(),
                check: outlook.main,
            });
        }
        rows
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
                            let last_year = state.resolved.get().assumptions.last_year;
                            rows()
                                .into_iter()
                                .map(|row| {
                                    let c = row.check;
                                    view! {
                                        <tr>
                                            <th scope="row" title=row.note>{row.label}</th>
                                            <td>{c.reached.map_or(format!("not by {last_year}"), |y| y.to_string())}</td>
                                            <td>{c.by_year}</td>
                                            <td>{c.needed.map_or("–".to_string(), |g| percent(g * 100.0))}</td>
                                            <td>{text::gap(&c)}</td>
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
                    .map(|t| view! { <li><strong>{t.label.clone()}</strong> ": " {t.set.clone()} "."</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
