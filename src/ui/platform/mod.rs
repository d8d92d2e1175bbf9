//! The browser's own APIs, each in one place: the URL, storage, fetching, files, the
//! clipboard and share sheet, timers, the theme, the embed's height message and the
//! charts' painter, the document's title and language. Components call only these;
//! what else of the browser they hold are the page's own elements, as Leptos hands them
//! over (node refs, event targets).

pub mod clipboard;
pub mod document;
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
