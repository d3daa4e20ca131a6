//! A short CloudWatch Logs story through awsop: create a log group and a stream, put three
//! events, read them back, list the groups page by page, meet a typed error, delete the group.
//! Every step is printed; any failure exits non-zero.
//!
//! Point it at any endpoint that speaks CloudWatch Logs the way every SDK is configured:
//!
//! ```sh
//! AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=.. AWS_SECRET_ACCESS_KEY=.. cargo run --example logs
//! AWS_ENDPOINT_URL_CLOUDWATCH_LOGS=http://localhost:4566 ... cargo run --example logs
//! ```
//!
//! The group is `AWSOP_EXAMPLE_LOG_GROUP`, else `/awsop/example`.

use std::time::{SystemTime, UNIX_EPOCH};

use awsop::Client;
use awsop_example_services::logs::*;
use futures_util::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    match story().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("the logs example failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn story() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let group =
        std::env::var("AWSOP_EXAMPLE_LOG_GROUP").unwrap_or_else(|_| "/awsop/example".into());
    let stream = "story";

    println!("[1/7] CreateLogGroup {group}");
    client
        .send(CreateLogGroup {
            log_group_name: group.clone(),
            ..Default::default()
        })
        .await?;

    println!("[2/7] CreateLogStream {stream}");
    client
        .send(CreateLogStream {
            log_group_name: group.clone(),
            log_stream_name: stream.into(),
        })
        .await?;

    println!("[3/7] PutLogEvents x3");
    let now = i64::try_from(SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis())?;
    let events: Vec<InputLogEvent> = ["started", "working", "finished"]
        .iter()
        .zip(0..)
        .map(|(message, i)| InputLogEvent {
            timestamp: now + i,
            message: (*message).into(),
        })
        .collect();
    let put = client
        .send(PutLogEvents {
            log_group_name: group.clone(),
            log_stream_name: stream.into(),
            log_events: events,
        })
        .await?;
    if put.rejected_log_events_info.is_some() {
        return Err("some events were rejected".into());
    }
    println!("  accepted");

    println!("[4/7] GetLogEvents from the start");
    let mut messages = Vec::new();
    for _ in 0..10 {
        let got = client
            .send(GetLogEvents {
                log_group_name: Some(group.clone()),
                log_stream_name: stream.into(),
                start_from_head: Some(true),
                ..Default::default()
            })
            .await?;
        messages = got
            .events
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| e.message)
            .collect();
        if messages.len() >= 3 {
            break;
        }
        // ingestion takes a moment on the real service
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
    if messages != ["started", "working", "finished"] {
        return Err(format!("read back {messages:?}").into());
    }
    println!("  {messages:?}");

    println!("[5/7] DescribeLogGroups, one a page");
    let mut groups = client
        .paginate(DescribeLogGroups::default())
        .page_size(1)
        .items();
    let mut names = Vec::new();
    while let Some(found) = groups.next().await {
        names.extend(found?.log_group_name);
    }
    if !names.contains(&group) {
        return Err(format!("{group} is not among {names:?}").into());
    }
    println!("  {} group(s), {group} among them", names.len());

    println!("[6/7] CreateLogStream {stream} again: a typed error");
    match client
        .send(CreateLogStream {
            log_group_name: group.clone(),
            log_stream_name: stream.into(),
        })
        .await
    {
        Err(err)
            if matches!(
                err.service_error(),
                Some(CreateLogStreamError::ResourceAlreadyExistsException(_))
            ) =>
        {
            println!("  {err}");
        }
        Err(err) => return Err(err.into()),
        Ok(_) => return Err("a stream was created twice".into()),
    }

    println!("[7/7] DeleteLogGroup {group}");
    client
        .send(DeleteLogGroup {
            log_group_name: group,
        })
        .await?;
    println!("done");
    Ok(())
}
