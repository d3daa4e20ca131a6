//! Any text as a config or credentials file: parsed or a file-and-line error, never a panic.
#![no_main]

use awsop::profile::{FileKind, Profiles};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut profiles = Profiles::default();
    for kind in [FileKind::Config, FileKind::Credentials] {
        if let Err(err) = profiles.merge(text, "fuzz", kind) {
            assert!(err.line >= 1);
            let _ = err.to_string();
        }
    }
    let _ = profiles.get("default", "region");
    let _ = profiles.service_property("default", "partnercentral_account", "endpoint_url");
});
