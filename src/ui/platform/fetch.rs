//! Fetching the app's own text files (message files; later the data file).

use gloo_net::http::Request;

/// The text of `url` (relative to the page); `None` when it cannot be fetched or the
/// server answers with an error status.
pub async fn fetch_text(url: &str) -> Option<String> {
    let response = Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}
