//! The two visits the side-by-side tables time: a desktop over loopback, and Lighthouse's
//! mobile profile (Slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up; the CPU slowed
//! 4×; a 390×844 touch screen). Every load is a first visit: a new browser session, so a new
//! profile with an empty HTTP cache and no compiled wasm kept from an earlier load.

use lafayette_e2e::webdriver::Session;
use lafayette_e2e::{chrome_capabilities, DESKTOP, PHONE};
use serde_json::json;
use std::time::Duration;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Desktop,
    Mobile,
}

/// One first visit, timed from navigation start.
pub struct Load {
    /// The first view's items on screen: our page's first contentful paint (its items are in
    /// the HTML), a rival's mark when its library put its first item in the DOM.
    pub readable_ms: f64,
    /// The view answers input: our app mounted (`lafayette:rendered`), a rival's library done.
    pub interactive_ms: f64,
    /// Bytes on the wire (as served, compressed) of the page and of every file that had
    /// arrived by `readable_ms`.
    pub bytes_before_content: f64,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Desktop => "desktop over loopback",
            Profile::Mobile => "Lighthouse mobile (Slow 4G, CPU 4× slower, 390×844)",
        }
    }

    /// How many first visits each median takes.
    pub fn runs(self) -> usize {
        match self {
            Profile::Desktop => 5,
            Profile::Mobile => 3,
        }
    }

    /// A new browser session (a fresh profile) under this profile's conditions.
    pub fn session(self, url_for_driver: &str) -> Session {
        let session = Session::new(url_for_driver, chrome_capabilities()).expect("a session");
        match self {
            Profile::Desktop => {
                session.set_window_size(DESKTOP.0, DESKTOP.1).expect("size");
            }
            Profile::Mobile => {
                let (width, height) = PHONE;
                for (command, params) in [
                    (
                        "Emulation.setDeviceMetricsOverride",
                        json!({ "width": width, "height": height, "deviceScaleFactor": 3, "mobile": true }),
                    ),
                    (
                        "Emulation.setTouchEmulationEnabled",
                        json!({ "enabled": true, "maxTouchPoints": 5 }),
                    ),
                    ("Emulation.setCPUThrottlingRate", json!({ "rate": 4 })),
                    ("Network.enable", json!({})),
                    (
                        "Network.emulateNetworkConditions",
                        json!({
                            "offline": false,
                            "latency": 150,
                            "downloadThroughput": 1_638_400 / 8,
                            "uploadThroughput": 750_000 / 8
                        }),
                    ),
                ] {
                    session.cdp(command, params).expect(command);
                }
            }
        }
        session
    }

    /// Opens `url` as a first visit and waits for the page's `…:rendered` mark.
    pub fn load(self, driver: &str, url: &str) -> Load {
        let session = self.session(driver);
        session.goto(url).expect("navigation");
        let script = "
            const rendered = performance.getEntriesByType('mark').find(m => m.name.endsWith(':rendered'));
            if (!rendered) return null;
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            const ours = rendered.name.startsWith('lafayette');
            const readable = ours && paint ? paint.startTime : rendered.startTime;
            const page = performance.getEntriesByType('navigation')[0];
            const bytes = performance.getEntriesByType('resource')
                .filter(r => r.responseEnd <= readable)
                .reduce((sum, r) => sum + r.encodedBodySize, page.encodedBodySize);
            return [readable, rendered.startTime, bytes];";
        let mut measured = serde_json::Value::Null;
        session
            .wait_until("the rendered mark", Duration::from_secs(180), |s| {
                measured = s.execute(script, vec![])?;
                Ok(!measured.is_null())
            })
            .expect("rendered");
        let at = |i: usize| measured[i].as_f64().unwrap_or(-1.0);
        Load {
            readable_ms: at(0),
            interactive_ms: at(1),
            bytes_before_content: at(2),
        }
    }
}
