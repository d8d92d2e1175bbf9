//! Notes and sources for the series shown and the targets.

use crate::data::Source;
use crate::i18n::{Catalog, Msg};
use crate::ui::language::use_catalog;
use crate::ui::use_state;
use crate::view::sources::{as_of_line, source_dates};
use leptos::prelude::*;

/// One source: publisher and title in the reader's language where the file has them,
/// date, the quote and a link when there is one.
fn source_item(t: &'static Catalog, source: &'static Source) -> impl IntoView {
    let title = t.text(&source.title);
    let title = match &source.url {
        Some(url) => {
            view! { <a href=url.clone() rel="noopener" target="_blank">{title}</a> }.into_any()
        }
        None => view! { <span>{title}</span> }.into_any(),
    };
    view! {
        <li>
            {t.text(&source.publisher)} ", " {title} " ("
            {source_dates(t, &source.date, source.read.as_deref())} "): "
            <q>{source.quote.clone()}</q>
        </li>
    }
}

/// Series notes, the sources of every figure shown, and why the statistics differ.
#[component]
pub fn Sources() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let series = move || t.data().series(state.series.get());
    let series_sources = move || {
        t.data()
            .sources_of(series())
            .into_iter()
            .map(|s| source_item(t, s))
            .collect_view()
    };
    let point_notes = move || {
        series()
            .points
            .iter()
            .filter_map(|p| {
                p.note
                    .as_ref()
                    .map(|n| view! { <li>{p.year} ": " {t.text(n)}</li> })
            })
            .collect_view()
    };

    view! {
        <section class="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t.get(Msg::NotesHeading)}</h2>
            <ul class="series-notes">
                {move || series().notes.iter().map(|n| view! { <li>{t.text(n)}</li> }).collect_view()}
                {point_notes}
            </ul>
            {t.data().why_differ.as_ref().map(|why| view! {
                <h3>{t.get(Msg::NotesWhyHeading)}</h3>
                <p>{t.text(why)}</p>
            })}
            <h3>{t.get(Msg::NotesSources)}</h3>
            <p class="hint">
                <strong data-testid="sources-as-of">{as_of_line(t, state.as_of)}</strong>
                " " {t.get(Msg::NotesSourcesHint)}
            </p>
            <ul class="sources">{series_sources}</ul>
        </section>
    }
}
