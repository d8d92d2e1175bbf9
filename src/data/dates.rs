//! The dates that say how current the figures are: when the file's figures were last
//! checked against their sources (`figures_as_of`), and when each source was read
//! (`read`). `make check-data` and the check page reject a file without them, with one
//! malformed or after today; the page then shows no "as of" line rather than a wrong one.

use super::fault::{written, Fault, Said};
use super::{parse, DataError, DataSet};
use crate::i18n::Fill;

/// A calendar day (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

/// Days in `month` of `year`.
fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// Reads a day written `YYYY-MM-DD` (exactly); `None` for anything else, or a day
    /// the calendar does not have (`2026-02-30`).
    pub fn parse(written: &str) -> Option<Day> {
        let bytes = written.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = written.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(0..4)?).ok()?;
        let (month, day) = (digits(5..7)?, digits(8..10)?);
        let real = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        real.then_some(Day { year, month, day })
    }

    /// The day `days` days after 1 January 1970 (negative: before).
    pub fn from_unix_days(days: i64) -> Day {
        // Howard Hinnant's civil-from-days: 400-year eras of 146 097 days from 1 March 0.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let of_era = z.rem_euclid(146_097);
        let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
        let day_of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Day {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }

    /// The day `millis` milliseconds after the Unix epoch began (UTC), as browsers and
    /// the system clock count.
    pub fn from_unix_millis(millis: f64) -> Day {
        let days = (millis / 86_400_000.0).floor();
        Day::from_unix_days(if days.is_finite() { days as i64 } else { 0 })
    }

    /// Today (UTC) by the system clock: for native tools only (the browser's clock is
    /// read by `ui::platform`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_system_clock() -> Day {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
        Day::from_unix_millis(since.map_or(0.0, |d| d.as_secs_f64() * 1000.0))
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date of the file as a fault would name it: missing, not a day, or after `today`.
fn date_problem(field: &str, written_as: Option<&str>, today: Day) -> Option<Said> {
    let Some(text) = written_as else {
        let field = written(field);
        return Some(Said::from(Fill::FaultDateMissing { field }));
    };
    let (field, value) = (written(field), written(text));
    match Day::parse(text) {
        None => Some(Said::from(Fill::FaultDateMalformed {
            field,
            written: value,
        })),
        Some(day) if day > today => Some(Said::from(Fill::FaultDateFuture {
            field,
            written: value,
            today: written(today.iso()),
        })),
        Some(_) => None,
    }
}

/// The day the figures were last checked, when the file gives one that is a real day
/// and not after `today`.
pub fn figures_as_of(data: &DataSet, today: Day) -> Option<Day> {
    let written = data.figures_as_of.as_deref()?;
    Day::parse(written).filter(|day| *day <= today)
}

/// The faults of the file's dates on `today`: `figures_as_of` and each source's `read`
/// missing, malformed or in the future.
pub fn date_faults(data: &DataSet, today: Day) -> Vec<Fault> {
    let file =
        date_problem("figures_as_of", data.figures_as_of.as_deref(), today).map(Fault::of_file);
    let sources = data.sources.iter().filter_map(|source| {
        let problem = date_problem("read", source.read.as_deref(), today)?;
        let place = Said::from(Fill::FaultAtSource {
            id: written(&source.id),
        });
        Some(Fault::at(place, problem))
    });
    file.into_iter().chain(sources).collect()
}

/// What `make check-data` and the check page accept: a file the page can read (`parse`)
/// whose dates are given, real days and not after `today`.
pub fn parse_for_editor(file: &str, text: &str, today: Day) -> Result<DataSet, DataError> {
    let data = parse(file, text)?;
    let faults = date_faults(&data, today);
    DataError::unless_faulty(file, data, faults)
}
