use super::*;
use crate::data::shipped;

use message_file as file;

#[test]
fn every_language_has_every_message() {
    for lang in Lang::ALL {
        assert!(
            file(lang).starts_with(FILE_SIGNATURE),
            "{lang:?}: first line"
        );
        let (_, problems) = Catalog::parse(lang, file(lang), shipped());
        assert!(
            problems.is_empty(),
            "locales/{}.txt: {problems:?}",
            lang.code()
        );
    }
}

#[test]
fn a_missing_or_broken_message_is_reported_and_falls_back_to_english() {
    let text =
        "number.decimal = ,\nchart.target = Цель\nnot.a.key = x\nchart.unit = a\nchart.unit = b";
    let (catalog, problems) = Catalog::parse(Lang::Ru, text, shipped());
    assert!(problems.contains(&"missing key `chart.turnover`".to_string()));
    assert!(problems.contains(&"placeholders of `chart.target` differ".to_string()));
    assert!(problems.contains(&"unknown key `not.a.key`".to_string()));
    assert!(problems.contains(&"duplicate key `chart.unit`".to_string()));
    assert_eq!(
        catalog.get(Msg::ChartTurnover),
        crate::i18n::english().get(Msg::ChartTurnover)
    );
    assert_eq!(
        catalog.template(&Fill::ChartTarget { target: () }),
        "Target: {target}"
    );
    assert_eq!(catalog.get(Msg::NumberDecimal), ",");
    // The data set's words in Russian come from the data file.
    assert_eq!(catalog.series_name(0), "Статистика Узбекистана");
}

#[test]
fn english_comes_from_its_file() {
    let (catalog, problems) = Catalog::parse(Lang::En, file(Lang::En), shipped());
    assert!(problems.is_empty(), "{problems:?}");
    let english = crate::i18n::english();
    for (i, key) in MSG_KEYS.iter().enumerate() {
        assert_eq!(catalog.texts[i], english.texts[i], "{key}");
    }
    assert_eq!(english.data(), shipped());
    assert_eq!(english.money(1250.0), "$1.25\u{a0}billion");
}

#[test]
fn translations_translate_text_and_numbers() {
    let (ru, _) = Catalog::parse(Lang::Ru, file(Lang::Ru), shipped());
    let english = crate::i18n::english();
    assert_eq!(ru.numbers().grouped(1000.5, 1), "1\u{a0}000,5");
    assert_eq!(ru.percent(12.5), "12,5\u{a0}%");
    for lang in [Lang::Ru, Lang::Uz, Lang::Be] {
        let (catalog, _) = Catalog::parse(lang, file(lang), shipped());
        assert_eq!(catalog.numbers().decimal, ",", "{lang:?}");
        let same: Vec<&str> = MSG_KEYS
            .iter()
            .enumerate()
            .filter(|(i, key)| {
                catalog.texts[*i] == english.texts[*i] && !key.starts_with("number.")
            })
            .map(|(_, key)| *key)
            .collect();
        // Symbols and names that every language writes alike.
        let alike = [
            "app.document_title",
            "chart.approx",
            "chart.lower_bound",
            "chart.fan",
            "chart.unit",
            "chance.under",
            "chance.over",
            "view.table",
            "cite.bibtex",
            // The check page's latest figures: year, series, figures.
            "check.latest",
            // A data file's own words: a field's name, JSON's `null`.
            "fault.at_field",
            "json.null",
        ];
        let untranslated: Vec<&&str> = same.iter().filter(|k| !alike.contains(k)).collect();
        assert!(
            untranslated.is_empty(),
            "{lang:?} keeps English: {untranslated:?}"
        );
        assert_ne!(catalog.series_name(0), english.series_name(0));
    }
}

#[test]
fn a_language_is_read_from_its_tag() {
    assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("uz-Latn-UZ"), Some(Lang::Uz));
    assert_eq!(Lang::from_tag("BE"), Some(Lang::Be));
    assert_eq!(Lang::from_tag("de"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn placeholders_are_compared_in_any_order() {
    assert_eq!(placeholders("{b} to {a}, {b}"), vec!["b", "a", "b"]);
    assert_eq!(placeholders("no { brace"), Vec::<&str>::new());
    assert!(same_placeholders("{a} {b} {b}", "{b}{a}{b}"));
    assert!(!same_placeholders("{a} {b} {b}", "{a} {a} {b}"));
    assert!(!same_placeholders("{a}", "{a} {b}"));
}

#[test]
fn a_translation_uses_the_english_placeholders_plural_forms_included() {
    assert_eq!(
        placeholder_uses("{n} {n:a|b} {\"a\": {\"en\": 1}} {Bad} {x}"),
        vec![("n", false), ("n", true), ("x", false)]
    );
    // Plural forms of the English number, where English has them or not.
    assert!(same_placeholders("{n} {n:a|b}", "{n} {n:a|b|c|d}"));
    assert!(same_placeholders("{n} pinned", "{n} {n:a|b|c|d}"));
    // Plural forms of a number the English message does not have.
    assert!(!same_placeholders("{n} {n:a|b}", "{n} {m:a|b|c|d}"));
    let ru = "pins.offer = {n} {count:сценарий|сценария|сценариев|сценария}";
    let (catalog, problems) = Catalog::parse(Lang::Ru, ru, shipped());
    assert!(problems.contains(&"placeholders of `pins.offer` differ".to_string()));
    assert_eq!(
        catalog.fill(Fill::PinsOffer { n: "2" }),
        "On your last visit you pinned 2 scenarios."
    );
}

#[test]
fn the_generated_messages_are_in_the_files_order() {
    assert_eq!(MSG_KEYS[Msg::ChartUnit as usize], "chart.unit");
    assert_eq!(MSG_KEYS[Fill::PinsOffer { n: () }.index()], "pins.offer");
    let date = Fill::DateDay {
        day: "1",
        month: "May",
        year: "2025",
    };
    assert_eq!(MSG_KEYS[date.index()], "date.day");
    let pairs = date.with_pairs(|pairs| pairs.to_vec());
    assert_eq!(pairs, [("day", "1"), ("month", "May"), ("year", "2025")]);
}

#[test]
fn the_lang_parameter_is_read_and_a_bad_one_reported() {
    assert_eq!(lang_param("?growth=3&lang=ru"), (Some(Lang::Ru), None));
    assert_eq!(lang_param("lang=be&lang=uz-Latn"), (Some(Lang::Uz), None));
    assert_eq!(lang_param("?growth=3"), (None, None));
    let (lang, problem) = lang_param("?lang=%3Cscript%3E");
    assert_eq!(lang, None);
    assert_eq!(problem.map(|p| p.pair()).as_deref(), Some("lang=<script>"));
}

#[test]
fn keys_are_found_by_their_hash() {
    for (i, key) in MSG_KEYS.iter().enumerate() {
        assert_eq!(key_hash(key), MSG_HASHES[i], "{key}");
    }
    assert_eq!(key_hash(""), 0x811c_9dc5);
    assert_eq!(key_hash("a"), 0xe40c_292c);
}

#[test]
fn dates_read_in_each_language() {
    let cases = [
        (Lang::En, ["29 April 2025", "January 2025", "2024"]),
        (
            Lang::Ru,
            [
                "29 апреля 2025\u{a0}г.",
                "январь 2025\u{a0}г.",
                "2024\u{a0}г.",
            ],
        ),
        (
            Lang::Be,
            [
                "29 красавіка 2025\u{a0}г.",
                "студзень 2025\u{a0}г.",
                "2024\u{a0}г.",
            ],
        ),
        (
            Lang::Uz,
            ["2025-yil 29-aprel", "2025-yil yanvar", "2024-yil"],
        ),
    ];
    for (lang, [day, month, year]) in cases {
        let t = catalog(lang);
        assert_eq!(t.date("2025-04-29"), day, "{lang:?}");
        assert_eq!(t.date("2025-01"), month, "{lang:?}");
        assert_eq!(t.date("2024"), year, "{lang:?}");
        // Not a date of the data file's forms: as written.
        for odd in ["2025-13", "2025-02-32", "25-01-01", "spring 2025", ""] {
            assert_eq!(t.date(odd), odd, "{lang:?} {odd}");
        }
        // Each language names twelve months, both forms.
        for names in [Msg::DateMonths, Msg::DateMonthsOf] {
            assert_eq!(t.get(names).split(',').count(), 12, "{lang:?}");
        }
    }
}

#[test]
fn a_message_that_counts_reads_right_for_every_number() {
    for (lang, n, expected) in [
        (
            Lang::Ru,
            "1",
            "При прошлом посещении вы закрепили 1 сценарий.",
        ),
        (
            Lang::Ru,
            "2",
            "При прошлом посещении вы закрепили 2 сценария.",
        ),
        (
            Lang::Ru,
            "5",
            "При прошлом посещении вы закрепили 5 сценариев.",
        ),
        (
            Lang::Be,
            "22",
            "Падчас мінулага наведвання вы замацавалі 22 сцэнарыі.",
        ),
        (Lang::En, "1", "On your last visit you pinned 1 scenario."),
        (Lang::En, "3", "On your last visit you pinned 3 scenarios."),
    ] {
        let said = catalog(lang).fill(Fill::PinsOffer { n });
        assert_eq!(said, expected, "{lang:?} {n}");
    }
    // Every plural placeholder of every file gives its language's number of forms.
    for lang in Lang::ALL {
        let forms = if matches!(lang, Lang::Ru | Lang::Be) {
            4
        } else {
            2
        };
        for (key, value) in entries(message_file(lang)) {
            for part in value.split('{').skip(1) {
                let inside = part.split_once('}').map_or("", |(p, _)| p);
                if let Some((name, written)) = inside.split_once(':') {
                    if is_name(name) {
                        assert_eq!(written.split('|').count(), forms, "{lang:?} {key}");
                    }
                }
            }
        }
    }
}
