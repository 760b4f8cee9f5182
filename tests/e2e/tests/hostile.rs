//! Script-injection payloads in every URL parameter render as text and run nothing.

use lafayette_e2e::*;
use serde_json::json;

const PAYLOADS: [&str; 3] = [
    "<img src=x onerror=\"window.pwned=1\">",
    "\"><script>window.pwned=2</script>",
    "javascript:window.pwned=3",
];

fn encoded(payload: &str) -> String {
    payload
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn payloads_in_every_url_parameter_run_nothing() {
    let session = browser();
    let keys = [
        "lang",
        "theme",
        "q",
        "area",
        "actor",
        "initiative",
        "source",
        "country",
        "category",
        "year",
        "status",
        "sel",
        "sort",
        "embed",
    ];
    for view in VIEWS {
        for payload in PAYLOADS {
            let value = encoded(payload);
            let query: Vec<String> = keys.iter().map(|key| format!("{key}={value}")).collect();
            open(&session, &format!("#/{view}?{}", query.join("&")));
            let ran = session
                .execute(
                    "return [window.pwned === undefined, document.querySelectorAll('img[src=x], main script').length]",
                    vec![],
                )
                .unwrap();
            assert_eq!(ran, json!([true, 0]), "{view} with {payload}");
            if view == "supporters" {
                // The search box holds the payload as plain text.
                let search = session
                    .wait_for("input[type=search]", STEP_TIMEOUT)
                    .unwrap();
                assert_eq!(session.property(&search, "value").unwrap(), json!(payload));
            }
        }
    }
    // A link the app builds from that state carries the payload encoded, not as markup.
    let link = session.find("nav.nav a[href*='timeline']").unwrap();
    let href = session.attribute(&link, "href").unwrap().unwrap();
    assert!(!href.contains('<') && !href.contains('"'), "{href}");
    assert_eq!(console_errors(&session), Vec::<String>::new());
}
