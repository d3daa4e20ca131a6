//! A proxy from the environment carries calls to remote endpoints but never reroutes calls to
//! a server on loopback (the emulator). Its own test binary: it sets process-wide variables.

use std::time::Duration;

use awsop::{Client, Config, Credentials, ErrorKind};
use awsop_emulator::Emulator;
use awsop_partnercentral_account::GetConnectionInvitation;
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

fn get() -> GetConnectionInvitation {
    GetConnectionInvitation {
        catalog: "Sandbox".into(),
        identifier: "pacinv-0123456789abc".into(),
    }
}

#[test]
fn the_environment_proxy_carries_remote_calls_and_skips_loopback() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        // a proxy that records what reaches it and answers nothing
        let proxy = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let proxy_url = format!("http://{}", proxy.local_addr().expect("addr"));
        for name in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
            std::env::set_var(name, &proxy_url);
        }
        for name in ["NO_PROXY", "no_proxy"] {
            std::env::remove_var(name);
        }
        let seen = tokio::spawn(async move {
            let (mut stream, _) = proxy
                .accept()
                .await
                .expect("the remote call reaches the proxy");
            let mut head = vec![0; 256];
            let n = stream.read(&mut head).await.expect("read");
            String::from_utf8_lossy(&head[..n]).into_owned()
        });

        // loopback: straight to the emulator, which answers (here: no such invitation)
        let emulator = Emulator::start().await.expect("emulator");
        let client = Client::new(emulator.client_config().build());
        let err = client.send(get()).await.expect_err("no such invitation");
        assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err}");
        assert_eq!(emulator.requests().len(), 1);

        // remote: through the proxy
        let remote = Client::new(
            Config::builder()
                .endpoint_url("http://partnercentral.awsop.invalid")
                .region("us-east-1")
                .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
                .max_attempts(1)
                .operation_timeout(Some(Duration::from_secs(5)))
                .build(),
        );
        let err = remote
            .send(get())
            .await
            .expect_err("the proxy answers nothing");
        assert_ne!(err.kind(), ErrorKind::InvalidInput, "{err}");
        let head = tokio::time::timeout(awsop_tests::EXCHANGE_BOUND, seen)
            .await
            .expect("the proxy is reached within the bound")
            .expect("proxy task");
        assert!(
            head.starts_with("POST http://partnercentral.awsop.invalid/ HTTP/1.1"),
            "{head}"
        );
    });
}
