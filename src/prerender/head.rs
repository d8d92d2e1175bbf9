//! What a page of the site says about itself in its `<head>`, in its language: the title
//! and description (from the data file), the links between the language pages, and the
//! tags link previews read (Open Graph, Twitter cards) with the preview image.

use crate::i18n::{Catalog, Fill, Lang};
use crate::markup::escape;

/// Size of a preview image, pixels (the size link previews ask for).
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// Where the site is, for the addresses a page gives of itself and of the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site<'a> {
    /// Its public address, ending in `/` (`SITE_URL`): absolute addresses, as link
    /// previews and search engines need.
    At(&'a str),
    /// Not known: addresses relative to each page.
    Unknown,
}

impl Site<'_> {
    /// The address of `path` (from the site's root) as written in the page of `from`.
    pub fn address(self, from: Lang, path: &str) -> String {
        match self {
            Site::At(root) => format!("{root}{path}"),
            Site::Unknown => {
                let up = if from == Lang::En { "" } else { "../" };
                match format!("{up}{path}") {
                    here if here.is_empty() => "./".to_string(),
                    there => there,
                }
            }
        }
    }
}

/// The public address from `SITE_URL`: an `http(s)://` address, given a final `/`;
/// `None` for anything else (the build then writes relative addresses and says so).
pub fn site_url(value: &str) -> Option<String> {
    let value = value.trim();
    let scheme = value.starts_with("https://") || value.starts_with("http://");
    let plain = value
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\'' | '`' | '\\'));
    let host = value.split("://").nth(1).is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or("");
        !host.is_empty() && !host.contains('?') && !host.contains('#')
    });
    if !(scheme && plain && host) || value.contains(['?', '#']) {
        return None;
    }
    Some(if value.ends_with('/') {
        value.to_string()
    } else {
        format!("{value}/")
    })
}

/// Open Graph's name of a language's locale.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Ru => "ru_RU",
        Lang::Uz => "uz_UZ",
        Lang::Be => "be_BY",
    }
}

/// The head of the page of `t`'s language: `<title>`, then the description, the
/// canonical address (when the site's is known), the alternates of every language
/// (`x-default`: the root's page, which follows the reader's browser), and the Open
/// Graph and Twitter tags with `image` (its path from the site's root) described by
/// `image_alt`.
pub fn head_tags(t: &Catalog, site: Site, image: &str, image_alt: &str) -> String {
    let lang = t.lang();
    let data = t.data();
    let title = t.text(&data.title);
    let description = t.text(&data.description);
    let here = site.address(lang, lang.page_folder());
    let mut tags = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        escape(&t.fill(Fill::AppDocumentTitle { title })),
        escape(description)
    );
    if let Site::At(_) = site {
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(&here)
        ));
    }
    for other in Lang::ALL {
        let href = site.address(lang, other.page_folder());
        tags.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&href)
        ));
    }
    let root = site.address(lang, "");
    tags.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        escape(&root)
    ));
    let (width, height) = PREVIEW_SIZE;
    let mut og = vec![
        ("og:type", "website".to_string()),
        ("og:title", title.to_string()),
        ("og:description", description.to_string()),
        ("og:locale", og_locale(lang).to_string()),
    ];
    og.extend(
        Lang::ALL
            .into_iter()
            .filter(|l| *l != lang)
            .map(|l| ("og:locale:alternate", og_locale(l).to_string())),
    );
    if let Site::At(_) = site {
        og.push(("og:url", here));
    }
    og.extend([
        ("og:image", site.address(lang, image)),
        ("og:image:type", "image/png".to_string()),
        ("og:image:width", width.to_string()),
        ("og:image:height", height.to_string()),
        ("og:image:alt", image_alt.to_string()),
    ]);
    for (property, content) in og {
        tags.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">",
            escape(&content)
        ));
    }
    tags.push_str("<meta name=\"twitter:card\" content=\"summary_large_image\">");
    tags
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_site_address_must_be_a_plain_web_address() {
        assert_eq!(
            site_url("https://example.org/trade").as_deref(),
            Some("https://example.org/trade/")
        );
        assert_eq!(
            site_url(" http://x.org/ ").as_deref(),
            Some("http://x.org/")
        );
        for bad in [
            "",
            "example.org",
            "ftp://x.org/",
            "https://",
            "https:///path",
            "https://x.org/\"><script>",
            "https://x.org/?a=1",
            "https://x.org/#top",
            "javascript:alert(1)",
            "https://x.org/a b",
        ] {
            assert_eq!(site_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn addresses_are_absolute_with_the_site_else_relative_to_the_page() {
        let site = Site::At("https://x.org/t/");
        assert_eq!(site.address(Lang::Ru, "uz/"), "https://x.org/t/uz/");
        assert_eq!(site.address(Lang::En, ""), "https://x.org/t/");
        assert_eq!(Site::Unknown.address(Lang::En, ""), "./");
        assert_eq!(Site::Unknown.address(Lang::En, "ru/"), "ru/");
        assert_eq!(Site::Unknown.address(Lang::Ru, ""), "../");
        assert_eq!(Site::Unknown.address(Lang::Ru, "be/"), "../be/");
        assert_eq!(
            Site::Unknown.address(Lang::Be, "preview/be.png"),
            "../preview/be.png"
        );
    }
}
