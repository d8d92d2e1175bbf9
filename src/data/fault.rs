//! A data file's faults as messages of the page's languages: each fault kind is a
//! message key (`locales/*.txt`: `fault.*`, `json.*`, `expect.*`) with its placeholders'
//! values — the file's own words (a JSON path, an id, the value as written) or words of
//! the reader's language ("a number"). The page says them in the reader's language,
//! `make check-data` in English.

use crate::i18n::{Catalog, Fill, Kept, Msg};

/// A placeholder's value in a fault's message.
#[derive(Clone, Debug, PartialEq)]
pub enum Word {
    /// As the file has it (a path, an id, a value, a year): never translated.
    Written(String),
    /// A word of the reader's language.
    Said(Msg),
}

/// `value` as the file has it (a placeholder's [`Word::Written`]).
pub fn written(value: impl ToString) -> Word {
    Word::Written(value.to_string())
}

impl Word {
    /// The word in `t`'s language.
    fn say(&self, t: &Catalog) -> String {
        match self {
            Word::Written(text) => text.clone(),
            Word::Said(msg) => t.get(*msg).to_string(),
        }
    }
}

/// A message of a fault: one without placeholders, or one with its placeholders'
/// values (`Fill::FaultAtPoint { id, year }`, each a [`Word`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// A message without placeholders.
    Plain(Msg),
    /// A message with its placeholders' values.
    Filled(Kept<Word>),
}

impl Said {
    /// The message `msg`, which has no placeholder.
    pub fn new(msg: Msg) -> Said {
        Said::Plain(msg)
    }

    /// True when this is `message`, whatever the values.
    pub fn is<T>(&self, message: &Fill<T>) -> bool {
        match self {
            Said::Plain(_) => false,
            Said::Filled(kept) => kept.is(message),
        }
    }

    /// The placeholder `name`'s value as the file has it (tests: where a fault says it
    /// is).
    #[cfg(test)]
    pub fn written(&self, name: &str) -> Option<&str> {
        match self {
            Said::Filled(kept) => match kept.value(name)? {
                Word::Written(text) => Some(text.as_str()),
                Word::Said(_) => None,
            },
            Said::Plain(_) => None,
        }
    }

    /// The message in `t`'s language.
    pub fn say(&self, t: &Catalog) -> String {
        match self {
            Said::Plain(msg) => t.get(*msg).to_string(),
            Said::Filled(kept) => kept.say(t, |word| word.say(t)),
        }
    }
}

impl From<Fill<Word>> for Said {
    // The conversion stays one shared function (the blanket `Into::into`, about 9 kB of
    // .wasm with every message's arm): `Kept::from` inlined at each fault's call instead,
    // each keeping its own arm, made the .wasm larger (+52 B gzip, tried).
    #[inline(always)]
    fn from(message: Fill<Word>) -> Said {
        Said::Filled(message.into())
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
