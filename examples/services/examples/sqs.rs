//! A short SQS story through awsop: create a queue, send three messages (one with an
//! attribute), receive them, delete each, find the queue empty, meet a typed error with the
//! query code SQS's older clients know, delete the queue. Every step is printed; any failure
//! exits non-zero.
//!
//! Point it at any endpoint that speaks SQS (the real one, or a local one such as ElasticMQ or
//! LocalStack) the way every SDK is configured:
//!
//! ```sh
//! AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=.. AWS_SECRET_ACCESS_KEY=.. cargo run --example sqs
//! AWS_ENDPOINT_URL_SQS=http://localhost:9324 ... cargo run --example sqs
//! ```
//!
//! The queue is `AWSOP_EXAMPLE_QUEUE`, else `awsop-example-queue`.

use std::collections::BTreeMap;

use awsop::Client;
use awsop_example_services::sqs::*;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    match story().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("the sqs example failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn story() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let name =
        std::env::var("AWSOP_EXAMPLE_QUEUE").unwrap_or_else(|_| "awsop-example-queue".into());

    println!("[1/7] CreateQueue {name}");
    let created = client
        .send(CreateQueue {
            queue_name: name.clone(),
            attributes: Some(BTreeMap::from([(
                "VisibilityTimeout".to_owned(),
                "30".to_owned(),
            )])),
            ..Default::default()
        })
        .await?;
    let url = created.queue_url.ok_or("CreateQueue gave no URL")?;
    println!("  {url}");

    println!("[2/7] GetQueueUrl {name}");
    let found = client
        .send(GetQueueUrl {
            queue_name: name.clone(),
            ..Default::default()
        })
        .await?;
    if found.queue_url.as_deref() != Some(url.as_str()) {
        return Err(format!("GetQueueUrl gave {:?}, CreateQueue {url}", found.queue_url).into());
    }
    println!("  the same URL");

    println!("[3/7] SendMessage x3, one with an attribute");
    for (i, body) in ["first", "second", "third"].into_iter().enumerate() {
        let attributes = (i == 0).then(|| {
            BTreeMap::from([(
                "Priority".to_owned(),
                MessageAttributeValue {
                    data_type: "Number".into(),
                    string_value: Some("1".into()),
                    ..Default::default()
                },
            )])
        });
        let sent = client
            .send(SendMessage {
                queue_url: url.clone(),
                message_body: body.into(),
                message_attributes: attributes,
                ..Default::default()
            })
            .await?;
        println!("  {body}: {}", sent.message_id.unwrap_or_default());
    }

    println!("[4/7] ReceiveMessage, then DeleteMessage each");
    let mut bodies = Vec::new();
    for _ in 0..10 {
        let received = client
            .send(ReceiveMessage {
                queue_url: url.clone(),
                max_number_of_messages: Some(10),
                wait_time_seconds: Some(1),
                message_attribute_names: Some(vec!["All".into()]),
                ..Default::default()
            })
            .await?;
        for message in received.messages.unwrap_or_default() {
            let handle = message
                .receipt_handle
                .ok_or("a message without a receipt handle")?;
            client
                .send(DeleteMessage {
                    queue_url: url.clone(),
                    receipt_handle: handle,
                })
                .await?;
            bodies.push(message.body.unwrap_or_default());
        }
        if bodies.len() >= 3 {
            break;
        }
    }
    bodies.sort();
    if bodies != ["first", "second", "third"] {
        return Err(format!("received {bodies:?}").into());
    }
    println!("  received and deleted {bodies:?}");

    println!("[5/7] ReceiveMessage: the queue is empty");
    let left = client
        .send(ReceiveMessage {
            queue_url: url.clone(),
            wait_time_seconds: Some(1),
            ..Default::default()
        })
        .await?;
    let left = left.messages.unwrap_or_default().len();
    if left != 0 {
        return Err(format!("{left} message(s) left").into());
    }
    println!("  none left");

    println!("[6/7] GetQueueUrl of a queue that does not exist: a typed error");
    match client
        .send(GetQueueUrl {
            queue_name: "awsop-example-no-such-queue".into(),
            ..Default::default()
        })
        .await
    {
        Err(err)
            if matches!(
                err.service_error(),
                Some(GetQueueUrlError::QueueDoesNotExist(_))
            ) =>
        {
            println!("  {} ({})", err.code().unwrap_or("?"), err);
        }
        Err(err) => return Err(err.into()),
        Ok(_) => return Err("a queue that does not exist has a URL".into()),
    }

    println!("[7/7] DeleteQueue {name}");
    client.send(DeleteQueue { queue_url: url }).await?;
    println!("done");
    Ok(())
}
