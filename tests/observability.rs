//! Tracing: a span per operation and per attempt with service, operation, attempt, status
//! and request id, one debug event per attempt saying what happens next; no secret,
//! sensitive member, signature or body in anything traced, at any level, by any crate.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

use awsop::{Client, Credentials};
use awsop_emulator::{Emulator, Fault};
use awsop_partnercentral_account::{ConnectionType, CreateConnectionInvitation};
use awsop_tests::{is_v4_uuid, RecordingSleep};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// The formatted trace, as a user's subscriber would print it.
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

type Fields = BTreeMap<String, String>;

/// A span as recorded: its name, its parent's id, its fields (as last recorded).
#[derive(Debug, Clone)]
struct SpanSeen {
    id: u64,
    name: String,
    parent: Option<u64>,
    fields: Fields,
}

/// An event as recorded: the span it happened in and its fields (`message` included).
#[derive(Debug, Clone)]
struct EventSeen {
    span: Option<u64>,
    fields: Fields,
}

/// Every span and event, structured, so the test reads fields instead of matching text.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<(Vec<SpanSeen>, Vec<EventSeen>)>>);

struct Visitor<'a>(&'a mut Fields);

impl Visit for Visitor<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Recorder {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = Fields::new();
        attrs.record(&mut Visitor(&mut fields));
        let parent = ctx
            .span(id)
            .and_then(|span| span.parent())
            .map(|p| p.id().into_u64());
        if let Ok(mut seen) = self.0.lock() {
            seen.0.push(SpanSeen {
                id: id.into_u64(),
                name: attrs.metadata().name().to_owned(),
                parent,
                fields,
            });
        }
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _ctx: Context<'_, S>) {
        if let Ok(mut seen) = self.0.lock() {
            if let Some(span) = seen.0.iter_mut().rev().find(|s| s.id == id.into_u64()) {
                values.record(&mut Visitor(&mut span.fields));
            }
        }
    }
    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::new();
        event.record(&mut Visitor(&mut fields));
        let span = ctx.event_span(event).map(|s| s.id().into_u64());
        if let Ok(mut seen) = self.0.lock() {
            seen.1.push(EventSeen { span, fields });
        }
    }
}

fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map_or("", String::as_str)
}

#[tokio::test]
async fn spans_and_events_state_each_attempt_and_nothing_secret_or_bodily() {
    let captured = Captured::default();
    let recorder = Recorder::default();
    let subscriber = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(captured.clone())
                .with_ansi(false)
                .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE),
        )
        .with(recorder.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let emulator = Emulator::start().await.expect("the emulator starts");
    let secret = awsop_emulator::TEST_SECRET_ACCESS_KEY;
    let sleep = RecordingSleep::default();
    let client = Client::new(
        emulator
            .client_config()
            .credentials(Credentials::new(
                awsop_emulator::TEST_ACCESS_KEY_ID,
                secret,
                Some("SESSION-TOKEN-SENTINEL".into()),
            ))
            .sleep(sleep.clone())
            .build(),
    );
    emulator.inject([
        Fault::error(400, "ThrottlingException", "ERROR-BODY-SENTINEL"),
        Fault::raw(503, ""),
    ]);
    let sensitive = "SENSITIVE-NAME-SENTINEL";
    let input = CreateConnectionInvitation {
        name: sensitive.into(),
        message: "REQUEST-BODY-SENTINEL".into(),
        ..awsop_tests::invitation("partner-1", ConnectionType::Subsidiary)
    };
    let created = client
        .send(input)
        .await
        .expect("the third attempt succeeds");

    let (spans, events) = recorder.0.lock().map(|s| s.clone()).unwrap_or_default();
    let operations: Vec<&SpanSeen> = spans
        .iter()
        .filter(|s| s.name == "awsop.operation")
        .collect();
    assert_eq!(operations.len(), 1, "{spans:#?}");
    let operation = operations[0];
    assert_eq!(
        field(&operation.fields, "service"),
        "partnercentral-account"
    );
    assert_eq!(
        field(&operation.fields, "operation"),
        "CreateConnectionInvitation"
    );
    assert_eq!(field(&operation.fields, "attempts"), "3");

    let attempts: Vec<&SpanSeen> = spans.iter().filter(|s| s.name == "awsop.attempt").collect();
    assert_eq!(attempts.len(), 3, "{spans:#?}");
    let mut request_ids = Vec::new();
    for (n, (attempt, status)) in attempts.iter().zip(["400", "503", "200"]).enumerate() {
        assert_eq!(
            attempt.parent,
            Some(operation.id),
            "attempt {} is the call's",
            n + 1
        );
        assert_eq!(field(&attempt.fields, "attempt"), (n + 1).to_string());
        assert_eq!(
            field(&attempt.fields, "status"),
            status,
            "{:?}",
            attempt.fields
        );
        let id = field(&attempt.fields, "request_id");
        assert!(is_v4_uuid(id), "attempt {}: request_id {id:?}", n + 1);
        request_ids.push(id.to_owned());
    }
    request_ids.dedup();
    assert_eq!(request_ids.len(), 3, "each answer's own request id");

    // one debug event ends each attempt: what happens next, and the wait before a retry
    let waits = sleep.waits();
    assert_eq!(waits.len(), 2);
    for (n, attempt) in attempts.iter().enumerate() {
        let ended: Vec<&EventSeen> = events
            .iter()
            .filter(|e| e.span == Some(attempt.id) && e.fields.contains_key("decision"))
            .collect();
        assert_eq!(ended.len(), 1, "attempt {}: {events:#?}", n + 1);
        let event = &ended[0].fields;
        match waits.get(n) {
            Some(wait) => {
                assert_eq!(field(event, "decision"), "retrying");
                assert_eq!(field(event, "wait"), format!("Some({wait:?})"));
            }
            None => {
                assert_eq!(field(event, "decision"), "done");
                assert_eq!(field(event, "wait"), "None");
            }
        }
    }

    let text = String::from_utf8_lossy(&captured.0.lock().map(|v| v.clone()).unwrap_or_default())
        .into_owned();
    assert!(
        text.contains("awsop.operation"),
        "the trace was printed: {text}"
    );
    for leaked in [
        secret,
        "SESSION-TOKEN-SENTINEL",
        sensitive,
        "Signature=",
        // request and response bodies
        "REQUEST-BODY-SENTINEL",
        "ERROR-BODY-SENTINEL",
        "alliances@example.com",
        created.id.as_str(),
        created.arn.as_str(),
    ] {
        assert!(
            !text.contains(leaked),
            "`{leaked}` leaked into the trace:\n{text}"
        );
    }
}
