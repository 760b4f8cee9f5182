//! A static file server on 127.0.0.1 for the built dist/, mounted under a sub-path to prove
//! the build works from any sub-path of a plain static host. It logs every request it serves.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

pub struct StaticServer {
    pub port: u16,
    pub prefix: String,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    /// Serves `root` under `prefix` (e.g. `/deep/sub/path/`) on a free loopback port,
    /// sending `headers` (extra response headers) with every response.
    pub fn start(root: PathBuf, prefix: &str, headers: Vec<(String, String)>) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
        let port = listener.local_addr().expect("bound").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let mount = prefix.to_string();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, mount, log, headers) =
                    (root.clone(), mount.clone(), log.clone(), headers.clone());
                std::thread::spawn(move || serve(stream, &root, &mount, &log, &headers));
            }
        });
        StaticServer {
            port,
            prefix: prefix.to_string(),
            requests,
        }
    }

    /// The URL of the app's page.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.prefix)
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

fn serve(
    mut stream: TcpStream,
    root: &Path,
    mount: &str,
    log: &Mutex<Vec<String>>,
    headers: &[(String, String)],
) {
    let mut reader = BufReader::new(stream.try_clone().expect("a socket clones"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Drain the request headers.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    log.lock().expect("log lock").push(target.clone());
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
    let (status, body, kind) =
        match safe.and_then(|f| std::fs::read(f).ok().map(|body| (body, content_type(f)))) {
            Some((body, kind)) => ("200 OK", body, kind),
            None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        };
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(&body));
}
