//! The browser's own APIs, each in one place: the URL, storage, fetching, files, the
//! clipboard and share sheet, timers, the theme, the embed's height message and the
//! charts' painter. Everything else in `ui` goes through these.

pub mod clipboard;
pub mod fetch;
pub mod files;
pub mod first_view;
pub mod height;
pub mod idle;
pub mod painter;
pub mod pause;
pub mod resize;
pub mod storage;
pub mod theme;
pub mod url;
