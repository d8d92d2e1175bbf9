//! What the page says around the chart: read-outs, tables, notes and sources, sharing
//! and notices.

mod cite;
mod data_failed;
mod data_table;
mod key_facts;
mod notices;
mod pins;
mod print;
mod readouts;
mod share_bar;
mod sources;
mod targets_table;
mod view_tabs;

pub use data_failed::{DataFailed, DataKept};
pub use data_table::DataTable;
pub use key_facts::KeyFacts;
pub use notices::{TranslationNotice, UrlNotice};
pub use pins::Pins;
pub use print::{PrintChart, PrintFooter, PrintScenario};
pub use readouts::{Answer, Readouts};
pub use share_bar::{FullViewLink, ShareBar};
pub use sources::Sources;
pub use targets_table::TargetsTable;
pub use view_tabs::ViewTabs;
