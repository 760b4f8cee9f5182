//! A picture as shapes (rectangles, lines, text), written out as SVG or painted on a canvas
//! for PNG: one drawing for both exports, so they show the same thing. Plain Rust, tested
//! natively; the canvas painter is in the views.

use crate::decimal::decimal;

/// Where a text line sits relative to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        fill: &'static str,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        stroke: &'static str,
        width: f64,
    },
    /// SVG path data drawn with its origin at `at`, outlined thinly in `stroke`.
    Path {
        at: (f64, f64),
        d: &'static str,
        fill: &'static str,
        stroke: &'static str,
    },
    Circle {
        centre: (f64, f64),
        radius: f64,
        fill: &'static str,
    },
    /// One line of text at (x, y) (its baseline), turned by `degrees` around that point.
    Text {
        x: f64,
        y: f64,
        text: String,
        size: f64,
        bold: bool,
        fill: &'static str,
        anchor: Anchor,
        degrees: f64,
    },
}

/// A drawing of `width` × `height` units on a white ground.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Picture {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// The font both exports use.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Picture {
    /// A standalone SVG document (text is escaped, never markup).
    pub fn to_svg(&self) -> String {
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"{FONT_FAMILY}\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
            w = decimal(self.width, 0),
            h = decimal(self.height, 0),
        );
        for shape in &self.shapes {
            match shape {
                Shape::Rect {
                    x,
                    y,
                    width,
                    height,
                    fill,
                } => svg.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
                    decimal(*x, 1),
                    decimal(*y, 1),
                    decimal(*width, 1),
                    decimal(*height, 1)
                )),
                Shape::Line {
                    from,
                    to,
                    stroke,
                    width,
                } => svg.push_str(&format!(
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"/>",
                    decimal(from.0, 1),
                    decimal(from.1, 1),
                    decimal(to.0, 1),
                    decimal(to.1, 1),
                    decimal(*width, 1)
                )),
                Shape::Path {
                    at,
                    d,
                    fill,
                    stroke,
                } => svg.push_str(&format!(
                    "<path transform=\"translate({} {})\" d=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"0.5\"/>",
                    decimal(at.0, 1),
                    decimal(at.1, 1),
                    escape_xml(d)
                )),
                Shape::Circle {
                    centre,
                    radius,
                    fill,
                } => svg.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"#fff\"/>",
                    decimal(centre.0, 1),
                    decimal(centre.1, 1),
                    decimal(*radius, 1)
                )),
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
                    let turn = if *degrees == 0.0 {
                        String::new()
                    } else {
                        format!(
                            " transform=\"rotate({} {} {})\"",
                            decimal(*degrees, 1),
                            decimal(*x, 1),
                            decimal(*y, 1)
                        )
                    };
                    svg.push_str(&format!(
                        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{fill}\" text-anchor=\"{}\"{turn}>{}</text>",
                        decimal(*x, 1),
                        decimal(*y, 1),
                        decimal(*size, 1),
                        if *bold { " font-weight=\"bold\"" } else { "" },
                        anchor.svg(),
                        escape_xml(text)
                    ));
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }
}

/// Breaks `text` into lines of at most `max_chars` characters at spaces (a longer word keeps
/// a line of its own): names are wrapped, never cut.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_keeps_every_word() {
        let text = "Meta (formerly Facebook) and the Counter-ransomware engagement";
        let lines = wrap(text, 20);
        assert!(lines
            .iter()
            .all(|l| l.chars().count() <= 20 || !l.contains(' ')));
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }

    #[test]
    fn svg_escapes_text_and_turns_it_around_its_point() {
        let picture = Picture {
            width: 100.0,
            height: 50.0,
            shapes: vec![Shape::Text {
                x: 10.0,
                y: 20.0,
                text: "<b>&\"".into(),
                size: 12.0,
                bold: true,
                fill: "#000",
                anchor: Anchor::End,
                degrees: -90.0,
            }],
        };
        let svg = picture.to_svg();
        assert!(svg.contains("&lt;b&gt;&amp;&quot;"), "{svg}");
        assert!(
            svg.contains("transform=\"rotate(-90.0 10.0 20.0)\""),
            "{svg}"
        );
        assert!(svg.contains("text-anchor=\"end\""));
        assert!(!svg.contains("<b>"));
    }
}
