//! Fetching the app's own text files: the data file and the message files.

use super::url::from_site_root;
use gloo_net::http::Request;

/// The text of the site's file `path` (from the site's root, whichever page asks);
/// when it cannot be had, why: the server's answer (`HTTP 404 Not Found`) or the
/// network's failure.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let response = Request::get(&from_site_root(path))
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
