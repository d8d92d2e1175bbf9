//! Reading a data file: its name from a link, its JSON, and every fault found on the
//! way, each with its place, so that an editor can mend the file.

use super::decode::decode;
use super::fault::{written, Fault};
use super::{validate, DataSet};
use crate::i18n::{plain_english, Catalog, Fill};
use std::fmt;

/// The data file the app reads when the link names none.
pub const DEFAULT_DATA: &str = "belarus-uzbekistan";

/// Longest data file name, characters.
const NAME_MAX_CHARS: usize = 40;

/// `name` when it may name a data file of the app's folder: 1 to 40 of `a`–`z`, `0`–`9`
/// and `-` (so that no link can reach another folder or host).
pub fn data_file_name(name: &str) -> Option<&str> {
    let ok = (1..=NAME_MAX_CHARS).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then_some(name)
}

/// The data file's path, relative to the app: `data/<name>.json`.
pub fn data_url(name: &str) -> String {
    format!("data/{name}.json")
}

/// Why a data file cannot be used: the file, and each fault with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// The file, as the reader or editor knows it: `data/belarus-uzbekistan.json`.
    pub file: String,
    /// What is wrong, each with its place: `series "uz", year 2024: turnover is negative`.
    pub faults: Vec<Fault>,
}

impl DataError {
    /// One fault of `file`.
    pub fn new(file: &str, fault: Fault) -> DataError {
        DataError {
            file: file.to_string(),
            faults: vec![fault],
        }
    }

    /// `data` when `faults` is empty, else `file`'s `faults`.
    pub fn unless_faulty(
        file: &str,
        data: DataSet,
        faults: Vec<Fault>,
    ) -> Result<DataSet, DataError> {
        if faults.is_empty() {
            Ok(data)
        } else {
            Err(DataError {
                file: file.to_string(),
                faults,
            })
        }
    }

    /// `file` could not be fetched or read: `why`, as the browser or system says it.
    pub fn not_loaded(file: &str, why: &str) -> DataError {
        let problem = Fill::FaultNotLoaded { why: written(why) };
        DataError::new(file, Fault::of_file(problem.into()))
    }

    /// True when the file was read but is not valid (else it could not be loaded).
    pub fn was_loaded(&self) -> bool {
        let not_loaded = Fill::FaultNotLoaded { why: () };
        !self.faults.iter().any(|f| f.problem.is(&not_loaded))
    }

    /// One line a fault, in `t`'s language: `data/x.json: series "uz", year 2024:
    /// turnover is negative` (the file, paths and values as written).
    pub fn say(&self, t: &Catalog) -> String {
        let lines: Vec<String> = self
            .faults
            .iter()
            .map(|fault| format!("{}: {}", self.file, fault.say(t)))
            .collect();
        lines.join("\n")
    }
}

impl fmt::Display for DataError {
    /// In English, as `make check-data` prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(plain_english()))
    }
}

/// What readers get when the data file a page reads cannot be fetched, read or used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenUnusable {
    /// The page's own file: the page as last built (its prerendered first view, with
    /// its default figures) and one line saying the figures could not be updated; the
    /// faults behind a disclosure for the site's editor. An upload never takes the page
    /// down.
    KeepLastBuilt,
    /// Which file and each fault, for the editor who can mend it; with a link to the
    /// page's own figures when the link named another file (`data=`).
    Report {
        /// True when the link named another file than the page's own.
        offer_own: bool,
    },
}

/// What readers get when data file `name` cannot be used, on a page that holds a
/// prerendered first view or not (another pair's file never has one: the first view
/// is the page's own figures).
pub fn when_unusable(name: &str, has_first_view: bool) -> WhenUnusable {
    let own = name == DEFAULT_DATA;
    if own && has_first_view {
        WhenUnusable::KeepLastBuilt
    } else {
        WhenUnusable::Report { offer_own: !own }
    }
}

/// Reads the data file `file` (its name, for messages) from `text`: its JSON, field by
/// field (`decode`), then every rule of [`validate`], the same code in the browser and
/// in `make check-data`.
pub fn parse(file: &str, text: &str) -> Result<DataSet, DataError> {
    let data = decode(text).map_err(|fault| DataError::new(file, fault))?;
    let faults = validate(&data);
    DataError::unless_faulty(file, data, faults)
}
