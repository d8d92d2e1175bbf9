//! What lies below the first screen — the share bar with the embed dialog, the targets
//! table, the pins, what is traded, the key facts, the notes and sources — mounted after
//! the first screen, one section at a time when the browser is idle, so that the slider
//! answers a reader's first input while the rest is still arriving. Each section is
//! appended below the ones before it: nothing above moves. A link to a section's heading
//! (`#notes-heading`) is followed once it is there, and `<html data-complete>` says the
//! whole page is (for scripts and tests).

use super::charts::Products;
use super::panels::{KeyFacts, Pins, ShareBar, Sources, TargetsTable};
use super::platform::idle::when_idle;
use super::platform::url::{mark_complete, reveal_fragment};
use leptos::prelude::*;

/// The sections, in page order.
const SECTIONS: [fn() -> AnyView; 6] = [
    || view! { <ShareBar /> }.into_any(),
    || view! { <TargetsTable /> }.into_any(),
    || view! { <Pins /> }.into_any(),
    || view! { <Products /> }.into_any(),
    || view! { <KeyFacts /> }.into_any(),
    || view! { <Sources /> }.into_any(),
];

/// How many sections are mounted; kept when the page is rebuilt in another language.
#[derive(Clone, Copy)]
pub struct BelowFold(RwSignal<usize>);

impl BelowFold {
    /// None yet; the first follows the first screen's first frames.
    pub fn new() -> BelowFold {
        let mounted = BelowFold(RwSignal::new(0));
        request_animation_frame(move || request_animation_frame(move || mounted.mount_next()));
        mounted
    }

    /// Mounts the next section, and asks for the one after it when the browser is idle
    /// again; after the last, follows the address's `#fragment`.
    fn mount_next(self) {
        let count = self.0.get_untracked();
        if count >= SECTIONS.len() {
            mark_complete();
            reveal_fragment();
            return;
        }
        self.0.set(count + 1);
        when_idle(move || self.mount_next());
    }
}

/// The sections mounted so far.
#[component]
pub fn BelowFoldSections(
    /// How many are mounted.
    mounted: BelowFold,
) -> impl IntoView {
    // One memo a section: it changes once, when the section comes, so that sections
    // already there are left alone (and no keyed list is compiled in for this).
    (0..SECTIONS.len())
        .map(|i| {
            let shown = Memo::new(move |_| mounted.0.get() > i);
            move || shown.get().then(SECTIONS[i])
        })
        .collect_view()
}
