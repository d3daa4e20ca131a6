//! Tracing: a span per operation and per attempt with service, operation, attempt, status
//! and request id; no secret, sensitive member or signature in any event.

use std::io::Write;
use std::sync::{Arc, Mutex};

use awsop::{Client, Credentials};
use awsop_emulator::{Emulator, Fault};
use awsop_partnercentral_account::{ConnectionType, CreateConnectionInvitation};
use tracing_subscriber::fmt::MakeWriter;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut all) = self.0.lock() {
            all.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn spans_name_the_call_and_no_event_holds_a_secret() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let emulator = Emulator::start().await.expect("the emulator starts");
    let secret = awsop_emulator::TEST_SECRET_ACCESS_KEY;
    let client = Client::new(
        emulator
            .client_config()
            .credentials(Credentials::new(
                awsop_emulator::TEST_ACCESS_KEY_ID,
                secret,
                Some("SESSION-TOKEN-SENTINEL".into()),
            ))
            .sleep(awsop_tests::RecordingSleep::default())
            .build(),
    );
    emulator.inject([Fault::error(400, "ThrottlingException", "slow down")]);
    let sensitive = "SENSITIVE-NAME-SENTINEL";
    let input = CreateConnectionInvitation {
        name: sensitive.into(),
        ..awsop_tests::invitation("partner-1", ConnectionType::Subsidiary)
    };
    // the session token is unknown to the emulator's signature check only through the
    // signature; the call itself must still succeed after the retry
    let _ = client.send(input).await;

    let text = String::from_utf8_lossy(&captured.0.lock().map(|v| v.clone()).unwrap_or_default())
        .into_owned();
    assert!(text.contains("awsop.operation"), "{text}");
    assert!(
        text.contains("service=\"partnercentral-account\"")
            || text.contains("service=partnercentral-account"),
        "{text}"
    );
    assert!(
        text.contains("operation=\"CreateConnectionInvitation\"")
            || text.contains("operation=CreateConnectionInvitation"),
        "{text}"
    );
    assert!(
        text.contains("awsop.attempt") && text.contains("attempt=2"),
        "{text}"
    );
    assert!(text.contains("status=400"), "{text}");
    assert!(text.contains("request_id="), "{text}");
    for secret_text in [secret, "SESSION-TOKEN-SENTINEL", sensitive, "Signature="] {
        assert!(
            !text.contains(secret_text),
            "`{secret_text}` leaked into the trace:\n{text}"
        );
    }
}
