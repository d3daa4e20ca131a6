//! A short DynamoDB story through awsop: create a table, write three items (one holding a
//! list and a map), read one back, query a partition, list the tables page by page, meet a
//! typed error, delete the table. Every step is printed; any failure exits non-zero.
//!
//! Point it at any endpoint that speaks DynamoDB, the real one or a local one, the way every
//! SDK is configured:
//!
//! ```sh
//! AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=.. AWS_SECRET_ACCESS_KEY=.. cargo run --example dynamodb
//! AWS_ENDPOINT_URL_DYNAMODB=http://localhost:8000 ... cargo run --example dynamodb
//! ```
//!
//! The table is `AWSOP_EXAMPLE_TABLE`, else `awsop-example-music`.

use std::collections::BTreeMap;
use std::time::Duration;

use awsop::Client;
use awsop_example_services::dynamodb::*;
use futures_util::StreamExt;

fn s(text: &str) -> AttributeValue {
    AttributeValue::S(text.to_owned())
}

fn song(artist: &str, title: &str, year: u32) -> AttributeMap {
    BTreeMap::from([
        ("Artist".to_owned(), s(artist)),
        ("SongTitle".to_owned(), s(title)),
        ("Year".to_owned(), AttributeValue::N(year.to_string())),
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    match story().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("the dynamodb example failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn story() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let table =
        std::env::var("AWSOP_EXAMPLE_TABLE").unwrap_or_else(|_| "awsop-example-music".into());

    println!("[1/8] CreateTable {table} (Artist, SongTitle), on demand");
    let key = |name: &str, key_type| KeySchemaElement {
        attribute_name: name.into(),
        key_type,
    };
    let string = |name: &str| AttributeDefinition {
        attribute_name: name.into(),
        attribute_type: ScalarAttributeType::S,
    };
    let created = client
        .send(CreateTable {
            table_name: table.clone(),
            attribute_definitions: Some(vec![string("Artist"), string("SongTitle")]),
            key_schema: Some(vec![
                key("Artist", KeyType::Hash),
                key("SongTitle", KeyType::Range),
            ]),
            billing_mode: Some(BillingMode::PayPerRequest),
            ..Default::default()
        })
        .await?;
    let status = created.table_description.and_then(|t| t.table_status);
    println!("  {}", status.map_or("?".into(), |s| s.to_string()));

    println!("[2/8] DescribeTable until ACTIVE");
    for attempt in 1.. {
        let described = client
            .send(DescribeTable {
                table_name: table.clone(),
            })
            .await?;
        let status = described.table.and_then(|t| t.table_status);
        if status == Some(TableStatus::Active) {
            println!("  ACTIVE after {attempt} look(s)");
            break;
        }
        if attempt == 60 {
            return Err(format!("{table} is not ACTIVE after a minute: {status:?}").into());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }

    println!("[3/8] PutItem x3, one with a list and a map");
    let mut with_details = song("Acme Band", "Happy Day", 2021);
    with_details.insert(
        "Tags".into(),
        AttributeValue::L(vec![s("upbeat"), s("summer")]),
    );
    with_details.insert(
        "Chart".into(),
        AttributeValue::M(BTreeMap::from([
            ("Peak".to_owned(), AttributeValue::N("3".into())),
            ("Weeks".to_owned(), AttributeValue::N("12".into())),
        ])),
    );
    for item in [
        with_details,
        song("Acme Band", "Night Drive", 2023),
        song("No One You Know", "Call Me Today", 2019),
    ] {
        client
            .send(PutItem {
                table_name: table.clone(),
                item,
                ..Default::default()
            })
            .await?;
    }
    println!("  3 items written");

    println!("[4/8] GetItem Acme Band / Happy Day");
    let got = client
        .send(GetItem {
            table_name: table.clone(),
            key: BTreeMap::from([
                ("Artist".to_owned(), s("Acme Band")),
                ("SongTitle".to_owned(), s("Happy Day")),
            ]),
            consistent_read: Some(true),
            ..Default::default()
        })
        .await?;
    let item = got.item.ok_or("the item just written is not there")?;
    let tags = match item.get("Tags") {
        Some(AttributeValue::L(tags)) => tags.len(),
        _ => return Err("the item lost its list".into()),
    };
    println!("  {} attributes, {tags} tags", item.len());

    println!("[5/8] Query Artist = Acme Band");
    let queried = client
        .send(Query {
            table_name: table.clone(),
            key_condition_expression: Some("Artist = :artist".into()),
            expression_attribute_values: Some(BTreeMap::from([(
                ":artist".to_owned(),
                s("Acme Band"),
            )])),
            ..Default::default()
        })
        .await?;
    let count = queried.count.unwrap_or_default();
    if count != 2 {
        return Err(format!("expected 2 songs by Acme Band, got {count}").into());
    }
    println!("  {count} songs");

    println!("[6/8] ListTables, one a page");
    let mut names = client.paginate(ListTables::default()).page_size(1).items();
    let mut listed = Vec::new();
    while let Some(name) = names.next().await {
        listed.push(name?);
    }
    if !listed.contains(&table) {
        return Err(format!("{table} is not among the tables listed: {listed:?}").into());
    }
    println!("  {} table(s), {table} among them", listed.len());

    println!("[7/8] DescribeTable of a table that does not exist: a typed error");
    match client
        .send(DescribeTable {
            table_name: "awsop-example-no-such-table".into(),
        })
        .await
    {
        Err(err)
            if matches!(
                err.service_error(),
                Some(DescribeTableError::ResourceNotFoundException(_))
            ) =>
        {
            println!("  {err}");
        }
        Err(err) => return Err(err.into()),
        Ok(_) => return Err("a table that does not exist was described".into()),
    }

    println!("[8/8] DeleteTable {table}");
    let deleted = client
        .send(DeleteTable {
            table_name: table.clone(),
        })
        .await?;
    let status = deleted.table_description.and_then(|t| t.table_status);
    println!("  {}", status.map_or("?".into(), |s| s.to_string()));
    println!("done");
    Ok(())
}
