//! What each panel and control group shows, computed from the state: a plain function
//! from the scenario, its projection and the catalog to a struct of the texts, numbers
//! and flags a component binds, tested natively. Components in `src/ui/` only bind these
//! and send the reader's changes to the methods of `Scenario` and `Workspace`
//! (`scenario/edits.rs`); no rule is decided in a component.

pub mod chart;
pub mod check;
pub mod cite;
pub mod data_table;
pub mod downloads;
pub mod fields;
pub mod growth;
pub mod notices;
pub mod pins;
pub mod presets;
pub mod print;
pub mod products;
pub mod readouts;
pub mod share;
pub mod sources;
pub mod targets;

/// One entry of a list (`<select>`): the value it sends, what it says, and whether it
/// is the one in effect.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<T> {
    /// The value sent when it is chosen.
    pub value: T,
    /// What the reader sees.
    pub label: String,
    /// True for the entry in effect.
    pub selected: bool,
}

impl Choice<i32> {
    /// A list of `years`, `selected` the one in effect.
    pub fn years(years: Vec<i32>, selected: i32) -> Vec<Choice<i32>> {
        years
            .into_iter()
            .map(|y| Choice {
                value: y,
                label: y.to_string(),
                selected: y == selected,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
