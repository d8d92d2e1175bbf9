//! What is traded: the product-share bars, with their source and a text alternative.

use super::canvas_fit::{fit_canvas, use_container_width};
use super::display::use_display;
use crate::chart::{draw_shares, shares_height};
use crate::data::dataset;
use crate::format::trimmed;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// Label of the derived rest of each direction.
const OTHER: &str = "Other (the rest, derived)";

/// The shares in words, for screen readers.
fn summary() -> String {
    dataset()
        .products
        .flows
        .iter()
        .map(|f| {
            let groups: Vec<String> = f
                .shares
                .iter()
                .map(|s| format!("{} {}%", s.label, trimmed(s.pct, 1)))
                .collect();
            format!(
                "{}: {}; other {}%.",
                f.label,
                groups.join(", "),
                trimmed(f.other(), 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The second chart: 2023 shares by product group in both directions.
#[component]
pub fn Products() -> impl IntoView {
    let display = use_display();
    let dark = display.dark;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let width = use_container_width(container, Signal::stored(true));
    let products = &dataset().products;
    Effect::new(move |_| {
        dark.track();
        let css_width = width.get();
        let Some(canvas) = canvas.get() else { return };
        let size = (css_width, shares_height(&dataset().products));
        if let Some((area, style)) = fit_canvas(canvas, size, &display) {
            if let Err(e) = draw_shares(&area, &dataset().products, OTHER, &style) {
                leptos::logging::warn!("shares not drawn: {e}");
            }
        }
    });
    let source = dataset()
        .source(&products.source)
        .map_or(String::new(), |s| {
            format!("Source: {}, {}: “{}”. ", s.publisher, s.date, s.quote)
        });

    view! {
        <section class="products" aria-labelledby="products-heading">
            <h2 id="products-heading">{format!("What is traded ({}, Uzbek statistics)", products.year)}</h2>
            <div class="chart-box" node_ref=container>
                <canvas node_ref=canvas data-testid="products-chart" role="img" aria-label=summary()></canvas>
            </div>
            <p class="source-line">{source} {products.note.clone()}</p>
        </section>
    }
}
