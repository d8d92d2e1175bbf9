//! Small tools for the HTML the build writes and the snippet the page offers: escaping
//! text, and finding an element of a page the build rewrites (`index.html` as written,
//! minified or already prerendered).

use std::ops::Range;

/// Escapes text for HTML content and attribute values in double quotes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The byte range of the first `<tag…>` element of `html` whose opening tag contains
/// `marker`: to the end of its closing `</tag>` (elements of the same tag nested inside
/// it are matched with theirs), or of the opening tag when `void`.
pub fn element(html: &str, tag: &str, marker: &str, void: bool) -> Option<Range<usize>> {
    let mut from = 0;
    while let Some((start, end_of_open)) = opening(html, tag, from) {
        if html[start..end_of_open].contains(marker) {
            if void {
                return Some(start..end_of_open);
            }
            return closing(html, tag, end_of_open).map(|end| start..end);
        }
        from = end_of_open;
    }
    None
}

/// The first opening tag `<tag…>` of `html` from byte `from`: where it starts and ends.
fn opening(html: &str, tag: &str, from: usize) -> Option<(usize, usize)> {
    let open = format!("<{tag}");
    let mut at = from;
    loop {
        let start = html[at..].find(&open)? + at;
        let end = html[start..].find('>')? + start + 1;
        let next = html.as_bytes().get(start + open.len()).copied();
        if matches!(next, Some(b' ' | b'>' | b'/' | b'\n' | b'\t')) {
            return Some((start, end));
        }
        at = end;
    }
}

/// The end of the `</tag>` that closes an element whose content starts at `from`.
fn closing(html: &str, tag: &str, from: usize) -> Option<usize> {
    let close = format!("</{tag}>");
    let mut depth = 0usize;
    let mut at = from;
    loop {
        let next_close = html[at..].find(&close)? + at;
        match opening(html, tag, at).filter(|(start, _)| *start < next_close) {
            Some((_, end)) => {
                depth += 1;
                at = end;
            }
            None if depth == 0 => return Some(next_close + close.len()),
            None => {
                depth -= 1;
                at = next_close + close.len();
            }
        }
    }
}

/// `html` without every element `element` finds for `tag` and `marker`.
pub fn without_elements(html: &str, tag: &str, marker: &str, void: bool) -> String {
    let mut page = html.to_string();
    while let Some(found) = element(&page, tag, marker, void) {
        page.replace_range(found, "");
    }
    page
}

/// The value of attribute `name` in the opening tag `tag` (`<… name="value" …>`).
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// The opening tag `tag` with attribute `name` set to `value` (escaped), replacing any
/// it had.
pub fn with_attribute(tag: &str, name: &str, value: &str) -> String {
    let key = format!(" {name}=\"");
    let mut tag = tag.to_string();
    if let Some(start) = tag.find(&key) {
        if let Some(len) = tag[start + key.len()..].find('"') {
            tag.replace_range(start..start + key.len() + len + 1, "");
        }
    }
    let close = if tag.ends_with("/>") { 2 } else { 1 };
    let at = tag.len() - close;
    tag.insert_str(at, &format!("{key}{}\"", escape(value)));
    tag
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_content_and_attributes() {
        assert_eq!(
            escape("a < b & \"c\" > d"),
            "a &lt; b &amp; &quot;c&quot; &gt; d"
        );
    }

    #[test]
    fn elements_are_found_by_tag_and_marker() {
        let html = "<meta name=\"a\"><meta name=\"description\" content=\"x\"><main id=\"m\"><p>1</p></main><mainly>";
        let d = element(html, "meta", "description", true).unwrap();
        assert_eq!(&html[d], "<meta name=\"description\" content=\"x\">");
        let m = element(html, "main", "id=\"m\"", false).unwrap();
        assert_eq!(&html[m], "<main id=\"m\"><p>1</p></main>");
        assert_eq!(element(html, "main", "nothing", false), None);
        assert_eq!(element("<mainly x>", "main", "x", false), None);
        let nested = "<div id=\"a\"><div><div></div></div><p></p></div><div>";
        assert_eq!(
            element(nested, "div", "id=", false),
            Some(0..nested.len() - 5)
        );
        assert_eq!(
            without_elements(html, "meta", "name=", true),
            "<main id=\"m\"><p>1</p></main><mainly>"
        );
    }

    #[test]
    fn attributes_are_read_and_set() {
        let tag = "<html lang=\"en\">";
        assert_eq!(attribute(tag, "lang"), Some("en"));
        assert_eq!(attribute(tag, "dir"), None);
        assert_eq!(with_attribute(tag, "lang", "ru"), "<html lang=\"ru\">");
        assert_eq!(
            with_attribute(tag, "data-root", "../"),
            "<html lang=\"en\" data-root=\"../\">"
        );
        assert_eq!(
            with_attribute("<x a=\"1\"/>", "b", "<\""),
            "<x a=\"1\" b=\"&lt;&quot;\"/>"
        );
    }
}
