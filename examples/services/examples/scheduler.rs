//! A short EventBridge Scheduler story through awsop: create a schedule group and two
//! schedules (their `ClientToken`s autofilled), read one, list the group's schedules page by
//! page, disable one, meet a typed error, delete them. Every step is printed; any failure exits
//! non-zero.
//!
//! Point it at any endpoint that speaks Scheduler the way every SDK is configured:
//!
//! ```sh
//! AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=.. AWS_SECRET_ACCESS_KEY=.. \
//!     AWSOP_EXAMPLE_TARGET_ARN=arn:aws:sqs:us-east-1:123456789012:queue \
//!     AWSOP_EXAMPLE_SCHEDULER_ROLE=arn:aws:iam::123456789012:role/scheduler cargo run --example scheduler
//! AWS_ENDPOINT_URL_SCHEDULER=http://localhost:4566 ... cargo run --example scheduler
//! ```
//!
//! The group is `AWSOP_EXAMPLE_SCHEDULE_GROUP`, else `awsop-example`.

use awsop::Client;
use awsop_example_services::scheduler::*;
use futures_util::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    match story().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("the scheduler example failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn story() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let group =
        std::env::var("AWSOP_EXAMPLE_SCHEDULE_GROUP").unwrap_or_else(|_| "awsop-example".into());
    let target = Target {
        arn: std::env::var("AWSOP_EXAMPLE_TARGET_ARN")
            .unwrap_or_else(|_| "arn:aws:sqs:us-east-1:000000000000:awsop-example".into()),
        role_arn: std::env::var("AWSOP_EXAMPLE_SCHEDULER_ROLE")
            .unwrap_or_else(|_| "arn:aws:iam::000000000000:role/scheduler".into()),
        input: Some(r#"{"from":"awsop"}"#.into()),
        ..Default::default()
    };
    let names = ["hourly", "daily"];

    println!("[1/7] CreateScheduleGroup {group}");
    let created = client
        .send(CreateScheduleGroup {
            name: group.clone(),
            ..Default::default()
        })
        .await?;
    println!("  {}", created.schedule_group_arn);

    println!("[2/7] CreateSchedule x2");
    for (name, expression) in names.iter().zip(["rate(1 hour)", "rate(1 day)"]) {
        let created = client
            .send(CreateSchedule {
                name: (*name).into(),
                group_name: Some(group.clone()),
                schedule_expression: expression.into(),
                target: target.clone(),
                flexible_time_window: FlexibleTimeWindow {
                    mode: FlexibleTimeWindowMode::Off,
                    ..Default::default()
                },
                client_token: None, // autofilled, the same on every retry
                ..Default::default()
            })
            .await?;
        println!("  {}", created.schedule_arn);
    }

    println!("[3/7] GetSchedule hourly");
    let hourly = client
        .send(GetSchedule {
            name: "hourly".into(),
            group_name: Some(group.clone()),
        })
        .await?;
    if hourly.schedule_expression.as_deref() != Some("rate(1 hour)") {
        return Err(format!("read back {:?}", hourly.schedule_expression).into());
    }
    println!("  {:?}, {:?}", hourly.schedule_expression, hourly.state);

    println!("[4/7] ListSchedules in {group}, one a page");
    let mut schedules = client
        .paginate(ListSchedules {
            group_name: Some(group.clone()),
            ..Default::default()
        })
        .page_size(1)
        .items();
    let mut listed = Vec::new();
    while let Some(schedule) = schedules.next().await {
        listed.extend(schedule?.name);
    }
    listed.sort();
    if listed != ["daily", "hourly"] {
        return Err(format!("listed {listed:?}").into());
    }
    println!("  {listed:?}");

    println!("[5/7] UpdateSchedule daily: disabled");
    client
        .send(UpdateSchedule {
            name: "daily".into(),
            group_name: Some(group.clone()),
            schedule_expression: "rate(1 day)".into(),
            state: Some(ScheduleState::Disabled),
            target: target.clone(),
            flexible_time_window: FlexibleTimeWindow {
                mode: FlexibleTimeWindowMode::Off,
                ..Default::default()
            },
            ..Default::default()
        })
        .await?;

    println!("[6/7] GetSchedule of one that does not exist: a typed error");
    match client
        .send(GetSchedule {
            name: "never".into(),
            group_name: Some(group.clone()),
        })
        .await
    {
        Err(err)
            if matches!(
                err.service_error(),
                Some(GetScheduleError::ResourceNotFoundException(_))
            ) =>
        {
            println!("  {err}");
        }
        Err(err) => return Err(err.into()),
        Ok(_) => return Err("a missing schedule answered".into()),
    }

    println!("[7/7] DeleteSchedule x2");
    for name in names {
        client
            .send(DeleteSchedule {
                name: name.into(),
                group_name: Some(group.clone()),
                client_token: None,
            })
            .await?;
    }
    println!("done");
    Ok(())
}
