//! SigV4 verification: recompute the signature with `aws-sigv4` over the headers the client
//! says it signed, and compare.

use std::time::{Duration, SystemTime};

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use http::HeaderMap;
use time::macros::format_description;
use time::PrimitiveDateTime;

use crate::wire::ApiError;

/// How far `X-Amz-Date` may be from the server's clock, as AWS allows.
pub(crate) const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// What a verified request was signed with.
#[derive(Debug, Clone)]
pub(crate) struct Signer {
    pub(crate) access_key_id: String,
    pub(crate) region: String,
}

struct Authorization<'a> {
    access_key_id: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Option<Authorization<'_>> {
    let rest = value.strip_prefix("AWS4-HMAC-SHA256 ")?;
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (key, value) = part.trim().split_once('=')?;
        match key {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed = Some(value),
            "Signature" => signature = Some(value),
            _ => {}
        }
    }
    let mut scope = credential?.split('/');
    let auth = Authorization {
        access_key_id: scope.next()?,
        date: scope.next()?,
        region: scope.next()?,
        service: scope.next()?,
        signed_headers: signed?.split(';').collect(),
        signature: signature?,
    };
    (scope.next()? == "aws4_request").then_some(auth)
}

fn denied(code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::new(403, code, message)
}

/// Verifies the request's signature against the known credentials; with none, any access key
/// is taken at its word once the `Authorization` header is well-formed.
pub(crate) fn verify(
    credentials: Option<&[(String, String)]>,
    signing_name: &str,
    method: &str,
    path_and_query: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<Signer, ApiError> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let Some(authorization) = header("authorization") else {
        return Err(denied(
            "MissingAuthenticationTokenException",
            "Missing Authentication Token",
        ));
    };
    let auth = parse_authorization(authorization).ok_or_else(|| {
        denied("IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters of AWS4-HMAC-SHA256")
    })?;
    let secret = match credentials {
        None => None,
        Some(pairs) => match pairs.iter().find(|(id, _)| id == auth.access_key_id) {
            Some((_, secret)) => Some(secret),
            None => {
                return Err(denied(
                    "UnrecognizedClientException",
                    "The security token included in the request is invalid.",
                ))
            }
        },
    };
    if auth.service != signing_name {
        return Err(denied(
            "InvalidSignatureException",
            format!("Credential should be scoped to correct service: '{signing_name}'."),
        ));
    }
    let signer = Signer {
        access_key_id: auth.access_key_id.to_owned(),
        region: auth.region.to_owned(),
    };
    let Some(secret) = secret else {
        return Ok(signer); // any key is accepted, unverified
    };
    let amz_date = header("x-amz-date").unwrap_or_default();
    let format = format_description!("[year][month][day]T[hour][minute][second]Z");
    let signed_at: SystemTime = PrimitiveDateTime::parse(amz_date, &format)
        .map_err(|_| {
            denied(
                "IncompleteSignatureException",
                "X-Amz-Date is missing or not in the form YYYYMMDD'T'HHMMSS'Z'",
            )
        })?
        .assume_utc()
        .into();
    let skew = now
        .duration_since(signed_at)
        .or_else(|e| Ok::<_, ApiError>(e.duration()))?;
    if skew > MAX_SKEW {
        return Err(denied("InvalidSignatureException", format!(
            "Signature expired: {amz_date} is now earlier or later than the server's time by more than 5 minutes"
        )));
    }
    if !amz_date.starts_with(auth.date) {
        return Err(denied("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP"));
    }

    let session_token = header("x-amz-security-token").map(str::to_owned);
    let mut signed = Vec::with_capacity(auth.signed_headers.len());
    for name in &auth.signed_headers {
        if matches!(*name, "x-amz-date" | "x-amz-security-token") {
            continue; // the signer adds these from the time and the identity
        }
        let Some(value) = header(name) else {
            return Err(denied("InvalidSignatureException", format!("The request signature we calculated does not match the signature you provided: signed header `{name}` is missing")));
        };
        signed.push((*name, value));
    }
    let host = header("host").unwrap_or("localhost");
    let url = format!("http://{host}{path_and_query}");
    let identity = aws_credential_types::Credentials::new(
        auth.access_key_id,
        secret.clone(),
        session_token,
        None,
        "awsop-emulator",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(auth.region)
        .name(signing_name)
        .time(signed_at)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| denied("InvalidSignatureException", e.to_string()))?
        .into();
    // the request as it was sent: any method, path and query
    let request = SignableRequest::new(method, url, signed.into_iter(), SignableBody::Bytes(body))
        .map_err(|e| denied("InvalidSignatureException", e.to_string()))?;
    let expected = sign(request, &params)
        .map_err(|e| denied("InvalidSignatureException", e.to_string()))?
        .signature()
        .to_owned();
    if !constant_time_eq(expected.as_bytes(), auth.signature.as_bytes()) {
        return Err(denied(
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
        ));
    }
    Ok(signer)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
