//! A text of the data file in the page's languages.

use crate::i18n::Lang;

/// A text in English (required) and, when the editor gave them, Russian, Uzbek (Latin)
/// and Belarusian: `{"en": "Uzbek statistics", "ru": "Статистика Узбекистана"}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// English.
    pub en: String,
    /// Russian.
    pub ru: Option<String>,
    /// Uzbek, Latin script.
    pub uz: Option<String>,
    /// Belarusian.
    pub be: Option<String>,
}

impl Text {
    /// English only.
    pub fn english(en: &str) -> Text {
        Text {
            en: en.to_string(),
            ..Text::default()
        }
    }

    /// The text in `lang` as written, if the editor gave it.
    pub fn written_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(self.en.as_str()),
            Lang::Ru => self.ru.as_deref(),
            Lang::Uz => self.uz.as_deref(),
            Lang::Be => self.be.as_deref(),
        }
        .filter(|t| !t.trim().is_empty())
    }

    /// The text in `lang`, else in English (the fallback).
    pub fn get(&self, lang: Lang) -> &str {
        self.written_in(lang).unwrap_or(&self.en)
    }
}
