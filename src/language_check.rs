//! No text of the other language outside an element marked with it: every view, in several
//! states (details open, filters, a search), rendered natively in each language by the same
//! components the browser runs; every text and every text a reader is read or shown
//! (`aria-label`, `title`, `placeholder`, `alt`) checked against every interface message and
//! dataset text whose other-language form differs. Quotes and proper names in their own
//! language carry `lang`, and are skipped for that reason. So are code (`<code>`: file
//! names), the supporters' names as their owners list them, and the dataset's own form of a
//! text in this language where it keeps a name from the other ("National Space Council
//! (Conseil national de l’espace)").

use crate::dataset::{data, supporters};
use crate::i18n::MESSAGES;
use crate::prerender::app_html_at;
use lafayette_data::Lang;

/// The states each language is walked in.
const STATES: [&str; 15] = [
    "#/timeline",
    "#/timeline?sel=elysee-meeting",
    "#/timeline?initiative=paris-call&area=cyber",
    "#/supporters",
    "#/supporters?sel=united_states-state-USA",
    "#/supporters?sel=european_union-public-authority-EU",
    "#/supporters?q=maroc&category=state",
    "#/matrix",
    "#/matrix?sel=cell.space.kamala-harris",
    "#/matrix?cols=actors",
    "#/follow-through",
    "#/follow-through?sel=space-norms-us",
    "#/follow-through?status=no-record",
    "#/sources?sel=q.event.elysee-meeting.0",
    "#/about",
];

/// Every (English, French) pair the site may show: the interface's messages and the dataset's
/// texts.
fn pairs() -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = MESSAGES
        .iter()
        .map(|(_, text)| (text.en.to_string(), text.fr.to_string()))
        .collect();
    let mut dataset = vec![serde_json::to_value(data()).expect("the dataset serialises")];
    while let Some(value) = dataset.pop() {
        match value {
            serde_json::Value::Object(fields) => {
                if let (Some(en), Some(fr)) = (
                    fields.get("en").and_then(|v| v.as_str()),
                    fields.get("fr").and_then(|v| v.as_str()),
                ) {
                    pairs.push((en.to_string(), fr.to_string()));
                }
                // A quote and its translation are a pair too, in the order of its source's
                // language.
                if let (Some(quote), Some(translation), Some(source)) = (
                    fields.get("quote").and_then(|v| v.as_str()),
                    fields.get("translation").and_then(|v| v.as_str()),
                    fields.get("source").and_then(|v| v.as_str()),
                ) {
                    let (quote, translation) = (quote.to_string(), translation.to_string());
                    match data().sources.iter().find(|s| s.id.as_ref() == source) {
                        Some(s) if s.language == Lang::Fr => pairs.push((translation, quote)),
                        _ => pairs.push((quote, translation)),
                    }
                }
                dataset.extend(fields.into_iter().map(|(_, v)| v));
            }
            serde_json::Value::Array(items) => dataset.extend(items),
            _ => {}
        }
    }
    pairs
}

/// The other language's forms worth looking for on a page in `lang`: those that differ from
/// this language's form and do not appear inside it, of at least two letters.
fn foreign_words(pairs: &[(String, String)], lang: Lang) -> Vec<String> {
    let mut words: Vec<String> = pairs
        .iter()
        .map(|(en, fr)| match lang {
            Lang::En => (fr, en),
            Lang::Fr => (en, fr),
        })
        .filter(|(other, own)| other != own && !own.contains(other.as_str()))
        .map(|(other, _)| other.trim().to_string())
        .filter(|other| other.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// True when `needle` occurs in `text` as whole words.
fn contains_words(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The texts of `html` a reader meets, each with the language it is marked with (the nearest
/// `lang` attribute, else `page`). Text split over inline elements in one language (a name
/// broken into lines) is read as one text, as a reader reads it.
fn texts(html: &str, page: Lang) -> Vec<(String, String)> {
    const VOID: [&str; 8] = ["input", "br", "img", "meta", "link", "hr", "col", "wbr"];
    const SHOWN: [&str; 4] = ["aria-label", "title", "placeholder", "alt"];
    const INLINE: [&str; 7] = ["span", "b", "i", "em", "strong", "small", "abbr"];
    let mut stack: Vec<(String, String)> = vec![("".into(), page.code().to_string())];
    let mut found = Vec::new();
    let mut run = (String::new(), String::new());
    let mut rest = html;
    while !rest.is_empty() {
        let start = rest.find('<').unwrap_or(rest.len());
        let lang = stack.last().unwrap().1.clone();
        if run.1 != lang {
            found.push(std::mem::take(&mut run));
            run.1 = lang;
        }
        run.0.push_str(&decode(&rest[..start]));
        if start == rest.len() {
            break;
        }
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start + 1..end - 1];
        rest = &rest[end..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect();
        if !INLINE.contains(&name.as_str()) {
            found.push(std::mem::take(&mut run));
        }
        if let Some(name) = tag.strip_prefix('/') {
            if let Some(open) = stack.iter().rposition(|(n, _)| n == name.trim()) {
                stack.truncate(open.max(1));
            }
            continue;
        }
        let lang = attribute(tag, "lang").unwrap_or_else(|| stack.last().unwrap().1.clone());
        for shown in SHOWN {
            if let Some(value) = attribute(tag, shown) {
                found.push((decode(&value), lang.clone()));
            }
        }
        // Code is in no human language; quotes and published titles keep the punctuation they
        // were published with.
        let lang = match name.as_str() {
            "code" => String::new(),
            "blockquote" | "q" | "cite" if lang == page.code() => format!("{lang}-quoted"),
            _ => lang,
        };
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            stack.push((name, lang));
        }
    }
    found.push(run);
    // Nor is an address shown as a link's text.
    found.retain(|(text, _)| !text.trim().is_empty() && !text.starts_with("https://"));
    found
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let length = tag[start..].find('"')?;
    Some(tag[start..start + length].to_string())
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[test]
fn no_view_shows_the_other_language_outside_marked_text() {
    let pairs = pairs();
    let mut names: Vec<&str> = supporters()
        .iter()
        .flat_map(|s| [Some(s.name.as_ref()), s.name_on_site.as_deref()])
        .flatten()
        .collect();
    // Longest first, so that a name is taken out before a shorter one inside it.
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    let mut leaks = Vec::new();
    for lang in Lang::ALL {
        let foreign = foreign_words(&pairs, lang);
        let own: Vec<&str> = pairs
            .iter()
            .map(|(en, fr)| if lang == Lang::En { en } else { fr }.as_str())
            .collect();
        for state in STATES {
            let html = app_html_at(state, lang);
            for (text, marked) in texts(&html, lang) {
                if marked != lang.code() {
                    continue;
                }
                for word in foreign.iter().filter(|word| contains_words(&text, word)) {
                    let mut rest = text.clone();
                    // A name that is itself a word of the other language (a country, the
                    // European Union) is not taken out: those have a name in each language.
                    let proper = names
                        .iter()
                        .filter(|name| !foreign.iter().any(|f| f == *name));
                    // The dataset's own forms go first: a supporter's name may sit inside one.
                    let own_forms = own.iter().filter(|o| o.contains(word.as_str()));
                    for name in own_forms.chain(proper) {
                        rest = rest.replace(name, "");
                    }
                    if contains_words(&rest, word) {
                        leaks.push(format!(
                            "{state} in {lang:?}: \"{word}\" in \"{}\"",
                            text.trim()
                        ));
                    }
                }
            }
        }
    }
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "{} leaks:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

#[test]
fn the_check_finds_a_leak_and_respects_marked_text() {
    let pairs = vec![("United States".to_string(), "États-Unis".to_string())];
    let foreign = foreign_words(&pairs, Lang::Fr);
    assert_eq!(foreign, ["United States"]);
    let html = "<p>Les <b>United States</b> ont rejoint</p><q lang=\"en\">United States</q>\
                <button aria-label=\"United States\"></button><input placeholder=\"x\"><p>fin</p>";
    let unmarked: Vec<_> = texts(html, Lang::Fr)
        .into_iter()
        .filter(|(text, lang)| lang == "fr" && foreign.iter().any(|w| contains_words(text, w)))
        .collect();
    assert_eq!(
        unmarked.len(),
        2,
        "the bold text and the label, not the quote: {unmarked:?}"
    );
    let lines = "<th><span class=\"line\">Conseil</span> <span class=\"line\">national</span></th>";
    assert!(
        texts(lines, Lang::Fr).contains(&("Conseil national".to_string(), "fr".to_string())),
        "a name broken into lines is read whole"
    );
    assert!(!contains_words("Reunited States", "United States"));
    assert!(contains_words("(United States)", "United States"));
}

/// French typography in every French text: « » with no-break spaces inside, a no-break space
/// before : ; ! ?, no English quotation marks.
fn french_slips(text: &str) -> Vec<&'static str> {
    let chars: Vec<char> = text.chars().collect();
    let mut slips = Vec::new();
    for (at, &c) in chars.iter().enumerate() {
        let before = at.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(at + 1).copied();
        match c {
            '“' | '”' | '"' => slips.push("English quotation marks"),
            ':' | ';' | '!' | '?' if before == Some(' ') => {
                slips.push("a plain space before : ; ! ?")
            }
            ':' | ';' | '!' | '?'
                if before.is_some_and(char::is_alphabetic)
                    && after.is_none_or(char::is_whitespace) =>
            {
                slips.push("no space before : ; ! ?")
            }
            '«' if after == Some(' ') => slips.push("a plain space after «"),
            '»' if before == Some(' ') => slips.push("a plain space before »"),
            _ => {}
        }
    }
    slips
}

#[test]
fn french_texts_follow_french_typography() {
    let mut slips = Vec::new();
    for state in STATES {
        for (text, marked) in texts(&app_html_at(state, Lang::Fr), Lang::Fr) {
            if marked == "fr" {
                for slip in french_slips(&text) {
                    slips.push(format!("{slip}: \"{}\"", text.trim()));
                }
            }
        }
    }
    slips.sort();
    slips.dedup();
    assert!(
        slips.is_empty(),
        "{} slips:\n{}",
        slips.len(),
        slips.join("\n")
    );
    assert_eq!(
        french_slips("Initiative : Tous, « oui », “non”, fin: ok"),
        [
            "a plain space before : ; ! ?",
            "a plain space after «",
            "a plain space before »",
            "English quotation marks",
            "English quotation marks",
            "no space before : ; ! ?"
        ]
    );
    assert!(french_slips("Initiative\u{a0}: toutes, «\u{a0}oui\u{a0}», 10:30").is_empty());
}
