//! Languages: the message catalogs (`locales/*.txt`, one file a language: the app's own
//! words) and the choice of language. The words about a pair of countries are in its
//! data file, each text in every language it was written in (`data::Text`).
//!
//! English is compiled in (`build.rs` turns `locales/en.txt` into [`Msg`], the messages
//! without placeholders, and [`Fill`], those with: one field a placeholder, so that a
//! call cannot leave one out or name one its message does not have); the other
//! languages are plain files the page fetches when a reader needs them, so they add
//! nothing to the first load. A message missing from a file, or one whose placeholders
//! differ from English, falls back to English; the tests fail on either.

mod kept;
mod lang;
mod plural;

pub use kept::Kept;
pub use lang::{lang_param, Lang};

use crate::data::{DataSet, PointKind, Text};
use crate::format::{fill, Numbers};

include!(concat!(env!("OUT_DIR"), "/msg_and_fill.rs"));

/// How every message file begins (its first comment line): the app refuses a fetched
/// file without it, e.g. an HTML error page served in its place.
pub const FILE_SIGNATURE: &str = "# Trade Outlook";

/// The `key = text` lines of a message file, comments and blank lines skipped.
pub fn entries(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines().filter_map(|line| {
        let line = line.trim_matches([' ', '\t', '\r']);
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (key, value) = line.split_once('=')?;
        Some((
            key.trim_matches([' ', '\t']),
            value.trim_matches([' ', '\t']),
        ))
    })
}

include!("key_hash.rs");
include!("placeholder_names.rs");

/// The name of message `i` for a problem report: the key in tests, its number in the
/// app (which carries hashes, not key names).
fn key_name(i: usize) -> String {
    #[cfg(test)]
    return MSG_KEYS[i].to_string();
    #[cfg(not(test))]
    return format!("#{i}");
}

/// The `{name}` placeholders of a message, in order (not a number's plural forms,
/// `{n:one|other}`, which are the language's own).
pub fn placeholders(text: &str) -> Vec<&str> {
    placeholder_uses(text)
        .into_iter()
        .filter(|(_, plural)| !plural)
        .map(|(name, _)| name)
        .collect()
}

/// True when two messages have the same placeholders, in any order: each `{name}` as
/// often, and the same names in all (a translation may give a number plural forms
/// where English does not, but no name of its own).
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (plain_a, plain_b) = (placeholders(a), placeholders(b));
    let count = |list: &[&str], name: &str| list.iter().filter(|n| **n == name).count();
    let same_plain = plain_a.len() == plain_b.len()
        && plain_a
            .iter()
            .all(|name| count(&plain_a, name) == count(&plain_b, name));
    let names = |text| {
        let mut names: Vec<&str> = placeholder_uses(text).into_iter().map(|(n, _)| n).collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    same_plain && names(a) == names(b)
}

/// The compiled-in English messages over no data set: for words that need none, such as
/// a data file's faults as `make check-data` prints them.
pub fn plain_english() -> &'static Catalog {
    static NO_DATA: std::sync::OnceLock<DataSet> = std::sync::OnceLock::new();
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| Catalog::english(NO_DATA.get_or_init(DataSet::default)))
}

/// The English catalog of the shipped data set, for the native tests.
#[cfg(test)]
pub fn english() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| Catalog::english(crate::data::shipped()))
}

/// A language's message file as the browser fetches it, for the native tests.
#[cfg(test)]
pub fn message_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../locales/en.txt"),
        Lang::Ru => include_str!("../../locales/ru.txt"),
        Lang::Uz => include_str!("../../locales/uz.txt"),
        Lang::Be => include_str!("../../locales/be.txt"),
    }
}

/// The catalog of `lang` over the shipped data set, from its message file, for the
/// native tests (the file must have no problem).
#[cfg(test)]
pub fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: std::sync::OnceLock<Vec<Catalog>> = std::sync::OnceLock::new();
    let all = CATALOGS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let (catalog, problems) =
                    Catalog::parse(l, message_file(l), crate::data::shipped());
                assert!(problems.is_empty(), "{l:?}: {problems:?}");
                catalog
            })
            .collect()
    });
    &all[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// Every message of one language, and the data set whose words it shows.
#[derive(Debug)]
pub struct Catalog {
    lang: Lang,
    texts: [&'static str; MSG_COUNT],
    data: &'static DataSet,
}

impl Catalog {
    /// The English catalog (compiled in) for `data`.
    pub fn english(data: &'static DataSet) -> Catalog {
        Catalog {
            lang: Lang::En,
            texts: ENGLISH,
            data,
        }
    }

    /// The same messages for another data set (a data file an editor checks, shown as
    /// the page will show it).
    pub fn for_data(&self, data: &'static DataSet) -> Catalog {
        Catalog {
            lang: self.lang,
            texts: self.texts,
            data,
        }
    }

    /// Reads a message file of `lang` for `data`. Returns the catalog (English wherever
    /// the file has no usable message) and what is wrong with the file: missing, unknown
    /// or duplicate keys, and placeholders that differ from English.
    pub fn parse(lang: Lang, text: &'static str, data: &'static DataSet) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let mut texts = ENGLISH;
        let mut found = [false; MSG_COUNT];
        for (key, value) in entries(text) {
            let hash = key_hash(key);
            let Some(i) = MSG_HASHES.iter().position(|h| *h == hash) else {
                problems.push(format!("unknown key `{key}`"));
                continue;
            };
            if std::mem::replace(&mut found[i], true) {
                problems.push(format!("duplicate key `{key}`"));
            }
            if same_placeholders(value, ENGLISH[i]) {
                texts[i] = value;
            } else {
                problems.push(format!("placeholders of `{key}` differ"));
            }
        }
        if lang != Lang::En {
            let missing = (0..MSG_COUNT).filter(|i| !found[*i]).map(key_name);
            problems.extend(missing.map(|k| format!("missing key `{k}`")));
        }
        (Catalog { lang, texts, data }, problems)
    }

    /// The catalog's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without placeholders.
    pub fn get(&self, msg: Msg) -> &'static str {
        self.texts[msg as usize]
    }

    /// A message with its placeholders filled: `t.fill(Fill::PinsOffer { n: &count })`.
    // Inlined: each call names its message, whose arm alone is kept (see `Fill`).
    #[inline(always)]
    pub fn fill(&self, message: Fill<&str>) -> String {
        let template = self.texts[message.index()];
        message.with_pairs(|args| self.fill_template(template, args))
    }

    /// A message with placeholders as written, `{name}`s unfilled (a number's pattern;
    /// tests): `t.template(&Fill::ChartTarget { target: () })`.
    pub fn template<T>(&self, message: &Fill<T>) -> &'static str {
        self.texts[message.index()]
    }

    /// `template` (one of this language's) with its placeholders filled from `args`.
    fn fill_template(&self, template: &str, args: &[(&str, &str)]) -> String {
        // Plural forms (`{n:one|other}`) are rare: only a template with them is rewritten.
        if template.contains('|') {
            fill(&plural::choose(self.lang, template, args), args)
        } else {
            fill(template, args)
        }
    }

    /// A date as a data file writes it (`2025`, `2025-01`, `2025-04-29`) as this language
    /// writes it in a sentence: "29 April 2025", «29 апреля 2025 г.», «2025-yil
    /// 29-aprel», "January 2025"; anything else as written.
    pub fn date(&self, written: &str) -> String {
        let number = |text: &str, digits: usize| -> Option<u32> {
            let plain = text.len() == digits && text.bytes().all(|b| b.is_ascii_digit());
            plain.then(|| text.parse().ok()).flatten()
        };
        let month = |names: Msg, m: u32| -> Option<&str> {
            let index = usize::try_from(m).ok()?.checked_sub(1)?;
            self.get(names).split(',').nth(index).map(str::trim)
        };
        let parts: Vec<&str> = written.trim().split('-').collect();
        let filled = match parts.as_slice() {
            [y] => number(y, 4).map(|_| self.fill(Fill::DateYear { year: y })),
            [y, m] => number(y, 4).zip(number(m, 2)).and_then(|(_, m)| {
                let name = month(Msg::DateMonths, m)?;
                Some(self.fill(Fill::DateMonth {
                    month: name,
                    year: y,
                }))
            }),
            [y, m, d] => {
                number(y, 4)
                    .zip(number(m, 2))
                    .zip(number(d, 2))
                    .and_then(|((_, m), d)| {
                        let name = month(Msg::DateMonthsOf, m)?;
                        let day = (1..=31).contains(&d).then(|| d.to_string())?;
                        Some(self.fill(Fill::DateDay {
                            day: &day,
                            month: name,
                            year: y,
                        }))
                    })
            }
            _ => None,
        };
        filled.unwrap_or_else(|| written.to_string())
    }

    /// How this language writes numbers. (The patterns' one placeholder is `{n}`, which
    /// `Numbers` fills: `Fill::NumberPercent { n: () }` compiles only while it is.)
    pub fn numbers(&self) -> Numbers {
        Numbers {
            decimal: self.get(Msg::NumberDecimal),
            group: self.get(Msg::NumberGroup),
            percent: self.template(&Fill::NumberPercent { n: () }),
            million: self.template(&Fill::MoneyMillion { n: () }),
            billion: self.template(&Fill::MoneyBillion { n: () }),
        }
    }

    /// A rate in %, in this language's style.
    pub fn percent(&self, pct: f64) -> String {
        self.numbers().percent(pct)
    }

    /// A US$ million amount in words, in this language.
    pub fn money(&self, millions: f64) -> String {
        self.numbers().money(millions)
    }

    /// The data set shown.
    pub fn data(&self) -> &'static DataSet {
        self.data
    }

    /// A text of the data set in this language, else in English.
    pub fn text<'a>(&self, text: &'a Text) -> &'a str {
        text.get(self.lang)
    }

    /// A text of the data set in this language with its `{name}` placeholders filled.
    pub fn fill_text(&self, text: &Text, args: &[(&str, &str)]) -> String {
        fill(self.text(text), args)
    }

    /// The name of series `index` of the data set, in this language.
    pub fn series_name(&self, index: crate::data::SeriesIndex) -> &'static str {
        self.data.series(index).name.get(self.lang)
    }

    /// The name of a kind of figure: "reported", "lower bound", …
    pub fn kind(&self, kind: PointKind) -> &'static str {
        self.get(match kind {
            PointKind::Reported => Msg::KindReported,
            PointKind::LowerBound => Msg::KindLowerBound,
            PointKind::Approx => Msg::KindApprox,
            PointKind::Derived => Msg::KindDerived,
        })
    }
}

#[cfg(test)]
mod tests;
