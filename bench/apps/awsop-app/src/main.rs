use awsop_partnercentral_account::{CancelConnectionInvitation, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let out = client
        .send(CancelConnectionInvitation {
            catalog: "AWS".into(),
            identifier: "pacinv-0123456789abc".into(),
            client_token: None,
        })
        .await?;
    println!("{} is now {}", out.id, out.status);
    Ok(())
}
