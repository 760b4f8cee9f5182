//! Lafayette inside other sites: the Embed dialog that gives the code, the code itself, and
//! the messages between an embedded app and its host page.

pub mod channel;
pub mod dialog;
pub mod figure;
pub mod protocol;
pub mod snippet;
