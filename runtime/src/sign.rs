//! SigV4 through the `aws-sigv4` crate: the only place that knows its API.

use std::time::SystemTime;

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

/// The headers to add to a request so it carries a SigV4 signature (`Authorization`,
/// `X-Amz-Date`, `X-Amz-Security-Token`).
pub(crate) fn signature_headers(
    identity: &Identity,
    region: &str,
    signing_name: &str,
    time: SystemTime,
    url: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Vec<(&'static str, String)>, String> {
    let params = v4::SigningParams::builder()
        .identity(identity)
        .region(region)
        .name(signing_name)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|err| err.to_string())?
        .into();
    let request = SignableRequest::new(
        "POST",
        url,
        headers.iter().copied(),
        SignableBody::Bytes(body),
    )
    .map_err(|err| err.to_string())?;
    let (instructions, _signature) = sign(request, &params)
        .map_err(|err| err.to_string())?
        .into_parts();
    let (headers, _query) = instructions.into_parts();
    Ok(headers
        .into_iter()
        .map(|h| (h.name(), h.value().to_owned()))
        .collect())
}
