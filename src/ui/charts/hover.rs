//! The hover read-out of the chart: the year under the pointer and its figures.

use crate::chart::Frame;
use crate::format::fixed;
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use crate::view::data_table::hover_lines;
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
    let lines = move || {
        let (year, _) = at.get()?;
        let last_year = state.resolved.with_untracked(|r| r.assumptions.last_year);
        let series = t.data().series(state.series.get_untracked());
        state.outlook.with_untracked(|o| {
            let lines = hover_lines(t, series, o.as_ref()?, last_year, year);
            Some((year, lines))
        })
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
                            view! {
                                <strong>{year}</strong>
                                {found.into_iter().map(|l| view! { <div>{l}</div> }).collect_view()}
                            }
                        })
                }}
            </div>
        </Show>
    }
}
