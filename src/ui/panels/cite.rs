//! "Cite": the citation of the view as it is now, as text and as BibTeX, each with its
//! copy button. What it says is `view::cite`'s.

use super::share_bar::{close, copy};
use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use crate::ui::platform::document::today;
use crate::ui::use_state;
use crate::view::cite::{citation, Citation};
use leptos::html::{Dialog, Textarea};
use leptos::prelude::*;

/// The Cite button and its dialog (closed with its button or Escape, which return
/// focus to the Cite button).
#[component]
pub fn Cite() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let dialog = NodeRef::<Dialog>::new();
    let cited = RwSignal::new(None::<Citation>);
    let status = RwSignal::new(String::new());
    let open = move |_| {
        let link = state.share_link_now(t);
        let r = state.resolved.get_untracked();
        cited.set(Some(citation(t, &r, state.as_of, &link, today())));
        status.set(String::new());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let text_field = NodeRef::<Textarea>::new();
    let bibtex_field = NodeRef::<Textarea>::new();
    let text = move || cited.with(|c| c.as_ref().map_or(String::new(), |c| c.text.clone()));
    let bibtex = move || cited.with(|c| c.as_ref().map_or(String::new(), |c| c.bibtex.clone()));

    view! {
        <button type="button" data-testid="open-cite" on:click=open>{t.get(Msg::CiteOpen)}</button>
        <dialog node_ref=dialog class="embed-dialog cite-dialog" aria-labelledby="cite-heading" data-testid="cite-dialog">
            <h2 id="cite-heading">{t.get(Msg::CiteHeading)}</h2>
            <p class="hint">{t.get(Msg::CiteHelp)}</p>
            <label for="cite-text">{t.get(Msg::CiteText)}</label>
            <textarea id="cite-text" data-testid="cite-text" node_ref=text_field readonly rows="5" prop:value=text></textarea>
            <button type="button" data-testid="copy-cite"
                on:click=move |_| copy(t, status, text(), text_field.get().map(Into::into), Msg::CiteCopied)>
                {t.get(Msg::CiteCopyText)}
            </button>
            <label for="cite-bibtex">{t.get(Msg::CiteBibtex)}</label>
            <textarea id="cite-bibtex" data-testid="cite-bibtex" node_ref=bibtex_field readonly rows="8" prop:value=bibtex></textarea>
            <div class="dialog-actions">
                <button type="button" data-testid="copy-bibtex"
                    on:click=move |_| copy(t, status, bibtex(), bibtex_field.get().map(Into::into), Msg::CiteCopied)>
                    {t.get(Msg::CiteCopyBibtex)}
                </button>
                <button type="button" data-testid="close-cite" on:click=move |_| close(dialog)>{t.get(Msg::EmbedClose)}</button>
            </div>
            <p class="hint" role="status" data-testid="cite-status">{move || status.get()}</p>
        </dialog>
    }
}
