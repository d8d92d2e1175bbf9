//! The app's state: one `RwSignal<Workspace>` (the current scenario and the pinned
//! ones), mirrored to the URL, and everything derived from it, shared through context.

use crate::data::{figures_as_of, DataSet, Day, SeriesIndex, DEFAULT_DATA};
use crate::display::share_link;
use crate::i18n::{Catalog, Lang};
use crate::model::Outlook;
use crate::scenario::{Pin, PinnedOutlook, Resolved, Scenario, UrlKey, Workspace};
use crate::ui::platform::url::site_root;
use leptos::prelude::*;

/// The app's state and what is derived from it, shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The data set shown (read once, at start).
    pub data: &'static DataSet,
    /// Its name (`data=` of links), e.g. `belarus-uzbekistan`.
    pub data_name: &'static str,
    /// The one source of truth: current and pinned scenarios.
    pub workspace: RwSignal<Workspace>,
    /// The current scenario with defaults filled in.
    pub resolved: Memo<Resolved>,
    /// The series shown (changes far less often than `resolved`).
    pub series: Memo<SeriesIndex>,
    /// The base year in effect.
    pub base_year: Memo<i32>,
    /// The current projection and its answers (`None` only if the base has no figure).
    pub outlook: Memo<Option<Outlook>>,
    /// The pinned scenarios as the reader made them (unchanged by slider steps).
    pub pins: Memo<Vec<Pin>>,
    /// The pinned scenarios, projected.
    pub pinned: Memo<Vec<PinnedOutlook>>,
    /// The language the reader chose (in the URL or the switcher), kept in links;
    /// `None` while the page follows the browser's language.
    pub lang: RwSignal<Option<Lang>>,
    /// The workspace's URL query pairs (non-default values only) and the chosen
    /// language, for the URL and links. Made of `workspace` and `lang` only: the URL
    /// writer in `app.rs` tracks those two and reads the pairs at the pause.
    pub query_pairs: Memo<Vec<(UrlKey, String)>>,
    /// Counts the moments links are shown anew: when the reader pauses (the URL has
    /// just been written) or asks for a link. The share field and the embed snippet
    /// follow it rather than every slider step (a text field's new value costs a style
    /// recalc and a layout of ~0.4 ms in each frame).
    pub settled: RwSignal<u32>,
    /// The day the figures were last checked, when the data file gives a real one not
    /// after today (read once, at start).
    pub as_of: Option<Day>,
}

impl AppState {
    /// Derives everything from `workspace` over `data` (named `data_name`) and the
    /// chosen language.
    pub fn new(
        data: &'static DataSet,
        data_name: &'static str,
        workspace: RwSignal<Workspace>,
        lang: Option<Lang>,
        today: Day,
    ) -> AppState {
        let lang = RwSignal::new(lang);
        let current = Memo::new(move |_| workspace.with(|w| w.current));
        let resolved = Memo::new(move |_| current.get().resolve(data));
        let series = Memo::new(move |_| resolved.get().series);
        let base_year = Memo::new(move |_| resolved.get().assumptions.base_year);
        let outlook = Memo::new(move |_| {
            let r = resolved.get();
            Outlook::compute(data.series(r.series), &r.assumptions)
        });
        let pins = Memo::new(move |_| workspace.with(|w| w.pins.clone()));
        let pinned = Memo::new(move |_| pins.with(|p| p.iter().map(|p| p.project(data)).collect()));
        let query_pairs = Memo::new(move |_| {
            let mut pairs = workspace.with(|w| w.to_query_pairs(data));
            if data_name != DEFAULT_DATA {
                pairs.push((UrlKey::Data, data_name.to_string()));
            }
            pairs.extend(lang.get().map(|l| (UrlKey::Lang, l.code().to_string())));
            pairs
        });
        AppState {
            data,
            data_name,
            workspace,
            settled: RwSignal::new(0),
            as_of: figures_as_of(data, today),
            lang,
            query_pairs,
            resolved,
            series,
            base_year,
            outlook,
            pins,
            pinned,
        }
    }

    /// The share link of the view as it is now, in `t`'s language (read untracked).
    pub fn share_link_now(&self, t: &Catalog) -> String {
        self.query_pairs
            .with_untracked(|q| share_link(&site_root(), t.lang(), q))
    }

    /// Shows the links of the current state now (see `settled`).
    pub fn settle(&self) {
        self.settled.update(|n| *n = n.wrapping_add(1));
    }

    /// Changes the current scenario.
    pub fn edit(&self, change: impl FnOnce(&mut Scenario)) {
        self.workspace.update(|w| change(&mut w.current));
    }
}

/// The app state from context (provided by `App`).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
