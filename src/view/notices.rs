//! The notes a reader may dismiss: a link's values that could not be used as they were.

use crate::i18n::{Catalog, Fill};
use crate::scenario::QueryProblem;

/// The note for a link's `problems`: each pair as found, and what was used instead
/// (`growth=-150 → -20`) or that it was ignored.
pub fn url_notice(t: &Catalog, problems: &[QueryProblem]) -> String {
    let list = problems
        .iter()
        .map(|p| match &p.used {
            Some(used) => format!("{} → {used}", p.pair()),
            None => t.fill(Fill::NoticeIgnored { pair: &p.pair() }),
        })
        .collect::<Vec<_>>()
        .join(", ");
    t.fill(Fill::NoticeAdjusted { list: &list })
}
