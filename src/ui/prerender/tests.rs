use super::*;
use crate::i18n::{catalog, Lang};
use crate::markup::attribute;

const NAME: &str = "belarus-uzbekistan";

/// The live page's header and first screen, rendered natively as the app composes them
/// (the canvas chart, the table that can replace it, the settings' body).
fn live(t: &'static Catalog) -> (String, String) {
    with_default_page(t, NAME, || {
        let header = view! { <PageHeader /> }.to_html();
        let screen = view! { <FirstScreen /> }.to_html();
        (header, screen)
    })
}

/// The markup's structure, one line an element: its depth, tag, test id and classes.
/// What the first view cannot show is left out: the drawing in the chart's box (an SVG
/// there, the live canvas here) and the scenario settings' body (closed, and only in
/// the live page).
fn structure(html: &str) -> Vec<String> {
    let html = crate::prerender::tidy(html);
    let mut lines = Vec::new();
    let mut depth = 0usize;
    let mut skipping: Option<usize> = None;
    for piece in html.split('<').skip(1) {
        let tag = piece.split('>').next().unwrap_or_default();
        if tag.starts_with('!') {
            continue;
        }
        if tag.starts_with('/') {
            depth -= 1;
            if skipping == Some(depth) {
                skipping = None;
            }
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap_or_default();
        let opening = format!("<{tag}>");
        let class = attribute(&opening, "class").unwrap_or_default();
        let void = matches!(name, "input" | "br" | "img" | "meta" | "link") || tag.ends_with('/');
        let body = class.split(' ').any(|c| c == "settings-body");
        if skipping.is_none() && !body {
            let testid = attribute(&opening, "data-testid").unwrap_or_default();
            lines.push(format!("{}{name} [{testid}] .{class}", "  ".repeat(depth)));
        }
        if !void {
            let chart_box = class.split(' ').any(|c| c == "chart-box");
            if skipping.is_none() && (chart_box || body) {
                skipping = Some(depth);
            }
            depth += 1;
        }
    }
    lines
}

#[test]
fn the_first_view_is_the_live_first_screen_in_every_language() {
    for lang in Lang::ALL {
        let t = catalog(lang);
        let (header, screen) = first_screen(t, NAME);
        let (live_header, live_screen) = live(t);
        assert_eq!(structure(&header), structure(&live_header), "{lang:?}");
        assert_eq!(structure(&screen), structure(&live_screen), "{lang:?}");
        // What the tests and the take-over rely on is there, in the language.
        for id in [
            "target-year",
            "growth-slider",
            "trade-chart",
            "required-growth",
            "settings-summary",
        ] {
            assert!(
                screen.contains(&format!("data-testid=\"{id}\"")),
                "{lang:?}: {id}"
            );
        }
        assert!(header.contains(&format!("<h1>{}</h1>", t.text(&t.data().title))));
        assert!(screen.contains(t.get(Msg::AppLoadingScenario)), "{lang:?}");
    }
}

#[test]
fn the_structure_test_sees_a_difference() {
    let t = catalog(Lang::En);
    let (_, screen) = first_screen(t, NAME);
    let moved = screen.replacen(
        "<section class=\"readouts\">",
        "<div><section class=\"readouts\">",
        1,
    );
    assert_ne!(structure(&screen), structure(&moved));
    let renamed = screen.replacen("data-testid=\"target-year\"", "data-testid=\"year\"", 1);
    assert_ne!(structure(&screen), structure(&renamed));
}

#[test]
fn the_first_view_draws_the_chart_and_keeps_the_sliders_value() {
    let t = catalog(Lang::Ru);
    let (_, screen) = first_screen(t, NAME);
    assert_eq!(
        screen.matches("<svg class=\"first-chart-drawing").count(),
        2
    );
    let slider = screen
        .split("data-testid=\"growth-slider\"")
        .nth(1)
        .unwrap();
    let slider = &slider[..slider.find('>').unwrap()];
    assert!(slider.contains("value=\"28\""), "{slider}");
    assert!(
        !screen.contains("settings-body"),
        "the closed settings' body is left out"
    );
}
