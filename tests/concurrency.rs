//! 64 clients × 1,000 mixed calls against one emulator: nothing is lost or duplicated, and
//! the final state is exactly what the clients did.

use std::collections::{BTreeMap, BTreeSet};

use awsop::Client;
use awsop_emulator::Emulator;
use awsop_partnercentral_account::{
    CancelConnectionInvitation, ConnectionType, CreateConnectionInvitation,
    GetConnectionInvitation, InvitationStatus, ListConnectionInvitations,
};

const CLIENTS: usize = 64;
const CALLS: usize = 1_000;

/// What one client did: the invitations it created, those it canceled, the calls it sent.
#[derive(Default)]
struct Done {
    created: Vec<String>,
    canceled: BTreeSet<String>,
    sent: usize,
}

async fn work(client: Client, n: usize) -> Result<Done, String> {
    let mut done = Done::default();
    let catalog = || "Sandbox".to_owned();
    for call in 0..CALLS {
        match (call + n) % 5 {
            // create, with a token of its own: a replay must not duplicate
            0 | 1 => {
                let token = format!("client{n}-call{call}");
                let input = CreateConnectionInvitation {
                    catalog: catalog(),
                    client_token: Some(token),
                    message: format!("from client {n}"),
                    ..awsop_tests::invitation(&format!("partner-{n}"), ConnectionType::Subsidiary)
                };
                let first = client
                    .send(input.clone())
                    .await
                    .map_err(|e| e.to_string())?;
                done.sent += 1;
                if call % 50 == 0 {
                    let replay = client.send(input).await.map_err(|e| e.to_string())?;
                    done.sent += 1;
                    if replay.id != first.id {
                        return Err(format!("a replay made {} besides {}", replay.id, first.id));
                    }
                }
                done.created.push(first.id);
            }
            // read back one of ours
            2 => {
                if let Some(id) = done.created.last() {
                    done.sent += 1;
                    let got = client
                        .send(GetConnectionInvitation {
                            catalog: catalog(),
                            identifier: id.clone(),
                        })
                        .await
                        .map_err(|e| e.to_string())?;
                    if &got.id != id {
                        return Err(format!("asked for {id}, got {}", got.id));
                    }
                }
            }
            // cancel the oldest of ours still pending
            3 => {
                if let Some(id) = done
                    .created
                    .iter()
                    .find(|id| !done.canceled.contains(*id))
                    .cloned()
                {
                    done.sent += 1;
                    let out = client
                        .send(CancelConnectionInvitation {
                            catalog: catalog(),
                            identifier: id.clone(),
                            client_token: None,
                        })
                        .await
                        .map_err(|e| e.to_string())?;
                    if out.status != InvitationStatus::Canceled {
                        return Err(format!("{id} is {} after a cancel", out.status));
                    }
                    done.canceled.insert(id);
                }
            }
            // a page of ours
            _ => {
                done.sent += 1;
                client
                    .send(ListConnectionInvitations {
                        catalog: catalog(),
                        other_participant_identifiers: Some(vec![format!("partner-{n}")]),
                        max_results: Some(10),
                        ..Default::default()
                    })
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(done)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_clients_lose_and_duplicate_nothing() {
    // every request is counted: keep them all (small bodies)
    let emulator = Emulator::start_with(awsop_emulator::Options {
        recorded_requests: CLIENTS * CALLS * 2,
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..CLIENTS {
        let client = Client::new(emulator.client_config().build());
        tasks.spawn(async move { (n, work(client, n).await) });
    }
    let mut expected: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let mut sent = 0;
    while let Some(joined) = tasks.join_next().await {
        let (n, done) = joined.expect("the task ran");
        let done = done.unwrap_or_else(|e| panic!("client {n}: {e}"));
        sent += done.sent;
        for id in done.created {
            let canceled = done.canceled.contains(&id);
            assert!(
                expected.insert(id.clone(), (n, canceled)).is_none(),
                "{id} was handed out twice"
            );
        }
    }

    let state = emulator.state();
    let stored = state["ConnectionInvitations"]
        .as_array()
        .expect("a list of invitations");
    assert_eq!(stored.len(), expected.len(), "every create, once");
    for invitation in stored {
        let id = invitation["Id"].as_str().unwrap_or_default();
        let (n, canceled) = expected
            .get(id)
            .copied()
            .unwrap_or_else(|| panic!("{id} was not created by any client"));
        assert_eq!(
            invitation["OtherParticipantIdentifier"],
            format!("partner-{n}").as_str()
        );
        assert_eq!(
            invitation["Status"],
            if canceled { "CANCELED" } else { "PENDING" },
            "{id}"
        );
    }
    assert!(sent > CLIENTS * CALLS * 9 / 10, "{sent} calls");
    assert_eq!(
        emulator.requests().len(),
        sent,
        "every call reached the server once"
    );
}
