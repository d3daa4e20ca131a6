use std::sync::Arc;
use std::time::SystemTime;

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Output {
    id: String,
    status: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("AWS_ENDPOINT_URL")?;
    let roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let http = reqwest::Client::builder().tls_backend_preconfigured(tls).build()?;
    let identity = aws_credential_types::Credentials::new(
        std::env::var("AWS_ACCESS_KEY_ID")?,
        std::env::var("AWS_SECRET_ACCESS_KEY")?,
        None,
        None,
        "env",
    )
    .into();
    let body = serde_json::to_vec(&serde_json::json!({
        "Catalog": "AWS", "Identifier": "pacinv-0123456789abc", "ClientToken": "raw-app-token"
    }))?;
    let headers = [
        ("content-type", "application/x-amz-json-1.0"),
        ("x-amz-target", "PartnerCentralAccount.CancelConnectionInvitation"),
    ];
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("partnercentral-account")
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()?
        .into();
    let signable = SignableRequest::new("POST", url.as_str(), headers.iter().copied(), SignableBody::Bytes(&body))?;
    let (instructions, _) = sign(signable, &params)?.into_parts();
    let mut request = http.post(&url).body(body);
    for (name, value) in headers.into_iter().chain(instructions.headers()) {
        request = request.header(name, value);
    }
    let out: Output = serde_json::from_slice(&request.send().await?.bytes().await?)?;
    println!("{} is now {}", out.id, out.status);
    Ok(())
}
