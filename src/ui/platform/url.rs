//! The page's address: its query string (read and replaced), and where the site's root
//! and its language pages are.

use crate::i18n::Lang;

/// How a page says where the site's root is, from its own folder (`<html data-root>`,
/// written by the build): `../` on a language page (`ru/index.html`), else nothing.
fn root_from_page() -> &'static str {
    let written = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-root"));
    match written.as_deref() {
        Some("../") => "../",
        _ => "",
    }
}

/// `path` (from the site's root: `data/…`, `locales/…`) as the page fetches it.
pub fn from_site_root(path: &str) -> String {
    format!("{}{path}", root_from_page())
}

/// The language `public/first-view.js` gave the page (`<html lang>`) before it was
/// drawn: `lang=` when the page has that language, else the page's own (a language
/// page's), else the browser's first the page has, else English. The app starts in it,
/// so that it shows what the first view showed.
pub fn document_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_tag(&code))
        .unwrap_or_default()
}

/// The site's root address, ending in `/` (the root's page is its `index.html`, each
/// language's page in a folder of it).
pub fn site_root() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| {
            web_sys::Url::new_with_base(&format!("{}./", root_from_page()), &here).ok()
        })
        .map(|url| {
            url.set_search("");
            url.set_hash("");
            url.href()
        })
        .unwrap_or_default()
}

/// The current query string, `?…` or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the query string in place (no new history entry), keeping path and hash.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.search().ok().as_deref() == Some(query) {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's address without query or hash.
pub fn page_address() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Scrolls to the element the address's `#fragment` names, if there is one now (a
/// section mounted after the page loaded, which the browser could not find then).
pub fn reveal_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let id = js_sys::decode_uri_component(id).map_or_else(|_| id.to_string(), String::from);
    if let Some(target) = window.document().and_then(|d| d.get_element_by_id(&id)) {
        target.scroll_into_view();
    }
}

/// Says on `<html data-complete>` that the whole page is mounted.
pub fn mark_complete() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-complete", "");
    }
}
