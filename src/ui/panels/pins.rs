//! Pinning scenarios for comparison, the comparison table, and last session's pins.

use crate::i18n::{Fill, Msg};
use crate::scenario::{MAX_PINS, NAME_MAX_CHARS};
use crate::text;
use crate::ui::language::use_catalog;
use crate::ui::platform::storage::save_pins;
use crate::ui::{use_page_memory, use_state};
use leptos::prelude::*;

/// Pin form, pinned list with removal, comparison table and the offer to restore.
#[component]
pub fn Pins() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let memory = use_page_memory();
    let name = memory.pin_name;
    let offered = memory.offered_pins;
    let pin_count = Memo::new(move |_| state.pins.with(Vec::len));
    let full = move || pin_count.get() >= MAX_PINS;
    let has_pins = move || pin_count.get() != 0;
    // Save after the reader changes the pins (not on load, so an offer is not lost;
    // not on a slider step, which leaves the pins as they are).
    Effect::new(move |previous: Option<()>| {
        state.pins.with(|pins| {
            if previous.is_some() {
                save_pins(pins, state.data, state.data_name);
            }
        });
    });
    let default_name = move || {
        let n = (pin_count.get() + 1).to_string();
        t.fill(Fill::PinsDefaultName { n: &n })
    };
    let pin = move || {
        let fallback = default_name();
        let added = state
            .workspace
            .try_update(|w| w.pin_current(&name.get_untracked(), &fallback))
            .unwrap_or(false);
        if added {
            name.set(String::new());
            offered.set(Vec::new());
        }
    };

    view! {
        <section class="pins" aria-labelledby="pins-heading">
            <h2 id="pins-heading">{t.get(Msg::PinsHeading)}</h2>
            <form
                class="pin-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    pin();
                }
            >
                <label for="pin-name">{t.get(Msg::PinsName)}</label>
                <input
                    id="pin-name"
                    data-testid="pin-name"
                    type="text"
                    maxlength=NAME_MAX_CHARS
                    placeholder=default_name
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" data-testid="pin-scenario" disabled=full>
                    {t.get(Msg::PinsPin)}
                </button>
                <span class="hint">
                    {move || {
                        if full() {
                            t.fill(Fill::PinsFull { n: &MAX_PINS.to_string() })
                        } else {
                            t.get(Msg::PinsHint).to_string()
                        }
                    }}
                </span>
            </form>
            <Show when=move || offered.with(|p| !p.is_empty())>
                <p class="notice" data-testid="restore-offer">
                    {move || {
                        let n = offered.with(Vec::len).to_string();
                        t.fill(Fill::PinsOffer { n: &n })
                    }}
                    <button
                        type="button"
                        data-testid="restore-pins"
                        on:click=move |_| {
                            let pins = offered.get_untracked();
                            state.workspace.update(|w| w.pins = pins);
                            offered.set(Vec::new());
                        }
                    >
                        {t.get(Msg::PinsRestore)}
                    </button>
                    <button type="button" on:click=move |_| offered.set(Vec::new())>
                        {t.get(Msg::AppDismiss)}
                    </button>
                </p>
            </Show>
            <Show when=has_pins>
                <div class="table-scroll">
                    <table data-testid="pins-table">
                        <thead>
                            <tr>
                                <th scope="col">{t.get(Msg::PinsScenario)}</th>
                                <th scope="col">{t.get(Msg::PinsSeries)}</th>
                                <th scope="col">{t.get(Msg::PinsGrowth)}</th>
                                <th scope="col">{t.get(Msg::TargetsTarget)}</th>
                                <th scope="col">{t.get(Msg::TargetsReached)}</th>
                                <th scope="col">{t.get(Msg::TargetsNeeded)}</th>
                                <th scope="col">{t.get(Msg::PinsValue)}</th>
                                <th scope="col"><span class="visually-hidden">{t.get(Msg::PinsRemove)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                state
                                    .pinned
                                    .get()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, p)| {
                                        let a = p.resolved.assumptions;
                                        let check = p.check;
                                        let label = p.line.label.clone();
                                        view! {
                                            <tr>
                                                <th scope="row">{p.line.label}</th>
                                                <td>{format!("{}, {}", t.series_name(p.resolved.series), a.base_year)}</td>
                                                <td>{text::rates_label(t, a.exports_pct, a.imports_pct)}</td>
                                                <td>
                                                    {t.fill(Fill::PinsTargetBy { target: &t.money(a.target), year: &a.by_year.to_string() })}
                                                </td>
                                                <td>{text::reached_or_not(t, check.and_then(|c| c.reached), a.last_year)}</td>
                                                <td>{text::needed_cell(t, check.and_then(|c| c.needed))}</td>
                                                <td>{check.map(|c| t.money(c.value_at_deadline))}</td>
                                                <td>
                                                    <button
                                                        type="button"
                                                        aria-label=t.fill(Fill::PinsRemoveNamed { name: &label })
                                                        on:click=move |_| state.workspace.update(|w| {
                                                            if i < w.pins.len() {
                                                                w.pins.remove(i);
                                                            }
                                                        })
                                                    >
                                                        {t.get(Msg::PinsRemove)}
                                                    </button>
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
