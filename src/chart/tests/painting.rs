//! Canvas drawings handed to the painter once each, when presented.

use super::*;
use std::cell::RefCell;
use std::rc::Rc;

/// A canvas drawing area of 800 × 450 whose painted drawings land in the returned list.
fn painted() -> (DrawingArea<CanvasOps, Shift>, Rc<RefCell<Vec<Drawing>>>) {
    let list = Rc::new(RefCell::new(Vec::new()));
    let sink = list.clone();
    let ops = CanvasOps::new(
        (800, 450),
        Box::new(move |d| sink.borrow_mut().push(d.clone())),
    );
    (ops.into_drawing_area(), list)
}

#[test]
fn the_charts_are_presented_once_after_their_last_shape() {
    // `CanvasOps` hands its drawing to the painter when presented: a chart that is not
    // presented would be painted only when its area is dropped, late or (for a PNG read
    // right after drawing) not at all.
    let style = ChartStyle {
        scale: 1.0,
        palette: Palette::LIGHT,
        transparent: false,
    };
    let (chart, chart_painted) = painted();
    // Not reached: the chart ends with the history's markers, no label after them.
    with_data(UZ, 2020, -10.0, true, &[], None, |data| {
        draw(&chart, data, &style)
    })
    .unwrap();
    let (shares, shares_painted) = painted();
    let numbers = crate::i18n::english().numbers();
    let products = shipped().products.as_ref().unwrap();
    draw_shares(
        &shares,
        products,
        crate::i18n::Lang::En,
        "Other",
        &numbers,
        &style,
    )
    .unwrap();
    // Counted while the areas live: painted when drawn, not when dropped.
    for drawings in [chart_painted.take(), shares_painted.take()] {
        assert_eq!(drawings.len(), 1, "painted once, as a whole");
        assert!(
            drawings[0].ops.len() > 100,
            "{} numbers",
            drawings[0].ops.len()
        );
    }
    drop((chart, shares));
    assert!(chart_painted.borrow().is_empty() && shares_painted.borrow().is_empty());
}
