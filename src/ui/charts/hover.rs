//! The hover read-out of the chart: the year under the pointer and its figures.

use crate::chart::Frame;
use crate::format::fixed;
use crate::i18n::{Fill, Msg};
use crate::table::{marked, rows, RowKind};
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use leptos::prelude::*;

/// Where the pointer is over the chart: the year and the CSS x of the pointer.
pub type HoverAt = Option<(i32, f64)>;

/// Maps a pointer's CSS x over the canvas to a year with the last drawn `frame`
/// (device pixels, `scale` per CSS pixel).
pub fn year_under(frame: Option<(Frame, f64)>, css_x: f64) -> HoverAt {
    let (frame, scale) = frame?;
    frame.year_at(css_x * scale).map(|y| (y, css_x))
}

/// The figures of the hovered year: actual (with kind) and projected rows.
#[component]
pub fn HoverReadout(
    /// The hovered year and pointer x, or `None`.
    at: RwSignal<HoverAt>,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let numbers = t.numbers();
    let lines = move || {
        let (year, _) = at.get()?;
        let r = state.resolved.get_untracked();
        let series = t.data().series(r.series);
        let outlook = state.outlook.get_untracked()?;
        let found: Vec<String> = rows(series, &outlook, r.assumptions.last_year)
            .into_iter()
            .filter(|row| row.year == year)
            .map(|row| {
                let kind = match row.kind {
                    RowKind::Actual(k) => t.kind(k),
                    RowKind::Projected => t.get(Msg::KindProjected),
                };
                t.fill(Fill::HoverLine {
                    kind,
                    turnover: &marked(&numbers, row.turnover, row.kind),
                    exports: &marked(&numbers, row.exports, row.kind),
                    imports: &marked(&numbers, row.imports, row.kind),
                })
            })
            .collect();
        Some((year, found))
    };
    view! {
        <Show when=move || at.get().is_some()>
            <div
                class="hover-readout"
                data-testid="hover-readout"
                aria-hidden="true"
                style:left=move || at.get().map_or(String::new(), |(_, x)| format!("{}px", fixed(x, 0)))
            >
                {move || {
                    lines()
                        .map(|(year, found)| {
                            let body = if found.is_empty() {
                                vec![view! { <div>{t.get(Msg::HoverNone)}</div> }.into_any()]
                            } else {
                                found.into_iter().map(|l| view! { <div>{l}</div> }.into_any()).collect()
                            };
                            view! {
                                <strong>{year}</strong>
                                {body}
                            }
                        })
                }}
            </div>
        </Show>
    }
}
