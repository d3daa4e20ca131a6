//! The emulator's operation families through the client, between two accounts: invitations
//! accepted, rejected and canceled; the connections they make; partners; tags.

use awsop::Client;
use awsop_emulator::{
    account_id, Emulator, TEST_ACCESS_KEY_ID, TEST_ACCESS_KEY_ID_2, TEST_SECRET_ACCESS_KEY_2,
};
use awsop_partnercentral_account::*;
use awsop_tests::{invitation as invite, On};
use futures_util::StreamExt;

struct Two {
    emulator: Emulator,
    a: Client,
    b: Client,
    b_account: String,
    a_account: String,
}

async fn two() -> Two {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let a = Client::new(emulator.client_config().build());
    let b = Client::new(
        emulator
            .client_config_as(TEST_ACCESS_KEY_ID_2, TEST_SECRET_ACCESS_KEY_2)
            .build(),
    );
    Two {
        emulator,
        a,
        b,
        b_account: account_id(TEST_ACCESS_KEY_ID_2),
        a_account: account_id(TEST_ACCESS_KEY_ID),
    }
}

fn conflict_reason<E: std::fmt::Debug>(err: &Error<E>) -> String {
    assert_eq!(err.code(), Some("ConflictException"), "{err}");
    format!("{:?}", err.service_error())
}

#[tokio::test]
async fn invitations_are_accepted_rejected_and_canceled_by_the_right_side() {
    let t = two().await;
    let first =
        t.a.send(invite(
            &t.b_account,
            ConnectionType::OpportunityCollaboration,
        ))
        .await
        .expect("A invites B");
    let second =
        t.a.send(invite(&t.b_account, ConnectionType::Subsidiary))
            .await
            .expect("A invites B again");
    let third =
        t.a.send(invite(&t.b_account, ConnectionType::Subsidiary))
            .await
            .expect("and once more");

    // B sees them as the receiver, with A as the other side
    let received: Vec<_> =
        t.b.paginate(ListConnectionInvitations {
            catalog: "Sandbox".into(),
            participant_type: Some(ParticipantType::Receiver),
            ..Default::default()
        })
        .items()
        .collect()
        .await;
    let received: Vec<_> = received
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("every page is read");
    assert_eq!(received.len(), 3);
    assert!(received
        .iter()
        .all(|s| s.other_participant_identifier == t.a_account));

    // only the receiver accepts or rejects; only the sender cancels
    let err =
        t.a.send(AcceptConnectionInvitation::on(&first.id))
            .await
            .expect_err("A cannot accept");
    assert!(
        conflict_reason(&err).contains("IncompatibleConnectionInvitationReceiver"),
        "{err}"
    );
    let err =
        t.b.send(CancelConnectionInvitation::on(&first.id))
            .await
            .expect_err("B cannot cancel");
    assert!(
        conflict_reason(&err).contains("IncompatibleConnectionInvitationReceiver"),
        "{err}"
    );

    let accepted =
        t.b.send(AcceptConnectionInvitation::on(&first.id))
            .await
            .expect("B accepts");
    let connection = accepted.connection;
    assert!(connection.id.starts_with("pac-") && connection.arn.ends_with(&connection.id));
    assert_eq!(connection.other_participant_account_id, t.a_account);
    assert_eq!(
        connection.connection_types[&ConnectionType::OpportunityCollaboration].status,
        ConnectionTypeStatus::Active
    );

    let rejected =
        t.b.send(RejectConnectionInvitation {
            reason: Some("not now".into()),
            ..On::on(&second.id)
        })
        .await
        .expect("B rejects");
    assert_eq!(rejected.status, InvitationStatus::Rejected);
    let canceled =
        t.a.send(CancelConnectionInvitation::on(&third.id))
            .await
            .expect("A cancels");
    assert_eq!(canceled.status, InvitationStatus::Canceled);

    // an illegal transition is a typed ConflictException
    let err =
        t.b.send(AcceptConnectionInvitation::on(&third.id))
            .await
            .expect_err("canceled");
    match err.service_error() {
        Some(AcceptConnectionInvitationError::ConflictException(e)) => assert_eq!(
            e.reason,
            ConflictExceptionReason::IncompatibleConnectionInvitationState
        ),
        other => panic!("expected a typed ConflictException, got {other:?}"),
    }
    let got =
        t.a.send(GetConnectionInvitation::on(&first.id))
            .await
            .expect("A reads it");
    assert_eq!(
        (got.status, got.connection_id.as_deref()),
        (InvitationStatus::Accepted, Some(connection.id.as_str()))
    );
}

#[tokio::test]
async fn connections_are_shared_listed_and_canceled_per_type() {
    let t = two().await;
    let invitation =
        t.a.send(invite(&t.b_account, ConnectionType::Subsidiary))
            .await
            .expect("A invites B");
    let accepted =
        t.b.send(AcceptConnectionInvitation::on(invitation.id))
            .await
            .expect("B accepts");
    let id = accepted.connection.id;

    let seen_by_a = t.a.send(GetConnection::on(&id)).await.expect("A sees it");
    assert_eq!(seen_by_a.other_participant_account_id, t.b_account);
    let listed: Vec<_> =
        t.a.paginate(ListConnections {
            catalog: "Sandbox".into(),
            ..Default::default()
        })
        .items()
        .collect()
        .await;
    assert_eq!(listed.len(), 1);

    let cancel = CancelConnection {
        connection_type: ConnectionType::Subsidiary,
        reason: "done".into(),
        ..On::on(&id)
    };
    let canceled =
        t.a.send(cancel.clone())
            .await
            .expect("A cancels the subsidiary type");
    let kind = &canceled.connection_types[&ConnectionType::Subsidiary];
    assert_eq!(
        (&kind.status, kind.canceled_by.as_deref()),
        (&ConnectionTypeStatus::Canceled, Some(t.a_account.as_str()))
    );
    let err =
        t.b.send(CancelConnection {
            client_token: None,
            ..cancel
        })
        .await
        .expect_err("already canceled");
    assert!(
        conflict_reason(&err).contains("IncompatibleConnectionState"),
        "{err}"
    );

    let err =
        t.a.send(GetConnection::on("pac-0000000000000"))
            .await
            .expect_err("no such connection");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}

fn partner() -> CreatePartner {
    CreatePartner {
        catalog: "Sandbox".into(),
        client_token: None,
        legal_name: "Example Partner LLC".into(),
        primary_solution_type: PrimarySolutionType::ConsultingServices,
        alliance_lead_contact: AllianceLeadContact {
            first_name: "Dana".into(),
            last_name: "Alvarez".into(),
            email: "dana@example.com".into(),
            business_title: "Alliance lead".into(),
        },
        email_verification_code: "123456".into(),
        tags: None,
    }
}

/// The tags `client` lists on `arn`.
async fn tags_of(client: &Client, arn: &str) -> Vec<Tag> {
    client
        .send(ListTagsForResource {
            resource_arn: arn.to_owned(),
        })
        .await
        .expect("listed")
        .tags
        .unwrap_or_default()
}

#[tokio::test]
async fn a_partner_per_account_and_tags_on_what_the_service_issued() {
    let t = two().await;
    let created = t.a.send(partner()).await.expect("A creates its partner");
    assert!(
        created.id.starts_with("partner-")
            && created
                .arn
                .contains(&format!(":{}:catalog/Sandbox/partner/", t.a_account))
    );
    let err =
        t.a.send(partner())
            .await
            .expect_err("one partner per account");
    assert!(conflict_reason(&err).contains("DuplicatePartner"), "{err}");
    let by_arn =
        t.a.send(GetPartner::on(&created.arn))
            .await
            .expect("by ARN");
    assert_eq!(by_arn.id, created.id);
    let err =
        t.b.send(GetPartner::on(&created.id))
            .await
            .expect_err("B cannot see A's");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    let listed: Vec<_> =
        t.a.paginate(ListPartners {
            catalog: "Sandbox".into(),
            next_token: None,
        })
        .items()
        .collect()
        .await;
    assert_eq!(listed.len(), 1);

    let tag = |key: &str, value: &str| Tag {
        key: key.into(),
        value: value.into(),
    };
    t.a.send(TagResource {
        resource_arn: created.arn.clone(),
        tags: vec![tag("team", "alliances"), tag("tier", "gold")],
    })
    .await
    .expect("tagged");
    t.a.send(UntagResource {
        resource_arn: created.arn.clone(),
        tag_keys: vec!["tier".into()],
    })
    .await
    .expect("untagged");
    let tags = tags_of(&t.a, &created.arn).await;
    assert_eq!(tags, vec![tag("team", "alliances")]);
    let err =
        t.b.send(ListTagsForResource {
            resource_arn: created.arn,
        })
        .await
        .expect_err("not B's resource");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}

#[tokio::test]
async fn an_operation_that_takes_tags_applies_them() {
    // the model's operations whose input has `Tags`: each one is tested here
    let model = awsop_tests::repo_json("models/partnercentral-account/service-2.json");
    let mut with_tags: Vec<&str> = model["operations"]
        .as_object()
        .expect("operations")
        .iter()
        .filter(|(_, op)| {
            let input = op["input"]["shape"].as_str().unwrap_or_default();
            model["shapes"][input]["members"].get("Tags").is_some()
        })
        .map(|(name, _)| name.as_str())
        .collect();
    with_tags.sort_unstable();
    assert_eq!(with_tags, ["CreatePartner", "TagResource"]);

    let t = two().await;
    let tag = |key: &str, value: &str| Tag {
        key: key.into(),
        value: value.into(),
    };
    let created =
        t.a.send(CreatePartner {
            tags: Some(vec![tag("team", "alliances"), tag("tier", "gold")]),
            ..partner()
        })
        .await
        .expect("A creates its partner with tags");
    let tags = tags_of(&t.a, &created.arn).await;
    assert_eq!(tags, vec![tag("team", "alliances"), tag("tier", "gold")]);
    // and they are the resource's tags like any other: TagResource and UntagResource see them
    t.a.send(UntagResource {
        resource_arn: created.arn.clone(),
        tag_keys: vec!["team".into()],
    })
    .await
    .expect("untagged");
    let tags = tags_of(&t.a, &created.arn).await;
    assert_eq!(tags, vec![tag("tier", "gold")]);
}

fn task_details() -> TaskDetails {
    TaskDetails {
        display_name: "Example".into(),
        description: "We migrate workloads".into(),
        website_url: "https://example.com".into(),
        logo_url: "https://example.com/logo.png".into(),
        primary_solution_type: PrimarySolutionType::ConsultingServices,
        industry_segments: vec![IndustrySegment::Biotechnology],
        translation_source_locale: "en-US".into(),
        localized_contents: None,
        headquarters: None,
    }
}

#[tokio::test]
async fn a_partner_profile_its_tasks_visibility_contact_and_domains() {
    let t = two().await;
    let p = t.a.send(partner()).await.expect("A creates its partner");
    let id = || p.id.clone();

    let task =
        t.a.send(StartProfileUpdateTask {
            task_details: task_details(),
            ..On::on(id())
        })
        .await
        .expect("a task starts");
    assert_eq!(task.status, ProfileTaskStatus::InProgress);
    let err =
        t.a.send(StartProfileUpdateTask {
            task_details: task_details(),
            ..On::on(id())
        })
        .await
        .expect_err("one at a time");
    assert!(
        conflict_reason(&err).contains("IncompatiblePartnerProfileTaskState"),
        "{err}"
    );
    let got =
        t.a.send(GetProfileUpdateTask::on(id()))
            .await
            .expect("read it");
    assert_eq!(got.task_id, task.task_id);
    let canceled =
        t.a.send(CancelProfileUpdateTask {
            task_id: task.task_id.clone(),
            ..On::on(id())
        })
        .await
        .expect("cancel it");
    assert_eq!(canceled.status, ProfileTaskStatus::Canceled);
    assert!(canceled.ended_at.is_some());

    let visibility =
        t.a.send(GetProfileVisibility::on(id()))
            .await
            .expect("visibility");
    assert_eq!(visibility.visibility, ProfileVisibility::Private);
    let public =
        t.a.send(PutProfileVisibility {
            visibility: ProfileVisibility::Public,
            ..On::on(id())
        })
        .await
        .expect("made public");
    assert_eq!(
        (public.visibility, public.profile_id),
        (ProfileVisibility::Public, visibility.profile_id)
    );

    let contact =
        t.a.send(GetAllianceLeadContact::on(id()))
            .await
            .expect("contact");
    assert_eq!(contact.alliance_lead_contact.email, "dana@example.com");
    let mut new_contact = contact.alliance_lead_contact.clone();
    new_contact.email = "lead@example.com".into();
    let put =
        t.a.send(PutAllianceLeadContact {
            alliance_lead_contact: new_contact,
            email_verification_code: None,
            ..On::on(id())
        })
        .await
        .expect("replaced");
    assert_eq!(put.alliance_lead_contact.email, "lead@example.com");

    t.a.send(AssociateAwsTrainingCertificationEmailDomain {
        email: "someone@Training.Example.com".into(),
        email_verification_code: "123456".into(),
        ..On::on(id())
    })
    .await
    .expect("associated");
    let domains =
        t.a.send(GetPartner::on(id()))
            .await
            .expect("partner")
            .aws_training_certification_email_domains
            .unwrap_or_default();
    assert_eq!(
        domains
            .iter()
            .map(|d| d.domain_name.as_str())
            .collect::<Vec<_>>(),
        ["training.example.com"]
    );
    t.a.send(DisassociateAwsTrainingCertificationEmailDomain {
        domain_name: "training.example.com".into(),
        ..On::on(id())
    })
    .await
    .expect("disassociated");
    let err =
        t.a.send(DisassociateAwsTrainingCertificationEmailDomain {
            domain_name: "training.example.com".into(),
            ..On::on(id())
        })
        .await
        .expect_err("gone");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}

#[tokio::test]
async fn qualifications_preferences_and_verification() {
    let t = two().await;
    let p = t.a.send(partner()).await.expect("A creates its partner");
    let primary = QualificationsAssociationPartner {
        profile_id: None,
        account_id: Some(t.b_account.clone()),
    };
    let started =
        t.a.send(StartQualificationsAssociationTask {
            primary_partner: primary.clone(),
            ..On::on(&p.id)
        })
        .await
        .expect("associate");
    assert_eq!(
        started.status,
        QualificationsAssociationTaskStatus::Succeeded
    );
    let details =
        t.a.send(GetQualificationsAssociationDetails::on(&p.id))
            .await
            .expect("details");
    assert_eq!(details.status, QualificationsAssociationStatus::Associated);
    let err =
        t.a.send(StartQualificationsAssociationTask {
            primary_partner: primary.clone(),
            ..On::on(&p.id)
        })
        .await
        .expect_err("already");
    assert!(
        conflict_reason(&err).contains("IncompatibleQualificationsAssociationTaskState"),
        "{err}"
    );
    assert_eq!(
        t.a.send(GetQualificationsAssociationTask {
            catalog: "Sandbox".into(),
            identifier: p.id.clone()
        })
        .await
        .expect("task")
        .task_id,
        started.task_id
    );
    let leaving =
        t.a.send(StartQualificationsDisassociationTask {
            associated_partner: primary.clone(),
            ..On::on(&p.id)
        })
        .await
        .expect("disassociate");
    let task =
        t.a.send(GetQualificationsDisassociationTask::on(&p.id))
            .await
            .expect("the disassociation task");
    assert_eq!(
        (&task.id, &task.task_id, &task.associated_partner),
        (&p.id, &leaving.task_id, &primary)
    );
    let details =
        t.a.send(GetQualificationsAssociationDetails::on(p.id))
            .await
            .expect("details");
    assert_eq!(
        details.status,
        QualificationsAssociationStatus::NotAssociated
    );

    let prefs =
        t.a.send(GetConnectionPreferences {
            catalog: "Sandbox".into(),
        })
        .await
        .expect("preferences");
    assert_eq!(
        (prefs.access_type.clone(), prefs.revision),
        (AccessType::AllowAll, 1)
    );
    let update = UpdateConnectionPreferences {
        catalog: "Sandbox".into(),
        revision: 1,
        access_type: AccessType::AllowByDefaultDenySome,
        excluded_participant_identifiers: Some(vec![t.b_account.clone()]),
    };
    let updated = t.a.send(update.clone()).await.expect("updated");
    assert_eq!(
        (
            updated.revision,
            updated.excluded_participant_ids.unwrap_or_default()
        ),
        (2, vec![t.b_account.clone()])
    );
    let err = t.a.send(update).await.expect_err("stale revision");
    assert!(
        conflict_reason(&err).contains("IncompatibleConnectionPreferencesRevision"),
        "{err}"
    );

    let err =
        t.b.send(GetVerification {
            verification_type: VerificationType::RegistrantVerification,
        })
        .await
        .expect_err("not started");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    let started =
        t.b.send(StartVerification {
            client_token: None,
            verification_details: None,
        })
        .await
        .expect("registrant verification");
    assert_eq!(
        (started.verification_type, started.verification_status),
        (
            VerificationType::RegistrantVerification,
            VerificationStatus::InProgress
        )
    );
    let err =
        t.b.send(StartVerification {
            client_token: None,
            verification_details: None,
        })
        .await
        .expect_err("in progress");
    assert!(
        conflict_reason(&err).contains("VerificationAlreadyInProgress"),
        "{err}"
    );
    t.b.send(SendEmailVerificationCode {
        catalog: "Sandbox".into(),
        email: "b@example.com".into(),
    })
    .await
    .expect("sent");
    let codes = t.emulator.state()["EmailVerificationCodes"].clone();
    let sent: Vec<(&str, &str)> = codes
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            (
                c["Email"].as_str().unwrap_or(""),
                c["Account"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(sent, [("b@example.com", t.b_account.as_str())]);
}

/// Every constraint of the model holds on `output`: the emulator answers in the model's
/// formats (IDs, ARNs, lengths, enums).
fn conforms<T: awsop::Validate + std::fmt::Debug>(output: &T) {
    let mut validator = awsop::Validator::new();
    output.validate(&mut validator);
    if let Err(violations) = validator.finish() {
        panic!("{output:?} breaks the model: {violations:?}");
    }
}

#[tokio::test]
async fn answers_follow_the_models_formats_and_tokens_are_idempotent() {
    let t = two().await;
    let p = t.a.send(partner()).await.expect("a partner");
    conforms(&p);
    let sent =
        t.a.send(invite(&t.b_account, ConnectionType::Subsidiary))
            .await
            .expect("an invitation");
    conforms(&sent);
    let accepted =
        t.b.send(AcceptConnectionInvitation::on(&sent.id))
            .await
            .expect("accepted");
    conforms(&accepted);
    conforms(
        &t.a.send(GetConnection::on(&accepted.connection.id))
            .await
            .expect("connection"),
    );
    conforms(
        &t.a.send(GetConnectionPreferences {
            catalog: "Sandbox".into(),
        })
        .await
        .expect("preferences"),
    );
    conforms(
        &t.a.send(StartProfileUpdateTask {
            task_details: task_details(),
            ..On::on(&p.id)
        })
        .await
        .expect("task"),
    );
    conforms(
        &t.a.send(GetProfileVisibility::on(&p.id))
            .await
            .expect("visibility"),
    );
    let primary = QualificationsAssociationPartner {
        profile_id: None,
        account_id: Some(t.b_account.clone()),
    };
    conforms(
        &t.a.send(StartQualificationsAssociationTask {
            primary_partner: primary,
            ..On::on(&p.id)
        })
        .await
        .expect("qualifications"),
    );

    // the same token with the same input answers the first result; with another, a conflict
    let mut first = invite(&t.b_account, ConnectionType::OpportunityCollaboration);
    first.client_token = Some("token-0001".into());
    let a1 = t.a.send(first.clone()).await.expect("first");
    let a2 = t.a.send(first.clone()).await.expect("replay");
    assert_eq!(a1.id, a2.id);
    let mut other = first;
    other.message = "a different message".into();
    let err = t.a.send(other).await.expect_err("same token, other input");
    match err.service_error() {
        Some(CreateConnectionInvitationError::ConflictException(e)) => {
            assert_eq!(e.reason, ConflictExceptionReason::ConflictClientToken)
        }
        other => panic!("expected a ConflictException, got {other:?}"),
    }
}
