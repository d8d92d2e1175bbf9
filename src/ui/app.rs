//! The page: language, state, URL mirroring and layout (full view or compact embed).

use super::below_fold::{BelowFold, BelowFoldSections};
use super::first_screen::{FirstScreen, PageHeader};
use super::language::{follow_language, Language};
use super::panels::{FullViewLink, PrintFooter, TranslationNotice, UrlNotice};
use super::platform::document::today;
use super::platform::height::report_height;
use super::platform::pause::on_pause;
use super::platform::theme::DisplayState;
use super::platform::url;
use super::{AppState, PageMemory};
use crate::data::DataSet;
use crate::display::Display;
use crate::i18n::{lang_param, Catalog, Lang};
use crate::scenario::{data_param, merge_query, QueryProblem, Workspace};
use leptos::html::Main;
use leptos::prelude::*;
use std::time::Duration;

/// How long the scenario must stay unchanged before the URL is rewritten.
const URL_DELAY: Duration = Duration::from_millis(200);

/// What a link brings: the workspace, the language chosen, and what in it could not be
/// used.
fn read_link(query: &str, data: &DataSet) -> (Workspace, Option<Lang>, Vec<QueryProblem>) {
    let (workspace, mut problems) = Workspace::from_query(query, data);
    let (chosen, lang_problem) = lang_param(query);
    problems.extend(lang_problem);
    problems.extend(data_param(query).1);
    (workspace, chosen, problems)
}

/// Mirrors the state to the URL once the reader pauses: each `replaceState` is a
/// same-document navigation (Chromium even refetches the icon), too dear per step. The
/// query pairs are computed then, not at every step.
fn mirror_to_url(state: AppState) {
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
    let (initial, chosen, problems) = read_link(&query, data);
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
    let lang = chosen.filter(|_| !failed);
    let state = AppState::new(data, data_name, workspace, lang, today());
    provide_context(state);
    mirror_to_url(state);
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
            <PrintFooter />
        }
    };

    view! {
        <main class="app" node_ref=root>
            {page}
        </main>
    }
}
