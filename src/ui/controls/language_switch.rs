//! The language switcher: each language under its own name; the page is rebuilt in the
//! chosen language once its file has arrived.

use crate::i18n::{Lang, Msg};
use crate::ui::language::{load, use_catalog, Language};
use crate::ui::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The language switcher: each language under its own name.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let language = expect_context::<Language>();
    let state = use_state();
    let t = use_catalog();
    let current = t.lang();
    let choose = move |select: web_sys::HtmlSelectElement| {
        let Some(lang) = Lang::from_tag(&select.value()) else {
            return;
        };
        spawn_local(async move {
            match load(lang, state.data).await {
                Some(catalog) => {
                    state.lang.set(Some(lang));
                    language.failed.set(false);
                    language.catalog.set(catalog);
                }
                None => {
                    // The page stays as it is: so does the switcher.
                    language.failed.set(true);
                    select.set_value(current.code());
                }
            }
        });
    };
    view! {
        <div class="language">
            <label for="language">{t.get(Msg::AppLanguage)}</label>
            <select id="language" data-testid="language-select" on:change=move |ev| choose(event_target(&ev))>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=lang == current>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
