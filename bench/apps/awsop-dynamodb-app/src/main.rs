use awsop_dynamodb::{Client, ListTables};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let out = client
        .send(ListTables {
            limit: Some(10),
            ..Default::default()
        })
        .await?;
    println!("{:?}", out.table_names);
    Ok(())
}
