//! Citing a view: the plain text and BibTeX, in English and Russian.

use crate::data::{shipped, Day};
use crate::display::share_link;
use crate::i18n::{catalog, Lang};
use crate::scenario::{Scenario, Workspace};
use crate::view::cite::citation;

const SITE: &str = "https://example.org/trade/";

/// The citation of the view of `query` in `lang`, accessed on 5 December 2026, and its
/// link.
fn cite(query: &str, lang: Lang) -> (crate::view::cite::Citation, String) {
    let (workspace, problems) = Workspace::from_query(query, shipped());
    assert!(problems.is_empty(), "{problems:?}");
    let link = share_link(SITE, lang, &workspace.to_query_pairs(shipped()));
    let r = workspace.current.resolve(shipped());
    let accessed = Day::parse("2026-12-05").unwrap();
    let citation = citation(catalog(lang), &r, Day::parse("2026-12-04"), &link, accessed);
    (citation, link)
}

#[test]
fn the_default_view_is_cited_with_its_statistics_date_scenario_and_link() {
    let (c, link) = cite("", Lang::En);
    assert_eq!(link, SITE);
    assert!(
        c.text.starts_with("Belarus–Uzbekistan trade: the road to $1 billion. Belarus–Uzbekistan trade, Uzbek statistics (Statistics Agency of Uzbekistan"),
        "{}",
        c.text
    );
    assert!(
        c.text
            .contains("). Figures as of 4 December 2026. Projection at "),
        "{}",
        c.text
    );
    assert!(
        c.text
            .ends_with(&format!("{SITE} (accessed 5 December 2026).")),
        "{}",
        c.text
    );
    assert!(c.bibtex.starts_with("@misc{tradeoutlook-2026-12-05,\n  title = {Belarus–Uzbekistan trade: the road to \\$1 billion},"), "{}", c.bibtex);
    assert!(c.bibtex.contains(&format!("  url = {{{SITE}}},\n  urldate = {{2026-12-05}},\n  year = {{2026}},\n  language = {{en}},\n}}")), "{}", c.bibtex);
    assert!(
        c.bibtex.contains("a year from 20") && !c.bibtex.contains(" %") && c.bibtex.contains("\\%"),
        "{}",
        c.bibtex
    );
}

#[test]
fn a_split_growth_view_in_russian_names_each_rate_and_links_back_to_itself() {
    let (c, link) = cite("series=by&exports=15&imports=5&base=2023", Lang::Ru);
    assert!(link.starts_with(&format!("{SITE}ru/?")), "{link}");
    assert!(c.text.contains("Беларусь–Узбекистан"), "{}", c.text);
    assert!(
        c.text.contains("Данные по состоянию на 4 декабря 2026"),
        "{}",
        c.text
    );
    assert!(c.text.contains("с 2023\u{a0}г."), "{}", c.text);
    assert!(c.text.contains("15") && c.text.contains('5'), "{}", c.text);
    assert!(!c.text.contains(".."), "{}", c.text);
    assert!(
        c.text
            .ends_with("(дата обращения: 5 декабря 2026\u{a0}г.)."),
        "{}",
        c.text
    );
    assert!(c.bibtex.contains("language = {ru}"), "{}", c.bibtex);
    // The link in the citation opens this very view.
    let query = &link[link.find('?').unwrap()..];
    let (back, problems) = Workspace::from_query(query, shipped());
    assert!(problems.is_empty(), "{problems:?}");
    let (expected, _) = Scenario::from_query("series=by&exports=15&imports=5&base=2023", shipped());
    assert_eq!(back.current, expected);
}

#[test]
fn each_view_is_cited_in_each_language() {
    // The default view in Russian, a split-growth view in English.
    let (ru, link) = cite("", Lang::Ru);
    assert_eq!(link, format!("{SITE}ru/"));
    assert!(
        ru.text.starts_with("Товарооборот Беларуси и Узбекистана"),
        "{}",
        ru.text
    );
    assert!(
        ru.text
            .contains("Торговля Беларусь–Узбекистан, Статистика Узбекистана ("),
        "{}",
        ru.text
    );
    let (en, link) = cite("exports=20&imports=-5", Lang::En);
    assert!(
        en.text
            .contains("Projection at exports 20%, imports −5% a year from "),
        "{}",
        en.text
    );
    assert!(
        en.text.contains(&format!(" {link} (accessed ")),
        "{}",
        en.text
    );
    assert!(
        en.bibtex.contains("exports 20\\%, imports −5\\% a year"),
        "{}",
        en.bibtex
    );
}
