//! How many inputs a property test tries: its own count, kept small so that the whole
//! native test run stays quick, or `PROPTEST_CASES` when set, for a deeper run
//! (`PROPTEST_CASES=20000 cargo test --lib properties`).

use proptest::test_runner::Config;

/// The configuration of a property tried on `cases` inputs (or `PROPTEST_CASES`).
pub(crate) fn cases(cases: u32) -> Config {
    if std::env::var_os("PROPTEST_CASES").is_some() {
        Config::default()
    } else {
        Config::with_cases(cases)
    }
}
