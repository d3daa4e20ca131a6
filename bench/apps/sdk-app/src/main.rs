#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let client = aws_sdk_partnercentralaccount::Client::new(&config);
    let out = client
        .cancel_connection_invitation()
        .catalog("AWS")
        .identifier("pacinv-0123456789abc")
        .send()
        .await?;
    println!("{} is now {:?}", out.id(), out.status());
    Ok(())
}
