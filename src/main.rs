//! Mounts the app.

fn main() {
    leptos::mount::mount_to_body(trade_outlook::ui::App);
}
