#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let client = aws_sdk_dynamodb::Client::new(&config);
    let out = client.list_tables().limit(10).send().await?;
    println!("{:?}", out.table_names);
    Ok(())
}
