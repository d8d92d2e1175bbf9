//! The table view: every year of the chart, actual and projected, with sources.

use crate::i18n::{Catalog, Msg};
use crate::table::{marked, rows, Row, RowKind};
use crate::ui::language::use_catalog;
use crate::ui::{use_page_memory, use_state};
use leptos::prelude::*;

/// One table row.
fn row_view(t: &Catalog, row: Row) -> impl IntoView {
    let source = row.source.as_deref().and_then(|id| t.data().source(id)).map(|s| {
        let tip = format!("{} ({}): “{}”", t.text(&s.title), t.date(&s.date), s.quote);
        let publisher = t.text(&s.publisher);
        match &s.url {
            Some(url) => view! { <a href=url.clone() title=tip rel="noopener" target="_blank">{publisher}</a> }
                .into_any(),
            None => view! { <span title=tip tabindex="0">{publisher}</span> }.into_any(),
        }
    });
    let (class, kind) = match row.kind {
        RowKind::Actual(k) => ("actual", t.kind(k)),
        RowKind::Projected => ("projected", t.get(Msg::KindProjected)),
    };
    let numbers = t.numbers();
    view! {
        <tr class=class>
            <th scope="row">{row.year}</th>
            <td>{marked(&numbers, row.exports, row.kind)}</td>
            <td>{marked(&numbers, row.imports, row.kind)}</td>
            <td>{marked(&numbers, row.turnover, row.kind)}</td>
            <td>{row.change.map_or("–".to_string(), |c| t.percent((c * 1000.0).round() / 10.0))}</td>
            <td>{kind}</td>
            <td>{source}</td>
        </tr>
    }
}

/// Years as rows, sortable by year; projected rows marked. The chart's text fallback.
#[component]
pub fn DataTable() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let newest_first = use_page_memory().newest_first;
    let table_rows = move || {
        let a = state.resolved.get().assumptions;
        let series = t.data().series(state.series.get());
        let mut rows = state
            .outlook
            .get()
            .map_or(Vec::new(), |o| rows(series, &o, a.last_year));
        if newest_first.get() {
            rows.reverse();
        }
        rows
    };

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
                        <th scope="col">{t.text(&t.data().flows.exports.name)}</th>
                        <th scope="col">{t.text(&t.data().flows.imports.name)}</th>
                        <th scope="col">{t.get(Msg::ChartTurnover)}</th>
                        <th scope="col">{t.get(Msg::TableChange)}</th>
                        <th scope="col">{t.get(Msg::TableFigure)}</th>
                        <th scope="col">{t.get(Msg::TableSource)}</th>
                    </tr>
                </thead>
                <tbody>{move || table_rows().into_iter().map(|row| row_view(t, row)).collect_view()}</tbody>
            </table>
        </div>
    }
}
