//! Chart or table, and the downloads of what they show (PNG, SVG, CSV).

use crate::chart::{self, Caption, ChartStyle, Palette};
use crate::i18n::{Catalog, Msg};
use crate::model::Outlook;
use crate::ui::charts::with_chart_data;
use crate::ui::language::use_catalog;
use crate::ui::platform::document::new_canvas;
use crate::ui::platform::files::{save_text, save_url};
use crate::ui::platform::painter::{canvas_ops, PaintOn};
use crate::ui::{use_state, AppState};
use crate::view::downloads::{caption, csv_text, file_name};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

/// Size of a downloaded chart, CSS pixels (the PNG has twice as many).
const EXPORT_SIZE: (u32, u32) = (1200, 760);

/// The caption of a downloaded chart of the projection `outlook`, as things stand.
fn caption_now(t: &Catalog, state: AppState, outlook: &Outlook) -> Caption {
    let link = state.share_link_now(t);
    state
        .resolved
        .with_untracked(|r| caption(t, r, outlook, state.as_of, &link))
}

/// Draws the chart with its caption at 2× on a new canvas and returns it as a PNG data URL.
fn png(t: &Catalog, state: AppState) -> Option<String> {
    let outlook = state.outlook.get_untracked()?;
    let canvas = new_canvas()?;
    let size = (EXPORT_SIZE.0 * 2, EXPORT_SIZE.1 * 2);
    let area = canvas_ops(&canvas, size, PaintOn::Page).into_drawing_area();
    let style = ChartStyle {
        scale: 2.0,
        palette: Palette::LIGHT,
        transparent: false,
    };
    let caption = caption_now(t, state, &outlook);
    with_chart_data(t, state, &outlook, Some(&caption), |data| {
        chart::draw(&area, data, &style)
    })
    .ok()?;
    canvas.to_data_url().ok()
}

/// The chart with its caption as an SVG document (text as `<text>`).
fn svg(t: &Catalog, state: AppState) -> Option<String> {
    let outlook = state.outlook.get_untracked()?;
    let caption = caption_now(t, state, &outlook);
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
    let name = move |extension: &str| {
        state
            .resolved
            .with_untracked(|r| file_name(t, r, extension))
    };
    let report = move |saved: bool| {
        status.set(if saved {
            ""
        } else {
            t.get(Msg::DownloadRefused)
        })
    };
    let download_csv = move |_| {
        let text = state.outlook.with_untracked(|o| {
            o.as_ref()
                .map(|o| state.resolved.with_untracked(|r| csv_text(t, r, o)))
        });
        report(text.is_some_and(|text| save_text(&name("csv"), "text/csv;charset=utf-8", &text)));
    };
    let download_svg = move |_| {
        report(svg(t, state).is_some_and(|text| save_text(&name("svg"), "image/svg+xml", &text)));
    };
    let download_png = move |_| {
        report(png(t, state).is_some_and(|url| save_url(&name("png"), &url)));
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
