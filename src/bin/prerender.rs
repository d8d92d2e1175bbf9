//! Prints the prerendered first view (`trade_outlook::prerender`): the default scenario's
//! first screen in English with its chart as SVG. The build's post-build step
//! (`scripts/post-build.mjs`) puts it into `index.html`.

use trade_outlook::i18n::Catalog;
use trade_outlook::prerender::first_view;

fn main() {
    print!("{}", first_view(Catalog::english()));
}
