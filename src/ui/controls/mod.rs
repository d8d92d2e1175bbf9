//! What the reader changes: the growth sliders and presets, the other scenario fields
//! and the language.

mod growth;
mod language_switch;
mod presets;
mod rate_slider;
mod scenario_fields;
mod settings;

pub use growth::GrowthControl;
pub use language_switch::LanguageSwitch;
pub use settings::ScenarioSettings;
