//! The embed dialog's choices.

use super::Choice;
use crate::display::EmbedLang;
use crate::i18n::{Catalog, Lang, Msg};

/// The embed's languages: each in its own name, then "each reader's own"; the one
/// written into the snippet (`chosen`, for a page shown in `t`'s language) selected.
pub fn embed_languages(t: &Catalog, chosen: EmbedLang) -> Vec<Choice<&'static str>> {
    let selected = chosen
        .written(t.lang())
        .map_or(EmbedLang::READER, Lang::code);
    Lang::ALL
        .into_iter()
        .map(|lang| (lang.code(), lang.native_name()))
        .chain([(EmbedLang::READER, t.get(Msg::EmbedReaderLanguage))])
        .map(|(code, name)| Choice {
            value: code,
            label: name.to_string(),
            selected: code == selected,
        })
        .collect()
}
