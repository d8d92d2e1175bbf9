use super::svg::{dots, join_polylines, relative_paths};
use super::*;
use crate::chart::Palette;
use crate::data::{shipped, DEFAULT_DATA};
use crate::format::trimmed;
use crate::i18n::{catalog, Fill, Lang, Msg};
use crate::markup::{attribute, element, escape};
use crate::scenario::UrlKey;
use crate::ui::prerender::first_screen;

mod output;

/// The stamp of the shipped data file.
fn stamp() -> String {
    data_stamp(
        DEFAULT_DATA,
        include_str!("../../data/belarus-uzbekistan.json"),
    )
}

/// The first view of every language, as the build writes it.
fn view() -> String {
    let variants: Vec<Variant> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let t = catalog(lang);
            let (header, screen) = first_screen(t, DEFAULT_DATA);
            Variant { t, header, screen }
        })
        .collect();
    first_view(&variants, &stamp())
}

/// One language's part of the first view.
fn variant(view: &str, lang: Lang) -> String {
    let marker = format!("data-first-lang=\"{}\"", lang.code());
    let range = element(view, "main", &marker, false).expect("a first view of the language");
    view[range].to_string()
}

/// The page of `lang` made from the repository's `index.html`.
fn page_of(lang: Lang, site: Site) -> String {
    let template = tidy(include_str!("../../index.html"));
    page(
        &template,
        &view(),
        catalog(lang),
        site,
        &stamp(),
        &format!("preview/{}-0.png", lang.code()),
    )
    .unwrap()
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
fn every_language_shows_the_models_figures_in_its_own_words() {
    let view = view();
    assert!(view.starts_with(&format!(
        "<div id=\"first-view\" data-data=\"{}\">",
        stamp()
    )));
    let (r, o) = default_outlook(shipped()).unwrap();
    for lang in Lang::ALL {
        let t = catalog(lang);
        let html = variant(&view, lang);
        assert!(html.starts_with(&format!(
            "<main class=\"app first-view\" data-first-lang=\"{0}\" lang=\"{0}\">",
            lang.code()
        )));
        assert_eq!(
            data_value(&html, "target-year"),
            o.main.reached.unwrap().to_string()
        );
        assert_eq!(
            data_value(&html, "required-growth"),
            trimmed(o.main.needed.unwrap() * 100.0, 2)
        );
        let answer = crate::text::reached(t, &r.assumptions, o.main.reached);
        assert!(html.contains(&escape(&answer)), "{lang:?}: {answer}");
        for msg in [
            Msg::AppNeedsJs,
            Msg::AppStartFailed,
            Msg::AppStartFailedLink,
            Msg::AppLoadingScenario,
        ] {
            assert!(html.contains(&escape(t.get(msg))), "{lang:?}: {msg:?}");
        }
        assert!(
            !html.contains("<!>") && !html.contains(" style=\""),
            "{lang:?}"
        );
    }
}

#[test]
fn no_id_is_written_twice_and_every_reference_stays_in_its_language() {
    let view = view();
    let ids: Vec<&str> = view
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for lang in Lang::ALL {
        let html = variant(&view, lang);
        for reference in html
            .split(" for=\"")
            .skip(1)
            .filter_map(|r| r.split('"').next())
        {
            assert!(
                reference.starts_with(&format!("fv-{}-", lang.code())),
                "{reference}"
            );
            assert!(
                html.contains(&format!(" id=\"{reference}\"")),
                "{reference}"
            );
        }
    }
    assert_eq!(
        scope_ids(
            "<label for=\"a\"></label><input id=\"a\" aria-describedby=\"b a\"><p id=\"b\" for=\"c\">",
            "x-"
        ),
        "<label for=\"x-a\"></label><input id=\"x-a\" aria-describedby=\"x-b x-a\"><p id=\"x-b\" for=\"c\">"
    );
}

#[test]
fn the_chart_is_drawn_twice_to_scale_with_its_box() {
    let html = variant(&view(), Lang::En);
    for (variant, w, h) in CHART_SIZES {
        let svg = html
            .split(&format!("<svg class=\"first-chart-drawing {variant}\""))
            .nth(1)
            .unwrap_or_else(|| panic!("no {variant} chart"));
        let svg = &svg[..svg.find("</svg>").unwrap()];
        assert!(
            svg.starts_with(&format!(" viewBox=\"0 0 {w} {h}\"")),
            "{variant}"
        );
        assert!(svg.contains("Target: $1\u{a0}billion"), "{variant}");
        assert!(svg.contains("projection →"), "{variant}");
        assert!(
            !svg.contains('\n') && !svg.contains("opacity=\"1\""),
            "{variant}"
        );
        assert!(svg.contains("font-size=\"9.68\""), "{variant}");
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

/// `#RRGGBB` of a colour.
fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[test]
fn the_stylesheet_turns_every_colour_of_the_drawing_dark() {
    let css = include_str!("../../style/main.css");
    let (light, dark) = (Palette::LIGHT, Palette::DARK);
    let roles = [
        (light.background, dark.background),
        (light.text, dark.text),
        (light.grid, dark.grid),
        (light.exports, dark.exports),
        (light.imports, dark.imports),
        (light.turnover, dark.turnover),
        (light.target, dark.target),
        (light.projection, dark.projection),
        (light.fan, dark.fan),
    ];
    let html = variant(&view(), Lang::En);
    for paint in ["fill", "stroke"] {
        let used: Vec<&str> = html
            .split(&format!(" {paint}=\""))
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|c| c.starts_with('#'))
            .collect();
        assert!(!used.is_empty());
        for colour in used {
            let (_, to) = roles
                .iter()
                .find(|(from, _)| hex(*from) == colour)
                .unwrap_or_else(|| panic!("{colour} is no colour of the light palette"));
            let rule = format!(
                "[data-theme=\"dark\"] #first-view [{paint}=\"{colour}\"] {{ {paint}: {}; }}",
                hex(*to)
            );
            assert!(css.contains(&rule), "main.css lacks {rule}");
        }
    }
}

#[test]
fn text_in_the_markup_is_escaped() {
    let html = view();
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
    assert_eq!(list("SCENARIO_KEYS"), UrlKey::SCENARIO.map(UrlKey::as_str));
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(list("LANGUAGES"), codes);
    assert!(script.contains(&format!("var DEFAULT_DATA = '{DEFAULT_DATA}';")));
    assert!(script.contains("var DATA_NAME = /^[a-z0-9-]{1,40}$/;"));
    assert!(script.contains("'trade-outlook:data'"));
    // The keys that change the first screen, and the attributes the build writes.
    let keys = [
        UrlKey::Embed,
        UrlKey::Lang,
        UrlKey::Theme,
        UrlKey::Transparent,
        UrlKey::Data,
    ];
    for read in keys.map(|key| format!("last('{key}')")) {
        assert!(script.contains(&read), "{read}");
    }
    for attribute in ["'data-root'", "'data-page-lang'"] {
        assert!(script.contains(attribute), "{attribute}");
    }
}

#[test]
fn each_language_has_a_page_of_its_own() {
    for lang in Lang::ALL {
        let t = catalog(lang);
        let html = page_of(lang, Site::Unknown);
        assert_eq!(page_lang(&html), Some(lang.code()));
        let root = &html[element(&html, "html", "", true).unwrap()];
        let title = t.fill(Fill::AppDocumentTitle {
            title: t.text(&t.data().title),
        });
        assert!(
            html.contains(&format!("<title>{}</title>", escape(&title))),
            "{lang:?}"
        );
        assert!(html.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(t.text(&t.data().description))
        )));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        for property in [
            "og:title",
            "og:description",
            "og:image",
            "og:image:width",
            "og:image:height",
            "og:image:alt",
            "og:locale",
        ] {
            assert_eq!(
                html.matches(&format!("property=\"{property}\"")).count(),
                1,
                "{lang:?} {property}"
            );
        }
        // The links between the pages: every language and x-default, once each.
        assert_eq!(html.matches("rel=\"alternate\"").count(), 5);
        if lang == Lang::En {
            assert_eq!(attribute(root, "data-root"), None);
            assert!(html.contains("<script src=\"first-view.js\">"));
            assert!(html.contains("hreflang=\"ru\" href=\"ru/\""));
            assert!(html.contains("property=\"og:image\" content=\"preview/en-0.png\""));
        } else {
            assert_eq!(attribute(root, "data-root"), Some("../"));
            assert_eq!(attribute(root, "data-page-lang"), Some(lang.code()));
            assert!(html.contains("<script src=\"../first-view.js\">"));
            assert!(html.contains("<script type=\"module\" src=\"../boot.js\">"));
            assert!(html.contains("hreflang=\"x-default\" href=\"../\""));
            assert!(html.contains(&format!("content=\"../preview/{}-0.png\"", lang.code())));
        }
        assert!(html.contains(&view()), "every page holds every first view");
        assert!(
            !html.contains("<!--"),
            "the template's comments are not sent"
        );
    }
}

#[test]
fn with_the_sites_address_every_address_is_absolute() {
    let html = page_of(Lang::Uz, Site::At("https://example.org/trade/"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/trade/uz/\">"));
    assert!(html.contains("<meta property=\"og:url\" content=\"https://example.org/trade/uz/\">"));
    assert!(html.contains("content=\"https://example.org/trade/preview/uz-0.png\""));
    assert!(html.contains("hreflang=\"en\" href=\"https://example.org/trade/\""));
    assert!(html.contains("hreflang=\"x-default\" href=\"https://example.org/trade/\""));
}

#[test]
fn a_page_written_again_from_its_own_output_is_the_same() {
    let template = tidy(include_str!("../../index.html"));
    let t = catalog(Lang::En);
    let once = page(
        &template,
        &view(),
        t,
        Site::Unknown,
        &stamp(),
        "preview/en-0.png",
    )
    .unwrap();
    let twice = page(
        &once,
        &view(),
        t,
        Site::Unknown,
        &stamp(),
        "preview/en-0.png",
    )
    .unwrap();
    assert_eq!(once, twice);
    assert!(page(
        "<html><head></head><body></body></html>",
        "",
        t,
        Site::Unknown,
        "",
        ""
    )
    .is_err());
}

#[test]
fn a_language_page_loads_the_sites_files_one_folder_up() {
    assert_eq!(
        relative_to_folder(
            "<link href=\"main.css\"><script src=\"./boot.js\"></script><a href=\"#x\"></a>\
             <a href=\"https://x.org/\"></a><img src=\"data:,\"><a href=\"/abs\"></a><a href=\"?q\"></a>"
        ),
        "<link href=\"../main.css\"><script src=\".././boot.js\"></script><a href=\"#x\"></a>\
         <a href=\"https://x.org/\"></a><img src=\"data:,\"><a href=\"/abs\"></a><a href=\"?q\"></a>"
    );
}

#[test]
fn the_template_is_sent_without_comments_and_white_space_between_tags() {
    assert_eq!(
        tidy("<!doctype html>\n<html>\n  <!-- a\n note -->\n  <p>a <b>b</b></p>\n</html>\n"),
        "<!doctype html><html><p>a <b>b</b></p></html>"
    );
    assert_eq!(
        static_markup("<p style=\"left:1px\" class=\"a\">x<!></p><span> </span><b>a</b> <i>"),
        "<p class=\"a\">x</p><span></span><b>a</b> <i>"
    );
}
