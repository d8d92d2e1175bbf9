//! Every target at once: year reached, growth needed by its deadline, gap there.

use crate::i18n::{Catalog, Fill, Msg};
use crate::model::{target_rows, Assumptions, TargetRow};
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
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
    fn new(t: &Catalog, row: &TargetRow, a: &Assumptions) -> RowText {
        let check = &row.check;
        RowText {
            label: row.target.map_or_else(
                || {
                    t.fill(Fill::TargetsYours {
                        target: &t.money(a.target),
                    })
                },
                |target| t.text(&target.label).to_string(),
            ),
            reached: text::reached_or_not(t, check.reached, a.last_year),
            deadline: check.by_year.to_string(),
            needed: text::needed_cell(t, check.needed),
            gap: text::gap(t, check),
        }
    }
}

/// The governments' targets and the reader's own, checked against the projection.
/// Rows stay in place while the slider moves; only their text changes.
#[component]
pub fn TargetsTable() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // Which deadline each row uses, and when "your target" appears: `model::target_rows`.
    let rows = Memo::new(move |_| {
        let a = state.resolved.get().assumptions;
        state.outlook.with(|outlook| {
            outlook.as_ref().map_or(Vec::new(), |o| {
                target_rows(o, &t.data().targets, &a)
                    .iter()
                    .map(|row| RowText::new(t, row, &a))
                    .collect()
            })
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
                            t.fill(Fill::TargetsSource { publisher: t.text(&s.publisher), date: &t.date(&s.date) })
                        });
                        view! { <li><strong>{t.text(&target.label)}</strong> ": " {t.text(&target.set)} ". " {source}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
