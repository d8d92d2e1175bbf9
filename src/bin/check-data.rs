//! Checks data files as the app does when it reads one, before an editor uploads it.
//!
//!   check-data FILE…        (make check-data FILE=…; make test checks data/*.json)
//!
//! Prints each fault with its place (`data/x.json: series "uz", year 2024: turnover is
//! negative`, or the line and column of a JSON error); for a file that can be used,
//! each series' latest figures as a sentence naming each flow's direction (`2025, Uzbek
//! statistics: Belarus → Uzbekistan 741.2; Uzbekistan → Belarus 219.2; turnover 960.4`:
//! a swapped pair of flows shows at a glance), a warning for each source nothing cites,
//! and the texts each language lacks (shown in English, not faults; a warning for the
//! title and description, which each language's page and its link previews show).
//! Exits non-zero when a file cannot be used.

use std::process::ExitCode;
use trade_outlook::data::{
    latest_figures, page_texts_missing, parse_for_editor, publishers_missing, untranslated,
    unused_source_warning, unused_sources, Day,
};
use trade_outlook::i18n::{plain_english, Lang};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-data FILE…");
        return ExitCode::from(2);
    }
    let mut ok = true;
    let today = Day::from_system_clock();
    let english = plain_english();
    for file in &files {
        let checked = std::fs::read_to_string(file)
            .map_err(|e| format!("{file}: could not be read: {e}"))
            .and_then(|text| parse_for_editor(file, &text, today).map_err(|e| e.to_string()));
        match checked {
            Ok(data) => {
                println!("{file}: ok");
                for sentence in latest_figures(&data, english) {
                    println!("{file}: latest: {sentence}");
                }
                for id in unused_sources(&data) {
                    println!("{file}: warning: {}", unused_source_warning(english, id));
                }
                for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                    let page = page_texts_missing(&data, lang);
                    if !page.is_empty() {
                        println!(
                            "{file}: warning: the {} page ({}index.html) and its link previews \
                             show {} in English: the file has no {} text for it",
                            lang.code(),
                            lang.page_folder(),
                            page.join(" and "),
                            lang.code()
                        );
                    }
                    let publishers = publishers_missing(&data, lang);
                    if !publishers.is_empty() {
                        println!(
                            "{file}: warning: the {} page names the publisher of {} in English: \
                             the file has no {} name for it",
                            lang.code(),
                            publishers
                                .iter()
                                .map(|id| format!("source \"{id}\""))
                                .collect::<Vec<_>>()
                                .join(", "),
                            lang.code()
                        );
                    }
                    let missing = untranslated(&data, lang);
                    if !missing.is_empty() {
                        let n = missing.len();
                        println!(
                            "{file}: note: {n} texts have no {} text (English is shown): {}",
                            lang.code(),
                            missing.join("; ")
                        );
                    }
                }
            }
            Err(e) => {
                ok = false;
                eprintln!("{e}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
