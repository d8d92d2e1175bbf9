//! Languages: the message catalogs (`locales/*.txt`, one file a language), the choice of
//! language, and the data set's text in each language.
//!
//! English is compiled in (`build.rs` turns `locales/en.txt` into [`Msg`]); the other
//! languages are plain files the page fetches when a reader needs them, so they add
//! nothing to the first load. A message missing from a file, or one whose placeholders
//! differ from English, falls back to English; the tests fail on either.

mod data_text;
mod lang;

pub use data_text::data_texts;
pub use lang::{lang_param, Lang};

use crate::data::{dataset, DataSet, PointKind};
use crate::format::{fill, Numbers};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

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

/// The name of message `i` for a problem report: the key in tests, its number in the
/// app (which carries hashes, not key names).
fn key_name(i: usize) -> String {
    #[cfg(test)]
    return MSG_KEYS[i].to_string();
    #[cfg(not(test))]
    return format!("#{i}");
}

/// The `{name}` placeholders of a message, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// True when two messages have the same placeholders, in any order.
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    let count = |list: &[&str], name: &str| list.iter().filter(|n| **n == name).count();
    a.len() == b.len() && a.iter().all(|name| count(&a, name) == count(&b, name))
}

/// Every message of one language, and the data set's text in it.
#[derive(Debug)]
pub struct Catalog {
    lang: Lang,
    texts: [&'static str; MSG_COUNT],
    data: DataSet,
}

impl Catalog {
    /// The English catalog (compiled in).
    pub fn english() -> &'static Catalog {
        static ENGLISH_CATALOG: OnceLock<Catalog> = OnceLock::new();
        ENGLISH_CATALOG.get_or_init(|| Catalog {
            lang: Lang::En,
            texts: ENGLISH,
            data: dataset().clone(),
        })
    }

    /// Reads a message file of `lang`. Returns the catalog (English wherever the file
    /// has no usable message) and what is wrong with the file: missing, unknown or
    /// duplicate keys, and placeholders that differ from English.
    pub fn parse(lang: Lang, text: &'static str) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let mut texts = ENGLISH;
        let mut found = [false; MSG_COUNT];
        let mut data = dataset().clone();
        let mut data_keys = data_texts(&mut data);
        let mut data_found = vec![false; data_keys.len()];
        for (key, value) in entries(text) {
            let hash = key_hash(key);
            let (slot, english, seen) = if let Some(i) = MSG_HASHES.iter().position(|h| *h == hash)
            {
                (Slot::Message(i), ENGLISH[i], &mut found[i])
            } else if let Some(i) = data_keys.iter().position(|(k, _)| k == key) {
                let seen = &mut data_found[i];
                (Slot::Data(i), "", seen)
            } else {
                problems.push(format!("unknown key `{key}`"));
                continue;
            };
            if std::mem::replace(seen, true) {
                problems.push(format!("duplicate key `{key}`"));
            }
            match slot {
                Slot::Message(i) if same_placeholders(value, english) => {
                    texts[i] = value;
                }
                Slot::Message(_) => problems.push(format!("placeholders of `{key}` differ")),
                Slot::Data(i) => *data_keys[i].1 = value.to_string(),
            }
        }
        let missing_messages = (0..MSG_COUNT).filter(|i| !found[*i]).map(key_name);
        let missing_data = data_keys.iter().zip(&data_found).filter(|(_, f)| !**f);
        if lang != Lang::En {
            problems.extend(missing_messages.map(|k| format!("missing key `{k}`")));
            problems.extend(missing_data.map(|((k, _), _)| format!("missing key `{k}`")));
        }
        drop(data_keys);
        (Catalog { lang, texts, data }, problems)
    }

    /// The catalog's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message as written.
    pub fn get(&self, msg: Msg) -> &'static str {
        self.texts[msg as usize]
    }

    /// A message with its `{name}` placeholders filled.
    pub fn fill(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        fill(self.get(msg), args)
    }

    /// How this language writes numbers.
    pub fn numbers(&self) -> Numbers {
        Numbers {
            decimal: self.get(Msg::NumberDecimal),
            group: self.get(Msg::NumberGroup),
            percent: self.get(Msg::NumberPercent),
            million: self.get(Msg::MoneyMillion),
            billion: self.get(Msg::MoneyBillion),
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

    /// The data set with its text in this language (figures are the same in all).
    pub fn data(&self) -> &DataSet {
        &self.data
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

/// Where a line of a message file goes.
enum Slot {
    Message(usize),
    Data(usize),
}

#[cfg(test)]
mod tests;
