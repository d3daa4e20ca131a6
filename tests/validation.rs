//! Client-side validation of the model's constraints, one test per kind, through the client
//! against the emulator: each call fails with the member path and the constraint, and nothing
//! reaches the server.

use awsop::{Client, ErrorKind, Sensitive};
use awsop_emulator::Emulator;
use awsop_partnercentral_account::{
    AllianceLeadContact, CancelConnectionInvitation, ConnectionType, CreateConnectionInvitation,
    ListConnectionInvitations, PutAllianceLeadContact, StartVerification, Tag, TagResource,
    VerificationDetails,
};

async fn rejected<O: awsop::Operation>(op: O) -> Vec<String> {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let client = Client::new(emulator.client_config().build());
    let err = client
        .send(op)
        .await
        .expect_err("the input breaks a constraint");
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    assert!(emulator.requests().is_empty(), "nothing was sent");
    err.violations().iter().map(ToString::to_string).collect()
}

fn create() -> CreateConnectionInvitation {
    CreateConnectionInvitation {
        catalog: "AWS".into(),
        ..awsop_tests::invitation("partner-1", ConnectionType::Subsidiary)
    }
}

#[tokio::test]
async fn length_and_pattern_of_a_string() {
    let violations = rejected(CancelConnectionInvitation {
        catalog: String::new(),
        identifier: "pacinv-0123456789abc".into(),
        client_token: None,
    })
    .await;
    assert_eq!(
        violations,
        [
            "Catalog: has 0 characters; the length must be between 1 and 64",
            "Catalog: must match the pattern `[a-zA-Z0-9-]+`",
        ]
    );
}

#[tokio::test]
async fn a_nested_member_is_named_by_its_path() {
    let violations = rejected(PutAllianceLeadContact {
        catalog: "AWS".into(),
        identifier: "partner-0123456789abc".into(),
        alliance_lead_contact: AllianceLeadContact {
            first_name: "Dana".into(),
            last_name: "Alvarez".into(),
            email: "not-an-email".into(),
            business_title: "Alliance lead".into(),
        },
        email_verification_code: None,
    })
    .await;
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert!(
        violations[0].starts_with("AllianceLeadContact.Email: must match the pattern `"),
        "{violations:?}"
    );
}

#[tokio::test]
async fn a_numeric_range() {
    let violations = rejected(ListConnectionInvitations {
        catalog: "AWS".into(),
        max_results: Some(0),
        ..Default::default()
    })
    .await;
    assert_eq!(
        violations,
        ["MaxResults: is 0; it must be between 1 and 100"]
    );
}

const TARGETS: awsop::Service = awsop::Service::rest_json_1("targets");

/// A floating-point member under the model's range (Lambda's `MetricTargetValue`, a double from
/// 0 to 100).
#[awsop::aws_operation(service = TARGETS, name = "SetTarget", http(method = "PUT", uri = "/target"))]
#[derive(Debug, Clone, Default)]
pub struct SetTarget {
    #[aws(range(min = 0, max = 100))]
    pub target_value: Option<f64>,
}

#[awsop::aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SetTargetResponse {}

#[tokio::test]
async fn a_floating_point_range() {
    let target = |value: f64| SetTarget {
        target_value: Some(value),
    };
    assert_eq!(
        rejected(target(100.5)).await,
        ["TargetValue: is 100.5; it must be between 0 and 100"]
    );
    assert_eq!(
        rejected(target(-0.25)).await,
        ["TargetValue: is -0.25; it must be between 0 and 100"]
    );
    assert_eq!(
        rejected(target(f64::NAN)).await,
        ["TargetValue: is NaN; it must be between 0 and 100"]
    );
    // the bounds themselves, and a value between them, pass
    for value in [0.0, 42.5, 100.0] {
        let mut validator = awsop::Validator::new();
        awsop::Validate::validate(&target(value), &mut validator);
        assert_eq!(validator.finish().map_err(|v| v.len()), Ok(()), "{value}");
    }
}

#[tokio::test]
async fn enum_membership_of_a_raw_string() {
    let violations = rejected(CreateConnectionInvitation {
        connection_type: "RESELLER".into(),
        ..create()
    })
    .await;
    assert_eq!(
        violations,
        ["ConnectionType: `RESELLER` is not one of OPPORTUNITY_COLLABORATION, SUBSIDIARY"]
    );
}

#[tokio::test]
async fn a_union_needs_one_known_member() {
    let violations = rejected(StartVerification {
        client_token: None,
        verification_details: Some(VerificationDetails::Unknown(
            "PassportVerificationDetails".into(),
        )),
    })
    .await;
    assert_eq!(
        violations,
        ["VerificationDetails: the union member `PassportVerificationDetails` is not one of BusinessVerificationDetails, RegistrantVerificationDetails; set exactly one of them"]
    );
}

#[tokio::test]
async fn list_length_and_its_entries() {
    let tag = |key: &str| Tag {
        key: key.into(),
        value: "v".into(),
    };
    let mut tags: Vec<Tag> = (0..201).map(|i| tag(&format!("k{i}"))).collect();
    tags[3] = tag("");
    let violations = rejected(TagResource {
        resource_arn:
            "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/connection/pac-0123456789abc"
                .into(),
        tags,
    })
    .await;
    assert_eq!(
        violations,
        [
            "Tags: has 201 entries; the length must be between 0 and 200",
            "Tags[3].Key: has 0 characters; the length must be between 1 and 128",
        ]
    );
}

#[tokio::test]
async fn a_sensitive_value_is_never_quoted() {
    let secret = "SECRET".repeat(20);
    let violations = rejected(CreateConnectionInvitation {
        name: Sensitive(secret.clone()),
        ..create()
    })
    .await;
    assert_eq!(
        violations,
        ["Name: has 120 characters; the length must be between 1 and 80"]
    );
    assert!(violations.iter().all(|v| !v.contains("SECRET")));
}
