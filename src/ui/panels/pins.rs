//! Pinning scenarios for comparison, the comparison table, and last session's pins:
//! `view::pins` says what they show, `Workspace`'s edits what a click does.

use crate::i18n::Msg;
use crate::scenario::NAME_MAX_CHARS;
use crate::ui::language::use_catalog;
use crate::ui::platform::storage::save_pins;
use crate::ui::{use_page_memory, use_state};
use crate::view::pins::{offer, PinRow, PinsView};
use leptos::prelude::*;

/// The comparison table's header and rows.
#[component]
fn PinsTable(#[prop(into)] rows: Signal<Vec<PinRow>>) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let heads = [
        Msg::PinsScenario,
        Msg::PinsSeries,
        Msg::PinsGrowth,
        Msg::TargetsTarget,
        Msg::TargetsReached,
        Msg::TargetsNeeded,
        Msg::PinsValue,
    ];
    let row = move |(i, r): (usize, PinRow)| {
        view! {
            <tr>
                <th scope="row">{r.name}</th>
                <td>{r.series}</td>
                <td>{r.growth}</td>
                <td>{r.target}</td>
                <td>{r.reached}</td>
                <td>{r.needed}</td>
                <td>{r.value}</td>
                <td>
                    <button type="button" aria-label=r.remove on:click=move |_| state.workspace.update(|w| w.unpin(i))>
                        {t.get(Msg::PinsRemove)}
                    </button>
                </td>
            </tr>
        }
    };
    view! {
        <div class="table-scroll">
            <table data-testid="pins-table">
                <thead>
                    <tr>
                        {heads.map(|m| view! { <th scope="col">{t.get(m)}</th> }).collect_view()}
                        <th scope="col"><span class="visually-hidden">{t.get(Msg::PinsRemove)}</span></th>
                    </tr>
                </thead>
                <tbody>{move || rows.get().into_iter().enumerate().map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// Pin form, pinned list with removal, comparison table and the offer to restore.
#[component]
pub fn Pins() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let memory = use_page_memory();
    let (name, offered) = (memory.pin_name, memory.offered_pins);
    let panel = Memo::new(move |_| state.pinned.with(|p| PinsView::of(t, p)));
    // Save after the reader changes the pins (not on load, so an offer is not lost;
    // not on a slider step, which leaves the pins as they are).
    Effect::new(move |previous: Option<()>| {
        state.pins.with(|pins| {
            if previous.is_some() {
                save_pins(pins, state.data, state.data_name);
            }
        });
    });
    let pin = move || {
        let fallback = panel.with_untracked(|p| p.default_name.clone());
        let added = state
            .workspace
            .try_update(|w| w.pin_current(&name.get_untracked(), &fallback));
        if added == Some(true) {
            name.set(String::new());
            offered.set(Vec::new());
        }
    };
    let restore = move |_| {
        state
            .workspace
            .update(|w| w.restore(offered.get_untracked()));
        offered.set(Vec::new());
    };
    let offer_text = move || offered.with(|p| offer(t, p.len()));

    view! {
        <section class="pins" aria-labelledby="pins-heading">
            <h2 id="pins-heading">{t.get(Msg::PinsHeading)}</h2>
            <form class="pin-form" on:submit=move |ev| { ev.prevent_default(); pin(); }>
                <label for="pin-name">{t.get(Msg::PinsName)}</label>
                <input id="pin-name" data-testid="pin-name" type="text" maxlength=NAME_MAX_CHARS
                    placeholder=move || panel.with(|p| p.default_name.clone())
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" data-testid="pin-scenario" disabled=move || panel.with(|p| !p.can_pin)>
                    {t.get(Msg::PinsPin)}
                </button>
                <span class="hint">{move || panel.with(|p| p.hint.clone())}</span>
            </form>
            <Show when=move || offered.with(|p| !p.is_empty())>
                <p class="notice" data-testid="restore-offer">
                    {offer_text}
                    <button type="button" data-testid="restore-pins" on:click=restore>{t.get(Msg::PinsRestore)}</button>
                    <button type="button" on:click=move |_| offered.set(Vec::new())>{t.get(Msg::AppDismiss)}</button>
                </p>
            </Show>
            <Show when=move || panel.with(|p| !p.rows.is_empty())>
                <PinsTable rows=Signal::derive(move || panel.with(|p| p.rows.clone())) />
            </Show>
        </section>
    }
}
