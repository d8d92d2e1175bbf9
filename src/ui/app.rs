//! The page: language, state, URL mirroring and layout (full view or compact embed).

use super::below_fold::{BelowFold, BelowFoldSections};
use super::first_screen::{FirstScreen, PageHeader};
use super::language::{english, follow_language, load, mark_language, Language};
use super::panels::{DataFailed, DataKept, FullViewLink, TranslationNotice, UrlNotice};
use super::platform::fetch::fetch_text;
use super::platform::first_view;
use super::platform::height::report_height;
use super::platform::pause::on_pause;
use super::platform::theme::DisplayState;
use super::platform::url;
use super::{AppState, PageMemory};
use crate::data::{data_url, parse, when_unusable, DataError, DataSet, WhenUnusable};
use crate::display::Display;
use crate::i18n::{lang_param, Catalog};
use crate::prerender::data_stamp;
use crate::scenario::{data_param, merge_query, without_data, Workspace};
use leptos::html::Main;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long the scenario must stay unchanged before the URL is rewritten.
const URL_DELAY: Duration = Duration::from_millis(200);

/// Reads the data file the link names (else the default), then mounts the app in the
/// language of the URL, else of the browser, else English. A language other than English
/// is fetched first, so the page never flashes English. When the page's own data file
/// cannot be read or used, readers keep the page as last built (its first view) with a
/// line saying so; another data file (`data=`) gets a page saying which file and what
/// is wrong.
pub fn start() {
    let query = url::current_query();
    let (chosen, _) = lang_param(&query);
    // `lang=`, else the language the first view was shown in.
    let lang = chosen.unwrap_or_else(url::document_lang);
    let (data_name, _) = data_param(&query);
    // wasm-bindgen's executor: Leptos' own is set up by the mount below.
    wasm_bindgen_futures::spawn_local(async move {
        let file = data_url(&data_name);
        let data = match fetch_text(&file).await {
            Ok(text) => parse(&file, &text).inspect(|_| {
                first_view::confirm(&data_stamp(&data_name, &text));
            }),
            Err(why) => Err(DataError::new(&file, format!("could not be loaded: {why}"))),
        };
        match data {
            Ok(data) => {
                let data: &'static DataSet = Box::leak(Box::new(data));
                let data_name: &'static str = Box::leak(data_name.into_boxed_str());
                let loaded = load(lang, data).await;
                let failed = loaded.is_none();
                let catalog = loaded.unwrap_or_else(|| english(data));
                mount(move || view! { <App catalog=catalog failed=failed data_name=data_name /> });
            }
            Err(error) => {
                leptos::logging::warn!("{error}");
                let empty: &'static DataSet = Box::leak(Box::default());
                let catalog = load(lang, empty).await.unwrap_or_else(|| english(empty));
                let unusable = when_unusable(&data_name, first_view::exists());
                let keep = unusable == WhenUnusable::KeepLastBuilt;
                let kept = keep.then(first_view::keep).flatten();
                match kept {
                    Some((shown, slot)) => {
                        let shown = SendWrapper::new(shown);
                        let slot = slot.unchecked_into::<web_sys::HtmlElement>();
                        let notice =
                            move || view! { <DataKept catalog=catalog error=error shown=shown /> };
                        leptos::mount::mount_to(slot, notice).forget();
                    }
                    None => {
                        first_view::retire();
                        mark_language(catalog);
                        let offer = matches!(unusable, WhenUnusable::Report { offer_own: true });
                        let default = offer.then(|| without_data(&query));
                        mount(
                            move || view! { <DataFailed catalog=catalog error=error.clone() default=default.clone() /> },
                        );
                    }
                }
            }
        }
    });
}

/// Mounts `view` into `#app`, before the prerendered first view it replaces (index.html).
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) {
    match document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into().ok())
    {
        Some(parent) => leptos::mount::mount_to(parent, view).forget(),
        None => leptos::mount::mount_to_body(view),
    }
}

/// The whole app. Reads the workspace and display flags from the URL once, then writes
/// scenario changes back with `history.replaceState`. The page inside is rebuilt when
/// the language changes; the state lives outside it and is kept.
#[component]
pub fn App(
    /// The catalog to start with.
    catalog: &'static Catalog,
    /// True when the language's file could not be fetched.
    failed: bool,
    /// The data file's name (`data=`), its data set the catalog's.
    data_name: &'static str,
) -> impl IntoView {
    let query = url::current_query();
    let data = catalog.data();
    let (initial, mut problems) = Workspace::from_query(&query, data);
    let (chosen, lang_problem) = lang_param(&query);
    problems.extend(lang_problem);
    problems.extend(data_param(&query).1);
    let display = DisplayState::apply(Display::from_query(&query));
    let embed = display.display.embed;
    provide_context(display);
    let language = Language {
        catalog: RwSignal::new(catalog),
        failed: RwSignal::new(failed),
    };
    provide_context(language);
    follow_language(language);
    let workspace = RwSignal::new(initial);
    // A language the reader cannot get stays out of the links.
    let state = AppState::new(data, data_name, workspace, chosen.filter(|_| !failed));
    provide_context(state);
    // Mirror the state to the URL once the reader pauses: each `replaceState` is a
    // same-document navigation (Chromium even refetches the icon), too dear per step.
    // The query pairs are computed then, not at every step.
    let write_url = on_pause(URL_DELAY, move || {
        let pairs = state.query_pairs.get_untracked();
        url::replace_query(&merge_query(&url::current_query(), &pairs));
        state.settle();
    });
    // Subscribed to what `query_pairs` is made of (see `AppState::new`), not to the pairs.
    Effect::new(move |_| {
        state.workspace.track();
        state.lang.track();
        write_url();
    });
    // What the reader typed, opened or chose on the page, kept when it is rebuilt in
    // another language.
    let memory = PageMemory::new(state);
    provide_context(memory);
    let root = NodeRef::<Main>::new();
    report_height(root);
    // The sections below the first screen, after it, one at a time when idle (an embed
    // has none: it is complete once mounted).
    let below_fold = (!embed).then(BelowFold::new);
    if embed {
        request_animation_frame(url::mark_complete);
    }
    let problems = StoredValue::new(problems);
    let notice_open = RwSignal::new(problems.with_value(|p| !p.is_empty()));

    let page = move || {
        language.catalog.track();
        view! {
            {(!embed).then(|| view! { <PageHeader /> })}
            <TranslationNotice />
            <UrlNotice problems=problems.get_value() open=notice_open />
            <FirstScreen />
            {match below_fold {
                Some(mounted) => view! { <BelowFoldSections mounted=mounted /> }.into_any(),
                None => view! { <FullViewLink /> }.into_any(),
            }}
        }
    };

    view! {
        <main class="app" node_ref=root>
            {page}
        </main>
    }
}
