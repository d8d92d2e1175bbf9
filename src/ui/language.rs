//! The page's language: `lang=`, else the one the first view was shown in (chosen by
//! `public/first-view.js`: the page's own, else the browser's, else English); other
//! languages' message files fetched once, when needed.

use super::platform::fetch::fetch_text;
use crate::data::{untranslated, DataSet};
use crate::i18n::{Catalog, Fill, Lang, FILE_SIGNATURE};
use crate::ui::platform::document::{set_lang, set_title};
use leptos::prelude::*;
use std::cell::RefCell;

/// The language in effect, shared through context.
#[derive(Clone, Copy)]
pub struct Language {
    /// The catalog the page is written with; the page is rebuilt when it changes.
    pub catalog: RwSignal<&'static Catalog>,
    /// True when a language's file could not be loaded (the page stays in English).
    pub failed: RwSignal<bool>,
}

/// The catalog of the page being built.
pub fn use_catalog() -> &'static Catalog {
    expect_context::<Language>().catalog.get_untracked()
}

thread_local! {
    /// Catalogs fetched so far: each file is fetched and parsed once per page.
    static LOADED: RefCell<Vec<&'static Catalog>> = const { RefCell::new(Vec::new()) };
}

/// The English catalog for `data` (compiled in), made once.
pub fn english(data: &'static DataSet) -> &'static Catalog {
    cached(Lang::En, data).unwrap_or_else(|| keep(Catalog::english(data)))
}

/// The catalog of `lang` for `data` made earlier on this page, or made now from one of
/// `lang` for other data (a data file an editor checks): each language's file is
/// fetched and read once.
fn cached(lang: Lang, data: &'static DataSet) -> Option<&'static Catalog> {
    let (same, other) = LOADED.with_borrow(|l| {
        let of_lang = || l.iter().copied().filter(|c| c.lang() == lang);
        let same = of_lang().find(|c| std::ptr::eq(c.data(), data));
        (same, of_lang().next())
    });
    same.or_else(|| other.map(|c| keep(c.for_data(data))))
}

/// Keeps `catalog` for the page's life.
fn keep(catalog: Catalog) -> &'static Catalog {
    let catalog: &'static Catalog = Box::leak(Box::new(catalog));
    LOADED.with_borrow_mut(|l| l.push(catalog));
    catalog
}

/// The catalog of `lang` for `data`: English at once, another language fetched on
/// first use. `None` when its file cannot be fetched. What the file or the data set
/// lacks in that language is shown in English and listed in the console.
pub async fn load(lang: Lang, data: &'static DataSet) -> Option<&'static Catalog> {
    if lang == Lang::En {
        return Some(english(data));
    }
    if let Some(c) = cached(lang, data) {
        return Some(c);
    }
    let text = fetch_text(&format!("locales/{}.txt", lang.code()))
        .await
        .ok()?;
    // Not a message file (say, an error page a host served in its place): the page
    // stays as it is and says so.
    if !text.starts_with(FILE_SIGNATURE) {
        return None;
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let (catalog, problems) = Catalog::parse(lang, text, data);
    if !problems.is_empty() {
        leptos::logging::warn!("locales/{}.txt: {}", lang.code(), problems.join("; "));
    }
    let untranslated = untranslated(data, lang);
    if !untranslated.is_empty() && !data.series.is_empty() {
        let places = untranslated.join("; ");
        leptos::logging::warn!("data: shown in English, no {} text: {places}", lang.code());
    }
    Some(keep(catalog))
}

/// Keeps `<html lang>` and the document title in the language in effect.
pub fn follow_language(language: Language) {
    Effect::new(move |_| {
        let catalog = language.catalog.get();
        mark_language(catalog);
        let title = catalog.text(&catalog.data().title);
        set_title(&catalog.fill(Fill::AppDocumentTitle { title }));
    });
}

/// Sets `<html lang>` to the catalog's language (read aloud and hyphenated in it).
pub fn mark_language(catalog: &Catalog) {
    set_lang(catalog.lang().code());
}
