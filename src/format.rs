//! Number formatting: machine forms (URL, CSV, `data-value`) and the reader's forms in
//! each language's style ([`Numbers`]).

/// `value` with exactly `decimals` decimals (at most 9) and no separators: `1128.9`.
/// Rounds half away from zero. Written with integers: core's exact float formatting
/// would add about 8 KB to the .wasm.
pub fn fixed(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals as u32);
    // Saturates past 1.8e19 (and for infinity); clamped inputs never come near.
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let int = scaled / scale;
    if decimals == 0 {
        return format!("{sign}{int}");
    }
    let frac = (scaled % scale).to_string();
    format!("{sign}{int}.{}{frac}", "0".repeat(decimals - frac.len()))
}

/// Reads a decimal number: optional sign, digits, optional `.` and digits, optional
/// exponent (`1e12`); no `inf` or `NaN`, and `None` past the largest finite value. Written by hand: core's float parser and its tables
/// would add about 20 KB to the .wasm. Exact for up to 15 significant digits; beyond
/// that the last digits are only approximate (inputs are clamped far below).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, exponent) = match digits.split_once(['e', 'E']) {
        Some((digits, exponent)) => (digits, exponent.parse::<i32>().ok()?.clamp(-400, 400)),
        None => (digits, 0),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let mut mantissa = 0.0_f64;
    let mut scale = 0;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if i >= int.len() && scale >= 15 {
            break;
        }
        mantissa = mantissa * 10.0 + f64::from(b - b'0');
        if i >= int.len() {
            scale += 1;
        }
    }
    // Both exact below 2^53 and 10^22: the quotient is correctly rounded.
    let value = mantissa / 10f64.powi(scale) * 10f64.powi(exponent);
    Some(if negative { -value } else { value }).filter(|v| v.is_finite())
}

/// `value` with at most `decimals` decimals, trailing zeros dropped: `12.5`, `16`.
pub fn trimmed(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    if text == "-0" { "0" } else { text }.to_string()
}

/// Fills `{name}` placeholders of `template` with `args`; unknown names stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| args.iter().find(|(name, _)| *name == &after[..close]))
            .map(|(name, value)| (name.len(), *value));
        match value {
            Some((len, value)) => {
                out.push_str(value);
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How a language writes numbers, percentages and dollar amounts (from its message file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numbers {
    /// Decimal separator: `.` or `,`.
    pub decimal: &'static str,
    /// Thousands separator: `,` or a no-break space.
    pub group: &'static str,
    /// Percentage pattern around `{n}`: `{n}%` or `{n} %`.
    pub percent: &'static str,
    /// US$ million pattern around `{n}`: `${n} million`, with a no-break space.
    pub million: &'static str,
    /// US$ billion pattern around `{n}`: `${n} billion`, with a no-break space.
    pub billion: &'static str,
}

impl Numbers {
    /// `value` with `decimals` decimals and thousands separators: `1,234.5`, `1 234,5`.
    /// Non-finite values print as `–`.
    pub fn grouped(&self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".to_string();
        }
        self.localized(&fixed(value, decimals), true)
    }

    /// `value` with at most `decimals` decimals, no trailing zeros, no grouping: `12.5`.
    pub fn short(&self, value: f64, decimals: usize) -> String {
        self.localized(&trimmed(value, decimals), false)
    }

    /// A rate in % with at most two decimals: `12.5%`, `12,5 %`.
    pub fn percent(&self, pct: f64) -> String {
        fill(self.percent, &[("n", &self.short(pct, 2))])
    }

    /// A US$ million amount in words: `$714 million`, `$654.7 million`, `$1.25 billion`.
    pub fn money(&self, millions: f64) -> String {
        if millions >= 1000.0 {
            fill(self.billion, &[("n", &self.short(millions / 1000.0, 2))])
        } else {
            let decimals = if millions.fract() == 0.0 { 0 } else { 1 };
            fill(self.million, &[("n", &self.grouped(millions, decimals))])
        }
    }

    /// Rewrites a machine number (`-1234.5`) with this style's separators and a true
    /// minus sign (U+2212, as typography and screen readers want it: `−1,234.5`).
    fn localized(&self, machine: &str, group: bool) -> String {
        let (sign, digits) = match machine.strip_prefix('-') {
            Some(rest) if rest.chars().any(|c| c.is_ascii_digit() && c != '0') => {
                ("\u{2212}", rest)
            }
            Some(rest) => ("", rest),
            None => ("", machine),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::with_capacity(machine.len() + 8);
        out.push_str(sign);
        for (i, c) in int.chars().enumerate() {
            if group && i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(self.decimal);
            out.push_str(frac);
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const EN: Numbers = Numbers {
        decimal: ".",
        group: ",",
        percent: "{n}%",
        million: "${n}\u{a0}million",
        billion: "${n}\u{a0}billion",
    };
    const RU: Numbers = Numbers {
        decimal: ",",
        group: "\u{a0}",
        percent: "{n}\u{a0}%",
        million: "${n}\u{a0}млн",
        billion: "${n}\u{a0}млрд",
    };

    #[test]
    fn grouped_rounds_and_separates() {
        assert_eq!(EN.grouped(1234.56, 1), "1,234.6");
        assert_eq!(EN.grouped(999.0, 0), "999");
        assert_eq!(EN.grouped(1_000_000.0, 0), "1,000,000");
        assert_eq!(EN.grouped(-2500.0, 0), "\u{2212}2,500");
        assert_eq!(EN.grouped(-0.01, 0), "0");
        assert_eq!(EN.grouped(f64::NAN, 0), "–");
        assert_eq!(RU.grouped(1000.5, 1), "1\u{a0}000,5");
    }

    #[test]
    fn fixed_and_trimmed_decimals() {
        assert_eq!(fixed(1128.953, 1), "1129.0");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(-12.345, 1), "-12.3");
        assert_eq!(fixed(1e30, 0), "18446744073709551615", "saturates");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(3.0, 0), "3");
        assert_eq!(trimmed(12.50, 2), "12.5");
        assert_eq!(trimmed(-20.0, 2), "-20");
        assert_eq!(trimmed(-0.001, 2), "0");
    }

    #[test]
    fn decimals_are_read_without_exponents_or_words() {
        assert_eq!(parse_decimal("12.5"), Some(12.5));
        assert_eq!(parse_decimal(" -3 "), Some(-3.0));
        assert_eq!(parse_decimal("+0.1"), Some(0.1));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("7."), Some(7.0));
        assert_eq!(parse_decimal("100000"), Some(100_000.0));
        assert_eq!(parse_decimal("16.49"), Some(16.49));
        assert_eq!(
            parse_decimal("0.123456789012345678"),
            Some(0.123456789012345)
        );
        assert_eq!(parse_decimal("1e3"), Some(1000.0));
        assert_eq!(parse_decimal("2.5E-1"), Some(0.25));
        for bad in [
            "", "-", ".", "1e", "e3", "1e3.5", "inf", "NaN", "1.2.3", "12,5", "0x10", "--1", "1 2",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert_eq!(parse_decimal(&"9".repeat(400)), None);
    }

    #[test]
    fn money_in_words() {
        assert_eq!(EN.money(714.0), "$714\u{a0}million");
        assert_eq!(EN.money(654.7), "$654.7\u{a0}million");
        assert_eq!(EN.money(1000.0), "$1\u{a0}billion");
        assert_eq!(EN.money(1250.0), "$1.25\u{a0}billion");
        assert_eq!(EN.money(20000.0), "$20\u{a0}billion");
        assert_eq!(RU.money(1250.0), "$1,25\u{a0}млрд");
        assert_eq!(RU.money(1654.7 - 1000.0), "$654,7\u{a0}млн");
    }

    #[test]
    fn percentages_trim_zeros() {
        assert_eq!(EN.percent(12.5), "12.5%");
        assert_eq!(EN.percent(16.0), "16%");
        assert_eq!(EN.percent(11.883), "11.88%");
        assert_eq!(EN.percent(-0.001), "0%");
        assert_eq!(RU.percent(-3.25), "\u{2212}3,25\u{a0}%");
    }

    #[test]
    fn templates_are_filled_by_name() {
        assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
        assert_eq!(fill("{x} {unknown} {", &[("x", "é")]), "é {unknown} {");
        assert_eq!(fill("", &[]), "");
    }
}
