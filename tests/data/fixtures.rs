//! The data files the parser's tests read, each with what reading it must give: the
//! shipped file and the synthetic pair (accepted: each series' latest figures), and bad
//! files made from the shipped one (refused: each fault with its place, in English).
//! One list for every reader of it: the library's tests natively and, compiled to wasm,
//! in headless Chromium (`src/data/tests/fixtures.rs`, `make test-wasm`), and
//! `check-data` as an editor runs it (`tests/check_data.rs`).

/// The shipped data file as written.
pub const SHIPPED: &str = include_str!("../../data/belarus-uzbekistan.json");
/// The synthetic pair of the tests (never shipped).
pub const SYNTHETIC: &str = include_str!("synthetic-pair.json");

/// A data file and what reading it must give.
pub struct Fixture {
    /// Its file name.
    pub name: &'static str,
    /// Its text.
    pub text: String,
    /// What reading it must give.
    pub expect: Read,
}

/// What reading a data file gave, in English: each series' latest figures (as
/// `check-data` prints them) or each fault with its place (without the file's name).
#[derive(Debug, PartialEq)]
pub enum Read {
    /// Accepted: each series' latest figures.
    Accepted(Vec<String>),
    /// Refused: each fault (for a fixture: some of them, each of which must be found).
    Refused(Vec<String>),
}

/// The shipped file with the first `from` replaced by `to` (which must be there).
fn shipped_with(from: &str, to: &str) -> String {
    assert!(SHIPPED.contains(from), "the shipped file has {from}");
    SHIPPED.replacen(from, to, 1)
}

/// `line L, column C: ` of the first `what` in `text` (both from 1, the column in
/// characters), as a fault's place begins.
fn place_of(text: &str, what: &str) -> String {
    let before = &text[..text.find(what).unwrap()];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("line {line}, column {column}: ")
}

/// Accepted with these latest figures.
fn accepted(lines: &[&str]) -> Read {
    Read::Accepted(lines.iter().map(|l| l.to_string()).collect())
}

/// Refused with (at least) these faults.
fn refused(faults: &[&str]) -> Read {
    Read::Refused(faults.iter().map(|f| f.to_string()).collect())
}

/// Every fixture: the two good files, then the bad ones.
pub fn fixtures() -> Vec<Fixture> {
    let wrong_type = shipped_with("\"turnover\": 654.7", "\"turnover\": \"654.7\"");
    let fraction = shipped_with("\"year\": 2010,", "\"year\": 2010.5,");
    let misspelt = shipped_with("\"source\": \"statuz\"", "\"sorce\": \"statuz\"");
    let no_english = shipped_with("\"en\": \"Uzbek statistics\"", "\"fr\": \"x\"");
    let faults = |text: &str, at: &str, fault: &str| {
        Read::Refused(vec![format!("{}{fault}", place_of(text, at))])
    };
    vec![
        Fixture {
            name: "belarus-uzbekistan.json",
            text: SHIPPED.to_string(),
            expect: accepted(&[
                "2025, Uzbek statistics: turnover ≈ 892.5; flows last given for 2023: Belarus → \
                 Uzbekistan 525.8; Uzbekistan → Belarus 128.9; turnover 654.7",
                "2025, Belarusian statistics: Belarus → Uzbekistan ≈ 686; Uzbekistan → Belarus \
                 ≈ 169; turnover ≈ 855",
            ]),
        },
        Fixture {
            name: "synthetic-pair.json",
            text: SYNTHETIC.to_string(),
            expect: accepted(&[
                "2023, Synthetic statistics: turnover ≈ 150; flows last given \
                for 2021: Testland → Examplestan 70; Examplestan → Testland 50; turnover 120",
            ]),
        },
        Fixture {
            name: "negative.json",
            text: shipped_with("\"turnover\": 654.7", "\"turnover\": -654.7"),
            expect: refused(&["series \"uz\", year 2023: turnover is negative"]),
        },
        Fixture {
            name: "broken.json",
            text: shipped_with("\"format\": 2,", "\"format\": 2"),
            expect: refused(&[
                "line 4, column 3: the JSON cannot be read: expected a comma or `}`",
            ]),
        },
        Fixture {
            name: "wrong-type.json",
            expect: faults(
                &wrong_type,
                "\"654.7\"",
                "series[0].points[13].turnover: expected a number (like 960.4: a decimal point, \
                 no quotes), found a string `\"654.7\"`",
            ),
            text: wrong_type,
        },
        Fixture {
            name: "fraction.json",
            expect: faults(
                &fraction,
                "2010.5",
                "series[0].points[0].year: expected a whole number, found a number `2010.5`",
            ),
            text: fraction,
        },
        Fixture {
            name: "misspelt.json",
            expect: faults(
                &misspelt,
                "\"sorce\"",
                "series[0].points[0].sorce: unknown field `sorce` (the field `source` is \
                 missing: misspelt?)",
            ),
            text: misspelt,
        },
        Fixture {
            name: "no-english.json",
            expect: faults(
                &no_english,
                "\"fr\"",
                "series[0].name.fr: unknown field `fr` (the field `en` is missing: misspelt?)",
            ),
            text: no_english,
        },
        Fixture {
            name: "empty.json",
            text: String::new(),
            expect: refused(&[
                "line 1, column 1: the JSON cannot be read: expected a value, found the end of \
                 the file",
            ]),
        },
        Fixture {
            name: "web-page.json",
            text: "<!doctype html>\n<title>404 Not Found</title>".to_string(),
            expect: refused(&[
                "line 1, column 1: the JSON cannot be read: a web page, not JSON (a server's \
                 error page in its place?)",
            ]),
        },
        Fixture {
            // Deeper than the reader takes: refused, never a stack overflow (the browser's
            // stack is smaller than a native thread's).
            name: "deep.json",
            text: "[".repeat(10_000),
            expect: refused(&["line 1, column 33: the JSON cannot be read: nested too deeply"]),
        },
    ]
}

/// Reads every fixture with `read` (file name, text) and compares: accepted files with
/// their latest figures exactly, refused ones with each fault expected found. Every
/// difference, one a line.
pub fn check_all(read: impl Fn(&str, &str) -> Read) -> Result<(), String> {
    let mut wrong = Vec::new();
    for fixture in fixtures() {
        let got = read(fixture.name, &fixture.text);
        let ok = match (&fixture.expect, &got) {
            (Read::Refused(expected), Read::Refused(faults)) => {
                expected.iter().all(|e| faults.contains(e))
            }
            (expected, got) => expected == got,
        };
        if !ok {
            let expected = &fixture.expect;
            wrong.push(format!(
                "{}: expected {expected:?}, read {got:?}",
                fixture.name
            ));
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("\n"))
    }
}
