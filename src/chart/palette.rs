//! Chart colours: the Okabe–Ito colour-blind-safe set, darkened for AA contrast.

use plotters::style::RGBColor;

/// Every colour the chart uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Background fill.
    pub background: RGBColor,
    /// Labels and axis text.
    pub text: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Belarusian exports.
    pub exports: RGBColor,
    /// Belarusian imports.
    pub imports: RGBColor,
    /// Total turnover.
    pub turnover: RGBColor,
    /// The target line and its crossing.
    pub target: RGBColor,
    /// Fill of the projected span.
    pub projection: RGBColor,
    /// Fill of the uncertainty bands (drawn translucent, nested).
    pub fan: RGBColor,
    /// Lines of pinned scenarios, muted.
    pub pins: [RGBColor; 3],
}

/// What a mark of the chart is drawn in: a colour of the palette by its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// Labels and axis text.
    Text,
    /// Exports.
    Exports,
    /// Imports.
    Imports,
    /// Turnover.
    Turnover,
    /// The target.
    Target,
    /// The uncertainty bands.
    Fan,
    /// The pinned scenario of this index (0–2).
    Pin(usize),
}

impl Palette {
    /// The colour of a role.
    pub fn ink(&self, ink: Ink) -> RGBColor {
        match ink {
            Ink::Text => self.text,
            Ink::Exports => self.exports,
            Ink::Imports => self.imports,
            Ink::Turnover => self.turnover,
            Ink::Target => self.target,
            Ink::Fan => self.fan,
            Ink::Pin(i) => self.pins[i.min(self.pins.len() - 1)],
        }
    }

    /// Dark lines on white.
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(51, 51, 51),
        grid: RGBColor(226, 226, 226),
        exports: RGBColor(0, 102, 170),
        imports: RGBColor(184, 80, 0),
        turnover: RGBColor(34, 34, 34),
        target: RGBColor(160, 32, 96),
        projection: RGBColor(238, 242, 247),
        fan: RGBColor(60, 60, 60),
        pins: [
            RGBColor(110, 110, 110),
            RGBColor(136, 96, 168),
            RGBColor(58, 140, 124),
        ],
    };

    /// Light lines on a dark background.
    pub const DARK: Palette = Palette {
        background: RGBColor(22, 24, 29),
        text: RGBColor(222, 222, 222),
        grid: RGBColor(58, 63, 72),
        exports: RGBColor(96, 172, 232),
        imports: RGBColor(240, 150, 70),
        turnover: RGBColor(238, 238, 238),
        target: RGBColor(236, 128, 178),
        projection: RGBColor(34, 39, 48),
        fan: RGBColor(210, 210, 210),
        pins: [
            RGBColor(160, 160, 160),
            RGBColor(184, 152, 214),
            RGBColor(110, 192, 172),
        ],
    };
}
