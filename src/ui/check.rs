//! The check page (`?check=1`): an editor opens or drops a data file; it is read and
//! checked by the same code as on load and in `make check-data`, in the browser, and
//! nothing is uploaded. A file that cannot be used gets each fault with its place and
//! the value as written; a valid one, each series' latest figures with the flows'
//! directions, and below them the page as it will look with it.

use super::app::App;
use super::platform::document::set_title;
use super::platform::files::read_file_text;
use crate::data::{data_file_name, parse, DataError, DataSet, Fault, Said};
use crate::i18n::{Catalog, Fill, Msg};
use crate::view::check::valid_file_lines;
use leptos::prelude::*;

/// What the last file opened gave: its faults, or the catalog of the page made with it.
#[derive(Clone)]
enum Checked {
    /// The file cannot be used as it is.
    Faults(DataError),
    /// The file is valid: the page's words bound to its data set, and its name.
    Valid(&'static Catalog, &'static str),
}

/// Reads `file` and checks it; a valid data set is kept for the page's life (the
/// preview's components hold it).
async fn check(file: web_sys::File, catalog: &'static Catalog) -> Checked {
    let name = file.name();
    let text = match read_file_text(&file).await {
        Some(text) => text,
        None => {
            let unreadable = Fault::of_file(Said::new(Msg::FaultUnreadable));
            return Checked::Faults(DataError::new(&name, unreadable));
        }
    };
    match parse(&name, &text) {
        Ok(data) => {
            let data: &'static DataSet = Box::leak(Box::new(data));
            let stem = name.trim_end_matches(".json");
            let shown: &'static str = Box::leak(stem.to_string().into_boxed_str());
            let data_name = data_file_name(shown).unwrap_or("preview");
            Checked::Valid(Box::leak(Box::new(catalog.for_data(data))), data_name)
        }
        Err(error) => Checked::Faults(error),
    }
}

/// What the file `name` gave: its faults, or its latest figures and the page with it.
#[component]
fn CheckResult(t: &'static Catalog, name: String, outcome: Checked) -> impl IntoView {
    match outcome {
        Checked::Faults(error) => view! {
            <div class="notice data-error check-result" role="alert" data-testid="check-faults">
                <p>{t.fill(Fill::CheckFaults { file: &name })}</p>
                <ul>
                    {error.faults.iter().map(|fault| view! { <li><code>{fault.say(t)}</code></li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        Checked::Valid(preview, data_name) => view! {
            <div class="notice check-result" role="status" data-testid="check-valid">
                <p>{t.fill(Fill::CheckValid { file: &name })}</p>
                <ul>
                    {valid_file_lines(t, preview.data()).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </div>
            <App catalog=preview failed=false data_name=data_name />
        }
        .into_any(),
    }
}

/// The check page, in the reader's language.
#[component]
pub fn CheckPage(
    /// The messages (their data set is not used: the page shows the file's).
    catalog: &'static Catalog,
) -> impl IntoView {
    let t = catalog;
    set_title(t.get(Msg::CheckTitle));
    let checked = RwSignal::new(None::<(String, Checked)>);
    let open = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            let name = file.name();
            let outcome = check(file, catalog).await;
            checked.set(Some((name, outcome)));
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        open(input.files().and_then(|files| files.get(0)));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        open(
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0)),
        );
    };
    let result = move || {
        checked
            .get()
            .map(|(name, outcome)| view! { <CheckResult t=t name=name outcome=outcome /> })
    };
    view! {
        <div class="check-page">
            <section
                class="check-open"
                aria-labelledby="check-title"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <h1 id="check-title">{t.get(Msg::CheckTitle)}</h1>
                <p>{t.get(Msg::CheckIntro)}</p>
                <label class="control">
                    <span>{t.get(Msg::CheckFile)}</span>
                    <input type="file" accept=".json,application/json" data-testid="check-file" on:change=on_change />
                </label>
            </section>
            {result}
        </div>
    }
}
