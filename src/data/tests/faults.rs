//! A data file's faults: each named with its place, in the reader's language with the
//! file's own words as written, and what readers get when a file cannot be used.

use super::*;

/// The shipped file with `edit` made to its JSON, parsed: its faults, one a line.
fn faults_after(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
    edit(&mut json);
    let text = serde_json::to_string_pretty(&json).unwrap();
    match parse("data/belarus-uzbekistan.json", &text) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn each_fault_of_a_data_file_is_named_with_its_place() {
    type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: [(&str, Edit); 12] = [
        (
            "data/belarus-uzbekistan.json: series \"uz\", year 2023: turnover is negative",
            Box::new(|j| j["series"][0]["points"][13]["turnover"] = (-1.0).into()),
        ),
        (
            "series \"uz\", year 2010: the year is repeated or out of order",
            Box::new(|j| j["series"][0]["points"][1]["year"] = 2010.into()),
        ),
        (
            "series \"uz\", year 2010: turnover 140 is not a_to_b 112.7 + b_to_a 25.8",
            Box::new(|j| j["series"][0]["points"][0]["turnover"] = 140.0.into()),
        ),
        (
            "series \"by\", year 2016: unknown source \"nowhere\"",
            Box::new(|j| j["series"][1]["points"][0]["source"] = "nowhere".into()),
        ),
        (
            "products flow 1: shares must be positive and sum to at most 100",
            Box::new(|j| j["products"]["flows"][0]["shares"][0]["pct"] = 80.0.into()),
        ),
        (
            "target \"1b\": the value must be a positive number",
            Box::new(|j| j["targets"][0]["value"] = 0.0.into()),
        ),
        (
            "series \"uz\": the id is used twice",
            Box::new(|j| j["series"][1]["id"] = "uz".into()),
        ),
        (
            "series \"by\", year 2020: a derived figure needs a note saying how",
            Box::new(|j| {
                j["series"][1]["points"][3]
                    .as_object_mut()
                    .unwrap()
                    .remove("note");
            }),
        ),
        (
            "format 3: this app reads format 2",
            Box::new(|j| j["format"] = 3.into()),
        ),
        (
            "format: format 1 is no longer read: format 2 names each flow by its direction",
            Box::new(|j| j["format"] = 1.into()),
        ),
        (
            "series \"uz\", year 2024: unknown source \"elsewhere\"",
            Box::new(|j| j["series"][0]["points"][14]["also"] = serde_json::json!(["elsewhere"])),
        ),
        (
            "targets: there must be at least one",
            Box::new(|j| j["targets"] = serde_json::json!([])),
        ),
    ];
    for (expected, edit) in cases {
        let faults = faults_after(edit);
        assert!(
            faults.contains(expected),
            "expected «{expected}» in «{faults}»"
        );
    }
    assert_eq!(faults_after(|_| {}), "", "the file as shipped has none");
}

#[test]
fn a_json_or_shape_error_gives_line_and_column() {
    let err = parse("data/x.json", "{\n  \"format\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(err.faults.len(), 1);
    assert!(
        err.to_string()
            .starts_with("data/x.json: line 3, column 3: "),
        "{err}"
    );
    let unknown = SHIPPED.replacen("\"kind\": \"reported\"", "\"knd\": \"reported\"", 1);
    let err = parse("data/x.json", &unknown).unwrap_err().to_string();
    assert!(
        err.contains("unknown field `knd`") && err.contains(": line "),
        "{err}"
    );
    // A text without English, an empty file: in the shared list (tests/data/fixtures.rs).
}

#[test]
fn a_value_of_the_wrong_kind_is_named_with_its_path_and_as_written() {
    let fault = |text: &str| match parse("d.json", text) {
        Ok(_) => panic!("the file was read"),
        Err(e) => e.to_string(),
    };
    let text = SHIPPED.replacen("\"turnover\": 654.7", "\"turnover\": \"654,7\"", 1);
    let line = text[..text.find("\"654,7\"").unwrap()].lines().count();
    assert_eq!(
        fault(&text),
        format!(
            "d.json: line {line}, column 23: series[0].points[13].turnover: expected a number \
             (like 960.4: a decimal point, no quotes), found a string `\"654,7\"`"
        )
    );
    let extra = SHIPPED.replacen("\"url\": ", "\"url\": null, \"x_url\": ", 1);
    assert!(fault(&extra).contains("unknown field `x_url`"));
    // A fractional year, a misspelt field: in the shared list (tests/data/fixtures.rs).
}

#[test]
fn an_unusable_file_of_the_pages_own_keeps_the_page_as_last_built() {
    assert_eq!(
        when_unusable(DEFAULT_DATA, true),
        WhenUnusable::KeepLastBuilt
    );
    // No first view to keep (it was taken away, or the page never had one).
    assert_eq!(
        when_unusable(DEFAULT_DATA, false),
        WhenUnusable::Report { offer_own: false }
    );
    // Another pair's file: the first view shows the page's own figures, never its.
    for first_view in [true, false] {
        assert_eq!(
            when_unusable("kazakhstan-uzbekistan", first_view),
            WhenUnusable::Report { offer_own: true }
        );
    }
}

#[test]
fn a_files_faults_are_said_in_the_readers_language_with_its_own_words_as_written() {
    use crate::i18n::catalog;
    let wrong_type = SHIPPED.replacen("\"turnover\": 654.7", "\"turnover\": \"654,7\"", 1);
    let err = parse("data/x.json", &wrong_type).unwrap_err();
    let ru = err.say(catalog(Lang::Ru));
    assert!(
        ru.starts_with("data/x.json: строка ")
            && ru.contains(": series[0].points[13].turnover: ожидается: число (например, 960.4")
            && ru.ends_with("в файле: строка `\"654,7\"`"),
        "{ru}"
    );
    // The rules' faults: their places and problems in the language, ids and values as written.
    let rules = SHIPPED.replacen("\"turnover\": 654.7", "\"turnover\": -654.7", 1);
    let err = parse("data/x.json", &rules).unwrap_err();
    let first = |text: String| text.lines().next().unwrap_or_default().to_string();
    assert_eq!(
        first(err.say(catalog(Lang::Be))),
        "data/x.json: шэраг «uz», 2023 год: turnover — адмоўнае значэнне"
    );
    assert_eq!(
        first(err.say(catalog(Lang::Uz))),
        "data/x.json: “uz” qatori, 2023-yil: turnover manfiy"
    );
    assert_eq!(
        first(err.to_string()),
        "data/x.json: series \"uz\", year 2023: turnover is negative",
        "English for make check-data"
    );
    // Every message a fault can use is written in every language (no English left but
    // the file's own words), so no fault reaches a reader in English.
    for lang in [Lang::Ru, Lang::Uz, Lang::Be] {
        let broken = parse("data/x.json", "{\n  \"format\": 2,,\n}").unwrap_err();
        let said = broken.say(catalog(lang));
        assert!(
            !said.contains("cannot be read") && !said.contains("line"),
            "{lang:?}: {said}"
        );
    }
    // Loaded or not: what the heading says.
    assert!(err.was_loaded());
    assert!(!DataError::not_loaded("data/x.json", "HTTP 404").was_loaded());
    assert_eq!(
        DataError::not_loaded("data/x.json", "HTTP 404").say(catalog(Lang::Ru)),
        "data/x.json: не удалось загрузить: HTTP 404"
    );
}
