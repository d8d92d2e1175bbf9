//! The prerendered first view of `index.html` (`src/prerender.rs`) and the data it was
//! drawn from (`data-data="<name>:<hash>"`). When the data file was edited after the
//! build, the first view shows old figures: it is hidden as soon as the app knows, and
//! `public/first-view.js` hides it before the page is drawn on later visits (it reads the
//! data last seen here, in localStorage). When the page's own data file cannot be read
//! or used, the first view stays, with its default figures, and the app's notice goes
//! into it; for another data file (`data=`), it goes so that the app's message shows.

use leptos::prelude::*;

/// Where the data last seen is kept for `public/first-view.js`.
const SEEN_KEY: &str = "trade-outlook:data";

/// Hides the first view when it was drawn from other data than `stamp`'s (and notes the
/// data seen, for the next visit). Any storage failure is ignored.
pub fn confirm(stamp: &str) {
    let document = document();
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(SEEN_KEY, stamp);
    }
    let Some(first) = document.get_element_by_id("first-view") else {
        return;
    };
    let drawn_from = first.get_attribute("data-data").unwrap_or_default();
    let same_file = drawn_from.split(':').next() == stamp.split(':').next();
    if same_file && drawn_from != stamp {
        leptos::logging::warn!(
            "the first view in index.html was drawn from older data than {stamp}: `make first-view` redraws it"
        );
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-first-view", "scenario");
        }
    }
}

/// Takes the first view away and shows the app (which has no chart to paint).
pub fn retire() {
    let document = document();
    if let Some(first) = document.get_element_by_id("first-view") {
        first.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-live", "");
    }
}

/// True when the page holds its prerendered first view.
pub fn exists() -> bool {
    document().get_element_by_id("first-view").is_some()
}

/// Keeps the first view for good: the page's data file could not be read or used, so
/// the page as last built (its default figures, even for a link with a scenario of its
/// own: `data-data-kept` on `<html>`, style/main.css) is what readers get. Returns the
/// variant shown (of `<html lang>`) and a new element in it, after its header, for the
/// app's notice; `None` when the page has no first view.
pub fn keep() -> Option<(web_sys::Element, web_sys::Element)> {
    let document = document();
    let root = document.document_element()?;
    let lang = root.get_attribute("lang")?;
    let selector = format!("#first-view > [data-first-lang=\"{lang}\"]");
    let variant = document.query_selector(&selector).ok().flatten()?;
    let after = variant
        .query_selector(".first-view-failed")
        .ok()
        .flatten()?;
    let slot = document.create_element("div").ok()?;
    variant
        .insert_before(&slot, after.next_sibling().as_ref())
        .ok()?;
    root.set_attribute("data-data-kept", "").ok()?;
    Some((variant, slot))
}
