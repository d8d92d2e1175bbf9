//! Plural forms by CLDR's cardinal categories, so that a message that counts reads right
//! for every number: «1 сценарий», «2 сценария», «5 сценариев», «1,5 сценария». A message
//! writes the forms of its language's categories in a placeholder after the number's
//! name: `{n:scenario|scenarios}` (en, uz: one|other), `{n:сценарий|сценария|сценариев|
//! сценария}` (ru, be: one|few|many|other).

use super::{is_name, Lang};

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// 1 (and, in ru and be, 21, 31, …).
    One,
    /// ru, be: 2–4, 22–24, …
    Few,
    /// ru, be: 0, 5–20, 25–30, …
    Many,
    /// Fractions (and, in en and uz, everything but 1).
    Other,
}

/// The categories `lang` writes forms for, in the order a message gives them.
fn categories(lang: Lang) -> &'static [Plural] {
    match lang {
        Lang::Ru | Lang::Be => &[Plural::One, Plural::Few, Plural::Many, Plural::Other],
        Lang::En | Lang::Uz => &[Plural::One, Plural::Other],
    }
}

/// The category of `n` in `lang` (CLDR's cardinal rules for these four languages).
pub fn category(lang: Lang, n: f64) -> Plural {
    let whole = n.fract() == 0.0 && n.is_finite();
    match lang {
        Lang::En | Lang::Uz => {
            if n == 1.0 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Ru | Lang::Be if !whole => Plural::Other,
        Lang::Ru | Lang::Be => {
            let i = n.abs() as u64;
            match (i % 10, i % 100) {
                (1, h) if h != 11 => Plural::One,
                (2..=4, h) if !(12..=14).contains(&h) => Plural::Few,
                _ => Plural::Many,
            }
        }
    }
}

/// `template` with each `{name:form|form|…}` replaced by the form of the category of
/// `name`'s value in `args` (a number, written with `.` or `,`); one whose value is not
/// a number, or that has too few forms, takes its last form.
pub fn choose(lang: Lang, template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some((close, (name, forms))) = after
            .find('}')
            .and_then(|close| Some((close, after[..close].split_once(':')?)))
            .filter(|(_, (name, _))| is_name(name))
        else {
            out.push('{');
            rest = after;
            continue;
        };
        let forms: Vec<&str> = forms.split('|').collect();
        let value = args.iter().find(|(n, _)| *n == name).and_then(|(_, v)| {
            v.replace(',', ".")
                .replace('\u{a0}', "")
                .parse::<f64>()
                .ok()
        });
        let index = value.and_then(|n| {
            let category = category(lang, n);
            categories(lang).iter().position(|c| *c == category)
        });
        let form = index
            .and_then(|i| forms.get(i))
            .or(forms.last())
            .copied()
            .unwrap_or_default();
        out.push_str(form);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_belarusian_have_one_few_many_and_other() {
        let cases = [
            (1.0, Plural::One),
            (2.0, Plural::Few),
            (5.0, Plural::Many),
            (11.0, Plural::Many),
            (21.0, Plural::One),
            (22.0, Plural::Few),
            (25.0, Plural::Many),
            (1.5, Plural::Other),
            (0.0, Plural::Many),
            (112.0, Plural::Many),
            (104.0, Plural::Few),
        ];
        for lang in [Lang::Ru, Lang::Be] {
            for (n, expected) in cases {
                assert_eq!(category(lang, n), expected, "{lang:?} {n}");
            }
        }
        for lang in [Lang::En, Lang::Uz] {
            assert_eq!(category(lang, 1.0), Plural::One);
            for n in [0.0, 2.0, 5.0, 21.0, 1.5] {
                assert_eq!(category(lang, n), Plural::Other, "{lang:?} {n}");
            }
        }
    }

    #[test]
    fn a_message_takes_the_form_of_its_number() {
        let ru = "{n} {n:сценарий|сценария|сценариев|сценария}";
        let said = |n: &str| choose(Lang::Ru, ru, &[("n", n)]);
        assert_eq!(said("1"), "{n} сценарий");
        assert_eq!(said("2"), "{n} сценария");
        assert_eq!(said("5"), "{n} сценариев");
        assert_eq!(said("11"), "{n} сценариев");
        assert_eq!(said("21"), "{n} сценарий");
        assert_eq!(said("1,5"), "{n} сценария");
        let en = "{n} {n:scenario|scenarios} left";
        assert_eq!(choose(Lang::En, en, &[("n", "1")]), "{n} scenario left");
        assert_eq!(choose(Lang::En, en, &[("n", "3")]), "{n} scenarios left");
        // Not a number, or no such argument: the last form; plain placeholders untouched.
        assert_eq!(choose(Lang::En, en, &[("n", "many")]), "{n} scenarios left");
        assert_eq!(choose(Lang::En, "{x:a|b} {y}", &[]), "b {y}");
        // JSON a message quotes is not a plural.
        let json = "add {\"a\": {\"en\": …}}";
        assert_eq!(choose(Lang::En, json, &[("a", "1")]), json);
    }
}
