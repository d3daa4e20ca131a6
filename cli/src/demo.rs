//! The demo: the embedded emulator, and an invitation's life cycle through the derived
//! operations — create → get → cancel → cancel again (a typed `ConflictException`).

use awsop_emulator::Emulator;
use awsop_partnercentral_account::{
    CancelConnectionInvitation, CancelConnectionInvitationError, Client, ConnectionType,
    CreateConnectionInvitation, GetConnectionInvitation,
};

pub(crate) async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start().await?;
    println!(
        "▶ Partner Central Account emulator on {} (SigV4 verified)",
        emulator.endpoint_url()
    );
    let client = Client::new(emulator.client_config().build());

    println!("\n1. CreateConnectionInvitation — invite partner `partner-0042` to collaborate");
    let created = client
        .send(CreateConnectionInvitation {
            catalog: "Sandbox".into(),
            client_token: None, // autofilled with a UUID, kept across retries
            connection_type: ConnectionType::OpportunityCollaboration,
            email: "alliances@partner-0042.example.com".into(),
            message: "Let's co-sell on the Q3 migration deals.".into(),
            name: "Dana Alvarez".into(),
            receiver_identifier: "partner-0042".into(),
        })
        .await?;
    println!(
        "   created {} ({}), status {}",
        created.id, created.arn, created.status
    );
    println!("   inviter name in Debug: {:?}", created.inviter_name);

    println!("\n2. GetConnectionInvitation — read it back");
    let fetched = client
        .send(GetConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: created.id.clone(),
        })
        .await?;
    println!(
        "   {} to {} is {}, expires {}",
        fetched.id,
        fetched.other_participant_identifier,
        fetched.status,
        fetched
            .expires_at
            .map(|t| t.to_string())
            .unwrap_or_else(|| "never".into())
    );

    println!("\n3. CancelConnectionInvitation — withdraw it");
    let canceled = client
        .send(CancelConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: created.id.clone(),
            client_token: None,
        })
        .await?;
    println!(
        "   {} is now {} (updated {})",
        canceled.id, canceled.status, canceled.updated_at
    );

    println!("\n4. CancelConnectionInvitation again — not PENDING any more");
    let again = client
        .send(CancelConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: created.id.clone(),
            client_token: None,
        })
        .await;
    match again {
        Ok(out) => {
            return Err(format!(
                "cancelling twice should fail, but the invitation is {}",
                out.status
            )
            .into())
        }
        Err(err) => match err.service_error() {
            Some(CancelConnectionInvitationError::ConflictException(conflict)) => {
                println!("   typed ConflictException, reason {}", conflict.reason);
                println!("   error line: {err}");
            }
            _ => return Err(err.into()),
        },
    }
    println!("\n✔ done: 4 signed calls, every one verified by the emulator");
    Ok(())
}
