//! A small blocking W3C WebDriver client over plain HTTP/1.1: what the suite needs and
//! nothing more, so it builds in seconds and speaks to chromedriver and geckodriver alike.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The W3C key under which an element reference is returned.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub type Result<T> = std::result::Result<T, String>;

/// WebDriver's codes for special keys.
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const SHIFT: &str = "\u{E008}";
    pub const ENTER: &str = "\u{E007}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const LEFT: &str = "\u{E012}";
    pub const UP: &str = "\u{E013}";
    pub const RIGHT: &str = "\u{E014}";
    pub const DOWN: &str = "\u{E015}";
    pub const HOME: &str = "\u{E011}";
    pub const END: &str = "\u{E010}";
    pub const BACKSPACE: &str = "\u{E003}";
}

/// Sends one HTTP request and returns the status and the body parsed as JSON.
fn http(base: &str, method: &str, path: &str, body: Option<&Value>) -> Result<(u16, Value)> {
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = TcpStream::connect(address)
        .map_err(|e| format!("cannot reach the WebDriver at {base}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .map_err(|e| e.to_string())?;
    let payload = body.map(Value::to_string).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    // Drivers may keep the connection open: read the head, then exactly the body it announces.
    let mut reader = BufReader::new(stream);
    let unanswered =
        |e: std::io::Error| format!("{method} {path}: the WebDriver did not answer: {e}");
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_err(unanswered)? == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let lower = head.to_ascii_lowercase();
    let length = lower
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse::<usize>().ok());
    let mut body = Vec::new();
    if lower.contains("transfer-encoding: chunked") {
        reader.read_to_end(&mut body).map_err(unanswered)?;
        body = dechunk(&body)?;
    } else if let Some(length) = length {
        body.resize(length, 0);
        reader.read_exact(&mut body).map_err(unanswered)?;
    } else {
        reader.read_to_end(&mut body).map_err(unanswered)?;
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no HTTP status")?;
    let value = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body).map_err(|e| format!("bad JSON from the driver: {e}"))?
    };
    Ok((status, value))
}

fn dechunk(mut body: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("bad chunk")?;
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|e| e.to_string())?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(body.get(..size).ok_or("short chunk")?);
        body = body.get(size + 2..).ok_or("short chunk")?;
    }
}

/// One browser session.
pub struct Session {
    base: String,
    id: String,
}

/// A reference to an element of the page.
#[derive(Clone, Debug)]
pub struct Element(String);

impl Session {
    /// Opens a session with the given capabilities (`alwaysMatch`).
    pub fn new(base: &str, capabilities: Value) -> Result<Session> {
        let (_, value) = http(
            base,
            "POST",
            "/session",
            Some(&json!({ "capabilities": { "alwaysMatch": capabilities } })),
        )?;
        let id = value["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session: {value}"))?
            .to_string();
        Ok(Session {
            base: base.to_string(),
            id,
        })
    }

    fn command(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let (status, value) = http(
            &self.base,
            method,
            &format!("/session/{}{path}", self.id),
            body.as_ref(),
        )?;
        if status >= 400 {
            return Err(format!(
                "{method} {path}: {} {}",
                value["value"]["error"], value["value"]["message"]
            ));
        }
        Ok(value["value"].clone())
    }

    pub fn goto(&self, url: &str) -> Result<()> {
        self.command("POST", "/url", Some(json!({ "url": url })))
            .map(drop)
    }

    pub fn current_url(&self) -> Result<String> {
        Ok(self
            .command("GET", "/url", None)?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    pub fn back(&self) -> Result<()> {
        self.command("POST", "/back", Some(json!({}))).map(drop)
    }

    pub fn forward(&self) -> Result<()> {
        self.command("POST", "/forward", Some(json!({}))).map(drop)
    }

    pub fn refresh(&self) -> Result<()> {
        self.command("POST", "/refresh", Some(json!({}))).map(drop)
    }

    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        self.command(
            "POST",
            "/window/rect",
            Some(json!({ "width": width, "height": height })),
        )
        .map(drop)
    }

    pub fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        let find = || {
            self.command(
                "POST",
                "/elements",
                Some(json!({ "using": "css selector", "value": css })),
            )
        };
        // WebKit reports an element the page removed during the search as stale: search again.
        let found = match find() {
            Err(error) if error.contains("stale element reference") => find()?,
            other => other?,
        };
        Ok(found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e[ELEMENT_KEY].as_str())
            .map(|id| Element(id.to_string()))
            .collect())
    }

    pub fn find(&self, css: &str) -> Result<Element> {
        self.find_all(css)?
            .into_iter()
            .next()
            .ok_or_else(|| format!("no element matches {css:?}"))
    }

    /// Waits up to `timeout` for an element to appear.
    pub fn wait_for(&self, css: &str, timeout: Duration) -> Result<Element> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(element) = self.find_all(css)?.into_iter().next() {
                return Ok(element);
            }
            if Instant::now() > deadline {
                return Err(format!("{css:?} did not appear within {timeout:?}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `check` returns true, re-running it every 50 ms.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        mut check: impl FnMut(&Session) -> Result<bool>,
    ) -> Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            if check(self)? {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("timed out after {timeout:?} waiting for {what}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn text(&self, element: &Element) -> Result<String> {
        Ok(self
            .command("GET", &format!("/element/{}/text", element.0), None)?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Result<Option<String>> {
        Ok(self
            .command(
                "GET",
                &format!("/element/{}/attribute/{name}", element.0),
                None,
            )?
            .as_str()
            .map(str::to_string))
    }

    pub fn property(&self, element: &Element, name: &str) -> Result<Value> {
        self.command(
            "GET",
            &format!("/element/{}/property/{name}", element.0),
            None,
        )
    }

    pub fn click(&self, element: &Element) -> Result<()> {
        let click = || {
            self.command(
                "POST",
                &format!("/element/{}/click", element.0),
                Some(json!({})),
            )
            .map(drop)
        };
        click().or_else(|error| {
            // WebKitWebDriver does not scroll to an element lying just under the viewport (20 px
            // under a 844 px phone screen, 2 December 2026) and calls it not interactable;
            // scrolled to, it is. Anything else not interactable stays so.
            if !error.contains("element not interactable") {
                return Err(error);
            }
            self.execute(
                "arguments[0].scrollIntoView({ block: 'center' })",
                vec![json!({ ELEMENT_KEY: element.0 })],
            )?;
            click()
        })
    }

    pub fn clear(&self, element: &Element) -> Result<()> {
        self.command(
            "POST",
            &format!("/element/{}/clear", element.0),
            Some(json!({})),
        )
        .map(drop)
    }

    /// Types into an element (special keys from `keys`).
    pub fn type_into(&self, element: &Element, text: &str) -> Result<()> {
        self.command(
            "POST",
            &format!("/element/{}/value", element.0),
            Some(json!({ "text": text })),
        )
        .map(drop)
    }

    /// Presses keys on whatever has focus, one after the other.
    pub fn press(&self, keys: &[&str]) -> Result<()> {
        self.key_actions(
            keys.iter()
                .flat_map(|key| {
                    [
                        json!({ "type": "keyDown", "value": key }),
                        json!({ "type": "keyUp", "value": key }),
                    ]
                })
                .collect(),
        )
    }

    /// Presses `key` while holding `modifier` (e.g. Shift+Tab).
    pub fn press_with(&self, modifier: &str, key: &str) -> Result<()> {
        self.key_actions(vec![
            json!({ "type": "keyDown", "value": modifier }),
            json!({ "type": "keyDown", "value": key }),
            json!({ "type": "keyUp", "value": key }),
            json!({ "type": "keyUp", "value": modifier }),
        ])
    }

    fn key_actions(&self, actions: Vec<Value>) -> Result<()> {
        self.command(
            "POST",
            "/actions",
            Some(json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] })),
        )?;
        self.command("DELETE", "/actions", None).map(drop)
    }

    /// Runs a script in the page and returns its result.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.command(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Runs a script that calls its last argument with the result, and returns that result.
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.command(
            "POST",
            "/execute/async",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Sends the next commands to the iframe `frame` of the current document.
    pub fn enter_frame(&self, frame: &Element) -> Result<()> {
        self.command(
            "POST",
            "/frame",
            Some(json!({ "id": { ELEMENT_KEY: frame.0 } })),
        )
        .map(drop)
    }

    /// Sends the next commands to the top-level document again.
    pub fn leave_frames(&self) -> Result<()> {
        self.command("POST", "/frame", Some(json!({ "id": null })))
            .map(drop)
    }

    /// The element that has focus.
    pub fn active_element(&self) -> Result<Element> {
        let found = self.command("GET", "/element/active", None)?;
        found[ELEMENT_KEY]
            .as_str()
            .map(|id| Element(id.to_string()))
            .ok_or_else(|| "nothing has focus".to_string())
    }

    /// Runs a Chrome DevTools Protocol command (chromedriver only), e.g. to emulate a phone.
    pub fn cdp(&self, command: &str, params: Value) -> Result<Value> {
        self.command(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": command, "params": params })),
        )
    }

    /// Runs a script in Firefox's own (chrome) context, then returns to the page: what a
    /// reader does with the browser's menus, e.g. zooming (geckodriver with
    /// `--allow-system-access` only).
    pub fn in_firefox_chrome(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.command("POST", "/moz/context", Some(json!({ "context": "chrome" })))?;
        let result = self.execute(script, args);
        self.command(
            "POST",
            "/moz/context",
            Some(json!({ "context": "content" })),
        )?;
        result
    }

    /// A PNG screenshot of the viewport.
    pub fn screenshot(&self) -> Result<Vec<u8>> {
        let encoded = self.command("GET", "/screenshot", None)?;
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .map_err(|e| format!("the screenshot is not base64: {e}"))
    }

    /// The browser console's messages since the last call, as (level, message)
    /// (chromedriver's log endpoint).
    pub fn console_messages(&self) -> Result<Vec<(String, String)>> {
        let entries = self.command("POST", "/se/log", Some(json!({ "type": "browser" })))?;
        Ok(entries
            .as_array()
            .into_iter()
            .flatten()
            .map(|entry| {
                (
                    entry["level"].as_str().unwrap_or_default().to_string(),
                    entry["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = http(&self.base, "DELETE", &format!("/session/{}", self.id), None);
    }
}
