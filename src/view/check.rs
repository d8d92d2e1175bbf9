//! The check page's summary of a valid data file.

use crate::data::{latest_figures, unused_source_warning, unused_sources, DataSet};
use crate::i18n::Catalog;

/// What the check page lists for a valid file, in `t`'s language: each series' latest
/// figures with the flows' directions, then a warning for each source nothing cites (as
/// `make check-data` prints them in English).
pub fn valid_file_lines(t: &Catalog, data: &DataSet) -> Vec<String> {
    let warnings = unused_sources(data)
        .into_iter()
        .map(|id| unused_source_warning(t, id));
    latest_figures(data, t)
        .into_iter()
        .chain(warnings)
        .collect()
}
