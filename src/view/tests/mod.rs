//! The view models, natively: what each panel shows for a scenario, and the rules that
//! used to live in components.

mod cite;

use super::chart::{hover_centre, pixel_ratio, title};
use super::data_table::{hover_lines, table_rows};
use super::downloads::{caption, csv_text, file_name};
use super::fields::FieldsView;
use super::pins::{offer, PinsView};
use super::presets::PresetsView;
use super::readouts::{announcement, answer, ReadoutsView};
use super::share::embed_languages;
use crate::data::shipped;
use crate::display::EmbedLang;
use crate::i18n::{catalog, english, Lang};
use crate::model::Outlook;
use crate::scenario::{Resolved, Scenario, Workspace, MAX_PINS, TARGET_RANGE};

/// The scenario of `query`, resolved and projected over the shipped data.
fn scenario(query: &str) -> (Scenario, Resolved, Outlook) {
    let (s, problems) = Scenario::from_query(query, shipped());
    assert!(problems.is_empty(), "{problems:?}");
    let r = s.resolve(shipped());
    let o = Outlook::compute(shipped().series(r.series), &r.assumptions).expect("a base figure");
    (s, r, o)
}

#[test]
fn the_fields_offer_each_series_its_base_years_and_the_known_targets() {
    let (_, r, _) = scenario("series=by&target=2000&by=2031");
    let v = FieldsView::of(english(), &r);
    let chosen: Vec<&str> = v
        .series
        .iter()
        .filter(|c| c.selected)
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(chosen, ["by"]);
    assert_eq!(v.series.len(), shipped().series.len());
    assert!(v.base_years.windows(2).all(|w| w[0].value > w[1].value));
    assert_eq!(v.base_years.iter().filter(|c| c.selected).count(), 1);
    assert_eq!((v.target.as_str(), v.by.as_str()), ("2000", "2031"));
    // The field's bounds are the accepted range's, not a number of the component's.
    assert_eq!(v.target_limits.0, crate::format::trimmed(TARGET_RANGE.0, 1));
    let pressed: Vec<f64> = v
        .known_targets
        .iter()
        .filter(|k| k.pressed)
        .map(|k| k.value)
        .collect();
    assert_eq!(pressed, [2000.0]);
}

#[test]
fn the_pins_panel_says_when_it_is_full_and_names_the_next_pin() {
    let mut w = Workspace::default();
    let pinned =
        |w: &Workspace| -> Vec<_> { w.pins.iter().map(|p| p.project(shipped())).collect() };
    let empty = PinsView::of(english(), &pinned(&w));
    assert!(empty.can_pin && empty.rows.is_empty());
    assert_eq!(empty.default_name, "Scenario 1");
    for n in 0..MAX_PINS {
        w.current.growth = Some(5.0 * n as f64);
        w.pin_current("", &format!("Scenario {}", n + 1));
    }
    let full = PinsView::of(english(), &pinned(&w));
    assert!(!full.can_pin);
    assert!(full.hint.contains(&MAX_PINS.to_string()), "{}", full.hint);
    assert_eq!(full.rows.len(), MAX_PINS);
    assert_eq!(full.rows[1].name, "Scenario 2");
    assert!(full.rows[1].remove.contains("Scenario 2"));
    assert!(full.rows[1].growth.contains('5'), "{}", full.rows[1].growth);
    assert_eq!(offer(english(), 0), "");
    assert!(offer(catalog(Lang::Ru), 2).contains('2'));
}

#[test]
fn presets_offer_the_window_before_the_base_and_follow_the_settings_alone() {
    let (s, r, o) = scenario("");
    let v = PresetsView::of(english(), shipped(), &s, o.main.needed);
    assert!(v.window.iter().all(|c| c.value < r.assumptions.base_year));
    assert_eq!(v.window.iter().filter(|c| c.selected).count(), 1);
    assert!(v.window_end.contains(&r.assumptions.base_year.to_string()));
    assert_eq!(v.presets.len(), 3);
    // A slider step (the linked growth) changes nothing the panel shows.
    let (moved, _, o12) = scenario("growth=12");
    assert_eq!(o12.main.needed, o.main.needed);
    assert_eq!(
        PresetsView::of(english(), shipped(), &moved, o12.main.needed),
        v
    );
    // A setting does (the history window).
    let (window, _, ow) = scenario("from=2015");
    assert_ne!(
        PresetsView::of(english(), shipped(), &window, ow.main.needed),
        v
    );
}

#[test]
fn readouts_give_rates_in_percent_for_scripts() {
    let (_, r, o) = scenario("growth=10");
    let a = r.assumptions;
    let v = ReadoutsView::of(english(), shipped().series(r.series), &a, &o);
    let needed = o.main.needed.expect("a growth needed");
    assert_eq!(v.needed.value, crate::format::trimmed(needed * 100.0, 2));
    assert!(v.needed.text.contains('%'));
    assert_eq!(v.base_year, a.base_year.to_string());
    let headline = answer(english(), &a, &o);
    assert_eq!(
        headline.value,
        o.main.reached.map_or(String::new(), |y| y.to_string())
    );
    assert!(announcement(english(), &a, &o).starts_with(&headline.text));
}

#[test]
fn the_table_rounds_changes_to_a_tenth_and_sorts_both_ways() {
    let (_, r, o) = scenario("");
    let series = shipped().series(r.series);
    let oldest = table_rows(english(), series, &o, r.assumptions.last_year, false);
    let newest = table_rows(english(), series, &o, r.assumptions.last_year, true);
    assert_eq!(oldest.first(), newest.last());
    let changes: Vec<&str> = oldest
        .iter()
        .map(|row| row.change.as_str())
        .filter(|c| *c != "–")
        .collect();
    assert!(!changes.is_empty());
    for change in changes {
        let decimals = change
            .trim_end_matches('%')
            .split_once('.')
            .map_or(0, |(_, d)| d.len());
        assert!(change.ends_with('%') && decimals <= 1, "{change}");
    }
    assert!(oldest
        .iter()
        .filter(|row| !row.projected)
        .all(|row| row.source.is_some()));
    assert!(oldest
        .iter()
        .filter(|row| row.projected)
        .all(|row| row.source.is_none()));
}

#[test]
fn the_hover_read_out_says_when_a_year_has_no_figure() {
    let (_, r, o) = scenario("");
    let series = shipped().series(r.series);
    let last = r.assumptions.last_year;
    let none = hover_lines(english(), series, &o, last, 1900);
    assert_eq!(none, [english().get(crate::i18n::Msg::HoverNone)]);
    let base = hover_lines(english(), series, &o, last, r.assumptions.base_year);
    assert!(!base.is_empty() && base[0] != none[0]);
}

#[test]
fn the_canvas_ratio_and_the_hover_box_stay_in_range() {
    assert_eq!(pixel_ratio(3.0), 3.0);
    assert_eq!(pixel_ratio(0.5), 1.0);
    assert_eq!(pixel_ratio(9.0), 4.0);
    assert_eq!(pixel_ratio(f64::NAN), 1.0);
    assert_eq!(pixel_ratio(f64::INFINITY), 1.0);
    assert_eq!(hover_centre(10.0, 800.0), 150.0);
    assert_eq!(hover_centre(400.0, 800.0), 400.0);
    assert_eq!(hover_centre(790.0, 800.0), 650.0);
    // A chart narrower than the box: centred.
    assert_eq!(hover_centre(10.0, 200.0), 100.0);
    assert_eq!(hover_centre(10.0, 0.0), 0.0);
}

#[test]
fn the_chart_title_is_the_links_or_the_data_sets() {
    assert_eq!(title(english(), Some("Mine"), "x"), "Mine");
    assert!(title(english(), None, "Uzbek statistics").contains("Uzbek statistics"));
}

#[test]
fn the_embed_dialog_selects_the_language_written_into_the_snippet() {
    let selected = |chosen: EmbedLang| -> Vec<&str> {
        embed_languages(catalog(Lang::Ru), chosen)
            .into_iter()
            .filter(|c| c.selected)
            .map(|c| c.value)
            .collect()
    };
    assert_eq!(selected(EmbedLang::AsShown), ["ru"]);
    assert_eq!(selected(EmbedLang::Fixed(Lang::Uz)), ["uz"]);
    assert_eq!(selected(EmbedLang::Reader), [EmbedLang::READER]);
    assert_eq!(
        embed_languages(english(), EmbedLang::AsShown).len(),
        Lang::ALL.len() + 1
    );
}

#[test]
fn downloads_carry_the_source_the_answers_and_the_link() {
    let (_, r, o) = scenario("growth=12");
    let as_of = crate::data::Day::parse("2026-12-04");
    let c = caption(english(), &r, &o, as_of, "https://example.org/?growth=12");
    assert!(
        c.notes[0].ends_with("Figures as of 4 December 2026"),
        "{}",
        c.notes[0]
    );
    let undated = caption(english(), &r, &o, None, "x");
    assert!(!undated.notes[0].contains("as of") && !undated.notes[0].ends_with(' '));
    assert!(c
        .title
        .contains(english().text(&shipped().series(r.series).name)));
    assert_eq!(c.notes.len(), 3);
    assert!(c.notes[2].contains("https://example.org/?growth=12"));
    assert!(csv_text(english(), &r, &o).lines().count() > 10);
    let name = file_name(english(), &r, "png");
    assert!(name.ends_with(".png") && !name.contains(' '), "{name}");
}

#[test]
fn the_check_page_lists_latest_figures_and_unused_sources_in_the_readers_language() {
    let mut data = shipped().clone();
    let lines = super::check::valid_file_lines(english(), &data);
    assert_eq!(lines.len(), data.series.len());
    assert!(
        lines[0].starts_with("2025, Uzbek statistics: turnover ≈ 892.5; flows last given for 2023: Belarus → Uzbekistan 525.8"),
        "{lines:?}"
    );
    let mut unused = data.sources[0].clone();
    unused.id = "nobody-cites-me".to_string();
    data.sources.push(unused);
    let lines = super::check::valid_file_lines(english(), &data);
    assert_eq!(
        lines.last().map(String::as_str),
        Some("source \"nobody-cites-me\" is cited by no figure, target or product share")
    );

    let russian = super::check::valid_file_lines(catalog(Lang::Ru), &data);
    assert!(
        russian[0].starts_with("2025, Статистика Узбекистана: товарооборот ≈ 892.5; потоки в последний раз указаны за 2023: Беларусь → Узбекистан 525.8"),
        "{russian:?}"
    );
    assert_eq!(
        russian.last().map(String::as_str),
        Some("на источник «nobody-cites-me» не ссылается ни одна цифра, цель или доля товара")
    );
}

#[test]
fn the_targets_table_adds_your_target_and_notes_who_set_each() {
    let (_, r, o) = scenario("target=1500");
    let rows = super::targets::target_table(english(), &o, &r.assumptions);
    assert_eq!(rows.len(), shipped().targets.len() + 1);
    assert!(rows.iter().any(|row| row.label.contains("1.5")), "{rows:?}");
    let (_, r, o) = scenario("");
    let rows = super::targets::target_table(english(), &o, &r.assumptions);
    assert_eq!(rows.len(), shipped().targets.len());
    assert!(rows.iter().any(|row| row.deadline == "2030"));
    let notes = super::targets::target_notes(catalog(Lang::Ru));
    assert_eq!(notes.len(), shipped().targets.len());
    assert!(notes.iter().all(|n| !n.source.is_empty()));
}

#[test]
fn the_url_notice_says_what_was_used_instead_or_ignored() {
    let (_, problems) = Scenario::from_query("growth=-150&target=lots", shipped());
    let text = super::notices::url_notice(english(), &problems);
    assert!(text.contains("growth=-150 → -20"), "{text}");
    assert!(text.contains("target=lots"), "{text}");
}

#[test]
fn the_product_chart_says_each_flows_shares_and_the_rest() {
    let products = shipped()
        .products
        .as_ref()
        .expect("the shipped data has product shares");
    let text = super::products::products_summary(english(), products);
    for flow in &products.flows {
        assert!(text.contains(english().text(&flow.label)), "{text}");
    }
}

#[test]
fn the_slider_shade_runs_from_the_lower_rate_to_the_higher() {
    use super::growth::shade;
    use crate::scenario::slider_position;
    assert_eq!(
        shade(10.0, 4.0),
        (slider_position(4.0), slider_position(10.0))
    );
    assert_eq!(
        shade(-5.0, 4.0),
        (slider_position(-5.0), slider_position(4.0))
    );
    assert_eq!(shade(500.0, 4.0).1, 100.0);
}

#[test]
fn the_figures_date_and_each_sources_reading_are_said_in_the_readers_form() {
    use super::sources::{as_of_line, source_dates};
    let day = crate::data::Day::parse("2026-12-04");
    assert_eq!(as_of_line(english(), day), "Figures as of 4 December 2026");
    assert_eq!(as_of_line(english(), None), "");
    assert!(as_of_line(catalog(Lang::Ru), day).contains("4 декабря 2026"));
    assert_eq!(
        source_dates(english(), "2025-04-29", Some("2026-12-04")),
        "29 April 2025; read 4 December 2026"
    );
    assert_eq!(source_dates(english(), "2024", Some("soon")), "2024");
}

#[test]
fn the_printed_page_says_the_scenario_the_link_and_the_day() {
    let (_, r, _) = scenario("target=2000&growth=12");
    let line = super::print::print_scenario(english(), &r);
    assert!(line.starts_with("Projection at 12% a year from "), "{line}");
    assert!(
        line.contains(" · Uzbek statistics · ")
            && line.ends_with(&format!("{} by 2030", english().money(2000.0))),
        "{line}"
    );
    let day = crate::data::Day::parse("2026-12-05").unwrap();
    let footer = super::print::print_footer(catalog(Lang::Ru), "https://example.org/ru/", day);
    assert_eq!(
        footer,
        "Этот вид: https://example.org/ru/ · Напечатано 5 декабря 2026\u{a0}г."
    );
}
