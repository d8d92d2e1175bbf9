//! Every target at once: year reached, growth needed by its deadline, gap there.

use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use crate::view::targets::{target_notes, target_table, TargetRowText};
use leptos::prelude::*;

/// The governments' targets and the reader's own, checked against the projection.
/// Rows stay in place while the slider moves; only their text changes.
#[component]
pub fn TargetsTable() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let rows = Memo::new(move |_| {
        let a = state.resolved.with(|r| r.assumptions);
        state
            .outlook
            .with(|o| o.as_ref().map_or(Vec::new(), |o| target_table(t, o, &a)))
    });
    let row_count = Memo::new(move |_| rows.with(Vec::len));
    // A memo per cell: a slider step rewrites only the cells that change.
    let cell = move |i: usize, pick: fn(&TargetRowText) -> String| {
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
                {target_notes(t).into_iter().map(|n| view! {
                    <li><strong>{n.label}</strong> ": " {n.set} ". " {n.source}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
