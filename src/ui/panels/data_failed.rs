//! The page when the data file cannot be read or used: which file, and each fault with
//! its place, for the editor who can mend it; the way back to the page's own figures.

use crate::data::DataError;
use crate::i18n::{Catalog, Msg};
use leptos::prelude::*;

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
    let faults = error.to_string();
    view! {
        <main class="app">
            <div class="notice data-error" role="alert" data-testid="data-error">
                <p>{t.get(Msg::DataFailed)}</p>
                <pre>{faults}</pre>
                {default.map(|query| {
                    let href = if query.is_empty() { "./".to_string() } else { query };
                    view! { <a href=href>{t.get(Msg::DataDefault)}</a> }
                })}
            </div>
        </main>
    }
}
