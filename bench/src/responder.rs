//! A minimal HTTP/1.1 server that answers every request with a valid
//! CancelConnectionInvitation response, or, for a path under `/schedules/`, a valid restJson1
//! GetSchedule response; keep-alive.

use std::convert::Infallible;
use std::io::Write;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The response body: every member of CancelConnectionInvitationResponse.
pub(crate) const BODY: &str = r#"{"Catalog":"AWS","Id":"pacinv-0123456789abc","Arn":"arn:aws:partnercentral:us-east-1::catalog/AWS/connection-invitation/pacinv-0123456789abc","ConnectionId":"pac-0123456789abc","ConnectionType":"OPPORTUNITY_COLLABORATION","CreatedAt":"2025-04-04T12:00:00Z","UpdatedAt":"2025-04-05T12:00:00Z","ExpiresAt":"2025-04-19T12:00:00Z","OtherParticipantIdentifier":"partner-0042","ParticipantType":"SENDER","Status":"CANCELED","InvitationMessage":"Let's co-sell","InviterEmail":"alliances@example.com","InviterName":"Dana Alvarez"}"#;

/// GetSchedule's response body: a schedule with its target and window.
pub(crate) const SCHEDULE_BODY: &str = r#"{"Arn":"arn:aws:scheduler:us-east-1:123456789012:schedule/reports/nightly-report","GroupName":"reports","Name":"nightly-report","ScheduleExpression":"cron(0 2 * * ? *)","ScheduleExpressionTimezone":"Europe/Berlin","State":"ENABLED","CreationDate":1.765065600E9,"LastModificationDate":1.765152000E9,"Target":{"Arn":"arn:aws:lambda:us-east-1:123456789012:function:report","RoleArn":"arn:aws:iam::123456789012:role/scheduler","Input":"{\"kind\":\"nightly\"}","RetryPolicy":{"MaximumEventAgeInSeconds":86400,"MaximumRetryAttempts":185}},"FlexibleTimeWindow":{"Mode":"OFF"},"ActionAfterCompletion":"NONE"}"#;

pub(crate) async fn serve(port: u16) -> std::io::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "http://{}", listener.local_addr()?)?;
    stdout.flush()?;
    drop(stdout);
    loop {
        let (stream, _) = listener.accept().await?;
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let service = service_fn(|request: http::Request<hyper::body::Incoming>| async move {
                let (body, content_type) = if request.uri().path().starts_with("/schedules/") {
                    (SCHEDULE_BODY, "application/json")
                } else {
                    (BODY, "application/x-amz-json-1.0")
                };
                let mut response =
                    http::Response::new(Full::new(Bytes::from_static(body.as_bytes())));
                let headers = response.headers_mut();
                headers.insert("content-type", http::HeaderValue::from_static(content_type));
                headers.insert(
                    "x-amzn-requestid",
                    http::HeaderValue::from_static("bench-0000-0000"),
                );
                Ok::<_, Infallible>(response)
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
