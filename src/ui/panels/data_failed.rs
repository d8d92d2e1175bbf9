//! The page when the data file cannot be read or used. The page's own file: readers
//! keep the page as last built (its first view) with one line saying the figures could
//! not be updated, and the faults behind a disclosure for the site's editor. Another
//! file (`data=`): which file, each fault with its place, and the way back to the page's
//! own figures.

use crate::data::DataError;
use crate::display::check_page_link;
use crate::i18n::{Catalog, Msg};
use crate::ui::platform::height::report_height_of;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The line over the kept first view, and the faults for the site's editor behind a
/// disclosure. Inside an iframe, the first view's height still reaches the host page.
#[component]
pub fn DataKept(
    /// The messages, in the reader's language.
    catalog: &'static Catalog,
    /// What is wrong.
    error: DataError,
    /// The first view shown, whose height an embed reports.
    shown: SendWrapper<web_sys::Element>,
) -> impl IntoView {
    let t = catalog;
    report_height_of(&shown);
    view! {
        <div class="notice data-kept" role="status" data-testid="data-kept">
            <p>{t.get(Msg::DataKept)}</p>
            <details>
                <summary>{t.get(Msg::DataDetails)}</summary>
                <pre>{error.say(t)}</pre>
                <a href=check_page_link(t.lang()) data-testid="check-link">{t.get(Msg::CheckOpen)}</a>
            </details>
        </div>
    }
}

/// The data file's faults, and a link to the page with its default data (when the link
/// named another file).
#[component]
pub fn DataFailed(
    /// The messages, in the reader's language.
    catalog: &'static Catalog,
    /// What is wrong.
    error: DataError,
    /// The query of the same page with its own data, when the link named other data.
    default: Option<String>,
) -> impl IntoView {
    let t = catalog;
    let faults = error.say(t);
    // Fetched but not valid, or not fetched at all.
    let heading = if error.was_loaded() {
        Msg::DataInvalid
    } else {
        Msg::DataFailed
    };
    view! {
        <main class="app">
            <div class="notice data-error" role="alert" data-testid="data-error">
                <p>{t.get(heading)}</p>
                <pre>{faults}</pre>
                <p><a href=check_page_link(t.lang()) data-testid="check-link">{t.get(Msg::CheckOpen)}</a></p>
                {default.map(|query| {
                    let href = if query.is_empty() { "./".to_string() } else { query };
                    view! { <a href=href data-testid="data-default">{t.get(Msg::DataDefault)}</a> }
                })}
            </div>
        </main>
    }
}
