//! An object's fields as the decoder takes them: each at most once, a missing one named
//! (at a member of a close name when one is there: a misspelling), an unknown one refused.

use super::{At, Fields, Read};
use crate::data::fault::{written, Fault};
use crate::data::json::{Kind, Span, Value};
use crate::i18n::Fill;

impl<'t, 'v> Fields<'_, 't, 'v> {
    /// The path of field `key` of this object.
    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The member `key`, marked as taken.
    fn take(&mut self, key: &str) -> Option<&'v Value> {
        let i = self.members.iter().position(|(k, _, _)| k == key)?;
        self.taken[i] = true;
        Some(&self.members[i].2)
    }

    /// Field `key`, read with `read`; a fault when it is missing.
    pub(super) fn required<T>(&mut self, key: &str, read: Read<'t, T>) -> Result<T, Fault> {
        let path = self.path_of(key);
        match self.take(key) {
            Some(v) => read(self.reader, v, &path),
            None => Err(self.missing(key)),
        }
    }

    /// Field `key` read with `read`, or `None` when it is missing or `null`.
    pub(super) fn optional<T>(&mut self, key: &str, read: Read<'t, T>) -> Result<Option<T>, Fault> {
        let path = self.path_of(key);
        match self.take(key) {
            None => Ok(None),
            Some(v) if v.kind == Kind::Null => Ok(None),
            Some(v) => read(self.reader, v, &path).map(Some),
        }
    }

    /// The fault of a missing field `key`: at a member of a name close to it, if one is
    /// there (a misspelling: `knd` for `kind`), else at the object's first member.
    fn missing(&self, key: &str) -> Fault {
        let misspelt = self
            .members
            .iter()
            .enumerate()
            .find(|(i, (k, _, _))| !self.taken[*i] && close(k, key));
        match misspelt {
            Some((_, (k, span, _))) => {
                let path = self.path_of(k);
                let at = At {
                    path: &path,
                    span: *span,
                };
                let problem = Fill::FaultMisspeltField {
                    written: written(k),
                    field: written(key),
                };
                self.reader.fault(at, problem.into())
            }
            None => {
                let first = self
                    .members
                    .first()
                    .map_or(Span { start: 0, end: 0 }, |m| m.1);
                let at = At {
                    path: &self.path,
                    span: first,
                };
                let problem = Fill::FaultMissingField {
                    field: written(key),
                };
                self.reader.fault(at, problem.into())
            }
        }
    }

    /// A fault for the first member no field took (a misspelt or unknown field).
    pub(super) fn done(self) -> Result<(), Fault> {
        match self.taken.iter().position(|t| !t) {
            None => Ok(()),
            Some(i) => {
                let (key, span, _) = &self.members[i];
                let path = self.path_of(key);
                let at = At {
                    path: &path,
                    span: *span,
                };
                let problem = Fill::FaultUnknownField {
                    field: written(key),
                };
                Err(self.reader.fault(at, problem.into()))
            }
        }
    }
}

/// True when `a` is `b` with at most two letters added, left out or changed.
fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    // Levenshtein distance, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(here + 1);
            previous = here;
        }
    }
    row[b.len()] <= 2
}
