//! Paints a `Picture` on a canvas and returns it as a PNG `data:` URL: the PNG export shows
//! exactly what the SVG export does. Drawn with the canvas's own text and shapes (no image is
//! loaded, so a strict Content-Security-Policy does not stand in the way).

use crate::picture::{Anchor, Picture, Shape, FONT_FAMILY};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Pixels per picture unit: sharp on high-density screens and in print.
const DENSITY: f64 = 2.0;

pub fn png_data_url(picture: &Picture) -> Option<String> {
    let canvas: HtmlCanvasElement = leptos::prelude::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width((picture.width * DENSITY).ceil() as u32);
    canvas.set_height((picture.height * DENSITY).ceil() as u32);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.scale(DENSITY, DENSITY).ok()?;
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, picture.width, picture.height);
    for shape in &picture.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                fill,
            } => {
                context.set_fill_style_str(fill);
                context.fill_rect(*x, *y, *width, *height);
            }
            Shape::Line {
                from,
                to,
                stroke,
                width,
            } => {
                context.set_stroke_style_str(stroke);
                context.set_line_width(*width);
                context.begin_path();
                context.move_to(from.0, from.1);
                context.line_to(to.0, to.1);
                context.stroke();
            }
            Shape::Path {
                at,
                d,
                fill,
                stroke,
            } => {
                let path = web_sys::Path2d::new_with_path_string(d).ok()?;
                context.save();
                context.translate(at.0, at.1).ok()?;
                context.set_fill_style_str(fill);
                context.fill_with_path_2d(&path);
                context.set_stroke_style_str(stroke);
                context.set_line_width(0.5);
                context.stroke_with_path(&path);
                context.restore();
            }
            Shape::Circle {
                centre,
                radius,
                fill,
            } => {
                context.set_fill_style_str(fill);
                context.begin_path();
                context
                    .arc(centre.0, centre.1, *radius, 0.0, std::f64::consts::TAU)
                    .ok()?;
                context.fill();
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                fill,
                anchor,
                degrees,
            } => {
                context.save();
                context.translate(*x, *y).ok()?;
                context.rotate(degrees.to_radians()).ok()?;
                let weight = if *bold { "bold " } else { "" };
                context.set_font(&format!(
                    "{weight}{}px {FONT_FAMILY}",
                    crate::decimal::decimal(*size, 1)
                ));
                context.set_fill_style_str(fill);
                context.set_text_align(match anchor {
                    Anchor::Start => "left",
                    Anchor::Middle => "center",
                    Anchor::End => "right",
                });
                context.fill_text(text, 0.0, 0.0).ok()?;
                context.restore();
            }
        }
    }
    canvas.to_data_url_with_type("image/png").ok()
}
