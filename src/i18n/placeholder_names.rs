/// True when `text` may name a placeholder: `a`–`z` and `_` (not, say, JSON that a
/// message quotes).
pub fn is_name(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// The placeholders a message writes, in order, each as often as it is written: its
/// name, and whether it is a number's plural forms (`{n:scenario|scenarios}`, see
/// `plural.rs`) rather than a value (`{n}`). Other braces (JSON a message quotes) are
/// text. `build.rs` makes a field of each name of an English message; the app compares
/// each language's placeholders with English's (this file is included by both).
pub fn placeholder_uses(text: &str) -> Vec<(&str, bool)> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(inside, _)| match inside.split_once(':') {
            Some((name, _forms)) => (name, true),
            None => (inside, false),
        })
        .filter(|(name, _)| is_name(name))
        .collect()
}
