//! Key facts: the agreements behind the targets and the article's own claims, each
//! attributed.

use leptos::prelude::*;

/// The story behind the numbers, with attribution.
#[component]
pub fn KeyFacts() -> impl IntoView {
    view! {
        <section class="key-facts" aria-labelledby="facts-heading" data-testid="key-facts">
            <h2 id="facts-heading">"Key facts"</h2>
            <ul>
                <li>
                    <strong>"Targets. "</strong>
                    "Both presidents set the goal of trade above $1 billion during Lukashenka's visit to Tashkent, 7–10 February 2024 "
                    "(first voiced in 2018); in February 2026 the Belarusian prime minister named $2 billion by 2030, repeated by Lukashenka on 9 March 2026."
                </li>
                <li>
                    <strong>"Roadmap 2024–2025. "</strong>
                    "The presidents signed a roadmap of cooperation for 2024–2025 and agreed on a joint foreign trade company, "
                    "export–import support mechanisms and an electronic system for certifying goods; a Trading House of Uzbekistan's "
                    "Chamber of Commerce and Industry is to open in Minsk, and service centres for Belarusian machinery in Tashkent. "
                    "Priority areas: agriculture, light industry and food manufacturing, electronics, pharmaceuticals, urban planning and communications. "
                    <cite>"(Eurasia Daily Monitor, 16 Feb 2024)"</cite>
                </li>
                <li>
                    <strong>"The article's claims, "</strong>
                    "as the article states them: students from Uzbekistan in Belarus rose from 14 in 2019 to “about 5,000”; "
                    "“out of ten tractors in Uzbekistan, five are made in Belarus” (President Mirziyoyev); Belarusian investment in Uzbekistan "
                    "grew by over 300% since 2020 to $18.2 million. Related figures from other sources: 4,250 students from Uzbekistan "
                    "(Ambassador Marinich, January 2023); over 4,000 MTZ tractors delivered in 2023, a record (BelTA, 7 February 2024). "
                    <cite>"(Eurasia Daily Monitor, 16 Feb 2024)"</cite>
                </li>
                <li>
                    <strong>"The article's headline figure. "</strong>
                    "“$620.1 million in 2023 … growing 350 percent compared to 2017” is Uzbekistan's first estimate; it is about 3.4 times "
                    "the 2017 level (+240%), and the revised Uzbek table gives 654.7. The two countries' statistics differ: see the note below."
                </li>
            </ul>
        </section>
    }
}
