//! The demo: the embedded emulator, and two partner accounts working through the derived
//! operations — a partner profile, invitations listed page by page, accepted, rejected and
//! canceled, the typed ConflictException of an illegal transition, and a tagged connection.

use std::io::Write;
use std::time::Instant;

use awsop_emulator::{
    account_id, Emulator, TEST_ACCESS_KEY_ID, TEST_ACCESS_KEY_ID_2, TEST_SECRET_ACCESS_KEY_2,
};
use awsop_partnercentral_account::*;
use futures_util::StreamExt;

const STEPS: usize = 9;

fn step(n: usize, what: &str) {
    println!("\n[{n}/{STEPS}] {what}");
}

/// Prints a dot per item of a longer step, so it shows progress as it goes.
fn tick() {
    print!(".");
    let _ = std::io::stdout().flush();
}

fn invite(receiver: &str, kind: ConnectionType, message: &str) -> CreateConnectionInvitation {
    CreateConnectionInvitation {
        catalog: "Sandbox".into(),
        client_token: None, // autofilled with a UUID, kept across retries
        connection_type: kind,
        email: "alliances@partner-b.example.com".into(),
        message: message.into(),
        name: "Dana Alvarez".into(), // Sensitive<String>: redacted in every Debug
        receiver_identifier: receiver.into(),
    }
}

pub(crate) async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let emulator = Emulator::start().await?;
    println!(
        "▶ Partner Central Account emulator on {} — every request SigV4-signed and verified",
        emulator.endpoint_url()
    );
    let a = Client::new(emulator.client_config().build());
    let b = Client::new(
        emulator
            .client_config_as(TEST_ACCESS_KEY_ID_2, TEST_SECRET_ACCESS_KEY_2)
            .build(),
    );
    let (a_account, b_account) = (
        account_id(TEST_ACCESS_KEY_ID),
        account_id(TEST_ACCESS_KEY_ID_2),
    );
    println!("  partner A is account {a_account}, partner B is account {b_account}");

    step(1, "CreatePartner — A creates its partner profile");
    let partner = a
        .send(CreatePartner {
            catalog: "Sandbox".into(),
            client_token: None,
            legal_name: "AnyCompany Cloud Consulting LLC".into(),
            primary_solution_type: PrimarySolutionType::ConsultingServices,
            alliance_lead_contact: AllianceLeadContact {
                first_name: "Dana".into(),
                last_name: "Alvarez".into(),
                email: "dana@anycompany.example.com".into(),
                business_title: "Alliance lead".into(),
            },
            email_verification_code: "123456".into(),
            tags: None,
        })
        .await?;
    println!(
        "  {} ({}), legal name in Debug: {:?}",
        partner.id, partner.arn, partner.legal_name
    );

    step(2, "CreateConnectionInvitation ×5 — A invites B");
    let kinds = [
        (
            ConnectionType::OpportunityCollaboration,
            "Let's co-sell on the Q3 migration deals.",
        ),
        (ConnectionType::Subsidiary, "Join us as a subsidiary."),
        (
            ConnectionType::Subsidiary,
            "Second thoughts on the subsidiary.",
        ),
        (
            ConnectionType::OpportunityCollaboration,
            "Workshops in EMEA?",
        ),
        (
            ConnectionType::OpportunityCollaboration,
            "Public sector bids?",
        ),
    ];
    print!("  ");
    let mut sent = Vec::new();
    for (kind, message) in kinds {
        sent.push(a.send(invite(&b_account, kind, message)).await?);
        tick();
    }
    println!(" {} invitations PENDING", sent.len());

    step(
        3,
        "ListConnectionInvitations — B reads what it received, two per page",
    );
    let mut pages = b
        .paginate(ListConnectionInvitations {
            catalog: "Sandbox".into(),
            participant_type: Some(ParticipantType::Receiver),
            ..Default::default()
        })
        .page_size(2)
        .pages();
    let mut page_no = 0;
    while let Some(page) = pages.next().await {
        page_no += 1;
        let page = page?;
        let ids: Vec<String> = page
            .connection_invitation_summaries
            .iter()
            .map(|s| format!("{} ({})", s.id, s.connection_type))
            .collect();
        println!("  page {page_no}: {}", ids.join(", "));
    }

    step(
        4,
        "AcceptConnectionInvitation — B accepts the co-selling invitation",
    );
    let accepted = b
        .send(AcceptConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: sent[0].id.clone(),
            client_token: None,
        })
        .await?;
    let connection = accepted.connection;
    println!(
        "  connection {} with account {}: {}",
        connection.id,
        connection.other_participant_account_id,
        connection
            .connection_types
            .keys()
            .map(ConnectionType::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    );

    step(
        5,
        "RejectConnectionInvitation — B turns the subsidiary invitation down",
    );
    let rejected = b
        .send(RejectConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: sent[1].id.clone(),
            client_token: None,
            reason: Some("not this year".into()),
        })
        .await?;
    println!("  {} is {}", rejected.id, rejected.status);

    step(
        6,
        "CancelConnectionInvitation — A withdraws its second subsidiary invitation",
    );
    let canceled = a
        .send(CancelConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: sent[2].id.clone(),
            client_token: None,
        })
        .await?;
    println!("  {} is {}", canceled.id, canceled.status);

    step(
        7,
        "AcceptConnectionInvitation on the canceled one — an illegal transition",
    );
    match b
        .send(AcceptConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: sent[2].id.clone(),
            client_token: None,
        })
        .await
    {
        Ok(_) => return Err("accepting a canceled invitation should fail".into()),
        Err(err) => match err.service_error() {
            Some(AcceptConnectionInvitationError::ConflictException(conflict)) => {
                println!("  typed ConflictException, reason {}", conflict.reason);
                println!("  error line: {err}");
            }
            _ => return Err(err.into()),
        },
    }

    // The model's TaggableResourceArn pattern needs an account id, which its ConnectionArn
    // pattern leaves out: the client's validation refuses a connection's ARN (shown), and
    // the partner, whose ARN carries the account, is what gets tagged.
    step(
        8,
        "TagResource / ListTagsForResource — A tags the connection, then its partner",
    );
    let tags = vec![
        Tag {
            key: "team".into(),
            value: "alliances".into(),
        },
        Tag {
            key: "region".into(),
            value: "emea".into(),
        },
    ];
    match a
        .send(TagResource {
            resource_arn: connection.arn.clone(),
            tags: tags.clone(),
        })
        .await
    {
        Err(err) if err.kind() == ErrorKind::InvalidInput => {
            println!("  the connection: refused before sending — {err}")
        }
        other => {
            return Err(
                format!("a connection ARN should not pass the model's pattern: {other:?}").into(),
            )
        }
    }
    a.send(TagResource {
        resource_arn: partner.arn.clone(),
        tags,
    })
    .await?;
    let listed = a
        .send(ListTagsForResource {
            resource_arn: partner.arn.clone(),
        })
        .await?
        .tags
        .unwrap_or_default();
    println!(
        "  the partner {}: {}",
        partner.id,
        listed
            .iter()
            .map(|t| format!("{}={}", t.key, t.value))
            .collect::<Vec<_>>()
            .join(", ")
    );

    step(
        9,
        "ListConnectionInvitations — where everything stands, as A sees it",
    );
    let mut summaries = a
        .paginate(ListConnectionInvitations {
            catalog: "Sandbox".into(),
            ..Default::default()
        })
        .items();
    while let Some(summary) = summaries.next().await {
        let summary = summary?;
        println!(
            "  {} {:<25} {}",
            summary.id,
            summary.connection_type.as_str(),
            summary.status
        );
    }

    println!(
        "\n✔ done in {:.2}s: {} signed calls, every one verified by the emulator",
        started.elapsed().as_secs_f64(),
        emulator.requests().len()
    );
    Ok(())
}
