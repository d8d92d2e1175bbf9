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

/// The operations of `d`, read with the counts of [`OPERATIONS`]; fails unless every
/// number and every text is read exactly.
fn operations(d: &Drawing) -> Vec<Op> {
    let (mut out, mut i, mut texts) = (Vec::new(), 0, 0);
    while i < d.ops.len() {
        let code = d.ops[i] as usize;
        assert_eq!(d.ops[i], code as f64, "an operation code at {i}");
        let operation = &OPERATIONS[code];
        out.push(operation.op);
        i += 1 + operation.numbers;
        texts += operation.texts;
    }
    assert_eq!(i, d.ops.len(), "the last operation's numbers are all there");
    assert_eq!(
        d.texts.matches('\0').count(),
        texts,
        "one text per text read"
    );
    out
}

fn count(ops: &[Op], op: Op) -> usize {
    ops.iter().filter(|&&o| o == op).count()
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
    let c = operations(&drawings[0]);
    assert_eq!(count(&c, Op::Stroke), 2, "blue dashes, then the black line");
    assert_eq!(count(&c, Op::Fill), 1, "the five dots");
    assert_eq!(count(&c, Op::Circle), 5);
    assert_eq!(count(&c, Op::StrokeStyle), 2);
    assert_eq!(count(&c, Op::LineWidth), 2, "2 px, then 1 px");
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
    let c = operations(d);
    assert_eq!(count(&c, Op::Fill), 3);
    assert_eq!(count(&c, Op::ClosePath), 3);
    assert_eq!(count(&c, Op::FillStyle), 1, "the colour is set once");
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
        .filter(|w| w[0] == Op::FillText.code())
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
fn the_table_is_in_code_order() {
    for (code, operation) in OPERATIONS.iter().enumerate() {
        assert_eq!(operation.op as usize, code, "{operation:?}");
    }
}

/// `js/painter.js`.
const SCRIPT: &str = include_str!("../../../js/painter.js");

/// The text of `script` between `start` and the next `end` after it.
fn between<'a>(script: &'a str, start: &str, end: &str) -> &'a str {
    let from = script.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let to = script[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end}"))
        + from;
    &script[from..to]
}

/// The highest `{array}[{index} + N]` read in `code` (`{array}[{index}]` is 0), if any.
fn highest_read(code: &str, array: &str, index: &str) -> Option<usize> {
    let plain = format!("{array}[{index}]");
    let offset = format!("{array}[{index} + ");
    let mut highest = code.contains(&plain).then_some(0);
    for (at, _) in code.match_indices(&offset) {
        let rest = &code[at + offset.len()..];
        let n: usize = rest[..rest.find(']').unwrap()].parse().unwrap();
        highest = highest.max(Some(n));
    }
    highest
}

#[test]
fn the_painter_script_replays_every_operation_with_its_numbers_and_texts() {
    // js/painter.js has the table once, as [name, numbers, texts] in code order.
    let table: Vec<(String, usize, usize)> = between(SCRIPT, "const OPERATIONS = [", "];")
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('['))
        .map(|line| {
            let fields: Vec<&str> = line
                .trim_matches(|c| c == '[' || c == ']' || c == ',')
                .split(',')
                .map(|f| f.trim().trim_matches('\''))
                .collect();
            (
                fields[0].to_string(),
                fields[1].parse().unwrap(),
                fields[2].parse().unwrap(),
            )
        })
        .collect();
    let ours: Vec<(String, usize, usize)> = OPERATIONS
        .iter()
        .map(|o| (o.name.to_string(), o.numbers, o.texts))
        .collect();
    assert_eq!(table, ours, "js/painter.js OPERATIONS");
    // Each replay reads exactly its numbers (`o[i]` …) and texts (`s[k]` …).
    let mut replays: Vec<(String, String)> = Vec::new();
    for line in between(SCRIPT, "const REPLAY = {", "\n};").lines() {
        let head = line.strip_prefix("  ").filter(|l| !l.starts_with(' '));
        match head.and_then(|l| l.split_once(": (")) {
            Some((name, rest)) => replays.push((name.to_string(), rest.to_string())),
            None => {
                if let Some((_, code)) = replays.last_mut() {
                    code.push_str(line);
                }
            }
        }
    }
    let names: Vec<&str> = replays.iter().map(|(n, _)| n.as_str()).collect();
    let ours: Vec<&str> = OPERATIONS.iter().map(|o| o.name).collect();
    assert_eq!(
        names, ours,
        "js/painter.js REPLAY, one for each operation, in order"
    );
    for (o, (_, code)) in OPERATIONS.iter().zip(&replays) {
        let read = |array, index, count: usize| {
            assert_eq!(
                highest_read(code, array, index),
                count.checked_sub(1),
                "{}: reads of {array}[{index} …] for {count}",
                o.name
            );
        };
        read("o", "i", o.numbers);
        read("s", "k", o.texts);
    }
}

#[test]
fn a_font_is_set_again_when_any_part_of_it_changes() {
    let (mut ops, presented) = recording();
    for (family, size) in [
        ("sans-serif", 12.0),
        ("serif", 12.0),
        ("serif", 12.0),
        ("serif", 14.0),
    ] {
        let font = (family, size).into_font().color(&BLACK);
        ops.draw_text("x", &font, (0, 0)).unwrap();
    }
    ops.present().unwrap();
    let d = &presented.take()[0];
    assert_eq!(count(&operations(d), Op::Font), 3, "{:?}", d.texts);
    assert!(d.texts.contains("normal 12.0px serif\0"));
}
