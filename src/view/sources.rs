//! How current the figures are, as the page says it.

use crate::data::Day;
use crate::i18n::{Catalog, Fill};

/// "Figures as of 4 December 2026" in `t`'s language and date form; empty when the data
/// file gives no day that can be shown (`data::figures_as_of`).
pub fn as_of_line(t: &Catalog, as_of: Option<Day>) -> String {
    as_of.map_or(String::new(), |day| {
        t.fill(Fill::NotesAsOf {
            date: &t.date(&day.iso()),
        })
    })
}

/// A source's dates: when it was published, and when its figures were read in it
/// ("29 April 2025; read 4 December 2026"), each in `t`'s form.
pub fn source_dates(t: &Catalog, published: &str, read: Option<&str>) -> String {
    let published = t.date(published);
    match read.and_then(Day::parse) {
        Some(day) => {
            let read = t.fill(Fill::NotesRead {
                date: &t.date(&day.iso()),
            });
            format!("{published}; {read}")
        }
        None => published,
    }
}
