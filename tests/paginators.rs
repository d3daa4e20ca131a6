//! Paginators against a server that pages: the emulator's ListConnectionInvitations, and
//! scripted pages for ListPartners and a service that repeats its token.

use awsop::{Client, ErrorKind};
use awsop_emulator::{Emulator, Fault};
use awsop_partnercentral_account::{
    ConnectionType, CreateConnectionInvitation, InvitationStatus, ListConnectionInvitations,
    ListPartners,
};
use futures_util::StreamExt;

async fn invite(client: &Client, receiver: &str) -> String {
    client
        .send(CreateConnectionInvitation {
            catalog: "AWS".into(),
            ..awsop_tests::invitation(receiver, ConnectionType::OpportunityCollaboration)
        })
        .await
        .expect("create succeeds")
        .id
}

#[tokio::test]
async fn pages_and_items_follow_next_token_with_the_page_size() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let client = Client::new(emulator.client_config().build());
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(invite(&client, &format!("partner-{i}")).await);
    }
    ids.sort();
    let list = ListConnectionInvitations {
        catalog: "AWS".into(),
        ..Default::default()
    };

    let pages: Vec<_> = client
        .paginate(list.clone())
        .page_size(3)
        .pages()
        .collect()
        .await;
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| {
            p.as_ref()
                .map(|p| p.connection_invitation_summaries.len())
                .unwrap_or(usize::MAX)
        })
        .collect();
    assert_eq!(sizes, [3, 3, 1]);
    let requests = emulator.requests();
    let sent: Vec<(Option<i64>, Option<String>)> = requests[7..]
        .iter()
        .map(|r| {
            (
                r.json()["MaxResults"].as_i64(),
                r.json()["NextToken"].as_str().map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(sent.len(), 3);
    assert!(sent.iter().all(|(size, _)| *size == Some(3)));
    assert!(
        sent[0].1.is_none() && sent[1].1.is_some() && sent[2].1.is_some() && sent[1].1 != sent[2].1
    );

    let before = emulator.requests().len();
    let items: Vec<String> = client
        .paginate(list.clone())
        .page_size(2)
        .items()
        .map(|item| item.map(|s| s.id))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("every page is read");
    assert_eq!(items, ids, "every invitation once, in order");
    assert_eq!(emulator.requests().len() - before, 4, "7 items, 2 a page");

    let canceled: Vec<_> = client
        .paginate(ListConnectionInvitations {
            status: Some(InvitationStatus::Canceled),
            ..list
        })
        .items()
        .collect()
        .await;
    assert!(canceled.is_empty());
    assert_eq!(
        emulator.requests().len() - before,
        5,
        "an empty listing is one request"
    );
}

#[tokio::test]
async fn a_listing_without_a_limit_key_pages_on_the_token_alone() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let client = Client::new(emulator.client_config().build());
    let partner = |id: &str| {
        format!(
            r#"{{"Catalog":"AWS","Arn":"arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/{id}","Id":"{id}","LegalName":"Example","CreatedAt":"2025-04-04T12:00:00Z"}}"#
        )
    };
    emulator.inject([
        Fault::raw(
            200,
            format!(
                r#"{{"PartnerSummaryList":[{}],"NextToken":"page-2"}}"#,
                partner("partner-000000000000a")
            ),
        ),
        Fault::raw(
            200,
            format!(
                r#"{{"PartnerSummaryList":[{}]}}"#,
                partner("partner-000000000000b")
            ),
        ),
    ]);
    let ids: Vec<String> = client
        .paginate(ListPartners {
            catalog: "AWS".into(),
            next_token: None,
        })
        .items()
        .map(|p| p.map(|p| p.id).unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids, ["partner-000000000000a", "partner-000000000000b"]);
    assert_eq!(emulator.requests().len(), 2, "one request a page");
    assert_eq!(emulator.requests()[1].json()["NextToken"], "page-2");
}

#[tokio::test]
async fn a_repeated_token_stops_with_an_error() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let client = Client::new(emulator.client_config().build());
    let page = r#"{"ConnectionInvitationSummaries":[],"NextToken":"again"}"#;
    emulator.inject([Fault::raw(200, page), Fault::raw(200, page)]);
    let pages: Vec<_> = client
        .paginate(ListConnectionInvitations {
            catalog: "AWS".into(),
            ..Default::default()
        })
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 2);
    let first = pages[0].as_ref().expect("the first page is read");
    assert_eq!(
        (
            first.connection_invitation_summaries.len(),
            first.next_token.as_deref()
        ),
        (0, Some("again"))
    );
    let err = pages[1]
        .as_ref()
        .expect_err("the repeated token is an error");
    assert_eq!(err.kind(), ErrorKind::Response);
    assert!(
        err.to_string()
            .contains("sent the token `again` a second time"),
        "{err}"
    );
    assert_eq!(emulator.requests().len(), 2, "no third request");
}
