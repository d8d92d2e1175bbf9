//! The pins panel: the form, the offer of last visit's pins, and the comparison table.

use crate::i18n::{Catalog, Fill, Msg};
use crate::scenario::{room_for_another_pin, PinnedOutlook, MAX_PINS};
use crate::text;

/// One pinned scenario as a row of the comparison table.
#[derive(Clone, Debug, PartialEq)]
pub struct PinRow {
    /// The reader's name for it.
    pub name: String,
    /// Its statistic and base year.
    pub series: String,
    /// Its growth rates.
    pub growth: String,
    /// Its target and deadline.
    pub target: String,
    /// The year it reaches its target, or that it does not within its horizon.
    pub reached: String,
    /// The growth it needs by its deadline.
    pub needed: String,
    /// Its turnover at the deadline (empty when its base year has no figure).
    pub value: String,
    /// The accessible name of its remove button.
    pub remove: String,
}

/// What the pins panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PinsView {
    /// The pinned scenarios, in the order pinned.
    pub rows: Vec<PinRow>,
    /// True when another scenario can be pinned.
    pub can_pin: bool,
    /// The hint beside the button: how pins work, or that the list is full.
    pub hint: String,
    /// The name a pin gets when the reader types none.
    pub default_name: String,
}

impl PinsView {
    /// The panel for the pinned scenarios `pinned`, in `t`'s language.
    pub fn of(t: &Catalog, pinned: &[PinnedOutlook]) -> PinsView {
        let can_pin = room_for_another_pin(pinned.len());
        PinsView {
            rows: pinned.iter().map(|p| row(t, p)).collect(),
            can_pin,
            hint: if can_pin {
                t.get(Msg::PinsHint).to_string()
            } else {
                t.fill(Fill::PinsFull {
                    n: &MAX_PINS.to_string(),
                })
            },
            default_name: t.fill(Fill::PinsDefaultName {
                n: &(pinned.len() + 1).to_string(),
            }),
        }
    }
}

/// The comparison table's row of `p`.
fn row(t: &Catalog, p: &PinnedOutlook) -> PinRow {
    let a = &p.resolved.assumptions;
    let check = p.check;
    PinRow {
        name: p.line.label.clone(),
        series: format!("{}, {}", t.series_name(p.resolved.series), a.base_year),
        growth: text::rates_label(t, a.exports_pct, a.imports_pct),
        target: t.fill(Fill::PinsTargetBy {
            target: &t.money(a.target),
            year: &a.by_year.to_string(),
        }),
        reached: text::reached_or_not(t, check.and_then(|c| c.reached), a.last_year),
        needed: text::needed_cell(t, check.and_then(|c| c.needed)),
        value: check.map_or(String::new(), |c| t.money(c.value_at_deadline)),
        remove: t.fill(Fill::PinsRemoveNamed {
            name: &p.line.label,
        }),
    }
}

/// The offer to put back `count` pins of the last visit; empty when there are none.
pub fn offer(t: &Catalog, count: usize) -> String {
    if count == 0 {
        return String::new();
    }
    t.fill(Fill::PinsOffer {
        n: &count.to_string(),
    })
}
