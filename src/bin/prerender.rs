//! The prerendered first view (`trade_outlook::prerender`): the default scenario's first
//! screen in English with its chart as SVG, drawn from a data file.
//!
//!   prerender [--data FILE] [--page INDEX.html]
//!
//! With `--page`, writes the page's title, description, data stamp and first view into
//! that `index.html` (the build's post-build step does so, and `make first-view` for a
//! site whose data file was edited); without, prints the first view. The data file is
//! `data/belarus-uzbekistan.json` unless `--data` names another. A data file that is not
//! valid is reported as `make check-data` reports it, and nothing is written.

use std::process::ExitCode;
use trade_outlook::data::{parse, DEFAULT_DATA};
use trade_outlook::i18n::Catalog;
use trade_outlook::prerender::{data_stamp, first_view, into_page};

/// The value after `flag` in the arguments.
fn option(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = option(&args, "--data").unwrap_or_else(|| format!("data/{DEFAULT_DATA}.json"));
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: could not be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data = match parse(&file, &text) {
        Ok(data) => Box::leak(Box::new(data)),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let name = std::path::Path::new(&file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(DEFAULT_DATA);
    let stamp = data_stamp(name, &text);
    let catalog = Catalog::english(data);
    let Some(page) = option(&args, "--page") else {
        print!("{}", first_view(&catalog, &stamp));
        return ExitCode::SUCCESS;
    };
    let written = std::fs::read_to_string(&page)
        .map_err(|e| e.to_string())
        .and_then(|html| into_page(&html, &catalog, &stamp))
        .and_then(|html| std::fs::write(&page, html).map_err(|e| e.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{page}: {e}");
            ExitCode::FAILURE
        }
    }
}
