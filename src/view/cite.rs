//! "Cite this view": the citation of what the reader sees, as plain text in the reader's
//! language and as BibTeX.

use super::sources::as_of_line;
use crate::data::Day;
use crate::i18n::{Catalog, Fill};
use crate::scenario::Resolved;
use crate::text;

/// A view's citation, in two forms.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// For a paper's reference list or a footnote.
    pub text: String,
    /// For LaTeX (`@misc`, with `url` and `urldate`).
    pub bibtex: String,
}

/// The scenario in a few words: "Projection at 12% a year from 2025" (or each flow's
/// rate when they differ).
pub fn scenario_line(t: &Catalog, r: &Resolved) -> String {
    let a = &r.assumptions;
    t.fill(Fill::CiteScenario {
        rates: &text::rates_label(t, a.exports_pct, a.imports_pct),
        year: &a.base_year.to_string(),
    })
}

/// The statistics shown and who publishes them: "Belarus–Uzbekistan trade, Uzbek
/// statistics (Statistics Agency of Uzbekistan; …)".
fn statistics(t: &Catalog, r: &Resolved) -> String {
    let data = t.data();
    let series = data.series(r.series);
    let publishers: Vec<&str> = data
        .publishers(series)
        .into_iter()
        .map(|p| t.text(p))
        .collect();
    t.fill(Fill::CiteStatistics {
        pair: &format!(
            "{}–{}",
            t.text(&data.countries.a),
            t.text(&data.countries.b)
        ),
        series: t.text(&series.name),
        publishers: &publishers.join("; "),
    })
}

/// `part` ending a sentence: with a full stop unless it has one.
fn sentence(part: &str) -> String {
    if part.ends_with('.') {
        part.to_string()
    } else {
        format!("{part}.")
    }
}

/// Escapes the characters BibTeX and LaTeX read as commands in a field's text.
fn bibtex_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\textbackslash{}"),
            '{' | '}' | '$' | '&' | '%' | '#' | '_' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '~' => escaped.push_str("\\textasciitilde{}"),
            '^' => escaped.push_str("\\textasciicircum{}"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// The citation of the view of `r` at `link` (its share link), its figures checked
/// `as_of` (when the data file says so), accessed on `accessed`, in `t`'s language.
pub fn citation(
    t: &Catalog,
    r: &Resolved,
    as_of: Option<Day>,
    link: &str,
    accessed: Day,
) -> Citation {
    let title = t.text(&t.data().title);
    let statistics = statistics(t, r);
    let as_of = as_of_line(t, as_of);
    let scenario = scenario_line(t, r);
    let accessed_said = t.fill(Fill::CiteAccessed {
        date: &t.date(&accessed.iso()),
    });
    let described: Vec<String> = [title, &statistics, &as_of, &scenario]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(sentence)
        .collect();
    let text = format!("{} {link} ({accessed_said}).", described.join(" "));
    let note: Vec<String> = [&statistics, &as_of, &scenario]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|part| bibtex_escape(&sentence(part)))
        .collect();
    let day = accessed.iso();
    let bibtex = format!(
        "@misc{{tradeoutlook-{day},\n  title = {{{}}},\n  note = {{{}}},\n  url = {{{link}}},\n  urldate = {{{day}}},\n  year = {{{}}},\n  language = {{{}}},\n}}",
        bibtex_escape(title),
        note.join(" "),
        accessed.year,
        t.lang().code(),
    );
    Citation { text, bibtex }
}
