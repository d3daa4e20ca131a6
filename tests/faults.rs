//! Real faults over loopback: each scenario checks the attempts made, the backoff asked for,
//! the ClientToken of every attempt, and the outcome.

use std::time::{Duration, SystemTime};

use awsop::{Client, ErrorKind, OffsetClock, RetryConfig};
use awsop_emulator::{Emulator, Fault, RecordedRequest};
use awsop_partnercentral_account::{
    CancelConnectionInvitation, CancelConnectionInvitationError, ConnectionType,
    CreateConnectionInvitation, GetConnectionInvitation, InvitationStatus,
};
use awsop_tests::{is_v4_uuid, plain_http, FixedJitter, On, RecordingSleep, EXCHANGE_BOUND};

fn create() -> CreateConnectionInvitation {
    awsop_tests::invitation("partner-1", ConnectionType::Subsidiary)
}

fn cancel() -> CancelConnectionInvitation {
    CancelConnectionInvitation::on("pacinv-0123456789abc")
}

struct Rig {
    emulator: Emulator,
    client: Client,
    sleep: RecordingSleep,
}

async fn rig(configure: impl FnOnce(awsop::ConfigBuilder) -> awsop::ConfigBuilder) -> Rig {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let sleep = RecordingSleep::default();
    let client = Client::new(configure(emulator.client_config().sleep(sleep.clone())).build());
    Rig {
        emulator,
        client,
        sleep,
    }
}

/// Every request carried the same, autofilled ClientToken; returns how many there were.
fn same_token(requests: &[RecordedRequest]) -> usize {
    let tokens: Vec<String> = requests
        .iter()
        .map(|r| r.json()["ClientToken"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(is_v4_uuid(&tokens[0]), "{tokens:?}");
    assert!(tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
    tokens.len()
}

/// Retry n waited at most min(20 s, 2^(n-1) s): full jitter under the exponential cap.
fn backoff_within_bounds(waits: &[Duration]) {
    for (i, wait) in waits.iter().enumerate() {
        let cap = Duration::from_secs(1u64 << i).min(Duration::from_secs(20));
        assert!(*wait <= cap, "retry {} waited {wait:?} > {cap:?}", i + 1);
    }
}

#[tokio::test]
async fn throttling_then_success() {
    let rig = rig(|c| c).await;
    rig.emulator.inject([
        Fault::error(400, "ThrottlingException", "Rate exceeded"),
        Fault::error(429, "TooManyRequestsException", "slow down"),
    ]);
    let out = rig
        .client
        .send(create())
        .await
        .expect("the third attempt succeeds");
    assert_eq!(out.status, InvitationStatus::Pending);
    assert_eq!(same_token(&rig.emulator.requests()), 3);
    let waits = rig.sleep.waits();
    assert_eq!(waits.len(), 2);
    backoff_within_bounds(&waits);
}

#[tokio::test]
async fn backoff_is_full_jitter_under_a_doubling_ceiling() {
    // a fixed fraction: each wait is exactly that share of min(20 s, 2^(n-1) s)
    let rig = rig(|c| c.jitter(FixedJitter(0.5)).max_attempts(8)).await;
    rig.emulator
        .inject((0..7).map(|_| Fault::error(400, "ThrottlingException", "Rate exceeded")));
    rig.client
        .send(create())
        .await
        .expect("the eighth attempt succeeds");
    let ms = |n: &[u64]| {
        n.iter()
            .map(|&m| Duration::from_millis(m))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rig.sleep.waits(),
        ms(&[500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000])
    );

    // the random default: within the ceilings, spread out, and not all near zero
    let rig = self::rig(|c| c.max_attempts(4)).await;
    for _ in 0..20 {
        rig.emulator
            .inject((0..3).map(|_| Fault::error(400, "ThrottlingException", "Rate exceeded")));
        rig.client
            .send(create())
            .await
            .expect("the fourth attempt succeeds");
    }
    let waits = rig.sleep.waits();
    assert_eq!(waits.len(), 60);
    for call in waits.chunks(3) {
        backoff_within_bounds(call);
    }
    let third_retries: Vec<Duration> = waits.iter().skip(2).step_by(3).copied().collect();
    let longest = third_retries.iter().max().copied().unwrap_or_default();
    assert!(
        longest > Duration::from_secs(2),
        "20 third retries (ceiling 4 s), none over 2 s: {third_retries:?}"
    );
    let distinct: std::collections::BTreeSet<Duration> = waits.iter().copied().collect();
    assert!(distinct.len() > 50, "jitter repeats itself: {waits:?}");
}

#[tokio::test]
async fn throttling_always_exhausts_attempts_then_the_retry_quota() {
    let rig = rig(|c| {
        c.retry(RetryConfig {
            quota: 10,
            ..RetryConfig::default()
        })
    })
    .await;
    rig.emulator
        .inject((0..4).map(|_| Fault::error(400, "ThrottlingException", "Rate exceeded")));
    let err = rig
        .client
        .send(create())
        .await
        .expect_err("always throttled");
    assert!(err.is_throttling());
    assert_eq!(err.attempts(), Some((3, 3)));
    assert!(!err.retry_quota_exhausted());
    assert_eq!(same_token(&rig.emulator.requests()), 3);
    backoff_within_bounds(&rig.sleep.waits());

    // the two retries took the quota's 10: the next call gets no retry
    let err = rig
        .client
        .send(create())
        .await
        .expect_err("throttled, no quota left");
    assert_eq!(err.attempts(), Some((1, 3)));
    assert!(err.retry_quota_exhausted());
    let line = err.to_string();
    assert!(
        line.contains("ThrottlingException (HTTP 400)")
            && line.contains("attempt 1 of 3, retry quota exhausted"),
        "{line}"
    );
    assert_eq!(rig.emulator.requests().len(), 4);
    assert_eq!(rig.sleep.waits().len(), 2);

    // a success gives back what it costs to retry once it no longer fails
    let ok = rig
        .client
        .send(create())
        .await
        .expect("the service recovered");
    assert_eq!(ok.status, InvitationStatus::Pending);
}

fn throttles(n: usize) -> impl Iterator<Item = Fault> {
    (0..n).map(|_| Fault::error(400, "ThrottlingException", "Rate exceeded"))
}

#[tokio::test]
async fn the_default_quota_of_500_pays_for_100_retries_at_5_each() {
    let rig = rig(|c| c.max_attempts(200)).await;
    rig.emulator.inject(throttles(150));
    let err = rig
        .client
        .send(create())
        .await
        .expect_err("always throttled");
    assert_eq!(err.attempts(), Some((101, 200)));
    assert!(err.retry_quota_exhausted());
    assert_eq!(same_token(&rig.emulator.requests()), 101);
}

#[tokio::test]
async fn a_retry_after_a_timeout_costs_10() {
    let rig = rig(|c| {
        c.retry(RetryConfig {
            quota: 25,
            max_attempts: 10,
            ..RetryConfig::default()
        })
        .attempt_timeout(Duration::from_millis(100))
    })
    .await;
    rig.emulator
        .inject((0..10).map(|_| Fault::delay(Duration::from_secs(60))));
    let err = rig.client.send(create()).await.expect_err("always slow");
    assert!(err.is_timeout(), "{err}");
    // 25 pays for two retries at 10; at 5 it would have paid for five
    assert_eq!(err.attempts(), Some((3, 10)));
    assert!(err.retry_quota_exhausted());
}

#[tokio::test]
async fn a_success_refills_the_quota_by_1_or_by_what_its_retry_cost() {
    let quota = |n| RetryConfig {
        quota: n,
        max_attempts: 3,
        ..RetryConfig::default()
    };
    // a retried success gives back its retry's 5: the next call can retry twice
    let first = rig(|c| c.retry(quota(10))).await;
    first.emulator.inject(throttles(1));
    first.client.send(create()).await.expect("retried once");
    first.emulator.inject(throttles(2));
    first
        .client
        .send(create())
        .await
        .expect("retried twice: the quota is back at 10");
    assert_eq!(first.emulator.requests().len(), 5);

    // a first-attempt success gives back 1
    let rig = rig(|c| {
        c.retry(RetryConfig {
            max_attempts: 2,
            ..quota(5)
        })
    })
    .await;
    rig.emulator.inject(throttles(2));
    let err = rig
        .client
        .send(create())
        .await
        .expect_err("one retry, then out of attempts");
    assert!(!err.retry_quota_exhausted(), "{err}");
    for _ in 0..4 {
        rig.client
            .send(get_missing())
            .await
            .expect_err("not found, first attempt");
        // ResourceNotFound is an answer, not a success: no refill
    }
    for _ in 0..4 {
        rig.client
            .send(create())
            .await
            .expect("a first-attempt success");
    }
    rig.emulator.inject(throttles(1));
    let err = rig
        .client
        .send(create())
        .await
        .expect_err("4 in the quota, a retry costs 5");
    assert!(err.retry_quota_exhausted(), "{err}");
    rig.client.send(create()).await.expect("the fifth success");
    rig.emulator.inject(throttles(1));
    rig.client
        .send(create())
        .await
        .expect("5 in the quota: one retry");
    assert_eq!(rig.sleep.waits().len(), 2);
}

fn get_missing() -> GetConnectionInvitation {
    GetConnectionInvitation::on("pacinv-0000000000000")
}

#[tokio::test]
async fn a_500_with_a_garbage_body_is_retried_and_reported_without_a_code() {
    let rig = rig(|c| c).await;
    rig.emulator
        .inject((0..3).map(|_| Fault::raw(500, "<html>Internal Server Error</html>")));
    let err = rig.client.send(cancel()).await.expect_err("always 500");
    assert_eq!(
        (err.status(), err.code(), err.attempts()),
        (Some(500), None, Some((3, 3)))
    );
    assert!(
        matches!(err.service_error(), Some(CancelConnectionInvitationError::Unhandled(u)) if u.code().is_none() && u.status() == 500)
    );
    assert!(
        err.to_string()
            .starts_with("CancelConnectionInvitation: unknown service error (HTTP 500)"),
        "{err}"
    );
    assert_eq!(same_token(&rig.emulator.requests()), 3);
    backoff_within_bounds(&rig.sleep.waits());
}

#[tokio::test]
async fn a_502_503_or_504_with_an_empty_body_then_success() {
    for status in [502, 503, 504] {
        let rig = rig(|c| c).await;
        rig.emulator.inject([Fault::raw(status, "")]);
        let out = rig
            .client
            .send(create())
            .await
            .unwrap_or_else(|e| panic!("after a {status}, the second attempt succeeds: {e}"));
        assert_eq!(out.status, InvitationStatus::Pending);
        assert_eq!(same_token(&rig.emulator.requests()), 2, "{status}");
        assert_eq!(rig.sleep.waits().len(), 1, "{status}");
        backoff_within_bounds(&rig.sleep.waits());
    }
}

#[tokio::test]
async fn connections_dropped_before_and_during_the_response_are_retried() {
    let rig = rig(|c| c).await;
    rig.emulator.inject([
        Fault::drop_connection(),
        Fault::truncated(500, r#"{"__type":"Intern"#),
    ]);
    let out = rig
        .client
        .send(create())
        .await
        .expect("the third attempt succeeds");
    assert_eq!(out.status, InvitationStatus::Pending);
    assert_eq!(same_token(&rig.emulator.requests()), 3);
    backoff_within_bounds(&rig.sleep.waits());

    rig.emulator
        .inject((0..3).map(|_| Fault::drop_connection()));
    let err = rig.client.send(create()).await.expect_err("never answered");
    assert_eq!(
        (err.kind(), err.attempts()),
        (ErrorKind::Transport, Some((3, 3)))
    );
    assert!(
        err.to_string()
            .contains("no response: no complete response from http://127.0.0.1:"),
        "{err}"
    );
}

#[tokio::test]
async fn a_truncated_200_body_is_retried_not_misread() {
    let rig = rig(|c| c).await;
    rig.emulator.inject([Fault::truncated(
        200,
        r#"{"Catalog":"Sandbox","Id":"pacinv-"#,
    )]);
    let out = rig
        .client
        .send(create())
        .await
        .expect("the second attempt succeeds");
    assert!(
        out.id.starts_with("pacinv-") && out.id.len() == 20,
        "{}",
        out.id
    );
    assert_eq!(same_token(&rig.emulator.requests()), 2);
}

#[tokio::test]
async fn a_response_slower_than_the_attempt_timeout_is_abandoned_and_retried() {
    let rig = rig(|c| c.attempt_timeout(Duration::from_millis(300))).await;
    // an answer an hour away: only an abandoned attempt lets the call finish within the bound
    rig.emulator
        .inject([Fault::delay(Duration::from_secs(3600))]);
    let out = tokio::time::timeout(EXCHANGE_BOUND, rig.client.send(create()))
        .await
        .expect("the slow attempt was not waited for")
        .expect("the second attempt succeeds");
    assert_eq!(out.status, InvitationStatus::Pending);
    assert_eq!(same_token(&rig.emulator.requests()), 2);
    assert_eq!(rig.sleep.waits().len(), 1);
    backoff_within_bounds(&rig.sleep.waits());

    let rig = rig_with_operation_timeout().await;
    rig.emulator
        .inject([Fault::delay(Duration::from_secs(3600))]);
    let err = tokio::time::timeout(EXCHANGE_BOUND, rig.client.send(create()))
        .await
        .expect("the operation timeout ends the call")
        .expect_err("the operation timeout passes");
    assert!(err.is_timeout());
    assert!(
        err.to_string()
            .contains("the operation timeout of 300ms passed"),
        "{err}"
    );
}

async fn rig_with_operation_timeout() -> Rig {
    rig(|c| c.operation_timeout(Some(Duration::from_millis(300)))).await
}

#[tokio::test]
async fn an_unknown_error_type_is_tried_once() {
    let rig = rig(|c| c).await;
    rig.emulator
        .inject([Fault::error(400, "NoSuchThingException", "what is this")]);
    let err = rig.client.send(cancel()).await.expect_err("unknown error");
    assert_eq!(
        (err.code(), err.attempts()),
        (Some("NoSuchThingException"), Some((1, 3)))
    );
    assert_eq!(rig.emulator.requests().len(), 1);
    assert!(rig.sleep.waits().is_empty());
}

#[tokio::test]
async fn a_clock_20_minutes_behind_is_corrected_from_the_date_header() {
    let rig = rig(|c| {
        c.time_source(OffsetClock {
            offset_seconds: -20 * 60,
        })
    })
    .await;
    let before = SystemTime::now();
    let out = rig
        .client
        .send(create())
        .await
        .expect("the corrected attempt succeeds");
    let after = SystemTime::now();
    assert_eq!(out.status, InvitationStatus::Pending);
    let requests = rig.emulator.requests();
    assert_eq!(
        same_token(&requests),
        2,
        "one rejected for its time, one corrected"
    );
    // the first attempt is signed 20 minutes behind the calls' span, the second within it
    // (give or take the second the Date header is rounded to): times in the signing format
    // compare as text
    let signed_at = |r: &RecordedRequest| r.header("x-amz-date").unwrap_or_default().to_owned();
    let stamp = |t: SystemTime| {
        awsop::DateTime::from(t)
            .to_iso8601()
            .replace(['-', ':'], "")
            .chars()
            .take(15)
            .collect::<String>()
            + "Z"
    };
    let second = Duration::from_secs(2);
    let twenty = Duration::from_secs(20 * 60);
    let within = |signed: &str, from: SystemTime, to: SystemTime| {
        assert!(
            stamp(from - second).as_str() <= signed && signed <= stamp(to + second).as_str(),
            "signed at {signed}, expected between {} and {}",
            stamp(from),
            stamp(to)
        );
    };
    within(&signed_at(&requests[0]), before - twenty, after - twenty);
    within(&signed_at(&requests[1]), before, after);
    // later calls are signed with the corrected time at once
    rig.client
        .send(create())
        .await
        .expect("signed right the first time");
    assert_eq!(rig.emulator.requests().len(), 3);
}

#[tokio::test]
async fn a_non_retryable_error_is_tried_exactly_once() {
    let rig = rig(|c| c).await;
    let err = rig
        .client
        .send(CancelConnectionInvitation {
            identifier: "pacinv-0000000000000".into(),
            ..cancel()
        })
        .await
        .expect_err("no such invitation on the server");
    assert!(matches!(
        err.service_error(),
        Some(CancelConnectionInvitationError::ResourceNotFoundException(
            _
        ))
    ));
    assert_eq!(err.attempts(), Some((1, 3)));
    assert_eq!(rig.emulator.requests().len(), 1);
    assert!(rig.sleep.waits().is_empty());
}

#[tokio::test]
async fn a_request_signed_more_than_five_minutes_off_is_rejected_by_the_emulator() {
    // one attempt: the client would otherwise learn the skew and retry (tested above)
    for offset_seconds in [-10 * 60, 10 * 60] {
        let rig = rig(|c| {
            c.time_source(OffsetClock { offset_seconds })
                .max_attempts(1)
        })
        .await;
        let err = rig
            .client
            .send(create())
            .await
            .expect_err("the signature is out of date");
        assert_eq!(
            (err.status(), err.code()),
            (Some(403), Some("InvalidSignatureException"))
        );
        assert!(
            err.message()
                .is_some_and(|m| m.starts_with("Signature expired")),
            "{err}"
        );
    }
    // within five minutes is fine
    let rig = rig(|c| {
        c.time_source(OffsetClock {
            offset_seconds: -120,
        })
    })
    .await;
    rig.client
        .send(create())
        .await
        .expect("two minutes off is accepted");
}

#[tokio::test]
async fn a_fraction_of_throttles_and_drops_is_ridden_out_by_retries() {
    let rig = rig(|c| c.max_attempts(10)).await;
    rig.emulator.set_chaos(awsop_emulator::Chaos {
        throttle_fraction: 0.3,
        drop_fraction: 0.2,
        seed: 7,
        ..Default::default()
    });
    for _ in 0..20 {
        rig.client
            .send(create())
            .await
            .expect("every call gets through in the end");
    }
    let sent = rig.emulator.requests().len();
    assert!(
        sent > 20,
        "some attempts were faulted: {sent} requests for 20 calls"
    );
    assert_eq!(
        rig.sleep.waits().len(),
        sent - 20,
        "one backoff per faulted attempt"
    );
    // each call kept one token over its attempts: 20 tokens, each a run of attempts
    let tokens: Vec<String> = rig
        .emulator
        .requests()
        .iter()
        .map(|r| r.json()["ClientToken"].as_str().unwrap_or("").to_owned())
        .collect();
    let mut runs: Vec<&String> = tokens.iter().collect();
    runs.dedup();
    let mut distinct = runs.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!((runs.len(), distinct.len()), (20, 20), "{tokens:?}");
    assert!(tokens.iter().all(|t| is_v4_uuid(t)), "{tokens:?}");
    assert_eq!(
        rig.emulator.state()["ConnectionInvitations"]
            .as_array()
            .map(Vec::len),
        Some(20),
        "nothing duplicated"
    );
}

/// The invitations the emulator holds.
fn invitations(emulator: &Emulator) -> Vec<serde_json::Value> {
    emulator.state()["ConnectionInvitations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn a_create_committed_and_then_lost_is_retried_into_the_one_resource() {
    // the service creates, then its answer is lost three ways; the retry's token finds it
    for lost in [
        Fault::drop_connection(),
        Fault::truncated(200, r#"{"Catalog":"Sandbox","Id":"pacinv-"#),
        Fault::error(500, "InternalServerException", "lost after the write"),
    ] {
        let rig = rig(|c| c).await;
        rig.emulator.inject([lost.clone().after_commit()]);
        let out = rig
            .client
            .send(create())
            .await
            .expect("the retry is answered");
        assert_eq!(same_token(&rig.emulator.requests()), 2, "{lost:?}");
        let held = invitations(&rig.emulator);
        assert_eq!(held.len(), 1, "{lost:?}: {held:?}");
        assert_eq!(held[0]["Id"], out.id.as_str(), "{lost:?}");
    }

    // a caller's own token is sent on every attempt, unchanged
    let rig = rig(|c| c).await;
    rig.emulator
        .inject([Fault::drop_connection().after_commit()]);
    let mut mine = create();
    mine.client_token = Some("caller-token-0001".into());
    let out = rig.client.send(mine).await.expect("the retry is answered");
    let tokens: Vec<serde_json::Value> = rig
        .emulator
        .requests()
        .iter()
        .map(|r| r.json()["ClientToken"].clone())
        .collect();
    assert_eq!(tokens, ["caller-token-0001", "caller-token-0001"]);
    assert_eq!(invitations(&rig.emulator).len(), 1);
    assert_eq!(invitations(&rig.emulator)[0]["Id"], out.id.as_str());
}

#[tokio::test]
async fn a_commit_then_drop_scripted_over_the_control_plane() {
    let rig = rig(|c| c).await;
    let (status, body) = plain_http(
        rig.emulator.addr(),
        "POST",
        "/__awsop/faults",
        r#"[{"Drop": true, "AfterCommit": true}, {"Truncate": true, "Body": "{\"Id", "AfterCommit": true}]"#,
    )
    .await;
    assert_eq!((status, body.as_str()), (200, r#"{"Scripted":2}"#));
    let out = rig
        .client
        .send(create())
        .await
        .expect("the third attempt is answered");
    assert_eq!(same_token(&rig.emulator.requests()), 3);
    let held = invitations(&rig.emulator);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0]["Id"], out.id.as_str());
}

/// A listener whose accept queue is full and never drained: a connect to it gets no answer
/// (the SYN is dropped), as a host behind a black-holing firewall. Dropped, it goes away.
struct Blackhole {
    addr: std::net::SocketAddr,
    _listener: tokio::net::TcpListener,
    _queued: Vec<std::net::TcpStream>,
}

fn blackhole() -> Blackhole {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket
        .bind("127.0.0.1:0".parse().expect("an address"))
        .expect("bind");
    let listener = socket.listen(1).expect("listen");
    let addr = listener.local_addr().expect("addr");
    let mut queued = Vec::new();
    // fill the queue until a connect hangs: that one times out, the rest hold their places
    while let Ok(stream) = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
        queued.push(stream);
        assert!(queued.len() < 64, "the accept queue never filled");
    }
    Blackhole {
        addr,
        _listener: listener,
        _queued: queued,
    }
}

fn blackholed(hole: &Blackhole) -> awsop::ConfigBuilder {
    awsop::Config::builder()
        .endpoint_url(format!("http://{}", hole.addr))
        .region("us-east-1")
        .credentials(awsop::Credentials::new("AKIDEXAMPLE", "secret", None))
        .sleep(RecordingSleep::default())
}

/// Sends a call through `configure(blackholed(hole))`: the timeout error it ends with.
async fn timed_out(
    hole: &Blackhole,
    configure: impl FnOnce(awsop::ConfigBuilder) -> awsop::ConfigBuilder,
) -> awsop::Error<CancelConnectionInvitationError> {
    let err = Client::new(configure(blackholed(hole)).build())
        .send(cancel())
        .await
        .expect_err("no connection");
    assert!(err.is_timeout(), "{err}");
    err
}

#[tokio::test(start_paused = true)]
async fn a_connect_that_hangs_times_out_at_3_1_s_and_is_retried() {
    let hole = blackhole();
    let err = timed_out(&hole, |c| c).await;
    assert!(
        err.to_string()
            .contains("within the connect timeout of 3.1s"),
        "{err}"
    );
    assert_eq!(err.attempts(), Some((3, 3)), "a timeout is retried");
    let err = timed_out(&hole, |c| c.connect_timeout(Duration::from_millis(250))).await;
    assert!(
        err.to_string()
            .contains("within the connect timeout of 250ms"),
        "{err}"
    );
}

#[tokio::test(start_paused = true)]
async fn an_operation_ends_after_60_s_by_default() {
    // connects that outlast the operation: its own timeout ends the call
    let hole = blackhole();
    let err = timed_out(&hole, |c| c.connect_timeout(Duration::from_secs(3600))).await;
    assert!(
        err.to_string()
            .contains("the operation timeout of 60s passed"),
        "{err}"
    );
    let client = Client::new(
        blackholed(&hole)
            .connect_timeout(Duration::from_secs(3600))
            .operation_timeout(None)
            .max_attempts(1)
            .build(),
    );
    let unbounded = client.send(cancel());
    assert!(
        tokio::time::timeout(Duration::from_secs(600), unbounded)
            .await
            .is_err(),
        "with no operation timeout the call waits on the connect"
    );
}

#[tokio::test]
async fn every_fault_form_of_the_control_plane_does_what_it_says() {
    let rig = rig(|c| {
        c.max_attempts(1)
            .attempt_timeout(Duration::from_millis(200))
    })
    .await;
    let script = r#"[
        {"Status": 500, "Body": "not json at all"},
        {"Status": 503},
        {"Status": 400, "ErrorType": "AccessDeniedException", "Message": "scripted"},
        {"Drop": true},
        {"Truncate": true, "Body": "{\"Id"},
        {"Truncate": true, "Status": 500, "Body": "{\"__type\":"},
        {"DelayMs": 2000},
        {"DelayMs": 2000, "Status": 429, "ErrorType": "TooManyRequestsException"}
    ]"#;
    let (status, body) = plain_http(rig.emulator.addr(), "POST", "/__awsop/faults", script).await;
    assert_eq!((status, body.as_str()), (200, r#"{"Scripted":8}"#));
    let mut seen = Vec::new();
    for _ in 0..8 {
        let err = rig
            .client
            .send(cancel())
            .await
            .expect_err("a fault answers");
        seen.push((err.kind(), err.status(), err.code().map(str::to_owned)));
    }
    let code = |c: &str| Some(c.to_owned());
    assert_eq!(
        seen,
        [
            (ErrorKind::Service, Some(500), None),
            (ErrorKind::Service, Some(503), None),
            (ErrorKind::Service, Some(400), code("AccessDeniedException")),
            (ErrorKind::Transport, None, None),
            (ErrorKind::Transport, None, None),
            (ErrorKind::Transport, None, None),
            (ErrorKind::Timeout, None, None),
            (ErrorKind::Timeout, None, None),
        ]
    );
    assert_eq!(rig.emulator.pending_faults(), 0);
    let err = rig
        .client
        .send(cancel())
        .await
        .expect_err("no such invitation");
    assert_eq!(
        err.code(),
        Some("ResourceNotFoundException"),
        "the script is spent"
    );

    // a malformed fault is refused whole, naming what is wrong
    let (status, body) = plain_http(
        rig.emulator.addr(),
        "POST",
        "/__awsop/faults",
        r#"[{"Status": 503}, {"Status": 70000}]"#,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("Status 70000 is not an HTTP status"),
        "{body}"
    );
    assert_eq!(rig.emulator.pending_faults(), 0, "nothing half-scripted");
}
