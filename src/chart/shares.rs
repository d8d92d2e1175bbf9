//! What is traded: horizontal bars of product-group shares, one block per direction.

use super::labels::{label_style, line_height, text_width, FONT};
use super::ChartStyle;
use crate::data::ProductShares;
use crate::format::Numbers;
use crate::i18n::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Rows a block needs: its title, its named groups and the rest.
fn block_rows(products: &ProductShares) -> usize {
    products.flows.iter().map(|f| f.shares.len() + 2).sum()
}

/// The height in CSS pixels the bars need at `scale` 1.
pub fn shares_height(products: &ProductShares) -> f64 {
    block_rows(products) as f64 * line_height(1.0) + 16.0
}

/// Draws each direction's shares as labelled bars (the rest in a muted colour, named
/// `other`), bar lengths on one scale across both directions, and presents them; the
/// data set's labels in `lang`.
pub fn draw_shares<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    products: &ProductShares,
    lang: Lang,
    other: &str,
    numbers: &Numbers,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = style.scale.max(0.25);
    let pal = &style.palette;
    let (width, _) = area.dim_in_pixel();
    let width = f64::from(width);
    let font = FONT * s;
    let row = line_height(s);
    let pad = 8.0 * s;
    if !style.transparent {
        area.fill(&pal.background)?;
    }
    let widest = products
        .flows
        .iter()
        .flat_map(|f| f.shares.iter().map(|s| s.pct).chain([f.other()]))
        .fold(1.0, f64::max);
    let label_w = products
        .flows
        .iter()
        .flat_map(|f| f.shares.iter().map(|s| text_width(s.label.get(lang), font)))
        .fold(text_width(other, font), f64::max)
        .min(width * 0.45);
    let bar_x = pad + label_w + 8.0 * s;
    let bar_w =
        (width - bar_x - pad - text_width(&numbers.percent(100.0), font) - 6.0 * s).max(10.0);
    let mut y = pad;
    for (i, flow) in products.flows.iter().enumerate() {
        let color = if i == 0 { pal.exports } else { pal.imports };
        area.draw(&Text::new(
            flow.label.get(lang).to_string(),
            (pad as i32, (y + row / 2.0) as i32),
            label_style(font * 1.05, &pal.text, HPos::Left, VPos::Center),
        ))?;
        y += row;
        let bars = flow
            .shares
            .iter()
            .map(|s| (s.label.get(lang), s.pct, color))
            .chain([(other, flow.other(), pal.pins[0])]);
        for (label, pct, fill) in bars {
            let mid = (y + row / 2.0) as i32;
            area.draw(&Text::new(
                label.to_string(),
                ((bar_x - 8.0 * s) as i32, mid),
                label_style(font, &pal.text, HPos::Right, VPos::Center),
            ))?;
            let end = bar_x + bar_w * pct / widest;
            area.draw(&Rectangle::new(
                [
                    (bar_x as i32, (y + row * 0.18) as i32),
                    (end as i32, (y + row * 0.82) as i32),
                ],
                fill.filled(),
            ))?;
            area.draw(&Text::new(
                numbers.percent(pct),
                ((end + 5.0 * s) as i32, mid),
                label_style(font, &pal.text, HPos::Left, VPos::Center),
            ))?;
            y += row;
        }
    }
    area.present()?;
    Ok(())
}

/// The shares as an SVG document `width` pixels wide.
pub fn shares_svg(
    products: &ProductShares,
    lang: Lang,
    other: &str,
    numbers: &Numbers,
    palette: super::Palette,
    width: u32,
) -> String {
    let mut svg = String::new();
    {
        let height = shares_height(products).ceil() as u32;
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let style = ChartStyle {
            scale: 1.0,
            palette,
            transparent: false,
        };
        // The SVG backend writes to a String and cannot fail.
        let _ = draw_shares(&area, products, lang, other, numbers, &style);
    }
    svg
}
