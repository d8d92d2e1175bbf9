//! Starts the app.

fn main() {
    trade_outlook::ui::start();
}
