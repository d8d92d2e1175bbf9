use super::*;
use plotters::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// A backend of 800 × 450 whose presented drawings land in the returned list.
fn recording() -> (CanvasOps, Rc<RefCell<Vec<Drawing>>>) {
    let presented = Rc::new(RefCell::new(Vec::new()));
    let sink = presented.clone();
    let ops = CanvasOps::new(
        (800, 450),
        Box::new(move |d| sink.borrow_mut().push(d.clone())),
    );
    (ops, presented)
}

/// The operation codes of `d`, without their numbers.
fn codes(d: &Drawing) -> Vec<f64> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.ops.len() {
        let code = d.ops[i];
        out.push(code);
        i += 1 + match code {
            op::MOVE_TO | op::LINE_TO => 2,
            op::CIRCLE | op::FILL_TEXT => 3,
            op::FILL_RECT | op::STROKE_RECT => 4,
            op::LINE_WIDTH => 1,
            _ => 0,
        };
    }
    out
}

fn count(codes: &[f64], code: f64) -> usize {
    codes.iter().filter(|&&c| c == code).count()
}

#[test]
fn dashes_and_markers_of_one_style_are_painted_with_one_call() {
    let (mut ops, presented) = recording();
    let blue = ShapeStyle::from(&BLUE).stroke_width(2);
    for i in 0..10 {
        ops.draw_line((i * 10, 5), (i * 10 + 5, 5), &blue).unwrap();
    }
    let dot = ShapeStyle::from(&RED).filled();
    for i in 0..5 {
        ops.draw_circle((i * 20, 40), 3, &dot, true).unwrap();
    }
    ops.draw_line((0, 0), (5, 5), &ShapeStyle::from(&BLACK))
        .unwrap();
    ops.present().unwrap();
    let drawings = presented.take();
    assert_eq!(drawings.len(), 1);
    let c = codes(&drawings[0]);
    assert_eq!(count(&c, op::STROKE), 2, "blue dashes, then the black line");
    assert_eq!(count(&c, op::FILL), 1, "the five dots");
    assert_eq!(count(&c, op::CIRCLE), 5);
    assert_eq!(count(&c, op::STROKE_STYLE), 2);
    assert_eq!(count(&c, op::LINE_WIDTH), 2, "2 px, then 1 px");
    assert_eq!(
        drawings[0].texts,
        "rgb(0,0,255)\0rgb(255,0,0)\0rgb(0,0,0)\0"
    );
}

#[test]
fn translucent_areas_are_filled_one_by_one_so_they_blend() {
    let (mut ops, presented) = recording();
    let band = ShapeStyle::from(&BLUE.mix(0.2)).filled();
    for i in 0..3 {
        let square = [(i, i), (i + 50, i), (i + 50, i + 50)];
        ops.fill_polygon(square, &band).unwrap();
    }
    ops.present().unwrap();
    let d = &presented.take()[0];
    let c = codes(d);
    assert_eq!(count(&c, op::FILL), 3);
    assert_eq!(count(&c, op::CLOSE_PATH), 3);
    assert_eq!(count(&c, op::FILL_STYLE), 1, "the colour is set once");
    assert_eq!(d.texts, "rgba(0,0,255,0.200)\0");
}

#[test]
fn texts_carry_their_font_anchor_and_turn_without_nul() {
    let (mut ops, presented) = recording();
    let font = ("sans-serif", 12.0).into_font().color(&BLACK);
    ops.draw_text("20\u{0}24", &font, (10, 20)).unwrap();
    let turned = font.transform(FontTransform::Rotate270);
    ops.draw_text("US$ million", &turned, (5, 200)).unwrap();
    ops.present().unwrap();
    let d = &presented.take()[0];
    assert_eq!(
        d.texts.split('\0').collect::<Vec<_>>(),
        [
            "start",
            "top",
            "normal 12.0px sans-serif",
            "rgb(0,0,0)",
            "2024",
            "US$ million",
            ""
        ],
    );
    let turns: Vec<f64> = d
        .ops
        .windows(4)
        .filter(|w| w[0] == op::FILL_TEXT)
        .map(|w| w[3])
        .collect();
    assert_eq!(turns, [0.0, 0.75]);
}

#[test]
fn a_drawing_is_handed_over_when_presented_and_leftovers_when_dropped() {
    let (mut ops, presented) = recording();
    ops.present().unwrap();
    assert!(
        presented.borrow().is_empty(),
        "nothing drawn, nothing painted"
    );
    ops.draw_pixel((1, 1), BLACK.to_backend_color()).unwrap();
    assert!(presented.borrow().is_empty(), "painted only when presented");
    drop(ops);
    assert_eq!(presented.borrow().len(), 1, "dropped unpresented: painted");
}

#[test]
fn the_painter_script_replays_every_operation_code() {
    // js/painter.js decodes what this module records: the two must agree.
    let script = include_str!("../../../js/painter.js");
    let replayed = [
        (op::BEGIN_PATH, "ctx.beginPath()"),
        (op::MOVE_TO, "ctx.moveTo("),
        (op::LINE_TO, "ctx.lineTo("),
        (op::CIRCLE, "ctx.arc("),
        (op::CLOSE_PATH, "ctx.closePath()"),
        (op::STROKE, "ctx.stroke()"),
        (op::FILL, "ctx.fill()"),
        (op::FILL_RECT, "ctx.fillRect("),
        (op::STROKE_RECT, "ctx.strokeRect("),
        (op::FILL_STYLE, "ctx.fillStyle ="),
        (op::STROKE_STYLE, "ctx.strokeStyle ="),
        (op::LINE_WIDTH, "ctx.lineWidth ="),
        (op::FONT, "ctx.font ="),
        (op::ANCHOR, "ctx.textAlign ="),
        (op::FILL_TEXT, "ctx.fillText("),
    ];
    for (code, call) in replayed {
        let branch = format!("op === {code})");
        let at = script
            .find(&branch)
            .unwrap_or_else(|| panic!("no {branch}"));
        let body = &script[at..script.len().min(at + branch.len() + 120)];
        assert!(body.contains(call), "{branch} should call {call}: {body}");
    }
}
