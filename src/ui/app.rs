//! The page: state, URL mirroring and layout (full view or compact embed).

use super::chart_view::ChartView;
use super::data_table::DataTable;
use super::display::DisplayState;
use super::growth_control::GrowthControl;
use super::height::report_height;
use super::key_facts::KeyFacts;
use super::notice::UrlNotice;
use super::pins::Pins;
use super::products::Products;
use super::readouts::Readouts;
use super::scenario_controls::ScenarioControls;
use super::share::{FullViewLink, ShareBar};
use super::sources::Sources;
use super::targets_table::TargetsTable;
use super::view_tabs::ViewTabs;
use super::{url, AppState};
use crate::data::dataset;
use crate::display::Display;
use crate::scenario::{merge_query, Workspace};
use leptos::html::Main;
use leptos::prelude::*;
use std::time::Duration;

/// How long the scenario must stay unchanged before the URL is rewritten.
const URL_DELAY: Duration = Duration::from_millis(200);

/// The whole app. Reads the workspace and display flags from the URL once, then writes
/// scenario changes back with `history.replaceState`.
#[component]
pub fn App() -> impl IntoView {
    let query = url::current_query();
    let (initial, problems) = Workspace::from_query(&query, dataset());
    let display = DisplayState::apply(Display::from_query(&query));
    let embed = display.display.embed;
    provide_context(display);
    let workspace = RwSignal::new(initial);
    let state = AppState::new(workspace);
    provide_context(state);
    // Mirror the state to the URL once the reader pauses: each `replaceState` is a
    // same-document navigation (Chromium even refetches the icon), too dear per step.
    let mut write_url = debounce(URL_DELAY, move |pairs: Vec<(&'static str, String)>| {
        url::replace_query(&merge_query(&url::current_query(), &pairs));
    });
    Effect::new(move |_| write_url(state.query_pairs.get()));
    let table_view = RwSignal::new(false);
    let root = NodeRef::<Main>::new();
    report_height(root);

    let header = (!embed).then(|| {
        view! {
            <header class="app-header">
                <h1>"Belarus–Uzbekistan trade: the road to $1 billion"</h1>
                <p class="lede">
                    "Goods trade as both governments' statistics report it, and a projection you control. "
                    "The two statistics disagree; pick one, move the growth rate, and see when a target is reached."
                </p>
            </header>
        }
    });
    // The sections below the chart mount one frame after the chart is first drawn, so
    // they do not delay it.
    let below_fold = RwSignal::new(false);
    request_animation_frame(move || request_animation_frame(move || below_fold.set(true)));
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
        <main class="app" node_ref=root>
            {header}
            <UrlNotice problems=problems />
            <section class="controls" aria-label="Scenario">
                <GrowthControl />
                <ScenarioControls />
            </section>
            <Readouts />
            <ViewTabs table=table_view />
            <ChartView visible=Signal::derive(move || !table_view.get()) />
            <Show when=move || table_view.get()>
                <DataTable />
            </Show>
            {if embed {
                view! { <FullViewLink /> }.into_any()
            } else {
                view! { <ShareBar /> }.into_any()
            }}
            {full_page_sections}
        </main>
    }
}
