//! Every target at once: the year reached, the growth needed by its deadline, and the
//! gap there; and who set each target.

use crate::i18n::{Catalog, Fill};
use crate::model::{target_rows, Assumptions, Outlook};
use crate::text;

/// The cells of one row, as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TargetRowText {
    /// The target's name, or "your target" with its value.
    pub label: String,
    /// The year it is reached, or that it is not within the horizon.
    pub reached: String,
    /// Its deadline.
    pub deadline: String,
    /// The growth needed by the deadline.
    pub needed: String,
    /// How far short of (or above) the target the projection is at the deadline.
    pub gap: String,
}

/// The rows for the projection `o` under `a` (which deadline each row uses, and when
/// "your target" appears, is `model::target_rows`').
pub fn target_table(t: &Catalog, o: &Outlook, a: &Assumptions) -> Vec<TargetRowText> {
    target_rows(o, &t.data().targets, a)
        .iter()
        .map(|row| {
            let check = &row.check;
            TargetRowText {
                label: row.target.map_or_else(
                    || {
                        t.fill(Fill::TargetsYours {
                            target: &t.money(a.target),
                        })
                    },
                    |target| t.text(&target.label).to_string(),
                ),
                reached: text::reached_or_not(t, check.reached, a.last_year),
                deadline: check.by_year.to_string(),
                needed: text::needed_cell(t, check.needed),
                gap: text::gap(t, check),
            }
        })
        .collect()
}

/// A target's note: its name, who set it and when.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetNote {
    /// The target's name.
    pub label: String,
    /// How it was set.
    pub set: String,
    /// Its source's publisher and date (empty when the source is unknown).
    pub source: String,
}

/// The notes under the table, one a target of the data set.
pub fn target_notes(t: &Catalog) -> Vec<TargetNote> {
    let data = t.data();
    data.targets
        .iter()
        .map(|target| TargetNote {
            label: t.text(&target.label).to_string(),
            set: t.text(&target.set).to_string(),
            source: data.source(&target.source).map_or(String::new(), |s| {
                t.fill(Fill::TargetsSource {
                    publisher: t.text(&s.publisher),
                    date: &t.date(&s.date),
                })
            }),
        })
        .collect()
}
