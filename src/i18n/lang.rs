//! The languages of the page and how one is chosen.

use crate::scenario::{decode_component, QueryProblem, UrlKey};

/// A language the page is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, compiled in; the fallback.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Uzbek, Latin script.
    Uz,
    /// Belarusian.
    Be,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Uz, Lang::Be];

    /// The code in `lang=`, the file name and `<html lang>`: `en`, `ru`, `uz`, `be`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uz => "uz",
            Lang::Be => "be",
        }
    }

    /// The folder of the language's own page, from the site's root: `""` for English
    /// (the root's `index.html`, which follows the reader's browser), `ru/`, `uz/`, `be/`.
    pub fn page_folder(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ru => "ru/",
            Lang::Uz => "uz/",
            Lang::Be => "be/",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Uz => "Oʻzbekcha",
            Lang::Be => "Беларуская",
        }
    }

    /// The language of a BCP 47 tag (`ru`, `ru-RU`, `uz-Latn-UZ`, `BE`); `None` for
    /// any other language. Uzbek in Cyrillic gets the Latin text, the only one there is.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// The `lang=` of a query string (the last one counts): the language, or the problem
/// with a value that names no language of the page.
pub fn lang_param(query: &str) -> (Option<Lang>, Option<QueryProblem>) {
    let value = query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .rev()
        .find(|(key, _)| UrlKey::from_name(key) == Some(UrlKey::Lang))
        .map(|(_, value)| decode_component(value));
    match value {
        None => (None, None),
        Some(v) => match Lang::from_tag(&v) {
            Some(lang) => (Some(lang), None),
            None => (None, Some(QueryProblem::ignored(UrlKey::Lang, &v))),
        },
    }
}
