//! The keys of the page's URL, one enum: a key is never a string written by hand, so a
//! misspelt one does not compile. How each scenario key's value is read and written is
//! in `values.rs`; `public/first-view.js` repeats the scenario's keys (a native test
//! compares them).

use std::fmt;

/// A key of the page's URL (`?series=by&growth=12&lang=ru`), or of a pinned scenario's
/// compact form (`pin=name:Slow,growth:5`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UrlKey {
    /// `series`: a series id of the data file.
    Series,
    /// `base`: the base year.
    Base,
    /// `growth`: the growth of both flows, % a year.
    Growth,
    /// `exports`: the growth of exports alone, % a year.
    Exports,
    /// `imports`: the growth of imports alone, % a year.
    Imports,
    /// `target`: the target, US$ million.
    Target,
    /// `by`: the deadline year for "growth needed".
    By,
    /// `to`: the last year of the projection.
    To,
    /// `from`: the first year of the history window.
    From,
    /// `pin`: a pinned scenario, repeatable.
    Pin,
    /// `name`, inside a `pin=` value: the pinned scenario's name.
    PinName,
    /// `lang`: the reader's language.
    Lang,
    /// `data`: the data file's name.
    Data,
    /// `embed`: the compact layout for an iframe.
    Embed,
    /// `theme`: the colour theme.
    Theme,
    /// `transparent`: no page background.
    Transparent,
    /// `title`: a title shown instead of the data file's.
    Title,
    /// `check`: the check page for a data file instead of the app.
    Check,
}

impl UrlKey {
    /// Every key.
    pub const ALL: [UrlKey; 18] = [
        Self::Series,
        Self::Base,
        Self::Growth,
        Self::Exports,
        Self::Imports,
        Self::Target,
        Self::By,
        Self::To,
        Self::From,
        Self::Pin,
        Self::PinName,
        Self::Lang,
        Self::Data,
        Self::Embed,
        Self::Theme,
        Self::Transparent,
        Self::Title,
        Self::Check,
    ];

    /// The scenario's keys, in the order links write them (`SCENARIO_KEYS` of
    /// `public/first-view.js`); any other key of a URL is left alone by the scenario.
    pub const SCENARIO: [UrlKey; 10] = [
        Self::Series,
        Self::Base,
        Self::Growth,
        Self::Exports,
        Self::Imports,
        Self::Target,
        Self::By,
        Self::To,
        Self::From,
        Self::Pin,
    ];

    /// The keys of how the page is shown, read once (`display.rs`), never written back.
    pub const DISPLAY: [UrlKey; 5] = [
        Self::Embed,
        Self::Theme,
        Self::Transparent,
        Self::Title,
        Self::Check,
    ];

    /// The keys that only shape the embedded view (the full view's link drops them).
    pub const EMBED: [UrlKey; 3] = [Self::Embed, Self::Transparent, Self::Title];

    /// The key as the URL writes it: `series`, `growth`, `lang`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Series => "series",
            Self::Base => "base",
            Self::Growth => "growth",
            Self::Exports => "exports",
            Self::Imports => "imports",
            Self::Target => "target",
            Self::By => "by",
            Self::To => "to",
            Self::From => "from",
            Self::Pin => "pin",
            Self::PinName => "name",
            Self::Lang => "lang",
            Self::Data => "data",
            Self::Embed => "embed",
            Self::Theme => "theme",
            Self::Transparent => "transparent",
            Self::Title => "title",
            Self::Check => "check",
        }
    }

    /// The key a URL writes as `name` (exactly: keys are lower case); `None` for a key
    /// the page does not know.
    pub fn from_name(name: &str) -> Option<UrlKey> {
        UrlKey::ALL.into_iter().find(|key| key.as_str() == name)
    }

    /// True for a key of the scenario ([`UrlKey::SCENARIO`]).
    pub fn is_scenario(self) -> bool {
        UrlKey::SCENARIO.contains(&self)
    }

    /// True for a key a link of the app writes: the scenario's, the language and the
    /// data file.
    pub fn is_linked(self) -> bool {
        self.is_scenario() || matches!(self, UrlKey::Lang | UrlKey::Data)
    }
}

impl fmt::Display for UrlKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_text_and_is_read_back_from_it() {
        for key in UrlKey::ALL {
            assert_eq!(UrlKey::from_name(key.as_str()), Some(key));
            assert_eq!(key.to_string(), key.as_str());
        }
        assert_eq!(UrlKey::from_name("Growth"), None);
        assert_eq!(UrlKey::from_name("growth "), None);
    }

    #[test]
    fn every_key_but_the_pins_name_is_linked_or_a_display_flag() {
        assert!(UrlKey::EMBED.iter().all(|k| UrlKey::DISPLAY.contains(k)));
        assert!(UrlKey::DISPLAY.iter().all(|k| !k.is_linked()));
        assert!(UrlKey::SCENARIO.iter().all(|k| k.is_linked()));
        // Every key of a group is one of ALL (which `from_name` reads), and every key
        // but the pin's name, which only a `pin=` value holds, is in a group.
        for key in [&UrlKey::SCENARIO[..], &UrlKey::DISPLAY].concat() {
            assert!(UrlKey::ALL.contains(&key), "{key}");
        }
        for key in UrlKey::ALL {
            let grouped = key.is_linked() || UrlKey::DISPLAY.contains(&key);
            assert_eq!(grouped, key != UrlKey::PinName, "{key}");
        }
        assert!(UrlKey::Lang.is_linked() && UrlKey::Data.is_linked());
    }
}
