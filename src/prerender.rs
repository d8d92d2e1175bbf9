//! The first view, prerendered at build time (`src/bin/prerender.rs`, run by the build's
//! post-build step): the default scenario's first screen in English, light theme — the
//! title, the headline answer, the growth slider and the chart drawn by the same chart
//! code as SVG — in the markup and places of the live page's, so that the app can take
//! over without anything moving. Readers see it before the .wasm has run, and without
//! JavaScript; `public/first-view.js` hides it when the address asks for another view.

use crate::chart::{self, Palette};
use crate::data::DataSet;
use crate::format::trimmed;
use crate::i18n::{key_hash, Catalog, Lang, Msg};
use crate::model::Outlook;
use crate::scenario::{Resolved, Scenario, GROWTH_MAX, GROWTH_MIN, GROWTH_STEP};
use crate::text;

/// The sizes the chart is drawn at, CSS pixels: phones (the chart box is 6:5 below
/// 560 px wide) and wider screens (9:4). `style/main.css` sets these aspects.
pub const CHART_SIZES: [(&str, u32, u32); 2] = [("narrow", 336, 280), ("wide", 756, 336)];

/// Escapes text for HTML content and attribute values in double quotes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Joins runs of `<polyline>`s with the same attributes (plotters writes every dash of a
/// dashed line as one) into one `<path>`: the same drawing, a fraction of the elements
/// for the browser to lay out and paint before the page first shows.
fn join_polylines(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut run: Option<(&str, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let polyline = rest.strip_prefix("<polyline ").and_then(|p| {
            let end = p.find("/>")?;
            let (attrs, points) = p[..end].split_once(" points=\"")?;
            Some((attrs, points.trim_end_matches('"').trim(), &p[end + 2..]))
        });
        match polyline {
            Some((attrs, points, after)) => {
                let d: Vec<String> = points
                    .split_whitespace()
                    .enumerate()
                    .map(|(i, xy)| format!("{}{xy}", if i == 0 { 'M' } else { 'L' }))
                    .collect();
                match &mut run {
                    Some((same, path)) if *same == attrs => {
                        path.push(' ');
                        path.push_str(&d.join(" "));
                    }
                    _ => {
                        if let Some((a, path)) = run.take() {
                            out.push_str(&format!("<path {a} d=\"{path}\"/>"));
                        }
                        run = Some((attrs, d.join(" ")));
                    }
                }
                rest = after;
            }
            None => {
                if let Some((a, path)) = run.take() {
                    out.push_str(&format!("<path {a} d=\"{path}\"/>"));
                }
                let next = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..next]);
                rest = &rest[next..];
            }
        }
    }
    if let Some((a, path)) = run {
        out.push_str(&format!("<path {a} d=\"{path}\"/>"));
    }
    out
}

/// A plotters SVG document made to scale with its box: the fixed width and height go,
/// the view box stays; newlines between elements go too, and dashes are joined.
fn scalable_svg(svg: &str, variant: &str) -> String {
    let Some(end) = svg.find('>') else {
        return String::new();
    };
    let (root, rest) = svg.split_at(end);
    let view_box = root
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or("0 0 1 1");
    let body = join_polylines(&rest[1..].split('\n').collect::<Vec<_>>().join(""));
    format!(
        "<svg class=\"first-chart {variant}\" viewBox=\"{view_box}\" \
         preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\" \
         xmlns=\"http://www.w3.org/2000/svg\">{body}"
    )
}

/// The stamp of a data file, `name:hash` (FNV-1a of its text): the first view records
/// the data it was drawn from, and the app compares it with the data it reads.
pub fn data_stamp(name: &str, text: &str) -> String {
    format!("{name}:{:08x}", key_hash(text))
}

/// The default scenario of `data`, resolved, and its outlook.
pub fn default_outlook(data: &DataSet) -> Option<(Resolved, Outlook)> {
    let resolved = Scenario::default().resolve(data);
    let outlook = Outlook::compute(data.series(resolved.series), &resolved.assumptions)?;
    Some((resolved, outlook))
}

/// The first view's markup: a `<main id="first-view">` laid out as the live page's
/// first screen, with the chart in both sizes (the stylesheet shows one), drawn from the
/// data file of `stamp` ([`data_stamp`]).
pub fn first_view(t: &Catalog, stamp: &str) -> String {
    let data = t.data();
    let Some((r, outlook)) = default_outlook(data) else {
        return String::new();
    };
    let a = &r.assumptions;
    let series = data.series(r.series);
    let e = |text: &str| escape(text);
    let chart_svgs: String = CHART_SIZES
        .iter()
        .map(|(variant, w, h)| {
            let svg = text::with_chart(t, &r, &outlook, &[], None, |d| {
                chart::to_svg(d, Palette::LIGHT, *w, *h)
            });
            scalable_svg(&svg, variant)
        })
        .collect();
    let growth = trimmed(r.growth, 6);
    let languages: String = Lang::ALL
        .iter()
        .map(|l| {
            let selected = if *l == t.lang() { " selected" } else { "" };
            format!("<option{selected}>{}</option>", l.native_name())
        })
        .collect();
    let needed = outlook
        .main
        .needed
        .map_or(String::new(), |g| trimmed(g * 100.0, 2));
    let reached = outlook
        .main
        .reached
        .map_or(String::new(), |y| y.to_string());
    format!(
        concat!(
            "<main class=\"app\" id=\"first-view\" data-data=\"{stamp}\">",
            "<header class=\"app-header\"><div class=\"title-row\"><h1>{title}</h1>",
            "<div class=\"language\"><label for=\"first-language\">{language}</label>",
            "<select id=\"first-language\" disabled>{languages}</select></div></div>",
            "<p class=\"lede\">{lede}</p></header>",
            "<noscript><p class=\"notice\">{needs_js}</p></noscript>",
            "<p class=\"notice first-view-failed\">{failed}</p>",
            "<div class=\"first-screen\">",
            "<section class=\"answer\" aria-label=\"{results}\">",
            "<p class=\"readout primary\" data-testid=\"target-year\" data-value=\"{reached}\">{answer}</p>",
            "</section>",
            "<section class=\"controls\" aria-label=\"{scenario}\"><div class=\"control growth\">",
            "<div class=\"rate\"><div class=\"rate-head\"><label for=\"first-growth\">{growth_label}</label>",
            "<span class=\"rate-exact\"><input class=\"growth-number\" type=\"number\" value=\"{growth}\" ",
            "aria-label=\"{exact}\" disabled><span class=\"unit\">%</span></span></div>",
            "<div class=\"rate-track\"><input id=\"first-growth\" class=\"rate-slider\" ",
            "data-testid=\"growth-slider\" type=\"range\" min=\"{min}\" max=\"{max}\" step=\"{step}\" ",
            "value=\"{growth}\" aria-valuetext=\"{valuetext}\" disabled></div></div></div>",
            "<details class=\"settings\"><summary><span class=\"settings-title\">{settings}</span>",
            "<span class=\"settings-summary\"></span></summary></details></section>",
            "<div class=\"chart-area\"><div class=\"chart-head\">",
            "<p class=\"chart-title\" id=\"first-chart-title\">{chart_title}</p>",
            "<div class=\"view-tabs\" role=\"group\" aria-label=\"{view_label}\">",
            "<button type=\"button\" aria-pressed=\"true\" disabled>{chart}</button>",
            "<button type=\"button\" aria-pressed=\"false\" disabled>{table}</button>",
            "<span class=\"downloads\"><span class=\"download-label\">{download}</span><button type=\"button\" disabled>PNG</button>",
            "<button type=\"button\" disabled>SVG</button><button type=\"button\" disabled>CSV</button>",
            "</span><span class=\"hint\"></span></div></div>",
            "<figure class=\"chart\" aria-labelledby=\"first-chart-title\">",
            "<div class=\"chart-box\" data-testid=\"trade-chart\" role=\"img\" aria-label=\"{summary}\">",
            "{svgs}</div>",
            "<p class=\"source-line\">{source}</p><p class=\"source-line\">{fan_note}</p>",
            "</figure></div>",
            "<section class=\"readouts\"><p class=\"readout\" data-testid=\"required-growth\" ",
            "data-value=\"{needed}\">{required}</p></section>",
            "</div></main>"
        ),
        stamp = e(stamp),
        title = e(t.text(&data.title)),
        language = e(t.get(Msg::AppLanguage)),
        languages = languages,
        lede = e(t.text(&data.lede)),
        needs_js = e(t.get(Msg::AppNeedsJs)),
        failed = e(t.get(Msg::AppStartFailed)),
        results = e(t.get(Msg::AppResults)),
        reached = reached,
        answer = e(&text::reached(t, a, outlook.main.reached)),
        scenario = e(t.get(Msg::AppScenario)),
        growth_label = e(t.get(Msg::GrowthBoth)),
        growth = growth,
        exact = e(&t.fill(Msg::GrowthExact, &[("label", t.get(Msg::GrowthBoth))])),
        min = trimmed(GROWTH_MIN, 1),
        max = trimmed(GROWTH_MAX, 1),
        step = trimmed(GROWTH_STEP, 1),
        valuetext = e(&text::growth_value(t, r.growth)),
        settings = e(t.get(Msg::SettingsHeading)),
        chart_title = e(&t.fill_text(&data.chart_title, &[("series", t.text(&series.name))])),
        view_label = e(t.get(Msg::ViewLabel)),
        chart = e(t.get(Msg::ViewChart)),
        table = e(t.get(Msg::ViewTable)),
        download = e(t.get(Msg::DownloadLabel)),
        summary = e(&text::chart_summary(t, series, a, &outlook)),
        svgs = chart_svgs,
        source = e(&text::source_line(t, series, a.base_year)),
        fan_note = e(&text::fan_note(t, a, outlook.fan.as_ref())),
        needed = needed,
        required = e(&text::required(t, a, outlook.main.needed)),
    )
}

/// The element of `html` from `start` (the first `<tag…` whose opening tag contains
/// `marker`) to the end of its closing `</tag>` (or of the opening tag, for `void`), as
/// a byte range.
fn element(html: &str, tag: &str, marker: &str, void: bool) -> Option<std::ops::Range<usize>> {
    let open = format!("<{tag}");
    let mut from = 0;
    while let Some(i) = html[from..].find(&open).map(|i| i + from) {
        let end_of_open = html[i..].find('>')? + i + 1;
        if html[i..end_of_open].contains(marker) {
            let end = if void {
                end_of_open
            } else {
                html[end_of_open..].find(&format!("</{tag}>"))? + end_of_open + tag.len() + 3
            };
            return Some(i..end);
        }
        from = end_of_open;
    }
    None
}

/// `html` (the app's `index.html`, as written or as minified) with its title, its
/// description, the data stamp and the first view made for `t`'s data set (its file's
/// `stamp`); the first view goes in place of the empty `<main id="first-view">`, or of
/// an earlier first view. `Err` names what the page lacks.
pub fn into_page(html: &str, t: &Catalog, stamp: &str) -> Result<String, String> {
    let data = t.data();
    let mut page = html.to_string();
    let first = element(&page, "main", "first-view", false).ok_or("no <main id=\"first-view\">")?;
    page.replace_range(first, &first_view(t, stamp));
    let title = element(&page, "title", "", false).ok_or("no <title>")?;
    let title_text = t.fill(Msg::AppDocumentTitle, &[("title", t.text(&data.title))]);
    page.replace_range(title, &format!("<title>{}</title>", escape(&title_text)));
    let description = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(t.text(&data.description))
    );
    match element(&page, "meta", "description", true) {
        Some(old) => page.replace_range(old, &description),
        None => return Err("no <meta name=\"description\">".into()),
    }
    // Right after the title: `public/first-view.js`, further down the head, reads it.
    let stamp_meta = format!(
        "<meta name=\"trade-outlook-data\" content=\"{}\">",
        escape(stamp)
    );
    match element(&page, "meta", "trade-outlook-data", true) {
        Some(old) => page.replace_range(old, &stamp_meta),
        None => {
            let after_title = element(&page, "title", "", false).ok_or("no <title>")?.end;
            page.insert_str(after_title, &stamp_meta);
        }
    }
    Ok(page)
}

#[cfg(test)]
mod tests;
