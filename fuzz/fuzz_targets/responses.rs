//! Any status, error-type header and body: the response and error-body parsers answer with
//! an output or an error, never a panic.
#![no_main]

use awsop_partnercentral_account::{CancelConnectionInvitation, CreateConnectionInvitation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let status = [200u16, 400, 403, 404, 409, 429, 500, 503][usize::from(selector & 7)];
    let (header, body) = match rest.iter().position(|&b| b == b'\n') {
        Some(at) if selector & 8 != 0 => (std::str::from_utf8(&rest[..at]).ok(), &rest[at + 1..]),
        _ => (None, rest),
    };
    let mut headers = http::HeaderMap::new();
    if let Some(value) = header.and_then(|h| http::HeaderValue::from_str(h).ok()) {
        headers.insert("x-amzn-errortype", value);
    }
    if let Err(err) = awsop::__private::read_response::<CancelConnectionInvitation>(status, &headers, body) {
        let _ = (err.to_string(), format!("{err:?}"), err.code(), err.message());
    }
    let _ = awsop::__private::read_response::<CreateConnectionInvitation>(status, &headers, body);
});
