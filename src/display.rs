//! How the page is shown (not what it shows): embed mode, theme, transparency and a
//! title override, read once from the URL; plus the links and snippet for sharing.

use crate::i18n::Lang;
use crate::markup::escape;
use crate::scenario::{decode_component as decode, filter_query, merge_query, UrlKey};

/// Longest title accepted from the URL, characters.
pub const TITLE_MAX_CHARS: usize = 120;

/// The type of the message an embedded page posts to its host with its height:
/// `{"type": HEIGHT_MESSAGE, "height": <px>}`. The snippet's script, and
/// `public/embed-host.js`, listen for it.
pub const HEIGHT_MESSAGE: &str = "trade-outlook:height";

/// The iframe height a snippet starts with, px (the script then follows the content).
pub const DEFAULT_EMBED_HEIGHT: u32 = 760;

/// The iframe heights a reader may choose for the snippet, px.
pub const EMBED_HEIGHT_RANGE: (u32, u32) = (300, 3000);

/// A typed iframe height, clamped into [`EMBED_HEIGHT_RANGE`] and rounded.
pub fn clamp_embed_height(px: f64) -> u32 {
    let (lo, hi) = EMBED_HEIGHT_RANGE;
    px.clamp(f64::from(lo), f64::from(hi)).round() as u32
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light colours.
    #[default]
    Light,
    /// Dark colours.
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// The value of the `data-theme` attribute on `<html>`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Display flags from the URL: `embed=1`, `theme=light|dark|auto`, `transparent=1`,
/// `title=…`. Unknown or malformed values mean the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Display {
    /// Compact layout for an iframe.
    pub embed: bool,
    /// Colour theme.
    pub theme: Theme,
    /// No page background (the host's shows through).
    pub transparent: bool,
    /// A title to show instead of the default one (plain text, cut to 120 characters).
    pub title: Option<String>,
    /// The check page for a data file (`check=1`, or `check` alone) instead of the app.
    pub check: bool,
}

/// The value a link writes for a flag that is on (`embed=1`).
const ON: &str = "1";

/// True for a flag's value that turns it on: `1`, `true` or `yes`.
fn is_on(value: &str) -> bool {
    matches!(value, ON | "true" | "yes")
}

impl Display {
    /// Reads the display flags from a query string (last occurrence wins).
    pub fn from_query(query: &str) -> Display {
        let mut display = Display::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match UrlKey::from_name(key) {
                Some(UrlKey::Embed) => display.embed = is_on(&value),
                Some(UrlKey::Check) => display.check = value.is_empty() || is_on(&value),
                Some(UrlKey::Transparent) => display.transparent = is_on(&value),
                Some(UrlKey::Theme) => {
                    display.theme = match value.as_str() {
                        "dark" => Theme::Dark,
                        "auto" => Theme::Auto,
                        _ => Theme::Light,
                    }
                }
                Some(UrlKey::Title) => {
                    let title: String = value
                        .chars()
                        .filter(|c| !c.is_control())
                        .take(TITLE_MAX_CHARS)
                        .collect();
                    display.title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
                }
                _ => {}
            }
        }
        display
    }
}

/// The query of the full view of the same scenario: the embed-only keys removed,
/// everything else (scenario, theme, language) kept.
pub fn full_view_query(query: &str) -> String {
    filter_query(query, |key| UrlKey::EMBED.contains(&key), &[])
}

/// The share link: the page of the language `shown` (`site` is the site's root, ending
/// in `/`; a language's own page previews in that language in messengers and social
/// networks) with the scenario's query; English is the root's page, which keeps a
/// chosen `lang=en` and otherwise follows each reader's browser.
pub fn share_link(site: &str, shown: Lang, scenario_pairs: &[(UrlKey, String)]) -> String {
    let pairs: Vec<(UrlKey, String)> = scenario_pairs
        .iter()
        .filter(|(key, _)| shown == Lang::En || *key != UrlKey::Lang)
        .cloned()
        .collect();
    format!("{site}{}{}", shown.page_folder(), merge_query("", &pairs))
}

/// The language an embedded page shows, as its author chooses in the embed dialog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedLang {
    /// The language the author sees (the default).
    #[default]
    AsShown,
    /// Each reader's own (their browser's), not written in the link.
    Reader,
    /// This one.
    Fixed(Lang),
}

impl EmbedLang {
    /// The code of [`EmbedLang::Reader`] in the dialog's language list.
    pub const READER: &'static str = "reader";

    /// The language written into the embed's link when the author sees `shown`.
    pub fn written(self, shown: Lang) -> Option<Lang> {
        match self {
            EmbedLang::AsShown => Some(shown),
            EmbedLang::Reader => None,
            EmbedLang::Fixed(lang) => Some(lang),
        }
    }

    /// The choice a value of the dialog's language list names: a language code, or
    /// `reader`; anything else is the default.
    pub fn from_code(code: &str) -> EmbedLang {
        match code {
            EmbedLang::READER => EmbedLang::Reader,
            code => Lang::ALL
                .into_iter()
                .find(|l| l.code() == code)
                .map_or(EmbedLang::AsShown, EmbedLang::Fixed),
        }
    }
}

/// The embed link: the root's page (`site`) with `embed=1`, the scenario and `lang`
/// (whatever language the scenario's pairs had).
pub fn embed_link(site: &str, lang: Option<Lang>, scenario_pairs: &[(UrlKey, String)]) -> String {
    let mut pairs: Vec<(UrlKey, String)> = scenario_pairs
        .iter()
        .filter(|(key, _)| *key != UrlKey::Lang)
        .cloned()
        .collect();
    pairs.extend(lang.map(|l| (UrlKey::Lang, l.code().to_string())));
    let embedded = merge_query("", &[(UrlKey::Embed, ON.to_string())]);
    format!("{site}{}", merge_query(&embedded, &pairs))
}

/// The snippet a host pastes: the iframe, titled `title`, at `height` px (a fallback
/// for hosts without the script) and a tiny script that follows the app's height
/// messages.
pub fn embed_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        r#"<iframe src="{}" title="{}" loading="lazy" style="width:100%;height:{height}px;border:0" allow="clipboard-write; web-share"></iframe>
<script>
window.addEventListener("message", function (e) {{
  if (!e.data || e.data.type !== "{HEIGHT_MESSAGE}") return;
  document.querySelectorAll("iframe").forEach(function (f) {{
    if (f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + "px";
  }});
}});
</script>"#,
        escape(src),
        escape(title)
    )
}

/// The link to the check page for a data file, in `lang` (relative: it stays on the
/// page's own site and folder).
pub fn check_page_link(lang: Lang) -> String {
    let pairs = [
        (UrlKey::Check, ON.to_string()),
        (UrlKey::Lang, lang.code().to_string()),
    ];
    merge_query("", &pairs)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn the_check_page_is_a_flag_and_keeps_the_readers_language() {
        for (query, check) in [
            ("?check=1", true),
            ("?check", true),
            ("?x=1&check", true),
            ("?check=0", false),
            ("", false),
        ] {
            assert_eq!(super::Display::from_query(query).check, check, "{query}");
        }
        let link = super::check_page_link(crate::i18n::Lang::Ru);
        assert_eq!(link, "?check=1&lang=ru");
        assert!(super::Display::from_query(&link).check);
    }

    use super::*;

    #[test]
    fn flags_are_read_and_bad_values_mean_defaults() {
        let d =
            Display::from_query("?embed=1&theme=dark&transparent=true&title=Trade%20%26%20goals");
        assert!(d.embed && d.transparent);
        assert_eq!(d.theme, Theme::Dark);
        assert_eq!(d.title.as_deref(), Some("Trade & goals"));
        let d = Display::from_query("embed=yes please&theme=purple&title=%20%20&transparent");
        assert_eq!(d, Display::default());
        assert_eq!(Display::from_query("theme=auto").theme, Theme::Auto);
    }

    #[test]
    fn a_title_is_plain_and_cut() {
        let long = "<b>x</b>".repeat(40);
        let d = Display::from_query(&format!("title={long}%0A%07"));
        let title = d.title.unwrap();
        assert_eq!(title.chars().count(), TITLE_MAX_CHARS);
        assert!(
            title.starts_with("<b>"),
            "kept as text; the page shows it escaped"
        );
        assert_eq!(
            Display::from_query("title=%E0%A4%A").title.as_deref(),
            Some("\u{fffd}%A")
        );
    }

    #[test]
    fn the_full_view_drops_only_embed_keys() {
        assert_eq!(
            full_view_query("?embed=1&growth=20&transparent=1&theme=dark&title=X&lang=ru"),
            "?growth=20&theme=dark&lang=ru"
        );
        assert_eq!(full_view_query("?embed=1"), "");
    }

    #[test]
    fn the_host_script_listens_for_the_height_message() {
        let host = include_str!("../public/embed-host.js");
        assert!(host.contains(&format!("'{HEIGHT_MESSAGE}'")));
        let snippet = embed_snippet("https://x.org/", "T", DEFAULT_EMBED_HEIGHT);
        assert!(snippet.contains(&format!(r#""{HEIGHT_MESSAGE}""#)));
    }

    #[test]
    fn a_typed_embed_height_is_clamped_and_rounded() {
        assert_eq!(clamp_embed_height(10.0), 300);
        assert_eq!(clamp_embed_height(1e9), 3000);
        assert_eq!(clamp_embed_height(640.4), 640);
    }

    #[test]
    fn links_and_snippet_carry_the_scenario() {
        let pairs = [
            (UrlKey::Growth, "20".to_string()),
            (UrlKey::Series, "by".to_string()),
        ];
        assert_eq!(
            share_link("https://x.org/app/", Lang::En, &pairs),
            "https://x.org/app/?growth=20&series=by"
        );
        assert_eq!(
            share_link("https://x.org/", Lang::En, &[]),
            "https://x.org/"
        );
        let src = embed_link("https://x.org/", None, &pairs);
        assert_eq!(src, "https://x.org/?embed=1&growth=20&series=by");
        let snippet = embed_snippet(&src, "Trade \"outlook\"", 720);
        assert!(snippet.contains(r#"title="Trade &quot;outlook&quot;""#));
        assert!(
            snippet.contains(r#"<iframe src="https://x.org/?embed=1&amp;growth=20&amp;series=by""#)
        );
        assert!(snippet.contains("height:720px"));
        assert!(snippet.contains("f.contentWindow === e.source"));
        assert!(snippet.contains(r#""trade-outlook:height""#));
    }

    #[test]
    fn a_share_link_is_the_page_of_the_language_shown() {
        let chosen = [
            (UrlKey::Growth, "20".to_string()),
            (UrlKey::Lang, "ru".to_string()),
        ];
        assert_eq!(
            share_link("https://x.org/t/", Lang::Ru, &chosen),
            "https://x.org/t/ru/?growth=20"
        );
        let english = [(UrlKey::Lang, "en".to_string())];
        assert_eq!(
            share_link("https://x.org/t/", Lang::En, &english),
            "https://x.org/t/?lang=en"
        );
        assert_eq!(
            share_link("https://x.org/t/", Lang::Be, &[]),
            "https://x.org/t/be/"
        );
    }

    #[test]
    fn an_embed_keeps_the_language_its_author_chose() {
        let pairs = [
            (UrlKey::Growth, "20".to_string()),
            (UrlKey::Lang, "en".to_string()),
        ];
        let site = "https://x.org/";
        let written = |choice: EmbedLang| embed_link(site, choice.written(Lang::Ru), &pairs);
        assert_eq!(
            written(EmbedLang::AsShown),
            "https://x.org/?embed=1&growth=20&lang=ru"
        );
        assert_eq!(
            written(EmbedLang::Reader),
            "https://x.org/?embed=1&growth=20"
        );
        assert_eq!(
            written(EmbedLang::Fixed(Lang::Uz)),
            "https://x.org/?embed=1&growth=20&lang=uz"
        );
        assert_eq!(EmbedLang::from_code("reader"), EmbedLang::Reader);
        assert_eq!(EmbedLang::from_code("be"), EmbedLang::Fixed(Lang::Be));
        assert_eq!(EmbedLang::from_code("<x>"), EmbedLang::AsShown);
    }
}
