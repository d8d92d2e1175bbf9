//! What is traded: the product-share bars, with their source and a text alternative. A
//! data set without product shares has no such section.

use super::canvas::{fit_canvas, use_box_size};
use crate::chart::{draw_shares, shares_height};
use crate::data::ProductShares;
use crate::format::fixed;
use crate::i18n::{Fill, Msg};
use crate::ui::language::use_catalog;
use crate::ui::platform::painter::PaintOn;
use crate::ui::platform::theme::use_display;
use crate::view::products::products_summary;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// The second chart: shares by product group in both directions, when the data set has
/// them.
#[component]
pub fn Products() -> impl IntoView {
    let t = use_catalog();
    t.data()
        .products
        .as_ref()
        .map(|products| view! { <ProductShares products=products /> })
}

/// The shares' chart, heading, source and note.
#[component]
fn ProductShares(
    /// The data set's product shares.
    products: &'static ProductShares,
) -> impl IntoView {
    let t = use_catalog();
    let display = use_display();
    let dark = display.dark;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let size = use_box_size(container);
    // Only the width matters here (the height follows the drawing).
    let width = Memo::new(move |_| size.get().0);
    Effect::new(move |_| {
        dark.track();
        let css_width = width.get();
        let Some(canvas) = canvas.get() else { return };
        let size = (css_width, shares_height(products));
        if let Some((area, style)) = fit_canvas(&canvas, size, &display, PaintOn::Worker) {
            let other = t.get(Msg::ProductsOther);
            let drawn = draw_shares(&area, products, t.lang(), other, &t.numbers(), &style);
            if let Err(e) = drawn {
                leptos::logging::warn!("shares not drawn: {e}");
            }
        }
    });
    let source = t
        .data()
        .source(&products.source)
        .map_or(String::new(), |s| {
            t.fill(Fill::ProductsSource {
                publisher: t.text(&s.publisher),
                date: &t.date(&s.date),
                quote: &s.quote,
            })
        });

    view! {
        <section class="products" aria-labelledby="products-heading">
            <h2 id="products-heading">{t.text(&products.heading)}</h2>
            // The box takes the drawing's height, so that the canvas (and, while the
            // painter's worker starts, its overlay) fills it in every browser.
            <div class="products-box" node_ref=container style:height=format!("{}px", fixed(shares_height(products), 0))>
                <canvas node_ref=canvas data-testid="products-chart" role="img" aria-label=products_summary(t, products)></canvas>
            </div>
            <p class="source-line">{source} " " {t.text(&products.note)}</p>
        </section>
    }
}
