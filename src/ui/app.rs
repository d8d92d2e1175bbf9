//! The page: state, URL mirroring and layout.

use super::chart_view::ChartView;
use super::growth_control::GrowthControl;
use super::notice::UrlNotice;
use super::pins::Pins;
use super::readouts::Readouts;
use super::scenario_controls::ScenarioControls;
use super::sources::Sources;
use super::targets_table::TargetsTable;
use super::{url, AppState};
use crate::data::dataset;
use crate::scenario::{merge_query, Workspace};
use leptos::prelude::*;

/// The whole app. Reads the workspace from the URL once, then writes every change
/// back with `history.replaceState`.
#[component]
pub fn App() -> impl IntoView {
    let (initial, problems) = Workspace::from_query(&url::current_query(), dataset());
    let workspace = RwSignal::new(initial);
    provide_context(AppState::new(workspace));
    Effect::new(move |_| {
        let pairs = workspace.with(|w| w.to_query_pairs(dataset()));
        url::replace_query(&merge_query(&url::current_query(), &pairs));
    });

    view! {
        <main class="app">
            <header class="app-header">
                <h1>"Belarus–Uzbekistan trade: the road to $1 billion"</h1>
                <p class="lede">
                    "Goods trade as both governments' statistics report it, and a projection you control. "
                    "The two statistics disagree; pick one, move the growth rate, and see when a target is reached."
                </p>
            </header>
            <UrlNotice problems=problems />
            <section class="controls" aria-label="Scenario">
                <GrowthControl />
                <ScenarioControls />
            </section>
            <Readouts />
            <ChartView />
            <TargetsTable />
            <Pins />
            <Sources />
        </main>
    }
}
