//! A data file's faults as messages of the page's languages: each fault kind is a
//! message key (`locales/*.txt`: `fault.*`, `json.*`, `expect.*`) with its placeholders'
//! values — the file's own words (a JSON path, an id, the value as written) or words of
//! the reader's language ("a number"). The page says them in the reader's language,
//! `make check-data` in English.

use crate::i18n::{Catalog, Msg};

/// A placeholder's value in a fault's message.
#[derive(Clone, Debug, PartialEq)]
pub enum Word {
    /// As the file has it (a path, an id, a value, a year): never translated.
    Written(String),
    /// A word of the reader's language.
    Said(Msg),
}

/// A message of a fault: its key and its placeholders' values.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The message.
    pub msg: Msg,
    /// Each placeholder's name and value.
    pub args: Vec<(&'static str, Word)>,
}

impl Said {
    /// The message `msg`, its placeholders to be given.
    pub fn new(msg: Msg) -> Said {
        Said {
            msg,
            args: Vec::new(),
        }
    }

    /// With `{name}` as the file has it.
    pub fn written(mut self, name: &'static str, value: impl ToString) -> Said {
        self.args.push((name, Word::Written(value.to_string())));
        self
    }

    /// With `{name}` a word of the reader's language.
    pub fn said(mut self, name: &'static str, word: Msg) -> Said {
        self.args.push((name, Word::Said(word)));
        self
    }

    /// The message in `t`'s language.
    pub fn say(&self, t: &Catalog) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, word)| match word {
                Word::Written(text) => (*name, text.clone()),
                Word::Said(msg) => (*name, t.get(*msg).to_string()),
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        t.fill(self.msg, &args)
    }
}

/// One fault of a data file: where (none: the file as a whole) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    /// Where: `line 12, column 20: series[0].points[3].turnover`, `series "uz", year 2024`.
    pub place: Option<Said>,
    /// What is wrong.
    pub problem: Said,
}

impl Fault {
    /// A fault of the file as a whole.
    pub fn of_file(problem: Said) -> Fault {
        Fault {
            place: None,
            problem,
        }
    }

    /// A fault at `place`.
    pub fn at(place: Said, problem: Said) -> Fault {
        Fault {
            place: Some(place),
            problem,
        }
    }

    /// The fault in `t`'s language: `series "uz", year 2024: turnover is negative`.
    pub fn say(&self, t: &Catalog) -> String {
        match &self.place {
            Some(place) => format!("{}: {}", place.say(t), self.problem.say(t)),
            None => self.problem.say(t),
        }
    }
}
