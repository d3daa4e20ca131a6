//! Any status, headers and body: the awsJson and restJson1 response and error-body readers
//! answer with an output or an error, never a panic. restJson1 is read through Lambda's
//! `Invoke` (status code, headers, a raw blob payload), Scheduler's `GetSchedule` (a JSON body)
//! and an operation declared here with every other output binding: header lists of numbers,
//! strings and HTTP dates, prefix headers, a structure payload.
#![no_main]

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, HttpDate, Service};
use awsop_example_services::lambda::Invoke;
use awsop_example_services::scheduler::GetSchedule;
use awsop_partnercentral_account::{CancelConnectionInvitation, CreateConnectionInvitation};
use libfuzzer_sys::fuzz_target;

const BINDINGS: Service = Service::rest_json_1("bindings");

#[aws_operation(service = BINDINGS, name = "Read", http(method = "GET", uri = "/read/{Id}"))]
#[derive(Debug, Clone, Default)]
pub struct Read {
    #[aws(label)]
    pub id: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Nested {
    pub name: Option<String>,
    pub when: Option<awsop::EpochSeconds>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ReadResponse {
    #[aws(response_code)]
    pub status: i32,
    #[aws(header = "X-Sizes")]
    pub sizes: Option<Vec<i64>>,
    #[aws(header = "X-Names")]
    pub names: Option<Vec<String>>,
    #[aws(header = "X-Dates")]
    pub dates: Option<Vec<HttpDate>>,
    #[aws(header = "X-Flag")]
    pub flag: Option<bool>,
    #[aws(header = "X-Ratio")]
    pub ratio: Option<f64>,
    #[aws(header = "X-Json", media_type = "application/json")]
    pub json: Option<String>,
    #[aws(prefix_headers = "X-Meta-")]
    pub meta: Option<BTreeMap<String, String>>,
    #[aws(payload)]
    pub nested: Option<Nested>,
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let status = [200u16, 201, 204, 400, 403, 404, 429, 500][usize::from(selector & 7)];
    // headers: `name: value` lines up to a blank line, then the body
    let mut headers = http::HeaderMap::new();
    let mut body = rest;
    if selector & 8 != 0 {
        while let Some(at) = body.iter().position(|&b| b == b'\n') {
            let line = &body[..at];
            body = &body[at + 1..];
            if line.is_empty() {
                break;
            }
            let text = String::from_utf8_lossy(line);
            if let Some((name, value)) = text.split_once(':') {
                if let (Ok(name), Ok(value)) = (
                    http::HeaderName::from_bytes(name.trim().as_bytes()),
                    http::HeaderValue::from_bytes(value.trim().as_bytes()),
                ) {
                    headers.append(name, value);
                }
            }
        }
    }
    if let Err(err) = awsop::__private::read_response::<CancelConnectionInvitation>(status, &headers, body) {
        let _ = (err.to_string(), format!("{err:?}"), err.code(), err.message());
    }
    let _ = awsop::__private::read_response::<CreateConnectionInvitation>(status, &headers, body);
    if let Err(err) = awsop::__private::read_response::<Invoke>(status, &headers, body) {
        let _ = (err.to_string(), format!("{err:?}"), err.code(), err.message());
    }
    let _ = awsop::__private::read_response::<GetSchedule>(status, &headers, body);
    match awsop::__private::read_response::<Read>(status, &headers, body) {
        Ok(out) => {
            let _ = format!("{out:?}");
        }
        Err(err) => {
            let _ = (err.to_string(), format!("{err:?}"));
        }
    }
});
