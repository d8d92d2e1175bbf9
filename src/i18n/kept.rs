//! A message with placeholders kept with its values, to be said later in any language
//! (a data file's fault, said in the reader's language or in English).

use super::{Catalog, Fill};

/// A message with placeholders and the value of each, kept: made only from a [`Fill`],
/// so its placeholders are checked as the `Fill`'s are.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept<T> {
    /// The message's place in `locales/en.txt`.
    index: usize,
    /// Each placeholder's name and value.
    pairs: Vec<(&'static str, T)>,
}

impl<T> From<Fill<T>> for Kept<T> {
    // Inlined: each call names its message, whose arm alone is kept (see `Fill`).
    #[inline(always)]
    fn from(message: Fill<T>) -> Kept<T> {
        Kept {
            index: message.index(),
            pairs: message.into_pairs(),
        }
    }
}

impl<T> Kept<T> {
    /// The value of the placeholder `name` (tests: where a fault says it is).
    #[cfg(test)]
    pub fn value(&self, name: &str) -> Option<&T> {
        self.pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// True when this is `message`, whatever the values.
    pub fn is<U>(&self, message: &Fill<U>) -> bool {
        self.index == message.index()
    }

    /// The message in `t`'s language, each value as `say` writes it.
    pub fn say(&self, t: &Catalog, say: impl Fn(&T) -> String) -> String {
        let values: Vec<(&str, String)> = self.pairs.iter().map(|(n, v)| (*n, say(v))).collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        t.fill_template(t.texts[self.index], &args)
    }
}
