//! A static file server on 127.0.0.1 for the built dist/, mounted under a sub-path to prove
//! the build works from any sub-path of a plain static host. Like a host set up as README's
//! "Hosting" says, it sends a file's `.br` or `.gz` copy to a browser that accepts it (and
//! gzips on the fly what has no copy, as hosts do by default). It logs every request it
//! serves and keeps the body of every POST (the browser's CSP violation reports).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

pub struct StaticServer {
    pub port: u16,
    pub prefix: String,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// `path body` of each POST received.
    pub posts: Arc<Mutex<Vec<String>>>,
}

/// How a server answers, beyond the files.
#[derive(Clone, Default)]
struct Options {
    headers: Vec<(String, String)>,
    /// Held back before the wasm is sent: a slow network, to see what comes before the code.
    wasm_delay: std::time::Duration,
}

impl StaticServer {
    /// Serves `root` under `prefix` (e.g. `/deep/sub/path/`) on a free loopback port,
    /// sending `headers` (extra response headers) with every response.
    pub fn start(root: PathBuf, prefix: &str, headers: Vec<(String, String)>) -> StaticServer {
        StaticServer::with_options(
            root,
            prefix,
            Options {
                headers,
                ..Options::default()
            },
        )
    }

    /// Serves `root` under `prefix`, sending the wasm only after `delay`.
    pub fn slow_wasm(root: PathBuf, prefix: &str, delay: std::time::Duration) -> StaticServer {
        StaticServer::with_options(
            root,
            prefix,
            Options {
                wasm_delay: delay,
                ..Options::default()
            },
        )
    }

    fn with_options(root: PathBuf, prefix: &str, options: Options) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
        let port = listener.local_addr().expect("bound").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let posts = Arc::new(Mutex::new(Vec::new()));
        let (log, post_log) = (requests.clone(), posts.clone());
        let mount = prefix.to_string();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, mount, log, post_log, options) = (
                    root.clone(),
                    mount.clone(),
                    log.clone(),
                    post_log.clone(),
                    options.clone(),
                );
                std::thread::spawn(move || {
                    serve(stream, &root, &mount, (&log, &post_log), &options)
                });
            }
        });
        StaticServer {
            port,
            prefix: prefix.to_string(),
            requests,
            posts,
        }
    }

    /// The URL of the app's page.
    pub fn url(&self) -> String {
        format!("{}{}", self.origin(), self.prefix)
    }

    /// `http://127.0.0.1:PORT`: each server is an origin of its own.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The body to send for `file` and its content encoding: its `.br` or `.gz` copy when the
/// browser accepts it, else the file gzipped on the fly when it is text or wasm, else as is.
fn encoded(
    file: &Path,
    body: Vec<u8>,
    kind: &str,
    accepted: &str,
) -> (Vec<u8>, Option<&'static str>) {
    let accepts = |encoding: &str| {
        accepted
            .split(',')
            .any(|offer| offer.split(';').next().unwrap_or("").trim() == encoding)
    };
    for encoding in ["br", "gzip"] {
        let suffix = if encoding == "br" { "br" } else { "gz" };
        let mut copy = file.as_os_str().to_owned();
        copy.push(".");
        copy.push(suffix);
        if accepts(encoding) {
            if let Ok(compressed) = std::fs::read(&copy) {
                return (compressed, Some(encoding));
            }
        }
    }
    let text_or_wasm = kind.starts_with("text/")
        || kind.contains("json")
        || kind.contains("wasm")
        || kind.contains("svg");
    if accepts("gzip") && text_or_wasm {
        use std::io::Write as _;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        if encoder.write_all(&body).is_ok() {
            if let Ok(compressed) = encoder.finish() {
                return (compressed, Some("gzip"));
            }
        }
    }
    (body, None)
}

fn serve(
    mut stream: TcpStream,
    root: &Path,
    mount: &str,
    (log, post_log): (&Mutex<Vec<String>>, &Mutex<Vec<String>>),
    options: &Options,
) {
    let mut reader = BufReader::new(stream.try_clone().expect("a socket clones"));
    let mut request_line = String::new();
    // Browsers open connections ahead of need (Firefox's speculative connections) and may
    // close them unused: those are not requests.
    if reader
        .read_line(&mut request_line)
        .map_or(true, |read| read == 0)
    {
        return;
    }
    let mut body_length = 0;
    let mut accepted = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                body_length = value.trim().parse().unwrap_or(0);
            } else if name.eq_ignore_ascii_case("accept-encoding") {
                accepted = value.trim().to_string();
            }
        }
        line.clear();
    }
    let mut words = request_line.split_whitespace();
    let method = words.next().unwrap_or("GET").to_string();
    let target = words.next().unwrap_or("/").to_string();
    log.lock().expect("log lock").push(target.clone());
    if method == "POST" {
        let mut body = vec![0; body_length];
        let _ = reader.read_exact(&mut body);
        post_log
            .lock()
            .expect("post log lock")
            .push(format!("{target} {}", String::from_utf8_lossy(&body)));
        let _ = stream.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        return;
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = path.strip_prefix(mount).map(|relative| {
        let relative = if relative.is_empty() {
            "index.html"
        } else {
            relative
        };
        root.join(relative)
    });
    let safe = file.as_ref().filter(|f| {
        f.strip_prefix(root)
            .is_ok_and(|r| r.components().all(|c| matches!(c, Component::Normal(_))))
    });
    let (status, (body, encoding), kind) =
        match safe.and_then(|f| std::fs::read(f).ok().map(|body| (f, body, content_type(f)))) {
            Some((file, body, kind)) => ("200 OK", encoded(file, body, kind, &accepted), kind),
            None => ("404 Not Found", (b"not found".to_vec(), None), "text/plain"),
        };
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\nVary: Accept-Encoding\r\n", body.len());
    if let Some(encoding) = encoding {
        head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    if kind == "application/wasm" {
        std::thread::sleep(options.wasm_delay);
    }
    for (name, value) in &options.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    // One write, sent at once: a header written apart from its body can sit out the peer's
    // delayed ACK (Nagle's algorithm), ~40 ms per file that a real server does not add.
    let _ = stream.set_nodelay(true);
    let mut response = head.into_bytes();
    response.extend_from_slice(&body);
    let _ = stream.write_all(&response);
}
