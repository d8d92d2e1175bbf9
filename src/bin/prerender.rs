//! The site's pages as readers, crawlers and link previews first get them
//! (`trade_outlook::prerender`): the default scenario's first screen in every language,
//! rendered by the app's own components, in `index.html` and in a page per language
//! beside it, with a preview image per language.
//!
//!   prerender --site DIR [--data FILE]
//!
//! Reads the built `DIR/index.html`, the data file (`DIR/data/belarus-uzbekistan.json`
//! unless `--data` names another) and `DIR/locales/`; writes `DIR/index.html`,
//! `DIR/ru/index.html` (and uz, be) and `DIR/preview/<lang>-<hash>.png`. The
//! stylesheet (`main.css`) and `first-view.js` go into the pages themselves (and out of
//! the site), allowed by the Content Security Policy each page carries. The build's
//! post-build step runs it, and `make first-view` for a site whose data file was edited.
//! `SITE_URL=https://example.org/trade/` gives the pages their public address (link
//! previews need absolute addresses); without it, addresses are relative, with a warning.
//! A data file that is not valid is reported as `make check-data` reports it, and
//! nothing is written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use trade_outlook::data::{parse, DataSet, DEFAULT_DATA};
use trade_outlook::i18n::{bytes_hash, Catalog, Lang, FILE_SIGNATURE};
use trade_outlook::prerender::inline::{inline, with_policy};
use trade_outlook::prerender::{
    data_stamp, first_view, page, page_path, preview_svg, raster, site_url, tidy, Site, Variant,
};
use trade_outlook::ui::prerender::first_screen;

/// The value after `flag` in the arguments.
fn option(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Reads a file, or says which and why not.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: could not be read: {e}", path.display()))
}

/// Writes a file (and its folder), or says which and why not.
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, bytes)
        .map_err(|e| format!("{}: could not be written: {e}", path.display()))
}

/// The catalog of every language over `data`, each from the site's `locales/` (English
/// is compiled in).
fn catalogs(site: &Path, data: &'static DataSet) -> Result<Vec<&'static Catalog>, String> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            if lang == Lang::En {
                return Ok(&*Box::leak(Box::new(Catalog::english(data))));
            }
            let path = site.join("locales").join(format!("{}.txt", lang.code()));
            let text = read(&path)?;
            if !text.starts_with(FILE_SIGNATURE) {
                return Err(format!("{}: not a message file", path.display()));
            }
            let (catalog, problems) = Catalog::parse(lang, Box::leak(text.into_boxed_str()), data);
            for problem in problems {
                eprintln!("warning: {}: {problem}", path.display());
            }
            Ok(&*Box::leak(Box::new(catalog)))
        })
        .collect()
}

/// Writes `t`'s preview image into `site/preview/` (in place of the language's earlier
/// ones) and returns its path from the site's root: `preview/ru-<hash>.png`, a new name
/// whenever the picture changes (link previews cache images by address).
fn preview(site: &Path, t: &Catalog) -> Result<String, String> {
    let code = t.lang().code();
    let svg = preview_svg(t).ok_or("the default scenario has no projection")?;
    let png = raster::png(&svg).map_err(|e| format!("preview image ({code}): {e}"))?;
    let folder = site.join("preview");
    if let Ok(entries) = std::fs::read_dir(&folder) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with(&format!("{code}-")) && name.ends_with(".png") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    let hash = bytes_hash(&png);
    let path = format!("preview/{code}-{hash:08x}.png");
    write(&site.join(&path), &png)?;
    Ok(path)
}

/// The files the first paint waits for, put into the page: `template` with the site's
/// stylesheet and first-view script inline, those files then removed (a page written
/// before has them inline already).
fn inline_first_paint(dir: &Path, template: &str) -> Result<String, String> {
    let (css, script) = (dir.join("main.css"), dir.join("first-view.js"));
    let (Ok(css_text), Ok(script_text)) = (
        std::fs::read_to_string(&css),
        std::fs::read_to_string(&script),
    ) else {
        return Ok(template.to_string());
    };
    let page = inline(
        template,
        ("main.css", css_text.trim()),
        ("first-view.js", script_text.trim()),
    )?;
    for file in [css, script] {
        std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(page)
}

/// Writes every page of the site in `dir` and their preview images.
fn run(dir: &Path, data_file: &Path) -> Result<(), String> {
    let text = read(data_file)?;
    let data: &'static DataSet = Box::leak(Box::new(
        parse(&data_file.display().to_string(), &text).map_err(|e| e.to_string())?,
    ));
    let name: &'static str = Box::leak(
        data_file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(DEFAULT_DATA)
            .to_string()
            .into_boxed_str(),
    );
    let stamp = data_stamp(name, &text);
    let catalogs = catalogs(dir, data)?;
    let variants: Vec<Variant> = catalogs
        .iter()
        .map(|t| {
            let (header, screen) = first_screen(t, name);
            Variant { t, header, screen }
        })
        .collect();
    let view = first_view(&variants, &stamp);
    let template = inline_first_paint(dir, &tidy(&read(&dir.join("index.html"))?))?;
    let address = std::env::var("SITE_URL").ok();
    let public = address.as_deref().and_then(site_url);
    let site = match &public {
        Some(root) => Site::At(root),
        None => {
            let why = match &address {
                Some(value) => format!("SITE_URL={value:?} is not an http(s) address"),
                None => "no SITE_URL".to_string(),
            };
            eprintln!(
                "warning: {why}: the pages give relative addresses (link previews need \
                 absolute ones: SITE_URL=https://example.org/trade/ make build)"
            );
            Site::Unknown
        }
    };
    for t in catalogs {
        let image = preview(dir, t)?;
        let html = page(&template, &view, t, site, &stamp, &image)
            .and_then(|html| with_policy(&html))
            .map_err(|e| format!("{}: {e}", dir.join("index.html").display()))?;
        write(&dir.join(page_path(t.lang())), html.as_bytes())?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = option(&args, "--site").map(PathBuf::from) else {
        eprintln!("usage: prerender --site DIR [--data FILE]");
        return ExitCode::FAILURE;
    };
    let data_file = option(&args, "--data")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.join("data").join(format!("{DEFAULT_DATA}.json")));
    match run(&dir, &data_file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
