//! The first view of `index.html`, rendered at build time by the app's own components
//! (natively: Leptos renders them to HTML), for the default scenario in one language:
//! the same header and first screen as the live page, with the chart drawn as SVG by
//! the same chart code in place of the live canvas. Nothing runs but the rendering:
//! effects are never started, so no component reaches for a browser API.

use super::charts::{chart_summary, ChartFigure};
use super::first_screen::{FirstScreen, PageHeader};
use super::language::{use_catalog, Language};
use super::platform::theme::DisplayState;
use super::{use_state, AppState, PageMemory};
use crate::data::Day;
use crate::display::Display;
use crate::i18n::{Catalog, Msg};
use crate::markup::escape;
use crate::prerender::chart_svgs;
use crate::scenario::Workspace;
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

/// An executor that never runs what it is given: rendering to HTML starts effects
/// (which would use the browser) but needs none of them.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The chart's place in the first view: the chart drawn as SVG in both sizes, with the
/// line shown instead while a link's own scenario is computed (`public/first-view.js`).
#[component]
pub fn DrawnChart() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let drawing = state.outlook.with_untracked(|o| {
        o.as_ref().map_or(String::new(), |o| {
            state.resolved.with_untracked(|r| chart_svgs(t, r, o))
        })
    });
    let loading = format!(
        "<p class=\"first-loading\">{}</p>",
        escape(t.get(Msg::AppLoadingScenario))
    );
    view! {
        <ChartFigure
            visible=true
            container=NodeRef::new()
            drawing=view! {
                <div
                    class="first-chart"
                    data-testid="trade-chart"
                    role="img"
                    aria-label=chart_summary()
                    inner_html=drawing + &loading
                ></div>
            }
            paper=view! { <div class="print-chart" aria-hidden="true" data-testid="print-chart"></div> }
        />
    }
}

/// The page's header and the first screen of the default scenario over `t`'s data set
/// (named `data_name`), in `t`'s language, as HTML.
pub fn first_screen(t: &'static Catalog, data_name: &'static str) -> (String, String) {
    with_default_page(t, data_name, || {
        let header = view! { <PageHeader /> }.to_html();
        let screen = view! { <FirstScreen prerendered=true /> }.to_html();
        (header, screen)
    })
}

/// Runs `render` with what the components read from their context, as the app provides
/// it for the default scenario of `t`'s data set (named `data_name`) in `t`'s language,
/// and with no effect ever run.
fn with_default_page<R>(
    t: &'static Catalog,
    data_name: &'static str,
    render: impl FnOnce() -> R,
) -> R {
    // Once per thread; a second call finds it set, which is as good.
    let _ = Executor::init_local_custom_executor(NoEffects);
    // Rendered once and never updated: reading signals outside a tracking context is
    // what this is for (debug builds would warn of each read).
    let _once = SpecialNonReactiveZone::enter();
    let owner = Owner::new();
    owner.with(|| {
        let data = t.data();
        let (workspace, _) = Workspace::from_query("", data);
        provide_context(Language {
            catalog: RwSignal::new(t),
            failed: RwSignal::new(false),
        });
        provide_context(AppState::new(
            data,
            data_name,
            RwSignal::new(workspace),
            None,
            Day::from_system_clock(),
        ));
        provide_context(DisplayState {
            display: Display::default(),
            dark: Signal::stored(false),
        });
        provide_context(PageMemory::blank());
        render()
    })
}

#[cfg(test)]
mod tests;
