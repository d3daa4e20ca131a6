//! HTTP through `reqwest`: one pooled client per `awsop::Client`, built on first use.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use http::HeaderMap;

/// A response as it came off the wire: the status, the headers the client reads, the body.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) date: Option<String>,
    pub(crate) request_id: Option<String>,
    /// Every header: protocols read error types and bound members from them.
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    /// An error response as the attempt read it (for its retry decision), so it is read once.
    pub(crate) error: Option<crate::json::ErrorBody>,
}

/// Why no response arrived.
#[derive(Debug)]
pub(crate) enum TransportError {
    /// The HTTP client could not be built (TLS set-up).
    Build(String),
    /// The connection could not be made, broke, or the response was cut short.
    Io(reqwest::Error),
    /// The connect timeout passed.
    Timeout(reqwest::Error),
    /// The server's TLS certificate is not trusted (not worth a retry).
    Untrusted(String),
}

/// The certificates a client trusts beside the bundled Mozilla roots.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trust {
    /// PEM bundles, each with where it came from (for the error that names it).
    pub(crate) bundles: Vec<(String, Arc<Vec<u8>>)>,
    /// The operating system's store, read at the first request.
    #[cfg(feature = "os-trust-store")]
    pub(crate) os_store: bool,
}

impl Trust {
    /// The certificates of a PEM bundle; `from` names it in the error.
    pub(crate) fn certificates(
        from: &str,
        pem: &[u8],
    ) -> Result<Vec<rustls::pki_types::CertificateDer<'static>>, String> {
        use rustls::pki_types::pem::PemObject as _;
        let certs = rustls::pki_types::CertificateDer::pem_slice_iter(pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|err| format!("the CA bundle {from} is not PEM certificates: {err}"))?;
        if certs.is_empty() {
            return Err(format!("the CA bundle {from} holds no certificate"));
        }
        Ok(certs)
    }

    fn roots(&self) -> Result<rustls::RootCertStore, String> {
        let mut roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        for (from, pem) in &self.bundles {
            for cert in Self::certificates(from, pem)? {
                roots.add(cert).map_err(|err| {
                    format!("the CA bundle {from} has a certificate rustls cannot use: {err}")
                })?;
            }
        }
        #[cfg(feature = "os-trust-store")]
        if self.os_store {
            let found = rustls_native_certs::load_native_certs();
            if found.certs.is_empty() {
                if let Some(err) = found.errors.first() {
                    return Err(format!(
                        "the operating system's trust store could not be read: {err}"
                    ));
                }
            }
            roots.add_parsable_certificates(found.certs);
        }
        Ok(roots)
    }
}

#[derive(Debug)]
pub(crate) struct Transport {
    client: OnceLock<reqwest::Client>,
    connect_timeout: Duration,
    trust: Trust,
}

impl Transport {
    /// Nothing is built here: the TLS configuration and the pool wait for the first call.
    pub(crate) fn new(connect_timeout: Duration, trust: Trust) -> Self {
        Self {
            client: OnceLock::new(),
            connect_timeout,
            trust,
        }
    }

    /// The pooled client, built for the first request's endpoint (a client's endpoint does
    /// not change between calls).
    fn client(&self, url: &reqwest::Url) -> Result<&reqwest::Client, TransportError> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let client = self
            .build(is_loopback(url))
            .map_err(TransportError::Build)?;
        Ok(self.client.get_or_init(|| client))
    }

    fn build(&self, loopback: bool) -> Result<reqwest::Client, String> {
        // Bundled Mozilla roots (and the configured CA bundles; the system's store only when
        // asked for) and the ring provider: no native-certificate scan unless asked, no C
        // toolchain at build time.
        let roots = self.trust.roots()?;
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|err| format!("TLS set-up failed: {err}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let mut builder = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .tcp_nodelay(true)
            .redirect(reqwest::redirect::Policy::none())
            .retry(reqwest::retry::never())
            // without this, reqwest (built without a crypto provider) would panic
            .tls_backend_preconfigured(tls);
        if loopback {
            // A proxy from the environment must not reroute traffic to a local server.
            builder = builder.no_proxy();
        }
        builder.build().map_err(|err| err.to_string())
    }

    pub(crate) async fn send(
        &self,
        method: &str,
        url: reqwest::Url,
        headers: HeaderMap,
        body: Bytes,
    ) -> Result<RawResponse, TransportError> {
        let client = self.client(&url)?;
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|err| {
            TransportError::Build(format!("the method {method} is not HTTP: {err}"))
        })?;
        let mut response = client
            .request(method, url)
            .headers(headers)
            .body(body)
            .send()
            .await
            .map_err(classify)?;
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let date = text("date");
        let request_id = text("x-amzn-requestid").or_else(|| text("x-amz-request-id"));
        let body = response.bytes().await.map_err(classify)?;
        Ok(RawResponse {
            status,
            date,
            request_id,
            headers,
            body,
            error: None,
        })
    }
}

fn classify(err: reqwest::Error) -> TransportError {
    if err.is_timeout() {
        return TransportError::Timeout(err);
    }
    // a certificate the client does not trust fails the same way on every attempt
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(inner) = source {
        if let Some(tls) = inner.downcast_ref::<rustls::Error>() {
            if matches!(
                tls,
                rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
            ) {
                return TransportError::Untrusted(tls.to_string());
            }
        }
        // TLS errors arrive inside io::Errors, whose source() skips the error they wrap
        source = match inner.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|e| e as &(dyn std::error::Error + 'static)),
            None => inner.source(),
        };
    }
    TransportError::Io(err)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(host)) => host == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loopback(url: &str) -> bool {
        is_loopback(&url.parse().expect("a URL"))
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        assert!(loopback("http://127.0.0.1:4566/"));
        assert!(loopback("http://localhost:80"));
        assert!(loopback("http://[::1]:9000/x"));
        assert!(!loopback(
            "https://partnercentral-account.us-east-1.api.aws"
        ));
    }
}
