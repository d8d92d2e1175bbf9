//! The JSON reader's tests: values with their places, each syntax error with its line and column.
use super::*;

/// The line, column and English words of the syntax error in `text`.
fn error(text: &str) -> (usize, usize, &'static str) {
    let e = parse(text).unwrap_err();
    let (line, column) = line_column(text, e.at);
    let said = crate::i18n::plain_english().get(e.message);
    let words = said
        .strip_prefix("the JSON cannot be read: ")
        .unwrap_or(said);
    (line, column, words)
}

#[test]
fn values_are_read_with_their_places() {
    let text = "{\"a\": [1, -2.5e1, true, null], \"b\": \"x\\n\\u00e9\\ud83d\\ude00\"}";
    let v = parse(text).unwrap();
    let Kind::Object(members) = &v.kind else {
        panic!("an object")
    };
    assert_eq!(members[0].0, "a");
    let Kind::Array(items) = &members[0].2.kind else {
        panic!("a list")
    };
    assert_eq!(items[1].kind, Kind::Number(-25.0));
    assert_eq!(&text[items[1].at.start..items[1].at.end], "-2.5e1");
    assert_eq!(items[2].kind, Kind::Bool(true));
    assert_eq!(items[3].kind, Kind::Null);
    assert_eq!(members[1].2.kind, Kind::String("x\né😀".to_string()));
    assert_eq!(parse(" 0 ").unwrap().kind, Kind::Number(0.0));
    assert_eq!(
        parse("[0,1]").unwrap().kind,
        Kind::Array(vec![
            Value {
                kind: Kind::Number(0.0),
                at: Span { start: 1, end: 2 }
            },
            Value {
                kind: Kind::Number(1.0),
                at: Span { start: 3, end: 4 }
            },
        ])
    );
}

#[test]
fn each_syntax_error_names_its_line_and_column() {
    assert_eq!(
        error("{\n  \"a\": 1,\n}"),
        (
            3,
            1,
            "expected a key in \"quotes\" (a comma after the last member?)"
        )
    );
    assert_eq!(error("[1 2]"), (1, 4, "expected a comma or `]`"));
    assert_eq!(error("{\"a\" 1}"), (1, 6, "expected `:` after the key"));
    assert_eq!(error("\"ab"), (1, 2, "a string without its closing quote"));
    assert_eq!(
        error("\"a\nb\""),
        (1, 3, "a line break or control character inside a string")
    );
    assert_eq!(error("01"), (1, 2, "a number may not start with 0"));
    assert_eq!(
        error("1."),
        (1, 3, "expected a digit after the decimal point")
    );
    assert_eq!(error("1e999"), (1, 1, "a number too large"));
    assert_eq!(error("\"\\x\""), (1, 3, "an unknown escape after `\\`"));
    assert_eq!(error("\"\\ud800\""), (1, 8, "half a surrogate pair"));
    assert_eq!(
        error("{\"a\": 1, \"a\": 2}"),
        (1, 10, "this key is written twice in the object")
    );
    assert_eq!(error("[1] x"), (1, 5, "nothing after the end of the JSON"));
    assert_eq!(
        error(""),
        (1, 1, "expected a value, found the end of the file")
    );
    assert_eq!(error("nul"), (1, 1, "expected a value (a number, a string in \"quotes\", a list, an object, true, false or null)"));
    // A hostile file cannot nest without end (nor overflow the stack).
    let deep = "[".repeat(10_000);
    assert_eq!(error(&deep).2, "nested too deeply");
}

#[test]
fn columns_count_characters() {
    assert_eq!(line_column("ab\nцд x", 7), (2, 3));
    assert_eq!(line_column("x", 99), (1, 2));
}
