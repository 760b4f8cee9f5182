//! The views, one per file, and the pieces they share.

pub mod about;
pub mod embed_dialog;
pub mod filter_bar;
pub mod matrix;
pub mod provenance_legend;
pub mod quote_list;
pub mod sources;
pub mod supporters;
pub mod timeline;
