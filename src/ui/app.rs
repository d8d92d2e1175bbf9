//! The page: language, state, URL mirroring and layout (full view or compact embed).

use super::charts::{ChartTitle, Products, TradeChart};
use super::controls::{GrowthControl, LanguageSwitch, ScenarioSettings};
use super::language::{browser_lang, follow_language, load, use_catalog, Language};
use super::panels::{
    Answer, DataTable, FullViewLink, KeyFacts, Pins, Readouts, ShareBar, Sources, TargetsTable,
    TranslationNotice, UrlNotice, ViewTabs,
};
use super::platform::height::report_height;
use super::platform::pause::on_pause;
use super::platform::theme::DisplayState;
use super::platform::url;
use super::AppState;
use crate::data::dataset;
use crate::display::Display;
use crate::i18n::{lang_param, Catalog, Msg};
use crate::scenario::{merge_query, Workspace};
use leptos::html::Main;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long the scenario must stay unchanged before the URL is rewritten.
const URL_DELAY: Duration = Duration::from_millis(200);

/// Mounts the app in the language of the URL, else of the browser, else English. A
/// language other than English is fetched first, so the page never flashes English.
pub fn start() {
    let (chosen, _) = lang_param(&url::current_query());
    let lang = chosen.unwrap_or_else(browser_lang);
    // wasm-bindgen's executor: Leptos' own is set up by the mount below.
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(lang).await;
        let failed = loaded.is_none();
        let catalog = loaded.unwrap_or_else(Catalog::english);
        // Into `#app`, before the prerendered first view it replaces (index.html).
        let app = move || view! { <App catalog=catalog failed=failed /> };
        match document()
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into().ok())
        {
            Some(parent) => leptos::mount::mount_to(parent, app).forget(),
            None => leptos::mount::mount_to_body(app),
        }
    });
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
) -> impl IntoView {
    let query = url::current_query();
    let (initial, mut problems) = Workspace::from_query(&query, dataset());
    let (chosen, lang_problem) = lang_param(&query);
    problems.extend(lang_problem);
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
    let state = AppState::new(workspace, chosen.filter(|_| !failed));
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
    // What the reader opened or chose on the page, kept when it is rebuilt in another
    // language.
    let table_view = RwSignal::new(false);
    let settings_open = RwSignal::new(false);
    let root = NodeRef::<Main>::new();
    report_height(root);
    // The sections below the chart mount one frame after the chart is first drawn, so
    // they do not delay it.
    let below_fold = RwSignal::new(false);
    request_animation_frame(move || request_animation_frame(move || below_fold.set(true)));
    let problems = StoredValue::new(problems);
    let notice_open = RwSignal::new(problems.with_value(|p| !p.is_empty()));

    let page = move || {
        language.catalog.track();
        let t = use_catalog();
        let header = (!embed).then(|| {
            view! {
                <header class="app-header">
                    <div class="title-row">
                        <h1>{t.get(Msg::AppTitle)}</h1>
                        <LanguageSwitch />
                    </div>
                    <p class="lede">{t.get(Msg::AppLede)}</p>
                </header>
            }
        });
        let full_page_sections = (!embed).then(|| {
            view! {
                <Show when=move || below_fold.get()>
                    <TargetsTable />
                    <Pins />
                    <Products />
                    <KeyFacts />
                    <Sources />
                </Show>
            }
        });
        view! {
            {header}
            <TranslationNotice />
            <UrlNotice problems=problems.get_value() open=notice_open />
            <div class="first-screen">
                <Answer />
                <section class="controls" aria-label=t.get(Msg::AppScenario)>
                    <GrowthControl />
                    <ScenarioSettings open=settings_open />
                </section>
                <div class="chart-area">
                    <div class="chart-head">
                        <ChartTitle />
                        <ViewTabs table=table_view />
                    </div>
                    <TradeChart visible=Signal::derive(move || !table_view.get()) />
                    <Show when=move || table_view.get()>
                        <DataTable />
                    </Show>
                </div>
                <Readouts />
            </div>
            {if embed {
                view! { <FullViewLink /> }.into_any()
            } else {
                view! { <ShareBar /> }.into_any()
            }}
            {full_page_sections}
        }
    };

    view! {
        <main class="app" node_ref=root>
            {page}
        </main>
    }
}
