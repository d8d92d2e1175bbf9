//! Chart or table, and the downloads of what they show (PNG, SVG, CSV).

use crate::chart::{self, Caption, ChartStyle, Palette};
use crate::display::share_link;
use crate::i18n::{Catalog, Fill, Msg};
use crate::table::{csv, file_stem, rows};
use crate::text;
use crate::ui::charts::with_chart_data;
use crate::ui::language::use_catalog;
use crate::ui::platform::files::{save_text, save_url};
use crate::ui::platform::painter::{canvas_ops, PaintOn};
use crate::ui::platform::url::site_root;
use crate::ui::{use_state, AppState};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;

/// Size of a downloaded chart, CSS pixels (the PNG has twice as many).
const EXPORT_SIZE: (u32, u32) = (1200, 760);

/// The title, source, scenario and link written around a downloaded chart.
fn caption(t: &Catalog, state: AppState) -> Caption {
    let r = state.resolved.get_untracked();
    let a = r.assumptions;
    let series = t.data().series(r.series);
    let answers = state.outlook.with_untracked(|o| {
        o.as_ref().map_or(String::new(), |o| {
            format!(
                "{} {}",
                text::reached(t, &a, o.main.reached),
                text::required(t, &a, o.main.needed)
            )
        })
    });
    let link = state
        .query_pairs
        .with_untracked(|pairs| share_link(&site_root(), t.lang(), pairs));
    Caption {
        title: t.fill_text(
            &t.data().download_title,
            &[("series", t.text(&series.name))],
        ),
        notes: vec![
            text::source_line(t, series, a.base_year),
            answers,
            t.fill(Fill::DownloadScenario { link: &link }),
        ],
    }
}

/// Draws the chart with its caption at 2× on a new canvas and returns it as a PNG data URL.
fn png(t: &Catalog, state: AppState) -> Option<String> {
    let outlook = state.outlook.get_untracked()?;
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.dyn_into().ok()?;
    let size = (EXPORT_SIZE.0 * 2, EXPORT_SIZE.1 * 2);
    let area = canvas_ops(&canvas, size, PaintOn::Page).into_drawing_area();
    let style = ChartStyle {
        scale: 2.0,
        palette: Palette::LIGHT,
        transparent: false,
    };
    let caption = caption(t, state);
    with_chart_data(t, state, &outlook, Some(&caption), |data| {
        chart::draw(&area, data, &style)
    })
    .ok()?;
    canvas.to_data_url().ok()
}

/// The chart with its caption as an SVG document (text as `<text>`).
fn svg(t: &Catalog, state: AppState) -> Option<String> {
    let outlook = state.outlook.get_untracked()?;
    let caption = caption(t, state);
    Some(with_chart_data(
        t,
        state,
        &outlook,
        Some(&caption),
        |data| chart::to_svg(data, Palette::LIGHT, EXPORT_SIZE.0, EXPORT_SIZE.1),
    ))
}

/// Two toggle buttons (Chart, Table) and the downloads.
#[component]
pub fn ViewTabs(
    /// True while the table is shown instead of the chart.
    table: RwSignal<bool>,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let status = RwSignal::new("");
    let stem = move || {
        let r = state.resolved.get_untracked();
        let data = t.data();
        file_stem(&data.file_stem, &data.series(r.series).id, &r.assumptions)
    };
    let report = move |saved: bool| {
        status.set(if saved {
            ""
        } else {
            t.get(Msg::DownloadRefused)
        })
    };
    let download_csv =
        move |_| {
            let r = state.resolved.get_untracked();
            let series = t.data().series(r.series);
            let text = state.outlook.with_untracked(|o| {
                o.as_ref().map(|o| {
                    csv(
                        t.data(),
                        &rows(series, o, r.assumptions.last_year),
                        &r.assumptions,
                    )
                })
            });
            report(text.is_some_and(|t| {
                save_text(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &t)
            }));
        };
    let download_svg = move |_| {
        report(
            svg(t, state)
                .is_some_and(|t| save_text(&format!("{}.svg", stem()), "image/svg+xml", &t)),
        );
    };
    let download_png = move |_| {
        report(png(t, state).is_some_and(|url| save_url(&format!("{}.png", stem()), &url)));
    };
    view! {
        <div class="view-tabs" role="group" aria-label=t.get(Msg::ViewLabel)>
            <button type="button" data-testid="tab-chart" aria-pressed=move || (!table.get()).to_string() on:click=move |_| table.set(false)>
                {t.get(Msg::ViewChart)}
            </button>
            <button type="button" data-testid="tab-table" aria-pressed=move || table.get().to_string() on:click=move |_| table.set(true)>
                {t.get(Msg::ViewTable)}
            </button>
            <span class="downloads">
                <span class="download-label">{t.get(Msg::DownloadLabel)}</span>
                <button type="button" data-testid="download-png" on:click=download_png>"PNG"</button>
                <button type="button" data-testid="download-svg" on:click=download_svg>"SVG"</button>
                <button type="button" data-testid="download-csv" on:click=download_csv>"CSV"</button>
            </span>
            <span class="hint" role="status">{move || status.get()}</span>
        </div>
    }
}
