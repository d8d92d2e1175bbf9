//! Number formatting shared by the chart and the read-outs.

/// Formats `value` with `decimals` decimals and thousands separators: `1,234.5`.
/// Non-finite values print as `–`.
pub fn thousands(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::with_capacity(text.len() + int.len() / 3 + 1);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// `value` with exactly `decimals` decimals and no separators: `1128.9`.
pub fn fixed(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
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

/// A US$ million amount in words: `$714 million`, `$1 billion`, `$1.25 billion`.
pub fn usd_millions(value: f64) -> String {
    if value >= 1000.0 {
        let billions = value / 1000.0;
        let text = format!("{billions:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        format!("${text} billion")
    } else {
        format!(
            "${} million",
            thousands(value, if value.fract() == 0.0 { 0 } else { 1 })
        )
    }
}

/// A growth rate in % with at most two decimals and no trailing zeros: `12.5%`, `-3%`.
pub fn percent(pct: f64) -> String {
    format!("{}%", trimmed(pct, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_and_rounds() {
        assert_eq!(thousands(1234.56, 1), "1,234.6");
        assert_eq!(thousands(999.0, 0), "999");
        assert_eq!(thousands(1_000_000.0, 0), "1,000,000");
        assert_eq!(thousands(-2500.0, 0), "-2,500");
        assert_eq!(thousands(-0.01, 0), "0");
        assert_eq!(thousands(f64::NAN, 0), "–");
    }

    #[test]
    fn fixed_and_trimmed_decimals() {
        assert_eq!(fixed(1128.953, 1), "1129.0");
        assert_eq!(trimmed(12.50, 2), "12.5");
        assert_eq!(trimmed(-20.0, 2), "-20");
        assert_eq!(trimmed(-0.001, 2), "0");
    }

    #[test]
    fn money_in_words() {
        assert_eq!(usd_millions(714.0), "$714 million");
        assert_eq!(usd_millions(654.7), "$654.7 million");
        assert_eq!(usd_millions(1000.0), "$1 billion");
        assert_eq!(usd_millions(1250.0), "$1.25 billion");
        assert_eq!(usd_millions(20000.0), "$20 billion");
    }

    #[test]
    fn percentages_trim_zeros() {
        assert_eq!(percent(12.5), "12.5%");
        assert_eq!(percent(16.0), "16%");
        assert_eq!(percent(11.883), "11.88%");
        assert_eq!(percent(-0.001), "0%");
    }
}
