//! SigV4 through the `aws-sigv4` crate. The common request (POST to a plain path, no query)
//! is canonicalized here so the signing key — four HMACs that change once a day — is derived
//! once with `aws_sigv4::sign::v4::generate_signing_key` and reused, and the signature is
//! `aws_sigv4::sign::v4::calculate_signature`. Any other request goes through
//! `aws_sigv4::http_request::sign` whole. A unit test holds the two paths to the same bytes,
//! and the emulator verifies every request with the whole path.

use std::fmt;
use std::sync::Mutex;
use std::time::SystemTime;

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use sha2::{Digest, Sha256};
use time::macros::format_description;
use time::OffsetDateTime;

/// The signing keys of the last few (day, region, service, secret), each reused until its day
/// changes: a client that calls several services keeps one per service.
#[derive(Default)]
pub(crate) struct SigningKeyCache(Mutex<Vec<CachedKey>>);

/// How many signing keys a client keeps (then the oldest goes).
const SIGNING_KEYS: usize = 4;

struct CachedKey {
    date: String,
    region: String,
    service: String,
    secret: String,
    key: Vec<u8>,
}

impl fmt::Debug for SigningKeyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKeyCache")
    }
}

/// What to sign: the request as the client sends it.
pub(crate) struct ToSign<'a> {
    /// The HTTP method.
    pub(crate) method: &'a str,
    pub(crate) identity: &'a Identity,
    pub(crate) region: &'a str,
    pub(crate) service: &'a str,
    pub(crate) time: SystemTime,
    pub(crate) url: &'a reqwest::Url,
    /// Lowercase names, values without surrounding white space.
    pub(crate) headers: &'a [(&'a str, &'a str)],
    pub(crate) body: &'a [u8],
}

/// The headers that carry the signature: `x-amz-date`, `authorization`, and
/// `x-amz-security-token` for temporary credentials.
pub(crate) fn signature_headers(
    cache: &SigningKeyCache,
    request: &ToSign<'_>,
) -> Result<Vec<(&'static str, String)>, String> {
    let credentials = request
        .identity
        .data::<aws_credential_types::Credentials>()
        .ok_or("the identity holds no AWS credentials")?;
    let path = request.url.path();
    // a path aws-sigv4 would not normalize: unreserved characters and percent-encodings only,
    // no empty, `.` or `..` segment; its canonical form is then the path encoded once more
    let plain = is_plain_path(path) && request.headers.iter().all(|(n, v)| plain_header(n, v));
    if !plain {
        return whole(request);
    }
    let at = OffsetDateTime::from(request.time);
    let amz_date = at
        .format(format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .map_err(|e| e.to_string())?;
    let date = &amz_date[..8];
    let host = match request.url.port() {
        Some(port) => format!("{}:{port}", request.url.host_str().unwrap_or_default()),
        None => request.url.host_str().unwrap_or_default().to_owned(),
    };
    let token = credentials.session_token();
    let mut headers: Vec<(&str, &str)> = Vec::with_capacity(request.headers.len() + 3);
    headers.extend_from_slice(request.headers);
    headers.push(("host", &host));
    headers.push(("x-amz-date", &amz_date));
    if let Some(token) = token {
        headers.push(("x-amz-security-token", token));
    }
    headers.sort_unstable_by(|a, b| a.0.cmp(b.0));

    let mut canonical = String::with_capacity(512);
    canonical.push_str(request.method);
    canonical.push('\n');
    // non-S3 services sign the path encoded twice: each `%` of the sent path becomes `%25`
    if path.contains('%') {
        for (i, part) in path.split('%').enumerate() {
            if i > 0 {
                canonical.push_str("%25");
            }
            canonical.push_str(part);
        }
    } else {
        canonical.push_str(path);
    }
    canonical.push('\n');
    if let Some(query) = request.url.query() {
        canonical_query(query, &mut canonical);
    }
    canonical.push('\n');
    let mut signed_headers = String::with_capacity(128);
    for (name, value) in &headers {
        canonical.push_str(name);
        canonical.push(':');
        canonical.push_str(value);
        canonical.push('\n');
        if !signed_headers.is_empty() {
            signed_headers.push(';');
        }
        signed_headers.push_str(name);
    }
    canonical.push('\n');
    canonical.push_str(&signed_headers);
    canonical.push('\n');
    canonical.push_str(sha256_hex(request.body, &mut [0; 64]));

    let scope = format!("{date}/{}/{}/aws4_request", request.region, request.service);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical.as_bytes(), &mut [0; 64])
    );
    let secret = credentials.secret_access_key();
    let mut cached = cache
        .0
        .lock()
        .map_err(|_| "the signing key cache is poisoned")?;
    let found = cached.iter().position(|k| {
        k.date == date
            && k.region == request.region
            && k.service == request.service
            && k.secret == secret
    });
    let index = match found {
        Some(index) => index,
        None => {
            let key =
                v4::generate_signing_key(secret, request.time, request.region, request.service);
            // a new day's key replaces the old day's of the same scope; else the oldest goes
            cached.retain(|k| {
                !(k.region == request.region && k.service == request.service && k.secret == secret)
            });
            if cached.len() >= SIGNING_KEYS {
                cached.remove(0);
            }
            cached.push(CachedKey {
                date: date.to_owned(),
                region: request.region.to_owned(),
                service: request.service.to_owned(),
                secret: secret.to_owned(),
                key: key.as_ref().to_vec(),
            });
            cached.len() - 1
        }
    };
    let key = cached
        .get(index)
        .map(|k| k.key.as_slice())
        .unwrap_or_default();
    let signature = v4::calculate_signature(key, string_to_sign.as_bytes());
    drop(cached);

    let authorization = format!(
        "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
        credentials.access_key_id()
    );
    let mut out = Vec::with_capacity(3);
    out.push(("x-amz-date", amz_date));
    out.push(("authorization", authorization));
    if let Some(token) = token {
        out.push(("x-amz-security-token", token.to_owned()));
    }
    Ok(out)
}

/// Whether aws-sigv4 would neither encode nor normalize `path` beyond encoding it once more:
/// unreserved characters, `/` and well-formed percent-encodings only, and no empty, `.` or `..`
/// segment. One pass over the bytes (this runs on every request).
fn is_plain_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    let hex = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|h| h.is_ascii_digit() || (b'A'..=b'F').contains(h))
    };
    // where the current segment starts, and whether it holds only dots so far
    let mut segment = 0;
    let mut dots = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'/' {
            // an empty segment (`//`) or a `.`/`..` one ends here
            if i > 0 && (i == segment || (dots && i - segment <= 2)) {
                return false;
            }
            segment = i + 1;
            dots = true;
            i += 1;
        } else if b == b'%' {
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            dots = false;
            i += 3;
        } else if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            dots &= b == b'.';
            i += 1;
        } else {
            return false;
        }
    }
    // a last `.` or `..` segment
    !(i > segment && dots && i - segment <= 2)
}

/// The lowercase hex SHA-256 of `bytes`, written into `buffer`: no allocation, and hex's
/// table-driven slice encoder rather than its per-character iterator (which was two
/// percent of a call's instructions).
fn sha256_hex<'a>(bytes: &[u8], buffer: &'a mut [u8; 64]) -> &'a str {
    let digest = Sha256::digest(bytes);
    match hex::encode_to_slice(digest, buffer) {
        Ok(()) => std::str::from_utf8(buffer).unwrap_or_default(),
        Err(_) => "",
    }
}

/// SigV4's canonical query string, as aws-sigv4 makes it: each name and value decoded as a
/// form, encoded again (all but RFC 3986's unreserved characters), sorted by name then value.
fn canonical_query(query: &str, out: &mut String) {
    const ENCODE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let mut pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| {
            (
                percent_encoding::utf8_percent_encode(&name, ENCODE).to_string(),
                percent_encoding::utf8_percent_encode(&value, ENCODE).to_string(),
            )
        })
        .collect();
    pairs.sort_unstable();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
}

/// A header the fast path canonicalizes as is: a lowercase name, and a value with no
/// surrounding or repeated white space and no control characters.
fn plain_header(name: &str, value: &str) -> bool {
    name.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && value.trim() == value
        && !value.contains("  ")
        && !value.bytes().any(|b| b.is_ascii_control())
}

/// The whole `aws-sigv4` path, for any request the fast path does not cover.
fn whole(request: &ToSign<'_>) -> Result<Vec<(&'static str, String)>, String> {
    let params = v4::SigningParams::builder()
        .identity(request.identity)
        .region(request.region)
        .name(request.service)
        .time(request.time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|err| err.to_string())?
        .into();
    let signable = SignableRequest::new(
        request.method,
        request.url.as_str(),
        request.headers.iter().copied(),
        SignableBody::Bytes(request.body),
    )
    .map_err(|err| err.to_string())?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|err| err.to_string())?
        .into_parts();
    let (headers, _query) = instructions.into_parts();
    Ok(headers
        .into_iter()
        .map(|h| (h.name(), h.value().to_owned()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut headers: Vec<(&'static str, String)>) -> Vec<(&'static str, String)> {
        headers.sort();
        headers
    }

    #[test]
    fn plain_paths_are_told_from_those_aws_sigv4_normalizes() {
        for plain in [
            "/",
            "/a/b",
            "/a%20b/c.d/",
            "/.a/..b/...",
            "/functions/x/invocations",
        ] {
            assert!(is_plain_path(plain), "{plain}");
        }
        for odd in [
            "//", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", "/%2", "/%zz", "/a b",
        ] {
            assert!(!is_plain_path(odd), "{odd}");
        }
    }

    #[test]
    fn a_key_per_service_is_kept_and_signs_as_aws_sigv4() {
        let cache = SigningKeyCache::default();
        let identity: Identity = aws_credential_types::Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "test",
        )
        .into();
        let url = reqwest::Url::parse("https://example.com/").expect("a URL");
        for round in 0..3 {
            for service in ["dynamodb", "sqs", "logs"] {
                let request = ToSign {
                    method: "POST",
                    identity: &identity,
                    region: "us-east-1",
                    service,
                    time: SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_743_768_000),
                    url: &url,
                    headers: &[("content-type", "application/x-amz-json-1.0")],
                    body: b"{}",
                };
                let fast = signature_headers(&cache, &request).map(sorted);
                assert_eq!(
                    fast,
                    whole(&request).map(sorted),
                    "{service}, round {round}"
                );
            }
        }
        let kept = cache.0.lock().map(|k| k.len()).unwrap_or_default();
        assert_eq!(kept, 3, "one key per service, none derived twice");
    }

    #[test]
    fn the_fast_path_signs_exactly_as_aws_sigv4() {
        let cache = SigningKeyCache::default();
        for (url, token) in [
            ("http://127.0.0.1:4566/", None),
            (
                "https://partnercentral-account.us-east-1.api.aws",
                Some("session/token+="),
            ),
            ("https://example.com:8443/custom/path", None),
            ("https://example.com/?q=1", None),
            ("https://example.com/schedules/nightly-report", None),
            ("https://example.com/keys/a//b/./c", None),
            ("https://example.com/functions/a%20b/invocations?Qualifier=v1", None),
            (
                "https://example.com/buckets/my%20bucket/keys/photos/2026/a%2Bb%20%C3%A9.jpg?versions&tag=a%2Fb&tag=c%3Dd&since=2019-12-16T23%3A48%3A18Z",
                None,
            ),
            ("https://example.com/schedules/x?groupName=g&b=2&a=1&a=0&plus=a+b&raw=%7e", None),
            ("https://example.com/odd%2x/path?q", None),
        ] {
            let identity: Identity = aws_credential_types::Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                token.map(str::to_owned),
                None,
                "test",
            )
            .into();
            let url = reqwest::Url::parse(url).expect("a valid URL");
            let headers = [
                ("content-type", "application/x-amz-json-1.0"),
                (
                    "x-amz-target",
                    "PartnerCentralAccount.CancelConnectionInvitation",
                ),
                ("amz-sdk-request", "attempt=1; max=3"),
            ];
            for (seconds, method) in [
                (1_743_768_000, "POST"),
                (1_743_768_000 + 86_400, "POST"),
                (1_743_768_000, "GET"),
                (1_743_768_000, "DELETE"),
            ] {
                let request = ToSign {
                    method,
                    identity: &identity,
                    region: "us-east-1",
                    service: "partnercentral-account",
                    time: SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(seconds),
                    url: &url,
                    headers: &headers,
                    body: br#"{"Catalog":"AWS"}"#,
                };
                let fast = signature_headers(&cache, &request).map(sorted);
                let reference = whole(&request).map(sorted);
                assert_eq!(fast, reference, "{method} {url}");
            }
        }
    }
}
