//! Trust: a server on loopback whose certificate a private CA signed (as behind corporate TLS
//! inspection) is refused without that CA, reached with it from `AWS_CA_BUNDLE`, the
//! profile's `ca_bundle` or `ConfigBuilder::ca_bundle_pem`, and an untrusted certificate is
//! not retried.

use std::sync::Arc;

use awsop::{Client, Config, ErrorKind};
use awsop_emulator::{Emulator, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY};
use awsop_partnercentral_account::ListPartners;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use tokio::net::{TcpListener, TcpStream};

/// A TLS front for the emulator on 127.0.0.1, its certificate signed by a fresh CA: the
/// emulator (SigV4 checked) behind it, and the CA's PEM.
struct TlsFront {
    url: String,
    ca_pem: String,
    _emulator: Emulator,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TlsFront {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn tls_front() -> TlsFront {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().expect("a key"))
        .expect("the CA");
    let leaf_key = KeyPair::generate().expect("a key");
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_owned()])
        .expect("leaf params")
        .signed_by(&leaf_key, &ca)
        .expect("the server's certificate");
    let server_config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_no_client_auth()
    .with_single_cert(
        vec![leaf.der().clone()],
        rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
    )
    .expect("the server's TLS config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("https://{}", listener.local_addr().expect("its address"));
    let backend = emulator.addr();
    let server = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return; // the client refused the certificate
                };
                if let Ok(mut plain) = TcpStream::connect(backend).await {
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                }
            });
        }
    });
    TlsFront {
        url,
        ca_pem: ca.pem(),
        _emulator: emulator,
        server,
    }
}

fn list() -> ListPartners {
    ListPartners {
        catalog: "Sandbox".into(),
        next_token: None,
    }
}

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn a_private_ca_is_trusted_only_when_configured() {
    let front = tls_front().await;
    let builder = || {
        Config::builder()
            .endpoint_url(front.url.clone())
            .region("us-east-1")
            .credentials(awsop::Credentials::new(
                TEST_ACCESS_KEY_ID,
                TEST_SECRET_ACCESS_KEY,
                None,
            ))
    };

    // the bundled roots alone: refused once, not retried, with the fix in the message
    let err = Client::new(builder().build())
        .send(list())
        .await
        .expect_err("an untrusted certificate");
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert_eq!(err.attempts(), Some((1, 3)), "not retried: {err}");
    assert!(err.to_string().contains("AWS_CA_BUNDLE"), "{err}");

    // the system's store, read at the first request: it has no such CA either
    let err = Client::new(builder().use_os_trust_store(true).build())
        .send(list())
        .await
        .expect_err("the system's store does not have the private CA");
    assert_eq!(
        err.kind(),
        ErrorKind::Transport,
        "read, then refused: {err}"
    );

    // the CA given in code
    Client::new(builder().ca_bundle_pem(front.ca_pem.clone()).build())
        .send(list())
        .await
        .expect("trusted through ca_bundle_pem");

    // the CA from AWS_CA_BUNDLE and from the profile's ca_bundle
    let dir = std::env::temp_dir().join(format!("awsop-trust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let bundle = dir.join("ca.pem");
    std::fs::write(&bundle, &front.ca_pem).expect("write the bundle");
    let bundle = bundle.display().to_string();
    let config_file = dir.join("config");
    std::fs::write(&config_file, format!("[default]\nca_bundle = {bundle}\n")).expect("write");
    let base = [
        ("AWS_ACCESS_KEY_ID", TEST_ACCESS_KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", TEST_SECRET_ACCESS_KEY),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", front.url.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
    ];
    let mut from_env = base.to_vec();
    from_env.extend([
        ("AWS_CA_BUNDLE", bundle.as_str()),
        ("AWS_CONFIG_FILE", "/nonexistent"),
    ]);
    let config_path = config_file.display().to_string();
    let mut from_profile = base.to_vec();
    from_profile.push(("AWS_CONFIG_FILE", config_path.as_str()));
    for pairs in [from_env, from_profile] {
        let config = Config::from_vars(vars(&pairs)).expect("valid");
        Client::new(config)
            .send(list())
            .await
            .expect("trusted through the CA bundle file");
    }

    // a bundle that is no PEM fails the load, naming the file
    let junk = dir.join("junk.pem");
    std::fs::write(&junk, "not a certificate").expect("write");
    let junk = junk.display().to_string();
    let mut bad = base.to_vec();
    bad.extend([
        ("AWS_CA_BUNDLE", junk.as_str()),
        ("AWS_CONFIG_FILE", "/nonexistent"),
    ]);
    let err = Config::from_vars(vars(&bad)).expect_err("not a bundle");
    assert!(err.to_string().contains(&junk), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
