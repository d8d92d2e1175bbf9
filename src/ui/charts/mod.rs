//! The two charts on their canvases: the trade chart with its hover read-out, and what
//! is traded.

mod canvas;
mod hover;
mod products;
mod trade_chart;

pub use products::Products;
pub use trade_chart::{with_chart_data, ChartTitle, TradeChart};
// The prerendered first view's chart (ui::prerender) is built of the same parts.
#[cfg(not(target_arch = "wasm32"))]
pub use trade_chart::{chart_summary, ChartFigure};
