//! The check page's summary of a valid data file.

use crate::data::{latest_figures, unused_source_warning, unused_sources, DataSet};

/// What the check page lists for a valid file: each series' latest figures with the
/// flows' directions, then a warning for each source nothing cites (as `make check-data`
/// prints them).
pub fn valid_file_lines(data: &DataSet) -> Vec<String> {
    latest_figures(data)
        .into_iter()
        .chain(unused_sources(data).into_iter().map(unused_source_warning))
        .collect()
}
