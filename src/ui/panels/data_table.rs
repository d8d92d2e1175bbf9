//! The table view: every year of the chart, actual and projected, with sources. Its
//! rows as text are `view::data_table`'s.

use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use crate::ui::{use_page_memory, use_state};
use crate::view::data_table::{table_rows, SourceLink, TableRow};
use leptos::prelude::*;

/// A figure's source: a link to its page, or its name with the details as a tooltip.
fn source_view(source: SourceLink) -> impl IntoView {
    match source.url {
        Some(url) => view! { <a href=url title=source.tip rel="noopener" target="_blank">{source.publisher}</a> }
            .into_any(),
        None => view! { <span title=source.tip tabindex="0">{source.publisher}</span> }.into_any(),
    }
}

/// One table row.
fn row_view(row: TableRow) -> impl IntoView {
    let [exports, imports, turnover] = row.figures;
    view! {
        <tr class=if row.projected { "projected" } else { "actual" }>
            <th scope="row">{row.year}</th>
            <td>{exports}</td>
            <td>{imports}</td>
            <td>{turnover}</td>
            <td>{row.change}</td>
            <td>{row.kind}</td>
            <td>{row.source.map(source_view)}</td>
        </tr>
    }
}

/// Years as rows, sortable by year; projected rows marked. The chart's text fallback.
#[component]
pub fn DataTable() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let newest_first = use_page_memory().newest_first;
    let rows = move || {
        let last_year = state.resolved.with(|r| r.assumptions.last_year);
        let series = t.data().series(state.series.get());
        state.outlook.with(|o| {
            o.as_ref().map_or(Vec::new(), |o| {
                table_rows(t, series, o, last_year, newest_first.get())
            })
        })
    };
    let flows = &t.data().flows;

    view! {
        <div class="table-scroll data-table">
            <table data-testid="data-table">
                <caption class="visually-hidden">{t.get(Msg::TableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col" aria-sort=move || if newest_first.get() { "descending" } else { "ascending" }>
                            <button type="button" data-testid="sort-year" on:click=move |_| newest_first.update(|d| *d = !*d)>
                                {t.get(Msg::TableYear)} " " {move || if newest_first.get() { "↓" } else { "↑" }}
                            </button>
                        </th>
                        <th scope="col">{t.text(&flows.exports.name)}</th>
                        <th scope="col">{t.text(&flows.imports.name)}</th>
                        <th scope="col">{t.get(Msg::ChartTurnover)}</th>
                        <th scope="col">{t.get(Msg::TableChange)}</th>
                        <th scope="col">{t.get(Msg::TableFigure)}</th>
                        <th scope="col">{t.get(Msg::TableSource)}</th>
                    </tr>
                </thead>
                <tbody>{move || rows().into_iter().map(row_view).collect_view()}</tbody>
            </table>
        </div>
    }
}
