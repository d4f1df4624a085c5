//! The JavaScript API and embedding edge (wasm-bindgen exports, mount options).
//! Filled by the embedding work (issue 5).
