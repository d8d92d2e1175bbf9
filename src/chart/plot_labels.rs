//! The labels inside the plot (target, crossing, projected span, fan levels), placed so
//! that none covers another.

use super::labels::{line_height, Align, Baseline, Label, Rect, FONT};
use super::palette::Ink;
use super::scale::Frame;
use super::ChartData;
use crate::model::{Band, Percent};

/// The labels inside the plot, placed in order of importance so that none covers
/// another nor a published figure's marker: the target's, the crossing's, the projected span's, then the fan's bands'.
/// A label whose place is taken tries the next candidate; the bands' labels, stacked at
/// one year, are left out when they find no free year (the legend names the bands).
pub struct PlotLabels {
    /// The target line's label.
    pub target: Label,
    /// The crossing and its label.
    pub reached: Option<((i32, i32), Label)>,
    /// The projected span's left edge and its label.
    pub projection: Option<(i32, Label)>,
    /// The bands' level labels.
    pub fan: Vec<Label>,
}

impl PlotLabels {
    /// Places the labels of `data` in `frame`, the target line at `target_y`, at scale `s`.
    pub fn place(data: &ChartData, frame: &Frame, target_y: i32, s: f64) -> PlotLabels {
        let font = FONT * s;
        let row = line_height(s);
        // The published figures' markers stay visible: no label is placed over one.
        let mut taken: Vec<Rect> = marker_boxes(data, frame, s);
        // Inside the plot (a label under the target line may reach one row below it) and
        // clear of the labels placed so far.
        let fits = |taken: &[Rect], l: &Label| {
            let b = l.bounds();
            b.left >= frame.left
                && b.right <= frame.right
                && b.top >= frame.top
                && b.bottom <= frame.bottom + row
                && !taken.iter().any(|t| t.overlaps(&b))
        };
        // The first candidate that fits; with `needed`, the first candidate when none
        // does (it is drawn anyway).
        let place = |candidates: Vec<Label>, taken: &mut Vec<Rect>| -> Option<Label> {
            let first = candidates.first().cloned();
            let chosen = candidates.into_iter().find(|l| fits(taken, l)).or(first)?;
            taken.push(chosen.bounds());
            Some(chosen)
        };
        let at_target = |dy: f64, v: Baseline| {
            let text = data.text.target.clone();
            let at = ((frame.left + 4.0 * s) as i32, target_y + (dy * s) as i32);
            Label::new(text, at, font, Align::Left, v).ink(Ink::Target)
        };
        // Above the line, else below it.
        let candidates = vec![
            at_target(-4.0, Baseline::Bottom),
            at_target(4.0, Baseline::Top),
        ];
        let target =
            place(candidates, &mut taken).unwrap_or_else(|| at_target(-4.0, Baseline::Bottom));
        // Under the crossing, else above it; centred, else ending or starting there, else
        // ending at the plot's right edge (a narrow plot).
        let reached = data.outlook.main.reached.map(|year| {
            let at = (frame.x(f64::from(year)), target_y);
            let label = |(dy, v): (f64, Baseline), (x, h): (i32, Align)| {
                let text = data.text.reached.clone();
                let to = (x, target_y + (dy * s) as i32);
                Label::new(text, to, font, h, v).ink(Ink::Target)
            };
            let rows = [(8.0, Baseline::Top), (-8.0, Baseline::Bottom)];
            let aligns = [
                (at.0, Align::Center),
                (at.0, Align::Right),
                (at.0, Align::Left),
                (frame.right as i32, Align::Right),
            ];
            let candidates = rows
                .iter()
                .flat_map(|r| aligns.iter().map(move |h| label(*r, *h)))
                .collect();
            let placed = place(candidates, &mut taken);
            (at, placed.unwrap_or_else(|| label(rows[0], aligns[0])))
        });
        let base = data.outlook.base.year;
        let projection = (data.last_year > base).then(|| {
            let x0 = frame.x(f64::from(base));
            let label = |rows: f64| {
                let text = format!("{} →", data.text.projection);
                let y = frame.top + font * 0.9 + rows * row;
                Label::new(
                    text,
                    (x0 + (4.0 * s) as i32, y as i32),
                    font,
                    Align::Left,
                    Baseline::Middle,
                )
            };
            let placed = place((0..3).map(|k| label(f64::from(k))).collect(), &mut taken);
            (x0, placed.unwrap_or_else(|| label(0.0)))
        });
        // The bands' levels at one year, stacked over their upper edges (widest on top),
        // at the latest year where they all fit; else the narrower ones only.
        let fan = data.fan.map_or(Vec::new(), |fan| {
            let column = |bands: &[Band], year: i32| -> Option<Vec<Label>> {
                let labels: Vec<Label> = bands
                    .iter()
                    .map(|band| {
                        let (_, _, high) = band.edges.iter().find(|e| e.0 == year)?;
                        let text = data
                            .text
                            .numbers
                            .percent(Percent::of(band.level).value().round());
                        let at = (frame.x(f64::from(year)), frame.y(*high) - 2);
                        (*high < frame.max).then(|| {
                            Label::new(text, at, font * 0.85, Align::Right, Baseline::Bottom)
                        })
                    })
                    .collect::<Option<_>>()?;
                let apart = labels.iter().enumerate().all(|(i, a)| {
                    labels[i + 1..]
                        .iter()
                        .all(|b| !a.bounds().overlaps(&b.bounds()))
                });
                (apart && labels.iter().all(|l| fits(&taken, l))).then_some(labels)
            };
            let years: Vec<i32> = fan.bands[0]
                .edges
                .iter()
                .map(|e| e.0)
                .filter(|y| *y > base)
                .collect();
            (0..fan.bands.len())
                .find_map(|skip| {
                    years
                        .iter()
                        .rev()
                        .find_map(|y| column(&fan.bands[skip..], *y))
                })
                .unwrap_or_default()
        });
        PlotLabels {
            target,
            reached,
            projection,
            fan,
        }
    }
}

/// The boxes of the markers of the published figures (exports, imports, turnover) in
/// `frame`, each as large as the largest marker (a lower bound's triangle) with its stroke.
pub fn marker_boxes(data: &ChartData, frame: &Frame, s: f64) -> Vec<Rect> {
    let half = 6.0 * s;
    data.series
        .points
        .iter()
        .flat_map(|p| {
            [p.exports, p.imports, p.turnover]
                .into_iter()
                .flatten()
                .map(move |v| frame.at(p.year, v))
        })
        .map(|(x, y)| Rect {
            left: f64::from(x) - half,
            top: f64::from(y) - half,
            right: f64::from(x) + half,
            bottom: f64::from(y) + half,
        })
        .collect()
}
