//! The Sources and About views, and the pieces every view shares.

pub mod about;
pub mod canvas;
pub mod filter_bar;
pub mod near_view;
pub mod opening;
pub mod print_header;
pub mod provenance_legend;
pub mod quote_list;
pub mod sheet;
pub mod sort_header;
pub mod sources;
