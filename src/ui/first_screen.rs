//! The first screen: the page's header; the answer, the growth slider with the scenario
//! settings, the chart with its title and view buttons, and the other read-outs. The live
//! page and the prerendered first view of `index.html` are both this component: the app
//! plugs in its canvas chart, the build an SVG drawing of the same chart
//! (`ui::prerender`), so the two cannot differ in markup.

use super::charts::{ChartTitle, TradeChart};
use super::controls::{GrowthControl, LanguageSwitch, ScenarioSettings};
use super::language::use_catalog;
use super::panels::{Answer, DataTable, PrintScenario, Readouts, ViewTabs};
use super::use_page_memory;
use crate::i18n::Msg;
use leptos::prelude::*;

/// The page's header: the title, the language switch and the lede (not in an embed).
#[component]
pub fn PageHeader() -> impl IntoView {
    let t = use_catalog();
    view! {
        <header class="app-header">
            <div class="title-row">
                <h1>{t.text(&t.data().title)}</h1>
                <LanguageSwitch />
            </div>
            <p class="lede">{t.text(&t.data().lede)}</p>
        </header>
    }
}

/// The first screen.
#[component]
pub fn FirstScreen(
    /// True for the first view the build renders: the chart drawn as SVG, and what
    /// cannot be reached before the app runs and is not in view left out (the scenario
    /// settings' body, closed).
    #[prop(optional)]
    prerendered: bool,
) -> impl IntoView {
    let t = use_catalog();
    let memory = use_page_memory();
    view! {
        <div class="first-screen">
            <Answer />
            <PrintScenario />
            <section class="controls" aria-label=t.get(Msg::AppScenario)>
                <GrowthControl />
                <ScenarioSettings open=memory.settings_open summary_only=prerendered />
            </section>
            <div class="chart-area">
                <div class="chart-head">
                    <ChartTitle />
                    <ViewTabs table=memory.table_view />
                </div>
                {chart_place(prerendered)}
            </div>
            <Readouts />
        </div>
    }
}

/// The live chart, and the table that can replace it.
fn live_chart() -> impl IntoView {
    let table = use_page_memory().table_view;
    view! {
        <TradeChart visible=Signal::derive(move || !table.get()) />
        <Show when=move || table.get()>
            <DataTable />
        </Show>
    }
}

/// What fills the chart's place (browsers only run the app: the live chart).
#[cfg(target_arch = "wasm32")]
fn chart_place(_prerendered: bool) -> impl IntoView {
    live_chart()
}

/// What fills the chart's place: the live chart, or the chart drawn as SVG when the
/// build renders the first view.
#[cfg(not(target_arch = "wasm32"))]
fn chart_place(prerendered: bool) -> impl IntoView {
    use leptos::either::Either;
    if prerendered {
        Either::Left(view! { <super::prerender::DrawnChart /> })
    } else {
        Either::Right(live_chart())
    }
}
