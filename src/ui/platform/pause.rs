//! Work that waits until the reader pauses (the URL, the screen-reader announcement).
//!
//! `leptos_dom`'s `debounce` (like a gloo-timers `Timeout` per change) clears and sets a
//! JavaScript timer, with a new closure, on every change: about 0.2 ms a slider step for
//! the two users here. A pause needs one timer: each change only moves a time stamp,
//! and the timer, when it fires early, waits for the rest of the quiet time.

use leptos::prelude::{on_cleanup, set_timeout};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A pause being waited for: its quiet time, the last change, and what then to do.
struct Pause {
    quiet_ms: f64,
    last_change: Cell<f64>,
    armed: Cell<bool>,
    /// Set when the component that waits is gone: `done` would read what it dropped.
    dropped: Arc<AtomicBool>,
    done: Box<dyn Fn()>,
}

/// Returns `note`: call it on every change, and `done` runs once no change has been
/// noted for `quiet` (unless the calling component is cleaned up first).
pub fn on_pause(quiet: Duration, done: impl Fn() + 'static) -> impl Fn() {
    let dropped = Arc::new(AtomicBool::new(false));
    let flag = dropped.clone();
    on_cleanup(move || flag.store(true, Ordering::Relaxed));
    let pause = Rc::new(Pause {
        quiet_ms: quiet.as_secs_f64() * 1000.0,
        last_change: Cell::new(0.0),
        armed: Cell::new(false),
        dropped,
        done: Box::new(done),
    });
    move || {
        pause.last_change.set(js_sys::Date::now());
        if !pause.armed.replace(true) {
            wait(pause.clone(), pause.quiet_ms);
        }
    }
}

/// Checks after `after_ms` whether the pause has come, and waits again if not.
fn wait(pause: Rc<Pause>, after_ms: f64) {
    set_timeout(
        move || {
            if pause.dropped.load(Ordering::Relaxed) {
                return;
            }
            let quiet_for = js_sys::Date::now() - pause.last_change.get();
            if quiet_for >= pause.quiet_ms {
                pause.armed.set(false);
                (pause.done)();
            } else {
                let rest = pause.quiet_ms - quiet_for;
                wait(pause, rest);
            }
        },
        Duration::from_secs_f64(after_ms.max(1.0) / 1000.0),
    );
}
