use super::*;
use crate::data::{shipped, DEFAULT_DATA};
use crate::scenario::KEYS;

/// The stamp of the shipped data file.
fn stamp() -> String {
    data_stamp(
        DEFAULT_DATA,
        include_str!("../../data/belarus-uzbekistan.json"),
    )
}

fn html() -> String {
    first_view(crate::i18n::english(), &stamp())
}

/// The `data-value` of the element with `data-testid="{id}"`.
fn data_value(html: &str, id: &str) -> String {
    let at = html
        .find(&format!("data-testid=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}"));
    let rest = &html[at..];
    let value = rest.split("data-value=\"").nth(1).unwrap();
    value.split('"').next().unwrap().to_string()
}

#[test]
fn the_prerendered_figures_are_the_models_for_the_default_scenario() {
    let html = html();
    let (r, o) = default_outlook(shipped()).unwrap();
    let reached = o.main.reached.map(|y| y.to_string()).unwrap();
    assert_eq!(data_value(&html, "target-year"), reached);
    assert_eq!(
        data_value(&html, "required-growth"),
        trimmed(o.main.needed.unwrap() * 100.0, 2)
    );
    let t = crate::i18n::english();
    assert!(html.contains(&escape(&text::reached(t, &r.assumptions, o.main.reached))));
    let slider = html.split("data-testid=\"growth-slider\"").nth(1).unwrap();
    assert!(slider.contains(&format!("value=\"{}\"", trimmed(r.growth, 6))));
    assert!(html.starts_with(&format!(
        "<main class=\"app\" id=\"first-view\" data-data=\"{}\">",
        stamp()
    )));
    assert!(html.ends_with("</main>"));
}

#[test]
fn the_chart_is_drawn_twice_to_scale_with_its_box() {
    let html = html();
    for (variant, w, h) in CHART_SIZES {
        let svg = html
            .split(&format!("<svg class=\"first-chart {variant}\""))
            .nth(1)
            .unwrap_or_else(|| panic!("no {variant} chart"));
        let svg = &svg[..svg.find("</svg>").unwrap()];
        assert!(
            svg.starts_with(&format!(" viewBox=\"0 0 {w} {h}\"")),
            "{variant}"
        );
        assert!(
            svg.contains(">Target: $1\u{a0}billion</text>")
                || svg.contains("Target: $1\u{a0}billion")
        );
        assert!(svg.contains("projection →"), "{variant}");
        assert!(!svg.contains('\n'));
    }
    // The stylesheet gives the chart box these aspects: 6:5 on phones, 9:4 from 560 px.
    let css = include_str!("../../style/main.css");
    let aspect = |w: u32, h: u32| {
        let g = (1..=w.min(h))
            .rev()
            .find(|d| w.is_multiple_of(*d) && h.is_multiple_of(*d))
            .unwrap();
        format!("aspect-ratio: {} / {};", w / g, h / g)
    };
    for (_, w, h) in CHART_SIZES {
        assert!(
            css.contains(&aspect(w, h)),
            "main.css lacks {}",
            aspect(w, h)
        );
    }
}

#[test]
fn text_in_the_markup_is_escaped() {
    assert_eq!(
        escape("a < b & \"c\" > d"),
        "a &lt; b &amp; &quot;c&quot; &gt; d"
    );
    let html = html();
    // Every attribute value is closed before the next tag opens.
    for attribute in html.split("=\"").skip(1) {
        let value = attribute.split('"').next().unwrap();
        assert!(!value.contains('<') && !value.contains('>'), "{value}");
    }
}

#[test]
fn the_first_view_script_knows_the_apps_keys_and_languages() {
    let script = include_str!("../../public/first-view.js");
    let list = |name: &str| -> Vec<String> {
        let line = script
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("var {name} = [")))
            .unwrap_or_else(|| panic!("no {name}"));
        line.split('[')
            .nth(1)
            .unwrap()
            .split(']')
            .next()
            .unwrap()
            .split(',')
            .map(|k| k.trim().trim_matches('\'').to_string())
            .collect()
    };
    assert_eq!(list("SCENARIO_KEYS"), KEYS);
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(list("LANGUAGES"), codes);
    assert!(script.contains(&format!("var DEFAULT_DATA = '{DEFAULT_DATA}';")));
    assert!(script.contains("var DATA_NAME = /^[a-z0-9-]{1,40}$/;"));
    assert!(script.contains("'trade-outlook:data'"));
    // The display keys that change the first screen.
    for key in ["'embed'", "'lang'", "'theme'", "'transparent'", "'title'"] {
        assert!(script.contains(key), "{key}");
    }
}

#[test]
fn dashes_are_joined_into_paths_of_the_same_points() {
    let svg = "<rect x=\"1\"/><polyline fill=\"none\" stroke=\"#000\" points=\"1,2 3,4 \"/>\
               <polyline fill=\"none\" stroke=\"#000\" points=\"5,6 7,8 \"/>\
               <polyline fill=\"none\" stroke=\"#F00\" points=\"9,9 \"/><text>a</text>";
    assert_eq!(
        join_polylines(svg),
        "<rect x=\"1\"/><path fill=\"none\" stroke=\"#000\" d=\"M1,2 L3,4 M5,6 L7,8\"/>\
         <path fill=\"none\" stroke=\"#F00\" d=\"M9,9\"/><text>a</text>"
    );
    let html = html();
    assert!(!html.contains("<polyline"));
    let paths = html.matches("<path ").count();
    assert!((5..60).contains(&paths), "{paths} paths");
}
