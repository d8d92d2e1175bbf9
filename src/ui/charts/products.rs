//! What is traded: the product-share bars, with their source and a text alternative.

use super::canvas::{fit_canvas, use_box_size};
use crate::chart::{draw_shares, shares_height};
use crate::format::fixed;
use crate::i18n::{Catalog, Msg};
use crate::ui::language::use_catalog;
use crate::ui::platform::painter::PaintOn;
use crate::ui::platform::theme::use_display;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// The shares in words, for screen readers.
fn summary(t: &Catalog) -> String {
    t.data()
        .products
        .flows
        .iter()
        .map(|f| {
            let groups: Vec<String> = f
                .shares
                .iter()
                .map(|s| format!("{} {}", s.label, t.percent(s.pct)))
                .collect();
            t.fill(
                Msg::ProductsFlow,
                &[
                    ("flow", &f.label),
                    ("groups", &groups.join(", ")),
                    ("other", &t.percent(f.other())),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The second chart: 2023 shares by product group in both directions.
#[component]
pub fn Products() -> impl IntoView {
    let t = use_catalog();
    let display = use_display();
    let dark = display.dark;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let size = use_box_size(container);
    // Only the width matters here (the height follows the drawing).
    let width = Memo::new(move |_| size.get().0);
    let products = &t.data().products;
    Effect::new(move |_| {
        dark.track();
        let css_width = width.get();
        let Some(canvas) = canvas.get() else { return };
        let products = &t.data().products;
        let size = (css_width, shares_height(products));
        if let Some((area, style)) = fit_canvas(&canvas, size, &display, PaintOn::Worker) {
            let other = t.get(Msg::ProductsOther);
            if let Err(e) = draw_shares(&area, products, other, &t.numbers(), &style) {
                leptos::logging::warn!("shares not drawn: {e}");
            }
        }
    });
    let source = t
        .data()
        .source(&products.source)
        .map_or(String::new(), |s| {
            let args = [
                ("publisher", s.publisher.as_str()),
                ("date", &s.date),
                ("quote", &s.quote),
            ];
            t.fill(Msg::ProductsSource, &args)
        });
    let heading = t.fill(
        Msg::ProductsHeading,
        &[("year", &products.year.to_string())],
    );

    view! {
        <section class="products" aria-labelledby="products-heading">
            <h2 id="products-heading">{heading}</h2>
            // The box takes the drawing's height, so that the canvas (and, while the
            // painter's worker starts, its overlay) fills it in every browser.
            <div class="products-box" node_ref=container style:height=format!("{}px", fixed(shares_height(products), 0))>
                <canvas node_ref=canvas data-testid="products-chart" role="img" aria-label=summary(t)></canvas>
            </div>
            <p class="source-line">{source} " " {products.note.clone()}</p>
        </section>
    }
}
