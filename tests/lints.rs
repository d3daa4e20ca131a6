//! Generated code is warning-free and hygienic: an operation declared under the strictest
//! lints, beside a user's own `core`, `std`-looking names and `Result` alias.
#![deny(warnings, unused_qualifications, missing_docs, clippy::pedantic)]

use awsop::{aws_operation, aws_shape, Sensitive};
use awsop_partnercentral_account::{ConflictException, InvitationStatus};

/// A user's module named like the standard library's: generated paths must not resolve to it.
pub mod core {}
/// A user's `Result` alias in scope.
pub type Result<T> = std::result::Result<T, ()>;
/// A user's `Option`-shaped type in scope.
#[derive(Debug)]
pub struct Some;

/// The output type under the default name.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct CancelConnectionInvitationResponse {
    /// The invitation.
    pub id: String,
    /// Its status.
    pub status: InvitationStatus,
    /// A nested shape.
    pub inviter: Option<Inviter>,
}

/// A nested shape with constraints.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Inviter {
    /// The name.
    #[aws(length(min = 1, max = 80), pattern = "[a-z]+")]
    pub name: Sensitive<String>,
    /// A number in a range.
    #[aws(range(min = 1, max = 100))]
    pub rank: Option<i32>,
    /// A list with a length.
    #[aws(length(max = 3))]
    pub tags: Vec<String>,
}

/// Cancels an invitation.
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    errors(ConflictException)
)]
#[derive(Debug, Clone, Default)]
pub struct CancelConnectionInvitation {
    /// The catalog.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The invitation.
    pub identifier: String,
    /// Autofilled.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

#[test]
fn generated_code_states_the_operation() {
    use awsop::Operation as _;
    assert_eq!(
        CancelConnectionInvitation::NAME,
        "CancelConnectionInvitation"
    );
    assert_eq!(
        CancelConnectionInvitation::SERVICE.target_prefix,
        "PartnerCentralAccount"
    );
    let mut op = CancelConnectionInvitation {
        catalog: "AWS".into(),
        identifier: "pacinv-0123456789abc".into(),
        client_token: None,
    };
    op.fill_idempotency_token(&awsop::FixedToken("t".into()));
    assert_eq!(op.client_token.as_deref(), Option::Some("t"));
    let error = CancelConnectionInvitationError::ConflictException(ConflictException::default());
    assert_eq!(
        awsop::OperationError::code(&error),
        Option::Some("ConflictException")
    );
    let _: Result<()> = Ok(());
    let _ = Some;
}

/// A secret under a name of the user's.
pub type Secret = Sensitive<String>;
/// A list of them, under another.
pub type Secrets = Vec<Secret>;

/// Members whose facts come from their types, whatever they are called.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct KeyPair {
    /// Redacted and held to its length, though not spelled `Sensitive<String>`.
    #[aws(length(min = 1))]
    pub key: Secret,
    /// Redacted through a list.
    pub history: Option<Secrets>,
    /// A model default, which serde reads through a trait, not a method on `KeyPair`.
    #[aws(default = 7)]
    pub days: i32,
}

#[test]
fn member_facts_come_from_the_types() {
    use awsop::{Shape as _, Validate as _};
    let [key, history, days] = KeyPair::MEMBERS else {
        panic!("three members: {:?}", KeyPair::MEMBERS);
    };
    assert!(key.sensitive && key.required, "{key:?}");
    assert!(history.sensitive && !history.required, "{history:?}");
    assert!(!days.sensitive && days.required, "{days:?}");
    let pair: KeyPair = awsop::from_json_slice(br#"{"Key":"hunter2"}"#)
        .map_err(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(pair.days, 7);
    assert_eq!(pair.key.0, "hunter2");
    assert!(!format!("{pair:?}").contains("hunter2"));
    let mut validator = awsop::Validator::new();
    KeyPair::default().validate(&mut validator);
    let shown: Vec<String> = validator
        .finish()
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown,
        ["Key: has 0 characters; the length must be at least 1"]
    );
}
