//! `check-data` as an editor runs it (`make check-data FILE=…`): the same messages as the
//! page, a non-zero exit for a file that cannot be used.

use std::path::PathBuf;
use std::process::Command;

/// Writes `text` as `name` in a folder of this test's own and returns its path.
fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("check-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs check-data on `files`: exit success, standard output, standard error.
fn check(files: &[PathBuf]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(files)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

#[path = "data/fixtures.rs"]
mod fixtures;

use fixtures::{check_all, Read, SHIPPED, SYNTHETIC};

#[test]
fn a_good_file_passes_and_its_missing_translations_are_noted() {
    let (ok, out, err) = check(&[
        file("good.json", SHIPPED),
        file("synthetic.json", SYNTHETIC),
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("good.json: ok"));
    assert!(out.contains("synthetic.json: ok"));
    assert!(
        out.contains("synthetic.json: note: ")
            && out.contains("have no uz text (English is shown)")
    );
    assert!(
        !out.contains("good.json: note"),
        "every text of the shipped file is translated"
    );
    assert!(!out.contains("good.json: warning"));
    assert!(
        out.contains("good.json: latest: 2025, Belarusian statistics: Belarus → Uzbekistan ≈ 686; Uzbekistan → Belarus ≈ 169; turnover ≈ 855\n"),
        "each series' latest figures, each flow named by its direction: {out}"
    );
}

#[test]
fn a_publisher_without_a_name_in_a_language_is_a_warning() {
    let no_uz = SHIPPED.replacen(
        ", \"uz\": \"Oʻzbekiston Respublikasi Prezidenti huzuridagi Statistika agentligi\"",
        "",
        1,
    );
    assert_ne!(no_uz, SHIPPED, "the shipped publisher has a uz name");
    let (ok, out, err) = check(&[file("no-uz-publisher.json", &no_uz)]);
    assert!(ok, "a warning, not a fault: {err}");
    assert!(
        out.contains("no-uz-publisher.json: warning: the uz page names the publisher of source \"statuz\" in English"),
        "{out}"
    );
    assert!(!out.contains("the ru page names the publisher"), "{out}");
}

#[test]
fn a_source_nothing_cites_is_a_warning() {
    let left_behind = SHIPPED.replacen("\"also\": [\"uzdaily-2025\"],", "", 1);
    assert_ne!(left_behind, SHIPPED);
    let (ok, out, err) = check(&[file("left-behind.json", &left_behind)]);
    assert!(ok, "a warning, not a fault: {err}");
    assert!(
        out.contains("left-behind.json: warning: source \"uzdaily-2025\" is cited by no figure, target or product share"),
        "{out}"
    );
}

#[test]
fn a_title_or_description_a_language_page_needs_is_reported() {
    let no_be_title = SHIPPED.replacen(
        ",\n    \"be\": \"Гандаль Беларусі з Узбекістанам: шлях да $1 млрд\"",
        "",
        1,
    );
    assert_ne!(no_be_title, SHIPPED, "the shipped title has a be text");
    let (ok, out, err) = check(&[file("no-be-title.json", &no_be_title)]);
    assert!(ok, "a warning, not a fault: {err}");
    assert!(
        out.contains("no-be-title.json: warning: the be page (be/index.html) and its link previews show title in English"),
        "{out}"
    );
    assert!(!out.contains("warning: the ru page"), "{out}");
}

#[test]
fn every_fixture_is_checked_as_the_page_reads_it() {
    // The shared list (tests/data/fixtures.rs), one file at a time: a good file passes
    // with each series' latest figures, a bad one fails with each fault and its place.
    let read = |name: &str, text: &str| {
        let path = file(name, text);
        let (ok, out, err) = check(std::slice::from_ref(&path));
        let prefix = format!("{}: ", path.display());
        let ours = |l: &str| l.strip_prefix(&prefix).map(String::from);
        if ok {
            let latest = out.lines().filter_map(ours);
            Read::Accepted(
                latest
                    .filter_map(|l| Some(l.strip_prefix("latest: ")?.to_string()))
                    .collect(),
            )
        } else {
            Read::Refused(err.lines().filter_map(ours).collect())
        }
    };
    if let Err(wrong) = check_all(read) {
        panic!("{wrong}");
    }
}

#[test]
fn a_file_that_cannot_be_read_fails() {
    let (ok, _, err) = check(&[PathBuf::from("no/such/file.json")]);
    assert!(
        !ok && err.contains("no/such/file.json: could not be read"),
        "{err}"
    );
}

#[test]
fn a_file_without_its_dates_or_with_a_future_one_fails() {
    let future = SHIPPED.replacen(
        "\"figures_as_of\": \"2026-12-04\"",
        "\"figures_as_of\": \"2999-01-01\"",
        1,
    );
    let unread = SHIPPED.replacen("\"read\": \"2026-12-04\",", "", 1);
    let (ok, _, err) = check(&[file("future.json", &future), file("unread.json", &unread)]);
    assert!(!ok);
    assert!(
        err.contains("future.json: figures_as_of 2999-01-01 is after today"),
        "{err}"
    );
    assert!(
        err.contains("unread.json: source \"statuz\": the field `read` is missing"),
        "{err}"
    );
}

#[test]
fn the_readme_example_passes() {
    let readme = include_str!("../README.md");
    let start = readme.find("```json\n").expect("README has a JSON example") + "```json\n".len();
    let length = readme[start..].find("```").unwrap();
    let example = file("example.json", &readme[start..start + length]);
    let (ok, out, err) = check(&[example]);
    assert!(ok && out.contains("example.json: ok"), "{out}{err}");
}
