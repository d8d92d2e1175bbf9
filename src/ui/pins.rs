//! Pinning scenarios for comparison, the comparison table, and last session's pins.

use super::storage::{load_pins, save_pins};
use super::use_state;
use crate::data::dataset;
use crate::format::{percent, usd_millions};
use crate::scenario::{Pin, MAX_PINS, NAME_MAX_CHARS};
use leptos::prelude::*;

/// "16.5%" or "exports 20%, imports 5%".
fn rates_label(exports: f64, imports: f64) -> String {
    if exports == imports {
        percent(exports)
    } else {
        format!("exports {}, imports {}", percent(exports), percent(imports))
    }
}

/// Pin form, pinned list with removal, comparison table and the offer to restore.
#[component]
pub fn Pins() -> impl IntoView {
    let state = use_state();
    let name = RwSignal::new(String::new());
    let pin_count = Memo::new(move |_| state.workspace.with(|w| w.pins.len()));
    let full = move || pin_count.get() >= MAX_PINS;
    let has_pins = move || pin_count.get() != 0;
    // Offer the last visit's pins when the link brought none.
    let stored: StoredValue<Vec<Pin>> = StoredValue::new(if pin_count.get() == 0 {
        load_pins()
    } else {
        Vec::new()
    });
    let offer = RwSignal::new(!stored.with_value(Vec::is_empty));
    // Save after the reader changes the pins (not on load, so an offer is not lost).
    Effect::new(move |previous: Option<()>| {
        let pins = state.workspace.with(|w| w.pins.clone());
        if previous.is_some() {
            save_pins(&pins);
        }
    });
    let pin = move || {
        let added = state
            .workspace
            .try_update(|w| w.pin_current(&name.get_untracked()))
            .unwrap_or(false);
        if added {
            name.set(String::new());
            offer.set(false);
        }
    };

    view! {
        <section class="pins" aria-labelledby="pins-heading">
            <h2 id="pins-heading">"Compare scenarios"</h2>
            <form
                class="pin-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    pin();
                }
            >
                <label for="pin-name">"Name"</label>
                <input
                    id="pin-name"
                    data-testid="pin-name"
                    type="text"
                    maxlength=NAME_MAX_CHARS
                    placeholder=move || format!("Scenario {}", pin_count.get() + 1)
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" data-testid="pin-scenario" disabled=full>
                    "Pin this scenario"
                </button>
                <span class="hint">
                    {move || {
                        if full() {
                            format!("{MAX_PINS} pinned: remove one to pin another.")
                        } else {
                            "Pinned scenarios stay on the chart and in the link.".to_string()
                        }
                    }}
                </span>
            </form>
            <Show when=move || offer.get()>
                <p class="notice" data-testid="restore-offer">
                    {move || {
                        let n = stored.with_value(Vec::len);
                        format!("{n} scenario(s) pinned on your last visit.")
                    }}
                    <button
                        type="button"
                        data-testid="restore-pins"
                        on:click=move |_| {
                            let pins = stored.get_value();
                            state.workspace.update(|w| w.pins = pins);
                            offer.set(false);
                        }
                    >
                        "Restore"
                    </button>
                    <button type="button" on:click=move |_| offer.set(false)>"Dismiss"</button>
                </p>
            </Show>
            <Show when=has_pins>
                <div class="table-scroll">
                    <table data-testid="pins-table">
                        <thead>
                            <tr>
                                <th scope="col">"Scenario"</th>
                                <th scope="col">"Statistics, base"</th>
                                <th scope="col">"Growth a year"</th>
                                <th scope="col">"Target"</th>
                                <th scope="col">"Reached in"</th>
                                <th scope="col">"Growth needed"</th>
                                <th scope="col">"Value at deadline"</th>
                                <th scope="col"><span class="visually-hidden">"Remove"</span></th>
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
                                                <td>{format!("{}, {}", dataset().series(p.resolved.series).name, a.base_year)}</td>
                                                <td>{rates_label(a.exports_pct, a.imports_pct)}</td>
                                                <td>{format!("{} by {}", usd_millions(a.target), a.by_year)}</td>
                                                <td>{check.and_then(|c| c.reached).map_or(format!("not by {}", a.last_year), |y| y.to_string())}</td>
                                                <td>{check.and_then(|c| c.needed).map_or("–".to_string(), |g| percent(g * 100.0))}</td>
                                                <td>{check.map(|c| usd_millions(c.value_at_deadline))}</td>
                                                <td>
                                                    <button
                                                        type="button"
                                                        aria-label=format!("Remove {label}")
                                                        on:click=move |_| state.workspace.update(|w| {
                                                            if i < w.pins.len() {
                                                                w.pins.remove(i);
                                                            }
                                                        })
                                                    >
                                                        "Remove"
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
