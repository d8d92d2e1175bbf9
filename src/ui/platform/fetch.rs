//! Fetching the app's own text files: the data file and the message files.

use gloo_net::http::Request;

/// The text of `url` (relative to the page); when it cannot be had, why: the server's
/// answer (`HTTP 404 Not Found`) or the network's failure.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| "the request failed (network or server unreachable)".to_string())?;
    if !response.ok() {
        let status = response.status_text();
        return Err(format!("HTTP {} {status}", response.status())
            .trim()
            .to_string());
    }
    response
        .text()
        .await
        .map_err(|_| "the answer could not be read".to_string())
}
