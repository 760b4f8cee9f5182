//! RFC 4180 CSV: the reader for the data files and the writer for exports.

/// One CSV field, quoted only when it has to be (a leading U+FEFF too: at the start of a
/// file, readers take it for a byte order mark).
pub fn escape_field(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains([',', '"', '\n', '\r'])
        || field.starts_with([' ', '\u{feff}'])
        || field.ends_with(' ')
    {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

/// Writes rows as RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted where needed.
pub fn write_rows<R, F, S>(rows: R) -> String
where
    R: IntoIterator<Item = F>,
    F: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        let mut first = true;
        for field in row {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&escape_field(field.as_ref()));
        }
        out.push_str("\r\n");
    }
    out
}

/// A parsed CSV record with the line it starts on (1-based, the header being line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks).
pub fn parse(text: &str) -> Result<Vec<Record>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    let mut field_started = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                in_quotes = true;
                field_started = true;
            }
            '"' => return Err(format!("line {line}: a quote inside an unquoted field")),
            ',' => {
                fields.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push(Record {
                    line: record_line,
                    fields: std::mem::take(&mut fields),
                });
                field_started = false;
                line += 1;
                record_line = line;
            }
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    if in_quotes {
        return Err(format!(
            "line {record_line}: a quoted field is never closed"
        ));
    }
    if field_started || !fields.is_empty() {
        fields.push(field);
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_what_needs_it() {
        assert_eq!(escape_field("plain"), "plain");
        assert_eq!(escape_field("a,b"), "\"a,b\"");
        assert_eq!(escape_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(escape_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(escape_field(" padded"), "\" padded\"");
        assert_eq!(escape_field("Côte d’Ivoire"), "Côte d’Ivoire");
    }

    #[test]
    fn writes_crlf_rows() {
        let csv = write_rows([vec!["name", "country"], vec!["Dell, Inc.", "USA"]]);
        assert_eq!(csv, "name,country\r\n\"Dell, Inc.\",USA\r\n");
    }

    #[test]
    fn parse_round_trips_what_write_produces() {
        let rows = vec![
            vec!["a", "b,c", "d\"e", ""],
            vec!["multi\nline", " x", "é", "last"],
        ];
        let parsed = parse(&write_rows(rows.clone())).unwrap();
        let fields: Vec<Vec<&str>> = parsed
            .iter()
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(fields, rows);
        assert_eq!(parsed[1].line, 2);
    }

    #[test]
    fn reports_lines_and_errors() {
        let parsed = parse("h1,h2\n\"a\nb\",c\nd,e").unwrap();
        assert_eq!(
            parsed.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![1, 2, 4]
        );
        assert!(parse("a,\"b\nc").unwrap_err().contains("never closed"));
        assert!(parse("a,b\"c\n").unwrap_err().contains("line 1"));
        assert_eq!(parse("\u{feff}x\n").unwrap()[0].fields, vec!["x"]);
    }
}
