/// FNV-1a, 32 bits, of a message key (or of a data file: the first view's stamp).
/// `build.rs` hashes the keys of `locales/en.txt` with it and the app finds a message
/// file's keys by it, so key names stay out of the .wasm (this file is included by both).
pub fn key_hash(key: &str) -> u32 {
    bytes_hash(key.as_bytes())
}

/// FNV-1a, 32 bits, of any bytes (a preview image's name).
pub fn bytes_hash(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0x811c_9dc5, |h: u32, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}
