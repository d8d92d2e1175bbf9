//! The product chart's words: its text alternative.

use crate::data::ProductShares;
use crate::i18n::{Catalog, Fill};

/// The shares in words, for screen readers: each flow's groups with their shares, and
/// the rest.
pub fn products_summary(t: &Catalog, products: &ProductShares) -> String {
    products
        .flows
        .iter()
        .map(|f| {
            let groups: Vec<String> = f
                .shares
                .iter()
                .map(|s| format!("{} {}", t.text(&s.label), t.percent(s.pct)))
                .collect();
            t.fill(Fill::ProductsFlow {
                flow: t.text(&f.label),
                groups: &groups.join(", "),
                other: &t.percent(f.other()),
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}
