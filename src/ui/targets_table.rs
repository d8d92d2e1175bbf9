//! Every target at once: year reached, growth needed by its deadline, gap there.

use super::language::use_catalog;
use super::use_state;
use crate::i18n::{Catalog, Msg};
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
    fn new(t: &Catalog, label: String, check: &TargetCheck, last_year: i32) -> RowText {
        RowText {
            label,
            reached: reached_or_not(t, check.reached, last_year),
            deadline: check.by_year.to_string(),
            needed: check
                .needed
                .map_or("–".to_string(), |g| t.percent(g * 100.0)),
            gap: text::gap(t, check),
        }
    }
}

/// "2027", or "not by 2035" when the target is not reached by the last year drawn.
pub fn reached_or_not(t: &Catalog, reached: Option<i32>, last_year: i32) -> String {
    reached.map_or_else(
        || t.fill(Msg::TargetsNotBy, &[("year", &last_year.to_string())]),
        |y| y.to_string(),
    )
}

/// The governments' targets and the reader's own, checked against the projection.
/// Rows stay in place while the slider moves; only their text changes.
#[component]
pub fn TargetsTable() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let rows = Memo::new(move |_| {
        let a = state.resolved.get().assumptions;
        state.outlook.with(|outlook| {
            let Some(outlook) = outlook else {
                return Vec::new();
            };
            let mut rows: Vec<RowText> = t
                .data()
                .targets
                .iter()
                .map(|target| {
                    let by = match target.deadline {
                        Some(y) if y > a.base_year => y,
                        _ if target.value == a.target => a.by_year,
                        _ => a.base_year + DEFAULT_DEADLINE_YEARS,
                    };
                    let check = outlook.check(target.value, by);
                    RowText::new(t, target.label.clone(), &check, a.last_year)
                })
                .collect();
            if t.data().target_with_value(a.target).is_none() {
                let label = t.fill(Msg::TargetsYours, &[("target", &t.money(a.target))]);
                rows.push(RowText::new(t, label, &outlook.main, a.last_year));
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
            <h2 id="targets-heading">{t.get(Msg::TargetsHeading)}</h2>
            <div class="table-scroll">
                <table data-testid="targets-table">
                    <thead>
                        <tr>
                            <th scope="col">{t.get(Msg::TargetsTarget)}</th>
                            <th scope="col">{t.get(Msg::TargetsReached)}</th>
                            <th scope="col">{t.get(Msg::TargetsDeadline)}</th>
                            <th scope="col">{t.get(Msg::TargetsNeeded)}</th>
                            <th scope="col">{t.get(Msg::TargetsAtDeadline)}</th>
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
                {t
                    .data()
                    .targets
                    .iter()
                    .map(|target| {
                        let source = t.data().source(&target.source).map_or(String::new(), |s| {
                            t.fill(Msg::TargetsSource, &[("publisher", &s.publisher), ("date", &s.date)])
                        });
                        view! { <li><strong>{target.label.clone()}</strong> ": " {target.set.clone()} ". " {source}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
