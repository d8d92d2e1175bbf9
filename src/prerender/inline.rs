//! The first screen in one round trip: what the first paint waits for — the stylesheet
//! and `public/first-view.js` — put into the page itself, and the Content Security
//! Policy that allows exactly those inline texts by their SHA-256 hashes (never
//! `'unsafe-inline'`), written into the page as a `<meta>` and given to hosts for their
//! header (`deploy/nginx.conf`, README: a browser test checks both against the build).

use crate::markup::{attribute, element};
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// What the page is allowed beyond its own files: the WebAssembly compiled
/// (`'wasm-unsafe-eval'`), and the inline script and style by their hashes; and what
/// `default-src` does not cover, stated: no plugins (`object-src 'none'`), no `<base>`
/// elsewhere (`base-uri 'self'`), no form sent anywhere (`form-action 'none'`: the
/// page's one form, naming a pinned scenario, is handled by the app).
pub fn policy(scripts: &[String], styles: &[String]) -> String {
    let hashes = |texts: &[String]| -> String {
        texts.iter().map(|t| format!(" '{}'", sha256(t))).collect()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; \
         object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes(scripts),
        hashes(styles)
    )
}

/// `sha256-<base64>` of `text`, as a CSP names an inline script or style.
pub fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page's inline scripts and styles, in order: their exact texts.
pub fn inline_texts(html: &str) -> (Vec<String>, Vec<String>) {
    let texts = |tag: &str| -> Vec<String> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(range) = element(&html[from..], tag, "", false) {
            let (start, end) = (range.start + from, range.end + from);
            let whole = &html[start..end];
            let open_end = whole.find('>').map_or(0, |i| i + 1);
            let opening = &whole[..open_end];
            if attribute(opening, "src").is_none() {
                let close = format!("</{tag}>");
                found.push(whole[open_end..whole.len() - close.len()].to_string());
            }
            from = end;
        }
        found
    };
    (texts("script"), texts("style"))
}

/// `html` with the stylesheet link `<link rel="stylesheet" href="{css}">` replaced by a
/// `<style>` holding `css_text`, and `<script src="{script}"></script>` by the script
/// itself; what was not found stays as it is. `Err` names a text that would end its
/// element early.
pub fn inline(
    html: &str,
    (css, css_text): (&str, &str),
    (script, script_text): (&str, &str),
) -> Result<String, String> {
    if css_text.contains("</style") || script_text.contains("</script") {
        return Err("an inlined file holds its own closing tag".into());
    }
    let mut page = html.to_string();
    let link = element(&page, "link", &format!("href=\"{css}\""), true)
        .or_else(|| element(&page, "link", &format!("href=\"./{css}\""), true));
    if let Some(link) = link {
        page.replace_range(link, &format!("<style>{css_text}</style>"));
    }
    if let Some(tag) = element(&page, "script", &format!("src=\"{script}\""), false) {
        page.replace_range(tag, &format!("<script>{script_text}</script>"));
    }
    Ok(page)
}

/// `html` with its `<meta http-equiv="Content-Security-Policy">` (first in the head,
/// before anything it governs) allowing its inline scripts and styles. `Err` when the
/// page holds more than the one inline script the build writes (first-view.js): another
/// one is not the build's (Trunk's live-reload script, from a page `trunk serve` wrote)
/// and would be allowed by the policy of a page an editor uploads.
pub fn with_policy(html: &str) -> Result<String, String> {
    let mut page = crate::markup::without_elements(
        html,
        "meta",
        "http-equiv=\"Content-Security-Policy\"",
        true,
    );
    let (scripts, styles) = inline_texts(&page);
    if scripts.len() > 1 {
        return Err(format!(
            "the page holds {} inline scripts, the build writes one (first-view.js): \
             was it written by `trunk serve`? Build the site with `make build` \
             (`make serve` builds into target/serve/)",
            scripts.len()
        ));
    }
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&scripts, &styles)
    );
    let head = element(&page, "head", "", true).ok_or("no <head>")?.end;
    let charset = element(&page, "meta", "charset", true)
        .filter(|c| c.start >= head)
        .map_or(head, |c| c.end);
    page.insert_str(charset, &meta);
    Ok(page)
}

/// The policy a page written by [`with_policy`] carries.
pub fn page_policy(html: &str) -> Option<String> {
    let range = element(html, "meta", "http-equiv=\"Content-Security-Policy\"", true)?;
    attribute(&html[range], "content").map(str::to_string)
}
