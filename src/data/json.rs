//! JSON for the data files: the text read into values that remember where they were
//! written, so that every fault — of syntax or of shape — can name its line, column and
//! the value as written. The same reader in the browser and in `make check-data`.

use crate::i18n::Msg;

/// Deepest nesting of arrays and objects a file may have (the format needs five).
const MAX_DEPTH: usize = 32;

/// Where a value or key was written: byte offsets in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

/// A JSON value and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// What it is.
    pub kind: Kind,
    /// Where.
    pub at: Span,
}

/// The kinds of JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members, in the order written: the key, where it was written, the value.
    Object(Vec<(String, Span, Value)>),
}

impl Kind {
    /// What a reader calls it: "a number", "a string", … (in the reader's language).
    pub fn name(&self) -> Msg {
        match self {
            Kind::Null => Msg::JsonNull,
            Kind::Bool(_) => Msg::JsonBool,
            Kind::Number(_) => Msg::JsonNumber,
            Kind::String(_) => Msg::JsonString,
            Kind::Array(_) => Msg::JsonList,
            Kind::Object(_) => Msg::JsonObject,
        }
    }
}

/// A syntax error: where, and what the reader expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset in the text.
    pub at: usize,
    /// What is wrong ("expected a comma or `}`", …), a message of the page's languages.
    pub message: Msg,
}

/// The line and column (both from 1, the column in characters) of byte `at` of `text`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(at.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Reads `text` as one JSON value (white space around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader { text, at: 0 };
    reader.space();
    if reader.peek() == Some(b'<') {
        return Err(reader.error(Msg::JsonWebPage));
    }
    let value = reader.value(0)?;
    reader.space();
    if reader.at < text.len() {
        return Err(reader.error(Msg::JsonTrailing));
    }
    Ok(value)
}

/// The reader's place in the text.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn error(&self, message: Msg) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `word` (`true`, `null`, …) if it is next.
    fn word(&mut self, word: &str) -> bool {
        let found = self.text[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.space();
        let start = self.at;
        let kind = match self.peek() {
            None => return Err(self.error(Msg::JsonEnd)),
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            _ if self.word("true") => Kind::Bool(true),
            _ if self.word("false") => Kind::Bool(false),
            _ if self.word("null") => Kind::Null,
            _ => return Err(self.error(Msg::JsonValue)),
        };
        Ok(Value {
            kind,
            at: Span {
                start,
                end: self.at,
            },
        })
    }

    fn nested(&self, depth: usize) -> Result<usize, SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error(Msg::JsonTooDeep));
        }
        Ok(depth + 1)
    }

    fn array(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        let depth = self.nested(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Kind::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Kind::Array(items));
                }
                _ => return Err(self.error(Msg::JsonCommaBracket)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        let depth = self.nested(depth)?;
        self.at += 1;
        let mut members: Vec<(String, Span, Value)> = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Kind::Object(members));
        }
        loop {
            self.space();
            let start = self.at;
            if self.peek() != Some(b'"') {
                return Err(self.error(Msg::JsonKey));
            }
            let key = self.string()?;
            let key_at = Span {
                start,
                end: self.at,
            };
            if members.iter().any(|(k, _, _)| *k == key) {
                return Err(SyntaxError {
                    at: start,
                    message: Msg::JsonKeyTwice,
                });
            }
            self.space();
            if self.peek() != Some(b':') {
                return Err(self.error(Msg::JsonColon));
            }
            self.at += 1;
            let value = self.value(depth)?;
            members.push((key, key_at, value));
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Kind::Object(members));
                }
                _ => return Err(self.error(Msg::JsonCommaBrace)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(i) = rest.find(['"', '\\']) else {
                return Err(self.error(Msg::JsonUnclosed));
            };
            if rest[..i].chars().any(|c| c < ' ') {
                let line_break = rest[..i].find(|c: char| c < ' ').unwrap_or(0);
                self.at += line_break;
                return Err(self.error(Msg::JsonControl));
            }
            out.push_str(&rest[..i]);
            self.at += i + 1;
            if rest.as_bytes()[i] == b'"' {
                return Ok(out);
            }
            let escaped = match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    self.at += 1;
                    out.push(self.unicode()?);
                    continue;
                }
                _ => return Err(self.error(Msg::JsonEscape)),
            };
            out.push(escaped);
            self.at += 1;
        }
    }

    /// The character of `\u` and four hex digits (and of a following one for a surrogate pair),
    /// after the `u`.
    fn unicode(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.word("\\u") {
                return Err(self.error(Msg::JsonSurrogate));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(Msg::JsonSurrogate));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error(Msg::JsonNotChar))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        let code = u32::from_str_radix(digits, 16)
            .ok()
            .filter(|_| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error(Msg::JsonHex))?;
        self.at += 4;
        Ok(code)
    }

    fn number(&mut self) -> Result<f64, SyntaxError> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error(Msg::JsonDigit));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error(Msg::JsonDigitFraction));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error(Msg::JsonDigitExponent));
            }
        }
        if matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error(Msg::JsonLeadingZero));
        }
        // The app's own decimal reader: core's float parser would add its tables to the .wasm.
        crate::format::parse_decimal(&self.text[start..self.at]).ok_or(SyntaxError {
            at: start,
            message: Msg::JsonTooLarge,
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "json_tests.rs"]
mod tests;
