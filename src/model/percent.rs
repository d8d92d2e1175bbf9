//! Percent and fraction, converted in one place: the model computes in fractions a year
//! (0.125), readers and links see percent (12.5 %).

/// A rate or share in percent (`12.5` is 12.5 %).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Percent(f64);

impl Percent {
    /// `pct` percent.
    pub fn new(pct: f64) -> Percent {
        Percent(pct)
    }

    /// The percent a `fraction` is (0.125 → 12.5 %).
    pub fn of(fraction: f64) -> Percent {
        Percent(fraction * 100.0)
    }

    /// The number of percent.
    pub fn value(self) -> f64 {
        self.0
    }

    /// The fraction it is (12.5 % → 0.125).
    pub fn fraction(self) -> f64 {
        self.0 / 100.0
    }

    /// Rounded to the nearest 0.1 % (how tables and sentences show a change or share).
    pub fn to_tenth(self) -> Percent {
        Percent((self.0 * 10.0).round() / 10.0)
    }

    /// Rounded to the nearest 0.01 % (how links and the slider's field keep a rate).
    pub fn to_hundredth(self) -> Percent {
        Percent((self.0 * 100.0).round() / 100.0)
    }

    /// Rounded up to the next 0.01 % (a rate that must not fall short).
    pub fn up_to_hundredth(self) -> Percent {
        Percent((self.0 * 100.0).ceil() / 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Percent;

    #[test]
    fn fractions_and_percent_convert_once() {
        assert_eq!(Percent::of(0.125).value(), 12.5);
        assert_eq!(Percent::new(12.5).fraction(), 0.125);
        assert_eq!(Percent::of(0.12345).to_tenth().value(), 12.3);
        assert_eq!(Percent::of(-0.12351).to_tenth().value(), -12.4);
        assert_eq!(Percent::new(12.345_1).to_hundredth().value(), 12.35);
        assert_eq!(Percent::of(0.120_001).up_to_hundredth().value(), 12.01);
        assert_eq!(Percent::new(12.0).up_to_hundredth().value(), 12.0);
    }
}
