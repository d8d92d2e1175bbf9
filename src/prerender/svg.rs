//! The first view's chart: the chart code's SVG drawing, made to scale with its box and
//! lighter for the browser to lay out before the page first shows.

use crate::chart::{self, Palette};
use crate::i18n::Catalog;
use crate::model::Outlook;
use crate::scenario::Resolved;
use crate::text;

/// The sizes the chart is drawn at, CSS pixels: phones (the chart box is 6:5 below
/// 560 px wide) and wider screens (9:4). `style/main.css` sets these aspects.
pub const CHART_SIZES: [(&str, u32, u32); 2] = [("narrow", 336, 280), ("wide", 756, 336)];

/// The chart of `r` in both sizes (the stylesheet shows one), in light colours: the
/// stylesheet maps them to the dark theme's (`style/main.css`, checked by a test).
pub fn chart_svgs(t: &Catalog, r: &Resolved, outlook: &Outlook) -> String {
    CHART_SIZES
        .iter()
        .map(|(variant, w, h)| {
            let svg = text::with_chart(t, r, outlook, &[], None, |d| {
                chart::to_svg(d, Palette::LIGHT, *w, *h)
            });
            scalable_svg(&svg, variant)
        })
        .collect()
}

/// Joins runs of `<polyline>`s with the same attributes (plotters writes every dash of a
/// dashed line as one) into one `<path>`: the same drawing, a fraction of the elements
/// for the browser to lay out and paint before the page first shows.
pub fn join_polylines(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut run: Option<(&str, String)> = None;
    let mut rest = body;
    let close = |out: &mut String, run: &mut Option<(&str, String)>| {
        if let Some((attrs, path)) = run.take() {
            out.push_str(&format!("<path {attrs} d=\"{path}\"/>"));
        }
    };
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
                        close(&mut out, &mut run);
                        run = Some((attrs, d.join(" ")));
                    }
                }
                rest = after;
            }
            None => {
                close(&mut out, &mut run);
                let next = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..next]);
                rest = &rest[next..];
            }
        }
    }
    close(&mut out, &mut run);
    out
}

/// Attributes plotters writes that say what SVG assumes anyway, or what the stylesheet
/// sets for every text of the first view (`.first-chart text`).
const DEFAULTS: [&str; 5] = [
    " opacity=\"1\"",
    " stroke=\"none\" stroke-width=\"1\"",
    " stroke=\"none\"",
    " font-family=\"sans-serif\"",
    " text-anchor=\"start\"",
];

/// A plotters SVG document made to scale with its box: the fixed width and height go,
/// the view box stays; newlines between elements, attributes that state defaults and
/// font sizes' long decimals go too, and dashes are joined.
pub fn scalable_svg(svg: &str, variant: &str) -> String {
    let Some(end) = svg.find('>') else {
        return String::new();
    };
    let (root, rest) = svg.split_at(end);
    let view_box = root
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or("0 0 1 1");
    let mut body = rest[1..].split('\n').collect::<Vec<_>>().join("");
    for default in DEFAULTS {
        body = body.replace(default, "");
    }
    let body = relative_paths(&dots(&join_polylines(&short_font_sizes(&body))));
    let (inherited, body) = hoist_text_style(&body);
    // In an HTML page an <svg> needs no namespace, and scales to its box as it should
    // by default (xMidYMid meet).
    format!(
        "<svg class=\"first-chart-drawing {variant}\" viewBox=\"{view_box}\" aria-hidden=\"true\"{inherited}>{body}"
    )
}

/// The size and colour most texts share (` font-size="9.68" fill="#333333"`), written
/// once on the root for them to inherit, and the body without it.
fn hoist_text_style(body: &str) -> (String, String) {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for text in body.split("<text ").skip(1) {
        let tag = text.split('>').next().unwrap_or_default();
        let Some(at) = tag.find(" font-size=\"") else {
            continue;
        };
        let style = &tag[at..];
        match counts.iter_mut().find(|(s, _)| *s == style) {
            Some((_, n)) => *n += 1,
            None => counts.push((style, 1)),
        }
    }
    let Some((style, _)) = counts.into_iter().max_by_key(|(_, n)| *n) else {
        return (String::new(), body.to_string());
    };
    let common = format!("{style}>");
    let shared = style.contains(" fill=\"") && style.matches('=').count() == 2;
    if !shared {
        return (String::new(), body.to_string());
    }
    (style.to_string(), body.replace(&common, ">"))
}

/// `font-size="9.67741935483871"` as `font-size="9.68"`.
fn short_font_sizes(body: &str) -> String {
    let key = "font-size=\"";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find(key) {
        let start = i + key.len();
        out.push_str(&rest[..start]);
        let len = rest[start..].find('"').unwrap_or(0);
        let value = &rest[start..start + len];
        match value.parse::<f64>() {
            Ok(size) => out.push_str(&crate::format::trimmed(size, 2)),
            Err(_) => out.push_str(value),
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// A filled circle's attributes as plotters writes them.
struct Circle<'a> {
    cx: &'a str,
    cy: &'a str,
    r: &'a str,
    fill: &'a str,
}

/// A filled circle at the start of `svg` (`<circle cx="…" cy="…" r="…" fill="#…"/>`), and
/// what follows it.
fn filled_circle(svg: &str) -> Option<(Circle<'_>, &str)> {
    let rest = svg.strip_prefix("<circle cx=\"")?;
    let (cx, rest) = rest.split_once("\" cy=\"")?;
    let (cy, rest) = rest.split_once("\" r=\"")?;
    let (r, rest) = rest.split_once("\" fill=\"")?;
    let (fill, rest) = rest.split_once("\"/>")?;
    let plain = |v: &str| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '#');
    (plain(cx) && plain(cy) && plain(r) && plain(fill) && fill != "none")
        .then_some((Circle { cx, cy, r, fill }, rest))
}

/// Runs of filled circles of one size and colour (the markers of a line, drawn one after
/// the other) as one path of round dots: each a zero-length line with round caps as wide
/// as the circle. The same picture, drawn in the same order.
pub fn dots(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while !rest.is_empty() {
        let Some((Circle { cx, cy, r, fill }, mut after)) = filled_circle(rest) else {
            let next = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
            continue;
        };
        let mut d = format!("M{cx} {cy}h0");
        let mut at = (cx.parse::<i64>().ok(), cy.parse::<i64>().ok());
        while let Some((
            Circle {
                cx: x,
                cy: y,
                r: r2,
                fill: f2,
            },
            next,
        )) = filled_circle(after)
        {
            if (r2, f2) != (r, fill) {
                break;
            }
            match (at, x.parse::<i64>().ok(), y.parse::<i64>().ok()) {
                ((Some(px), Some(py)), Some(x), Some(y)) => {
                    d.push_str(&format!("m{} {}h0", x - px, y - py));
                    at = (Some(x), Some(y));
                }
                _ => {
                    d.push_str(&format!("M{x} {y}h0"));
                    at = (x.parse().ok(), y.parse().ok());
                }
            }
            after = next;
        }
        let width = r
            .parse::<f64>()
            .map_or_else(|_| r.to_string(), |r| crate::format::trimmed(2.0 * r, 2));
        out.push_str(&format!(
            "<path stroke=\"{fill}\" stroke-width=\"{width}\" stroke-linecap=\"round\" d=\"{d}\"/>"
        ));
        rest = after;
    }
    out
}

/// `d="M1,2 L3,4 M5,6"` with relative moves and lines after the first point
/// (`M1 2l2 2m2 2`), and `<polygon points="…">` as such a path closed: shorter numbers for
/// the same drawing.
pub fn relative_paths(svg: &str) -> String {
    let svg = svg
        .replace("<polygon ", "<path ")
        .replace(" points=\"", " p=\"");
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg.as_str();
    loop {
        let at = [" d=\"", " p=\""]
            .iter()
            .filter_map(|key| rest.find(key).map(|i| (i, *key)))
            .min();
        let Some((i, key)) = at else { break };
        let start = i + key.len();
        let Some(len) = rest[start..].find('"') else {
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(" d=\"");
        let closed = key == " p=\"";
        out.push_str(&relative(&rest[start..start + len], closed));
        out.push('"');
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// One path's points (`M1,2 L3,4` or a polygon's `1,2 3,4`) in relative form, with
/// horizontal and vertical lines as `h` and `v`, and a command letter left out where it
/// repeats (but for moves: after `m`, more pairs would be lines).
fn relative(d: &str, closed: bool) -> String {
    let mut out = String::with_capacity(d.len());
    let mut at: Option<(i64, i64)> = None;
    let mut last = ' ';
    for (n, token) in d.split_whitespace().enumerate() {
        let (command, xy) = match token.chars().next() {
            Some(c @ ('M' | 'L')) => (c, &token[1..]),
            _ if closed => (if n == 0 { 'M' } else { 'L' }, token),
            _ => return d.to_string(),
        };
        let point = xy
            .split_once(',')
            .and_then(|(x, y)| Some((x.parse::<i64>().ok()?, y.parse::<i64>().ok()?)));
        let Some((x, y)) = point else {
            return d.to_string();
        };
        let Some((px, py)) = at else {
            out.push_str(&format!("M{x} {y}"));
            at = Some((x, y));
            continue;
        };
        let (dx, dy) = (x - px, y - py);
        let (letter, args) = match (command, dx, dy) {
            ('M', ..) => ('m', vec![dx, dy]),
            (_, _, 0) => ('h', vec![dx]),
            (_, 0, _) => ('v', vec![dy]),
            _ => ('l', vec![dx, dy]),
        };
        for (i, value) in args.iter().enumerate() {
            if i == 0 && (letter != last || letter == 'm') {
                out.push(letter);
            } else if *value >= 0 {
                out.push(' ');
            }
            out.push_str(&value.to_string());
        }
        last = letter;
        at = Some((x, y));
    }
    if closed {
        out.push('z');
    }
    out
}
