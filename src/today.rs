//! Today's date, from the browser's clock (export file names, the printed page).

use lafayette_data::date::civil_from_days;
use lafayette_data::PartialDate;
use leptos::prelude::window;

pub fn today() -> PartialDate {
    let millis = window()
        .performance()
        .map(|p| p.time_origin() + p.now())
        .unwrap_or(0.0);
    civil_from_days((millis / 86_400_000.0).floor() as i32)
}
