//! The pages as the build writes them (`src/bin/prerender.rs`, run by the build's
//! post-build step and by `make first-view`): `index.html` holding the default scenario's
//! first screen in every language — the app's own components rendered to HTML
//! (`ui::prerender`), with the chart drawn as SVG by the same chart code — and a page per
//! language beside it, with the head link previews and search engines read. Readers see
//! the first view before the .wasm has run, and without JavaScript; `public/first-view.js`
//! picks the language and theme before the page is drawn, and hides the figures while
//! a link's own scenario is computed.

mod head;
#[cfg(not(target_arch = "wasm32"))]
pub mod inline;
mod page;
mod preview;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
mod svg;

pub use head::{head_tags, site_url, Site, PREVIEW_SIZE};
pub use page::{
    disabled, first_view, page, page_lang, page_path, relative_to_folder, scope_ids, static_markup,
    tidy, Variant,
};
pub use preview::preview_svg;
pub use svg::{chart_svgs, CHART_SIZES};

use crate::data::DataSet;
use crate::i18n::{key_hash, Catalog};
use crate::model::Outlook;
use crate::scenario::{Resolved, Scenario};
use crate::text;

/// The stamp of a data file, `name:hash` (FNV-1a of its text): the first view records
/// the data it was drawn from, and the app compares it with the data it reads.
pub fn data_stamp(name: &str, text: &str) -> String {
    format!("{name}:{:08x}", key_hash(text))
}

/// The default scenario of `data`, resolved, and its outlook.
pub fn default_outlook(data: &DataSet) -> Option<(Resolved, Outlook)> {
    let resolved = Scenario::default().resolve(data);
    let outlook = Outlook::compute(data.series(resolved.series), &resolved.assumptions)?;
    Some((resolved, outlook))
}

/// The default scenario's headline answer in `t`'s language.
pub fn default_answer(t: &Catalog) -> Option<String> {
    let (r, outlook) = default_outlook(t.data())?;
    Some(text::reached(t, &r.assumptions, outlook.main.reached))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
