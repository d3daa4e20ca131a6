//! The invitation operations end to end: the derived operations, the runtime and the
//! emulator over loopback, every request's SigV4 verified by the server.

use std::time::Duration;

use awsop::{aws_operation, Client, Credentials, ErrorKind, FixedToken};
use awsop_emulator::{Emulator, Fault};
use awsop_partnercentral_account::{
    AccessDeniedExceptionReason, CancelConnectionInvitation, CancelConnectionInvitationError,
    ConflictExceptionReason, ConnectionType, CreateConnectionInvitation, FieldValidationCode,
    GetConnectionInvitation, GetConnectionInvitationError, InvitationStatus,
    ResourceNotFoundExceptionReason, ValidationError, ValidationExceptionReason,
};
use awsop_tests::{is_v4_uuid, plain_http, plain_http_typed, On, RecordingSleep};

fn create(receiver: &str) -> CreateConnectionInvitation {
    awsop_tests::invitation(receiver, ConnectionType::OpportunityCollaboration)
}

fn cancel(id: &str) -> CancelConnectionInvitation {
    CancelConnectionInvitation::on(id)
}

async fn setup() -> (Emulator, Client) {
    let emulator = Emulator::start()
        .await
        .expect("the emulator starts on loopback");
    let client = Client::new(
        emulator
            .client_config()
            .sleep(RecordingSleep::default())
            .build(),
    );
    (emulator, client)
}

#[tokio::test]
async fn an_invitation_goes_from_pending_to_canceled_once() {
    let (_emulator, client) = setup().await;
    let created = client
        .send(create("partner-1"))
        .await
        .expect("create succeeds");
    assert_eq!(created.status, InvitationStatus::Pending);
    assert!(
        created.id.starts_with("pacinv-") && created.id.len() == 20,
        "{}",
        created.id
    );
    assert!(created.arn.ends_with(&format!(
        ":catalog/Sandbox/connection-invitation/{}",
        created.id
    )));
    assert_eq!(created.other_participant_identifier, "partner-1");
    assert_eq!(created.inviter_name.0, "Dana Alvarez");

    let get = GetConnectionInvitation::on(&created.id);
    let fetched = client.send(get.clone()).await.expect("get succeeds");
    assert_eq!(
        serde_json::to_value(&fetched).ok(),
        serde_json::to_value(&created).ok()
    );

    let canceled = client
        .send(cancel(&created.id))
        .await
        .expect("cancel succeeds");
    assert_eq!(canceled.status, InvitationStatus::Canceled);
    assert_eq!(
        client.send(get).await.expect("get succeeds").status,
        InvitationStatus::Canceled
    );

    let err = client
        .send(cancel(&created.id))
        .await
        .expect_err("a second cancel conflicts");
    assert_eq!(err.kind(), ErrorKind::Service);
    assert_eq!(err.status(), Some(409));
    assert_eq!(err.code(), Some("ConflictException"));
    assert!(err.request_id().is_some_and(|id| !id.is_empty()));
    match err.service_error() {
        Some(CancelConnectionInvitationError::ConflictException(e)) => {
            assert_eq!(
                e.reason,
                ConflictExceptionReason::IncompatibleConnectionInvitationState
            );
            assert!(e.message.contains("CANCELED"), "{}", e.message);
        }
        other => panic!("expected a typed ConflictException, got {other:?}"),
    }
    let line = err.to_string();
    assert!(line.starts_with("CancelConnectionInvitation: ConflictException (HTTP 409): Connection invitation pacinv-"), "{line}");
    assert!(
        line.contains("attempt 1 of 3") && !line.contains('\n'),
        "{line}"
    );
}

#[tokio::test]
async fn unknown_ids_and_bad_input_are_typed_errors_from_the_server() {
    let (emulator, client) = setup().await;
    let err = client
        .send(cancel("pacinv-0000000000000"))
        .await
        .expect_err("no such invitation");
    match err.into_service_error() {
        Some(CancelConnectionInvitationError::ResourceNotFoundException(e)) => {
            assert_eq!(
                e.reason,
                ResourceNotFoundExceptionReason::ConnectionInvitationNotFound
            );
        }
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }

    // the client checks the model's pattern before sending: nothing reaches the server
    let sent = emulator.requests().len();
    let err = client
        .send(cancel("not-an-invitation"))
        .await
        .expect_err("bad identifier");
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.violations().len(), 1);
    assert_eq!(err.violations()[0].path, "Identifier");
    assert_eq!(
        err.to_string(),
        "CancelConnectionInvitation: invalid input: Identifier: must match the pattern `pacinv-[A-Za-z0-9]{13}`"
    );
    assert_eq!(emulator.requests().len(), sent);

    // a declaration without the model's constraints sends it, and the server says why
    let err = client
        .send(UncheckedCancel {
            catalog: "Sandbox".into(),
            identifier: "not-an-invitation".into(),
            client_token: None,
        })
        .await
        .expect_err("bad identifier");
    match err.service_error() {
        Some(UncheckedCancelError::ValidationException(e)) => {
            assert_eq!(e.reason, ValidationExceptionReason::RequestValidationFailed);
            let details = e.error_details.as_deref().unwrap_or_default();
            match details {
                [ValidationError::FieldValidationError(field)] => {
                    assert_eq!(field.name, "Identifier");
                    assert_eq!(field.code, FieldValidationCode::InvalidStringFormat);
                }
                other => panic!("expected one field error, got {other:?}"),
            }
        }
        other => panic!("expected ValidationException, got {other:?}"),
    }
    assert_eq!(err.status(), Some(400));

    // the emulator checks with the client's own rules: a missing required member is named
    let err = client
        .send(CancelWithoutCatalog {
            identifier: "pacinv-0123456789abc".into(),
            client_token: None,
        })
        .await
        .expect_err("no catalog");
    match err.service_error() {
        Some(CancelWithoutCatalogError::ValidationException(e)) => {
            match e.error_details.as_deref().unwrap_or_default() {
                [ValidationError::FieldValidationError(field)] => {
                    assert_eq!(
                        (field.name.as_str(), &field.code),
                        ("Catalog", &FieldValidationCode::RequiredFieldMissing)
                    );
                }
                other => panic!("expected one field error, got {other:?}"),
            }
        }
        other => panic!("expected ValidationException, got {other:?}"),
    }
}

/// CancelConnectionInvitation declared without its required Catalog.
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    output = "awsop_partnercentral_account::CancelConnectionInvitationResponse",
    errors(awsop_partnercentral_account::ValidationException)
)]
#[derive(Debug, Clone, Default)]
struct CancelWithoutCatalog {
    identifier: String,
    #[aws(idempotency_token)]
    client_token: Option<String>,
}

#[tokio::test]
async fn every_modeled_error_of_cancel_is_its_typed_variant() {
    let (emulator, client) = setup().await;
    let client = Client::new(client.config().to_builder().max_attempts(1).build());
    emulator.inject([
        Fault::raw(403, r#"{"__type":"AccessDeniedException","Message":"no","Reason":"INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"}"#),
        Fault::raw(400, r#"{"__type":"com.amazonaws.partnercentral#ThrottlingException:http://x","Message":"slow","ServiceCode":"pc","QuotaCode":"L-1"}"#),
        Fault::error(500, "InternalServerException", "boom"),
        Fault::error(409, "ConflictException", "conflict"),
    ]);
    let id = "pacinv-0123456789abc";
    match client
        .send(cancel(id))
        .await
        .map_err(|e| e.into_service_error())
    {
        Err(Some(CancelConnectionInvitationError::AccessDeniedException(e))) => {
            assert_eq!(
                e.reason,
                AccessDeniedExceptionReason::IncompatibleBenefitAwsPartnerState
            );
            assert_eq!(e.message, "no");
        }
        other => panic!("expected AccessDeniedException, got {other:?}"),
    }
    match client
        .send(cancel(id))
        .await
        .map_err(|e| e.into_service_error())
    {
        Err(Some(CancelConnectionInvitationError::ThrottlingException(e))) => {
            assert_eq!(
                (e.service_code.as_deref(), e.quota_code.as_deref()),
                (Some("pc"), Some("L-1"))
            );
        }
        other => panic!("expected ThrottlingException, got {other:?}"),
    }
    match client
        .send(cancel(id))
        .await
        .map_err(|e| e.into_service_error())
    {
        Err(Some(CancelConnectionInvitationError::InternalServerException(e))) => {
            assert_eq!(e.message, "boom")
        }
        other => panic!("expected InternalServerException, got {other:?}"),
    }
    // a modeled error whose body lacks the required Reason still arrives typed (error correction)
    match client
        .send(cancel(id))
        .await
        .map_err(|e| e.into_service_error())
    {
        Err(Some(CancelConnectionInvitationError::ConflictException(e))) => {
            assert_eq!(e.reason.as_str(), "")
        }
        other => panic!("expected ConflictException, got {other:?}"),
    }
    assert_eq!(emulator.pending_faults(), 0);
}

#[tokio::test]
async fn an_unknown_error_type_keeps_its_code_message_and_request_id() {
    let (emulator, client) = setup().await;
    emulator.inject([Fault::error(400, "BrandNewException", "something new")
        .with_header("x-amzn-requestid", "req-42")]);
    let err = client
        .send(cancel("pacinv-0123456789abc"))
        .await
        .expect_err("the fault answers");
    assert_eq!(err.code(), Some("BrandNewException"));
    assert_eq!(err.message(), Some("something new"));
    match err.service_error() {
        Some(CancelConnectionInvitationError::Unhandled(u)) => {
            assert_eq!(u.code(), Some("BrandNewException"));
            assert_eq!(u.message(), Some("something new"));
            assert_eq!(u.status(), 400);
            assert!(u.request_id().is_some());
        }
        other => panic!("expected Unhandled, got {other:?}"),
    }
    // a code the operation does not list is Unhandled too, even when another operation lists it
    emulator.inject([Fault::error(409, "ConflictException", "not for get")]);
    let err = client
        .send(GetConnectionInvitation {
            catalog: "AWS".into(),
            identifier: "pacinv-0123456789abc".into(),
        })
        .await
        .expect_err("the fault answers");
    assert!(
        matches!(err.service_error(), Some(GetConnectionInvitationError::Unhandled(u)) if u.code() == Some("ConflictException"))
    );
}

#[tokio::test]
async fn the_token_is_autofilled_with_a_v4_uuid_and_an_explicit_one_is_sent_unchanged() {
    let (emulator, client) = setup().await;
    let created = client
        .send(create("partner-2"))
        .await
        .expect("create succeeds");
    let mut explicit = cancel(&created.id);
    explicit.client_token = Some("my-own-token_1".into());
    client.send(explicit).await.expect("cancel succeeds");

    let requests = emulator.requests();
    let tokens: Vec<String> = requests
        .iter()
        .map(|r| {
            r.json()["ClientToken"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert!(is_v4_uuid(&tokens[0]), "{}", tokens[0]);
    assert_eq!(tokens[1], "my-own-token_1");

    // the wire: POST /, awsJson 1.0 content type and target, the model's member names
    let cancel_request = &requests[1];
    assert_eq!(
        cancel_request.header("content-type"),
        Some("application/x-amz-json-1.0")
    );
    assert_eq!(
        cancel_request.target.as_deref(),
        Some("PartnerCentralAccount.CancelConnectionInvitation")
    );
    assert_eq!(
        String::from_utf8_lossy(&cancel_request.body),
        format!(
            r#"{{"Catalog":"Sandbox","Identifier":"{}","ClientToken":"my-own-token_1"}}"#,
            created.id
        )
    );
    assert!(cancel_request
        .header("authorization")
        .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256 Credential=AKIDAWSOPEMULATOR/")));
    // awsop and these tests share the workspace's version
    assert_eq!(
        cancel_request.header("user-agent"),
        Some(concat!("awsop/", env!("CARGO_PKG_VERSION")))
    );
}

#[tokio::test]
async fn retries_keep_the_token_and_invocation_id_and_are_signed_anew() {
    let (emulator, _) = setup().await;
    let sleep = RecordingSleep::default();
    let client = Client::new(emulator.client_config().sleep(sleep.clone()).build());
    emulator.inject([
        Fault::error(400, "ThrottlingException", "slow down"),
        Fault::drop_connection(),
    ]);
    let created = client
        .send(create("partner-3"))
        .await
        .expect("the third attempt succeeds");
    assert_eq!(created.status, InvitationStatus::Pending);

    let requests = emulator.requests();
    assert_eq!(requests.len(), 3, "two faults, then the real answer");
    let tokens: Vec<Option<String>> = requests
        .iter()
        .map(|r| r.json()["ClientToken"].as_str().map(str::to_owned))
        .collect();
    assert!(tokens[0].as_deref().is_some_and(is_v4_uuid));
    assert!(tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
    let invocation: Vec<Option<&str>> = requests
        .iter()
        .map(|r| r.header("amz-sdk-invocation-id"))
        .collect();
    assert!(invocation[0].is_some() && invocation.iter().all(|i| *i == invocation[0]));
    let attempts: Vec<Option<&str>> = requests
        .iter()
        .map(|r| r.header("amz-sdk-request"))
        .collect();
    assert_eq!(
        attempts,
        [
            Some("attempt=1; max=3"),
            Some("attempt=2; max=3"),
            Some("attempt=3; max=3")
        ]
    );

    let waits = sleep.waits();
    assert_eq!(waits.len(), 2);
    assert!(
        waits[0] <= Duration::from_secs(1) && waits[1] <= Duration::from_secs(2),
        "{waits:?}"
    );

    // the replayed token returns the first result, even from a fresh call
    let mut replay = create("partner-3");
    replay.client_token = tokens[0].clone();
    assert_eq!(
        client.send(replay).await.expect("replay succeeds").id,
        created.id
    );
}

#[tokio::test]
async fn a_non_retryable_error_is_tried_once_and_exhausted_retries_say_so() {
    let (emulator, client) = setup().await;
    emulator.inject([Fault::error(409, "ConflictException", "no")]);
    let err = client
        .send(cancel("pacinv-0123456789abc"))
        .await
        .expect_err("conflict");
    assert_eq!(err.attempts(), Some((1, 3)));
    assert_eq!(emulator.requests().len(), 1);

    emulator.inject((0..3).map(|_| Fault::raw(503, "")));
    let err = client
        .send(cancel("pacinv-0123456789abc"))
        .await
        .expect_err("always unavailable");
    assert_eq!(err.attempts(), Some((3, 3)));
    assert_eq!(err.status(), Some(503));
    assert_eq!(emulator.requests().len(), 4);
}

#[tokio::test]
async fn a_wrong_secret_or_unknown_key_is_rejected_by_the_server() {
    let (emulator, _) = setup().await;
    let wrong_secret = emulator
        .client_config()
        .credentials(Credentials::new(
            awsop_emulator::TEST_ACCESS_KEY_ID,
            "not-the-secret",
            None,
        ))
        .build();
    let err = Client::new(wrong_secret)
        .send(create("partner-4"))
        .await
        .expect_err("bad signature");
    assert_eq!(
        (err.status(), err.code()),
        (Some(403), Some("InvalidSignatureException"))
    );
    assert!(!err.to_string().contains("not-the-secret"));

    let unknown = emulator
        .client_config()
        .credentials(Credentials::new("AKIDUNKNOWN", "x", None))
        .build();
    let err = Client::new(unknown)
        .send(create("partner-4"))
        .await
        .expect_err("unknown key");
    assert_eq!(
        (err.status(), err.code()),
        (Some(403), Some("UnrecognizedClientException"))
    );
    assert_eq!(
        err.attempts(),
        Some((1, 3)),
        "access errors are not retried"
    );
}

#[tokio::test]
async fn the_user_chooses_the_accepted_keys_or_accepts_any() {
    // a key pair of the user's own, in place of the built-in ones: verified, its own account
    let emulator = Emulator::start_with(awsop_emulator::Options {
        credentials: vec![("AKIDMYSUITE".into(), "my-suite-secret".into())],
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    let as_key = |key: &str, secret: &str| {
        Client::new(
            emulator
                .client_config()
                .credentials(Credentials::new(key, secret, None))
                .build(),
        )
    };
    as_key("AKIDMYSUITE", "my-suite-secret")
        .send(create("partner-4"))
        .await
        .expect("the user's own pair is accepted");
    // the invitation was sent from that key's account
    let state = emulator.state().to_string();
    assert!(
        state.contains(&awsop_emulator::account_id("AKIDMYSUITE")),
        "{state}"
    );
    let err = as_key("AKIDMYSUITE", "another-secret")
        .send(create("partner-4"))
        .await
        .expect_err("its signature is verified");
    assert_eq!(err.code(), Some("InvalidSignatureException"));
    let err = as_key(
        awsop_emulator::TEST_ACCESS_KEY_ID,
        awsop_emulator::TEST_SECRET_ACCESS_KEY,
    )
    .send(create("partner-4"))
    .await
    .expect_err("only the given pairs are accepted");
    assert_eq!(err.code(), Some("UnrecognizedClientException"));

    // the opt-in mode: any key, any signature, each key its own account
    let any = Emulator::start_with(awsop_emulator::Options {
        accept_any_key: true,
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    for key in ["AKIDANYONE", "AKIDSOMEONEELSE"] {
        let client = Client::new(
            any.client_config()
                .credentials(Credentials::new(key, "whatever", None))
                .build(),
        );
        client
            .send(create("partner-4"))
            .await
            .expect("any key is accepted");
        let state = any.state().to_string();
        assert!(state.contains(&awsop_emulator::account_id(key)), "{state}");
    }
    // a request that is not signed at all is still refused
    let (status, body) = plain_http(any.addr(), "POST", "/", "").await;
    assert_eq!(status, 403, "{body}");
}

#[tokio::test]
async fn a_malformed_response_is_described_without_its_values() {
    let (emulator, client) = setup().await;
    // the service answers a timestamp with text (a type's own message would quote it) and a
    // list with a string
    let sentinel = "Jane SENSITIVE-SENTINEL jane@corp.example";
    emulator.inject([
        Fault::raw(
            200,
            serde_json::json!({"InviterName": "x", "CreatedAt": sentinel}).to_string(),
        ),
        Fault::raw(
            200,
            serde_json::json!({"PartnerSummaryList": sentinel}).to_string(),
        ),
    ]);
    let err = client
        .send(GetConnectionInvitation::on("pacinv-0123456789abc"))
        .await
        .expect_err("not a valid output");
    let err2 = client
        .send(awsop_partnercentral_account::ListPartners {
            catalog: "Sandbox".into(),
            next_token: None,
        })
        .await
        .expect_err("not a valid output");
    for err in [err.to_string(), err2.to_string()] {
        assert!(err.contains("is not a valid"), "{err}");
        assert!(!err.contains("SENTINEL"), "{err}");
    }
    assert!(
        err2.to_string()
            .contains("at `PartnerSummaryList`: invalid type, expected a sequence"),
        "{err2}"
    );
    // nor in the Debug form or anywhere down the source chain
    let mut texts = vec![format!("{err:?}"), format!("{err2:?}")];
    let mut source = std::error::Error::source(&err2);
    while let Some(inner) = source {
        texts.push(inner.to_string());
        source = inner.source();
    }
    for text in texts {
        assert!(!text.contains("SENTINEL"), "{text}");
    }
}

#[tokio::test]
async fn debug_of_credentials_client_and_errors_holds_no_secret() {
    let (emulator, _) = setup().await;
    let secret = "SECRET-sentinel-Zq9";
    let session = "SESSION-sentinel-Zq9";
    let config = emulator
        .client_config()
        .credentials(Credentials::new(
            "AKIDVISIBLE",
            secret,
            Some(session.into()),
        ))
        .build();
    let client = Client::new(config);
    let err = client
        .send(create("partner-5"))
        .await
        .expect_err("unknown key");
    let shown = format!(
        "{client:?} {client:#?} {:?} {err:?} {err}",
        client.config().credentials()
    );
    assert!(shown.contains("AKIDVISIBLE"), "{shown}");
    assert!(!shown.contains("sentinel"), "{shown}");
    let sensitive = format!("{:?}", create("partner-5"));
    assert!(!sensitive.contains("Dana Alvarez"), "{sensitive}");
}

#[tokio::test]
async fn responses_keep_unknown_enum_values_ignore_unknown_members_and_default_missing_required_ones(
) {
    let (emulator, client) = setup().await;
    emulator.inject([Fault::raw(
        200,
        r#"{"Id":"pacinv-0123456789abc","Status":"ARCHIVED","CreatedAt":"2025-04-04T12:00:00.250+02:00","SomethingNew":{"a":1}}"#,
    )]);
    let out = client
        .send(GetConnectionInvitation {
            catalog: "AWS".into(),
            identifier: "pacinv-0123456789abc".into(),
        })
        .await
        .expect("a lenient read");
    assert_eq!(out.status.as_str(), "ARCHIVED");
    assert!(matches!(out.status, InvitationStatus::Unknown(_)));
    assert_eq!(out.created_at.to_string(), "2025-04-04T10:00:00.25Z");
    // required members the response lacks get their defaults (Smithy's error correction)
    assert_eq!(out.catalog, "");
    assert_eq!(out.updated_at.unix_timestamp(), 0);
    assert_eq!(out.connection_id, None);

    emulator.inject([Fault::raw(200, "{not json")]);
    let err = client
        .send(GetConnectionInvitation {
            catalog: "AWS".into(),
            identifier: "pacinv-0123456789abc".into(),
        })
        .await
        .expect_err("garbage is an error, not a panic");
    assert_eq!(err.kind(), ErrorKind::Response);
    assert_eq!(err.status(), Some(200));
}

/// An operation declared in a user's crate, with an optional member and a renamed one.
#[aws_operation(
    service = "partnercentral-account",
    name = "GetConnectionInvitation",
    errors(awsop_partnercentral_account::ResourceNotFoundException)
)]
#[derive(Debug, Clone, Default)]
struct GetWithExtras {
    catalog: String,
    #[aws(rename = "Identifier")]
    invitation: String,
    unset_member: Option<String>,
    set_member: Option<u32>,
}

use awsop_partnercentral_account::GetConnectionInvitationResponse;

/// CancelConnectionInvitation declared without the model's constraints, so bad input reaches
/// the server.
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    output = "awsop_partnercentral_account::CancelConnectionInvitationResponse",
    errors(awsop_partnercentral_account::ValidationException)
)]
#[derive(Debug, Clone, Default)]
struct UncheckedCancel {
    catalog: String,
    identifier: String,
    #[aws(idempotency_token)]
    client_token: Option<String>,
}

#[tokio::test]
async fn unset_optional_members_are_omitted_and_tokens_are_injectable() {
    let (emulator, _) = setup().await;
    let client = Client::new(
        emulator
            .client_config()
            .idempotency_tokens(FixedToken("fixed-token".into()))
            .build(),
    );
    let created = client
        .send(create("partner-6"))
        .await
        .expect("create succeeds");
    let err = client
        .send(GetWithExtras {
            catalog: "Sandbox".into(),
            invitation: "pacinv-0000000000000".into(),
            unset_member: None,
            set_member: Some(7),
        })
        .await
        .expect_err("not found");
    assert!(matches!(
        err.service_error(),
        Some(GetWithExtrasError::ResourceNotFoundException(_))
    ));
    let requests = emulator.requests();
    assert_eq!(requests[0].json()["ClientToken"], "fixed-token");
    assert_eq!(
        String::from_utf8_lossy(&requests[1].body),
        r#"{"Catalog":"Sandbox","Identifier":"pacinv-0000000000000","SetMember":7}"#
    );
    assert_eq!(
        requests[1].target.as_deref(),
        Some("PartnerCentralAccount.GetConnectionInvitation")
    );
    assert!(created.id.starts_with("pacinv-"));
}

#[tokio::test]
async fn configuration_errors_send_nothing_and_name_the_fix() {
    let (emulator, _) = setup().await;
    let no_creds = awsop::Config::builder()
        .endpoint_url(emulator.endpoint_url())
        .region("us-east-1")
        .build();
    let err = Client::new(no_creds)
        .send(create("partner-7"))
        .await
        .expect_err("no credentials");
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("AWS_ACCESS_KEY_ID"), "{err}");
    let no_region = awsop::Config::builder()
        .credentials(Credentials::new("a", "b", None))
        .build();
    let err = Client::new(no_region)
        .send(create("partner-7"))
        .await
        .expect_err("no region");
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert_eq!(
        err.to_string(),
        "CreateConnectionInvitation: configuration error: Invalid Configuration: Missing Region"
    );
    assert!(emulator.requests().is_empty());
}

#[tokio::test]
async fn state_is_inspected_reset_and_seeded_over_http() {
    let (emulator, client) = setup().await;
    let created = client
        .send(create("partner-9"))
        .await
        .expect("create succeeds");
    let (status, body) = plain_http(emulator.addr(), "GET", "/__awsop/state", "").await;
    assert_eq!(status, 200);
    let state: serde_json::Value = serde_json::from_str(&body).expect("JSON state");
    assert_eq!(state["ConnectionInvitations"][0]["Id"], created.id.as_str());
    assert_eq!(state, emulator.state());

    // a new emulator seeded with that state serves the same invitation
    let seeded = Emulator::start_with(awsop_emulator::Options {
        seed: Some(state),
        ..Default::default()
    })
    .await
    .expect("a seeded emulator starts");
    let other = Client::new(seeded.client_config().build());
    let get = GetConnectionInvitation::on(&created.id);
    assert_eq!(
        other.send(get.clone()).await.expect("seeded").status,
        InvitationStatus::Pending
    );

    let (status, _) = plain_http(emulator.addr(), "POST", "/__awsop/reset", "").await;
    assert_eq!(status, 200);
    assert_eq!(
        emulator.state()["ConnectionInvitations"],
        serde_json::json!([])
    );
    let err = client
        .send(get.clone())
        .await
        .expect_err("gone after the reset");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));

    // faults scripted over HTTP, as a user of any SDK would
    let script =
        r#"[{"Status": 400, "ErrorType": "AccessDeniedException", "Message": "scripted"}]"#;
    let (status, body) = plain_http(emulator.addr(), "POST", "/__awsop/faults", script).await;
    assert_eq!((status, body.as_str()), (200, r#"{"Scripted":1}"#));
    let err = client
        .send(get)
        .await
        .expect_err("the scripted fault answers");
    assert_eq!(
        (err.code(), err.message()),
        (Some("AccessDeniedException"), Some("scripted"))
    );
    let (status, _) = plain_http(emulator.addr(), "POST", "/__awsop/faults", "not json").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_web_page_cannot_reach_the_control_plane() {
    let (emulator, client) = setup().await;
    client.send(create("partner-9")).await.expect("created");
    // what a cross-origin page may POST without asking: form data or plain text
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let (status, body) = plain_http_typed(
            emulator.addr(),
            "POST",
            "/__awsop/reset",
            "{}",
            content_type,
        )
        .await;
        assert_eq!(status, 415, "{content_type}: {body}");
        let (status, _) = plain_http_typed(
            emulator.addr(),
            "POST",
            "/__awsop/faults",
            r#"[{"Status": 500}]"#,
            content_type,
        )
        .await;
        assert_eq!(status, 415);
    }
    assert_eq!(emulator.pending_faults(), 0, "no fault was scripted");
    assert_eq!(
        emulator.state()["ConnectionInvitations"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "the state is intact"
    );
    let (status, _) = plain_http(emulator.addr(), "POST", "/__awsop/reset", "{}").await;
    assert_eq!(status, 200, "JSON is accepted");
}

#[tokio::test]
async fn the_record_of_requests_stays_bounded() {
    let emulator = Emulator::start_with(awsop_emulator::Options {
        recorded_requests: 3,
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    let big = "x".repeat(200 * 1024);
    for _ in 0..5 {
        let (status, _) = plain_http(emulator.addr(), "POST", "/", &big).await;
        assert_eq!(status, 403, "unsigned");
    }
    let recorded = emulator.requests();
    assert_eq!(recorded.len(), 3, "the newest three");
    assert!(recorded.iter().all(|r| r.body.len() == 64 * 1024));
    let none = Emulator::start_with(awsop_emulator::Options {
        recorded_requests: 0,
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    plain_http(none.addr(), "POST", "/", "{}").await;
    assert!(none.requests().is_empty());
}

#[tokio::test]
async fn a_signed_request_is_verified_as_it_was_sent_and_list_tokens_are_checked() {
    let (emulator, client) = setup().await;
    // a GET with a query, signed by aws-sigv4 itself: the signature holds, and the answer is
    // that awsJson takes POST, not that the signature is wrong
    let identity = aws_credential_types::Credentials::new(
        awsop_emulator::TEST_ACCESS_KEY_ID,
        awsop_emulator::TEST_SECRET_ACCESS_KEY,
        None,
        None,
        "test",
    )
    .into();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("partnercentral-account")
        .time(std::time::SystemTime::now())
        .settings(aws_sigv4::http_request::SigningSettings::default())
        .build()
        .expect("params")
        .into();
    let url = format!("{}/things?b=2&a=1", emulator.endpoint_url());
    let host = emulator.addr().to_string();
    let signable = aws_sigv4::http_request::SignableRequest::new(
        "GET",
        &url,
        [("host", host.as_str())].into_iter(),
        aws_sigv4::http_request::SignableBody::Bytes(b""),
    )
    .expect("signable");
    let (instructions, _) = aws_sigv4::http_request::sign(signable, &params)
        .expect("signed")
        .into_parts();
    let mut request = format!("GET /things?b=2&a=1 HTTP/1.1\r\nHost: {host}\r\n");
    for (name, value) in instructions.headers() {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("Connection: close\r\n\r\n");
    let (status, response) = awsop_tests::raw_http(emulator.addr(), &request).await;
    let body = response;
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("UnknownOperationException"), "{body}");

    let err = client
        .send(awsop_partnercentral_account::ListPartners {
            catalog: "Sandbox".into(),
            next_token: Some("bogus-token".into()),
        })
        .await
        .expect_err("a token the emulator did not issue");
    assert_eq!(err.code(), Some("ValidationException"), "{err}");
}
