//! Generated code is warning-free and hygienic: an operation declared under the strictest
//! lints, beside a user's own `core`, `std`-looking names and `Result` alias.
#![deny(warnings, unused_qualifications, missing_docs, clippy::pedantic)]

use awsop::aws_operation;
use awsop_partnercentral_account::{ConflictException, ConnectionInvitation};

/// A user's module named like the standard library's: generated paths must not resolve to it.
pub mod core {}
/// A user's `Result` alias in scope.
pub type Result<T> = std::result::Result<T, ()>;
/// A user's `Option`-shaped type in scope.
#[derive(Debug)]
pub struct Some;

/// The output type under the default name.
pub type CancelConnectionInvitationResponse = ConnectionInvitation;

/// Cancels an invitation.
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    errors(ConflictException)
)]
#[derive(Debug, Clone)]
pub struct CancelConnectionInvitation {
    /// The catalog.
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
