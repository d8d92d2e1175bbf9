//! The pages the build writes: `index.html` with the first view of every language in
//! it, and a page per language beside it (`ru/index.html`, …) that crawlers, link
//! previews and readers without JavaScript read in that language.

use super::head::{head_tags, Site};
use crate::i18n::{Catalog, Lang, Msg};
use crate::markup::{attribute, element, escape, with_attribute, without_elements};

/// One language's first screen as the app's components render it: the page's header
/// and the first screen (`ui::prerender`).
pub struct Variant<'a> {
    /// The language's catalog (over the data set the screen shows).
    pub t: &'a Catalog,
    /// The header: title, language switch, lede.
    pub header: String,
    /// The first screen: answer, controls, chart, read-outs.
    pub screen: String,
}

/// The first view: a `<div id="first-view">` holding, for each variant, its header, the
/// lines for readers without JavaScript and for an app that could not start, and its
/// first screen, with its controls disabled (nothing can be used before the app takes
/// over; screen readers still read it all) and ids of its own. The stylesheet shows the one of `<html lang>`
/// (`public/first-view.js` sets it before the page is drawn). `stamp` names the data it
/// was drawn from.
pub fn first_view(variants: &[Variant], stamp: &str) -> String {
    let mut html = format!("<div id=\"first-view\" data-data=\"{}\">", escape(stamp));
    for v in variants {
        let code = v.t.lang().code();
        let notices = format!(
            "<noscript><p class=\"notice\">{}</p></noscript>\
             <p class=\"notice first-view-failed\" data-testid=\"start-failed\" role=\"status\">\
             <span class=\"failed-default\">{}</span><span class=\"failed-link\">{}</span></p>",
            escape(v.t.get(Msg::AppNeedsJs)),
            escape(v.t.get(Msg::AppStartFailed)),
            escape(v.t.get(Msg::AppStartFailedLink)),
        );
        let content = format!(
            "{}{notices}{}",
            static_markup(&v.header),
            static_markup(&v.screen)
        );
        html.push_str(&format!(
            "<main class=\"app first-view\" data-first-lang=\"{code}\" lang=\"{code}\">{}</main>",
            disabled(&scope_ids(&content, &format!("fv-{code}-")))
        ));
    }
    html.push_str("</div>");
    html
}

/// Rendered components' markup as a page that is never hydrated needs it: without the
/// empty comments (`<!>`) Leptos marks dynamic places with, the space it writes for an
/// empty text (so that `:empty` matches, as in the live page), and `style` attributes
/// (the strict CSP refuses them; the live page sets those properties from the script,
/// which it allows).
pub fn static_markup(html: &str) -> String {
    let mut out = html.replace("<!>", "").replace("> </", "></");
    while let Some(start) = out.find(" style=\"") {
        match out[start + 8..].find('"') {
            Some(len) => out.replace_range(start..start + 8 + len + 1, ""),
            None => break,
        }
    }
    out
}

/// The page as written (`index.html`, for people to read) as sent: no comments, and no
/// white space between tags.
pub fn tidy(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    let mut tidied = String::with_capacity(out.len());
    for (i, piece) in out.split('<').enumerate() {
        if i > 0 {
            tidied.push('<');
        }
        match piece.split_once('>') {
            Some((tag, text)) if text.trim().is_empty() => {
                tidied.push_str(tag);
                tidied.push('>');
            }
            _ => tidied.push_str(piece),
        }
    }
    tidied.trim().to_string()
}

/// `html` with every form control disabled.
pub fn disabled(html: &str) -> String {
    let mut out = html.to_string();
    for tag in ["<input ", "<select ", "<button ", "<textarea "] {
        out = out.replace(tag, &format!("{tag}disabled "));
    }
    out
}

/// Attributes that name elements by their ids.
const ID_REFERENCES: [&str; 5] = [
    "id",
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
];

/// `html` with every id given `prefix`, and every reference to one of its ids with it:
/// four first views and the live page in one document, no id twice.
pub fn scope_ids(html: &str, prefix: &str) -> String {
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let mut out = String::with_capacity(html.len() + ids.len() * prefix.len() * 2);
    let mut rest = html;
    while let Some((name, start, end)) = next_reference(rest) {
        out.push_str(&rest[..start]);
        let scoped: Vec<String> = rest[start..end]
            .split(' ')
            .map(|id| {
                if ids.contains(&id) {
                    format!("{prefix}{id}")
                } else {
                    id.to_string()
                }
            })
            .collect();
        debug_assert!(ID_REFERENCES.contains(&name));
        out.push_str(&scoped.join(" "));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The first id-naming attribute of `html`: its name and its value's byte range.
fn next_reference(html: &str) -> Option<(&'static str, usize, usize)> {
    ID_REFERENCES
        .iter()
        .filter_map(|name| {
            let key = format!(" {name}=\"");
            let start = html.find(&key)? + key.len();
            let end = html[start..].find('"')? + start;
            Some((*name, start, end))
        })
        .min_by_key(|(_, start, _)| *start)
}

/// The page of `t`'s language made from the built `index.html`: `<html>` in that
/// language (a language page also says so in `data-page-lang`, and where the site's
/// root is in `data-root`, for the page's scripts), its head ([`head_tags`]), the data
/// stamp and `first_view`. A language page sits in a folder of its own: every relative
/// address it loads is made to point one folder up. `Err` names what `html` lacks.
pub fn page(
    html: &str,
    first_view: &str,
    t: &Catalog,
    site: Site,
    stamp: &str,
    image: &str,
) -> Result<String, String> {
    let lang = t.lang();
    let mut page = html.to_string();
    let view = element(&page, "div", "id=\"first-view\"", false)
        .ok_or("no <div id=\"first-view\"></div>")?;
    page.replace_range(view, "");
    for (tag, marker, void) in [
        ("title", "", false),
        ("meta", "name=\"description\"", true),
        ("meta", "name=\"trade-outlook-data\"", true),
        ("meta", "property=\"og:", true),
        ("meta", "name=\"twitter:", true),
        ("link", "rel=\"canonical\"", true),
        ("link", "rel=\"alternate\"", true),
    ] {
        page = without_elements(&page, tag, marker, void);
    }
    let html_tag = element(&page, "html", "", true).ok_or("no <html>")?;
    let mut root = with_attribute(&page[html_tag.clone()], "lang", lang.code());
    if lang != Lang::En {
        page = relative_to_folder(&page);
        root = with_attribute(&root, "data-page-lang", lang.code());
        root = with_attribute(&root, "data-root", "../");
    }
    let html_tag = element(&page, "html", "", true).ok_or("no <html>")?;
    page.replace_range(html_tag, &root);
    // First in the head: `public/first-view.js` reads the stamp, and the title and
    // tags are what crawlers look for.
    let head_start = element(&page, "head", "", true).ok_or("no <head>")?.end;
    let charset = element(&page, "meta", "charset", true)
        .filter(|c| c.start >= head_start)
        .map_or(head_start, |c| c.end);
    let summary = chart_alt(t);
    let tags = format!(
        "{}<meta name=\"trade-outlook-data\" content=\"{}\">",
        head_tags(t, site, image, &summary),
        escape(stamp)
    );
    page.insert_str(charset, &tags);
    let body = element(&page, "div", "id=\"app\"", false).ok_or("no <div id=\"app\">")?;
    page.insert_str(body.end, first_view);
    Ok(page)
}

/// The preview image's description: the chart's title and the default answer.
fn chart_alt(t: &Catalog) -> String {
    let data = t.data();
    let series = t.series_name(crate::data::SeriesIndex::default());
    let title = t.fill_text(&data.chart_title, &[("series", series)]);
    match super::default_answer(t) {
        Some(answer) => format!("{title}. {answer}"),
        None => title,
    }
}

/// `html` with every relative `src` and `href` one folder up: `main.css` → `../main.css`.
pub fn relative_to_folder(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some((start, end)) = next_address(rest) {
        out.push_str(&rest[..start]);
        let address = &rest[start..end];
        if is_relative(address) {
            out.push_str("../");
        }
        out.push_str(address);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The next `src="…"` or `href="…"` value of `html`, as a byte range.
fn next_address(html: &str) -> Option<(usize, usize)> {
    [" src=\"", " href=\""]
        .iter()
        .filter_map(|key| {
            let start = html.find(key)? + key.len();
            let end = html[start..].find('"')? + start;
            Some((start, end))
        })
        .min_by_key(|(start, _)| *start)
}

/// True for an address relative to the page's folder (not `/…`, `#…`, `?…`, `//…` or
/// with a scheme such as `https:` or `data:`).
fn is_relative(address: &str) -> bool {
    let scheme = address
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric()));
    !address.is_empty() && !address.starts_with(['/', '#', '?']) && !scheme
}

/// The language page of `lang`'s path from the site's root: `index.html`, `ru/index.html`.
pub fn page_path(lang: Lang) -> String {
    format!("{}index.html", lang.page_folder())
}

/// The `lang` attribute of a page's `<html>`.
pub fn page_lang(html: &str) -> Option<&str> {
    element(html, "html", "", true).and_then(|r| attribute(&html[r], "lang"))
}
