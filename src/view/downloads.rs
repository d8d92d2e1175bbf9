//! What travels with a downloaded chart or table: the caption written around the image,
//! the CSV's text, and the files' names.

use super::sources::as_of_line;
use crate::chart::Caption;
use crate::data::{Day, Series};
use crate::i18n::{Catalog, Fill};
use crate::model::Outlook;
use crate::scenario::Resolved;
use crate::table::{csv, file_stem, rows};
use crate::text;

/// The title, source (with how current the figures are: `as_of`), answers and link
/// (`link`: the view's share link) written around a downloaded chart of the projection
/// `o` of the resolved scenario `r`.
pub fn caption(t: &Catalog, r: &Resolved, o: &Outlook, as_of: Option<Day>, link: &str) -> Caption {
    let a = &r.assumptions;
    let series: &Series = t.data().series(r.series);
    Caption {
        title: t.fill_text(
            &t.data().download_title,
            &[("series", t.text(&series.name))],
        ),
        notes: vec![
            format!(
                "{} {}",
                text::source_line(t, series, a.base_year),
                as_of_line(t, as_of)
            )
            .trim_end()
            .to_string(),
            format!(
                "{} {}",
                text::reached(t, a, o.main.reached),
                text::required(t, a, o.main.needed)
            ),
            t.fill(Fill::DownloadScenario { link }),
        ],
    }
}

/// The CSV of the table's rows for the projection `o` of `r`.
pub fn csv_text(t: &Catalog, r: &Resolved, o: &Outlook) -> String {
    let a = &r.assumptions;
    csv(
        t.data(),
        &rows(t.data().series(r.series), o, a.last_year),
        a,
    )
}

/// A download's file name: the data set's stem, the series and the scenario, then
/// `extension`.
pub fn file_name(t: &Catalog, r: &Resolved, extension: &str) -> String {
    let data = t.data();
    let stem = file_stem(&data.file_stem, &data.series(r.series).id, &r.assumptions);
    format!("{stem}.{extension}")
}
