//! How the page starts: the check page for a data file (`check=1`), else the data file
//! the link names (else the page's own) read and checked, then the app mounted in the
//! reader's language; or, when that file cannot be used, what `data::when_unusable`
//! decides: the page as last built with a line saying so, or the file's faults.

use super::app::App;
use super::check::CheckPage;
use super::language::{english, load, mark_language};
use super::panels::{DataFailed, DataKept};
use super::platform::document::app_root;
use super::platform::fetch::fetch_text;
use super::platform::first_view;
use super::platform::url;
use crate::data::{data_url, parse, when_unusable, DataError, DataSet, WhenUnusable};
use crate::display::Display;
use crate::i18n::{lang_param, Catalog, Lang};
use crate::prerender::data_stamp;
use crate::scenario::{data_param, without_data};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// Starts the page in the language of the URL, else the one the first view was shown
/// in (the browser's, chosen by `public/first-view.js`). A language other than English
/// is fetched first, so the page never flashes English.
pub fn start() {
    let query = url::current_query();
    let (chosen, _) = lang_param(&query);
    let lang = chosen.unwrap_or_else(url::document_lang);
    // wasm-bindgen's executor: Leptos' own is set up by the mount below.
    wasm_bindgen_futures::spawn_local(async move {
        if Display::from_query(&query).check {
            let catalog = catalog_without_data(lang).await;
            first_view::retire();
            mark_language(catalog);
            mount(Box::new(move || {
                view! { <CheckPage catalog=catalog /> }.into_any()
            }));
            return;
        }
        let (data_name, _) = data_param(&query);
        let file = data_url(&data_name);
        let data = match fetch_text(&file).await {
            Ok(text) => parse(&file, &text).inspect(|_| {
                first_view::confirm(&data_stamp(&data_name, &text));
            }),
            Err(why) => Err(DataError::not_loaded(&file, &why)),
        };
        match data {
            Ok(data) => {
                let data: &'static DataSet = Box::leak(Box::new(data));
                let data_name: &'static str = Box::leak(data_name.into_boxed_str());
                let loaded = load(lang, data).await;
                let failed = loaded.is_none();
                let catalog = loaded.unwrap_or_else(|| english(data));
                mount(Box::new(move || {
                    view! { <App catalog=catalog failed=failed data_name=data_name /> }.into_any()
                }));
            }
            Err(error) => unusable(error, &data_name, &query, lang).await,
        }
    });
}

/// The page when data file `data_name` cannot be used (`error` says why): the page as
/// last built with a line saying so, else the file's faults (with the way back to the
/// page's own figures when the link named another file).
async fn unusable(error: DataError, data_name: &str, query: &str, lang: Lang) {
    leptos::logging::warn!("{error}");
    let catalog = catalog_without_data(lang).await;
    let decided = when_unusable(data_name, first_view::exists());
    let kept = (decided == WhenUnusable::KeepLastBuilt)
        .then(first_view::keep)
        .flatten();
    if let Some((shown, slot)) = kept {
        let shown = SendWrapper::new(shown);
        let slot = slot.unchecked_into::<web_sys::HtmlElement>();
        let notice = move || view! { <DataKept catalog=catalog error=error shown=shown /> };
        leptos::mount::mount_to(slot, notice).forget();
        return;
    }
    first_view::retire();
    mark_language(catalog);
    let offer = matches!(decided, WhenUnusable::Report { offer_own: true });
    let default = offer.then(|| without_data(query));
    mount(Box::new(move || {
        view! { <DataFailed catalog=catalog error=error default=default /> }.into_any()
    }));
}

/// The messages of `lang` for a page that shows no data set (the check page, a data
/// file's faults).
async fn catalog_without_data(lang: Lang) -> &'static Catalog {
    let empty: &'static DataSet = Box::leak(Box::default());
    load(lang, empty).await.unwrap_or_else(|| english(empty))
}

/// Mounts `view` into `#app`, before the prerendered first view it replaces (index.html).
/// One mount for every page (type-erased: each generic mount is a copy in the .wasm).
fn mount(view: Box<dyn FnOnce() -> AnyView>) {
    match app_root() {
        Some(parent) => leptos::mount::mount_to(parent, view).forget(),
        None => leptos::mount::mount_to_body(view),
    }
}
