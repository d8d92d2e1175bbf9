//! Any text read as a data file: anything, JSON's pieces in any order, the shipped
//! file's text with a piece cut out or put in.

use super::*;

/// Text made of JSON's own pieces, most of them in the wrong order.
fn json_ish() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"a\"",
        "\"format\"",
        "\"en\"",
        "\\",
        "\\u12",
        "\\ud800",
        "\"\\ud83d\\ude00\"",
        "true",
        "fals",
        "null",
        "-",
        "0",
        "01",
        "1.5e",
        "2",
        "2010.5",
        "1e999",
        " ",
        "\n",
        "\t",
        "\r\n",
        "\u{0}",
        "é",
        "😀",
        "<!doctype html>",
    ]);
    prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

/// The shipped file's text with a piece cut out or put in at any place.
fn cut_or_added() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "", "\"", ",", "}", "]", "{", "[", ":", "\\", "\n", "x", "-", "0", "1e999", "é"
        ])
        .prop_map(String::from),
        "\\PC{0,4}",
    ];
    (any::<prop::sample::Index>(), 0..40usize, piece).prop_map(|(at, cut, piece)| {
        let start = SHIPPED.floor_char_boundary(at.index(SHIPPED.len() + 1));
        let end = SHIPPED.floor_char_boundary(start + cut);
        format!("{}{piece}{}", &SHIPPED[..start], &SHIPPED[end..])
    })
}

proptest! {
    #![proptest_config(cases(512))]

    /// Any text, or JSON's pieces in any order: no panic, every fault placed in the text.
    #[test]
    fn any_text_is_read_or_refused_with_each_fault_in_its_place(
        text in prop_oneof![any::<String>(), json_ish()],
    ) {
        let json: Option<Value> = serde_json::from_str(&text).ok();
        check(&text, json.as_ref())?;
    }
}

proptest! {
    #![proptest_config(cases(128))]

    /// The shipped file with a piece of its text cut out or put in: no panic, every
    /// fault placed in the text.
    #[test]
    fn the_shipped_text_cut_or_added_to_is_refused_with_each_fault_in_its_place(text in cut_or_added()) {
        let json: Option<Value> = serde_json::from_str(&text).ok();
        check(&text, json.as_ref())?;
    }
}
