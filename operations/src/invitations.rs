//! Connection invitations: create, get, cancel.

use awsop::{aws_operation, DateTime, Sensitive};
use serde::{Deserialize, Serialize};

use crate::enums::{ConnectionType, InvitationStatus, ParticipantType};
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};

/// Creates a new connection invitation to establish a partnership with another organization.
///
/// `client_token` is autofilled with a UUID when `None`. Errors: [`CreateConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CreateConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException,
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConnectionInvitation {
    /// The catalog in which to create the invitation (`AWS` or `Sandbox`). Required.
    pub catalog: String,
    /// A unique, case-sensitive identifier that makes the request idempotent. Autofilled.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
    /// The type of connection being requested. Required.
    pub connection_type: ConnectionType,
    /// The email address of the person to receive the invitation. Required.
    pub email: String,
    /// A message to include with the invitation. Required.
    pub message: String,
    /// The name of the person sending the invitation. Required; sensitive.
    pub name: Sensitive<String>,
    /// The identifier of the organization or partner to invite. Required.
    pub receiver_identifier: String,
}

/// Retrieves the details of a specific connection invitation.
///
/// Errors: [`GetConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectionInvitation {
    /// The catalog in which the invitation exists. Required.
    pub catalog: String,
    /// The invitation's identifier (`pacinv-` and 13 characters). Required.
    pub identifier: String,
}

/// Cancels a pending connection invitation before it has been accepted or rejected.
///
/// `client_token` is autofilled with a UUID when `None`. Errors: [`CancelConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CancelConnectionInvitation {
    /// The catalog in which the invitation exists. Required.
    pub catalog: String,
    /// The identifier of the invitation to cancel. Required.
    pub identifier: String,
    /// A unique, case-sensitive identifier that makes the request idempotent. Autofilled.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

/// A connection invitation, as every invitation operation returns it. A response lacking a
/// member the model requires gets the member's default (see the README's "Responses").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ConnectionInvitation {
    /// The catalog of the invitation.
    pub catalog: String,
    /// The invitation's identifier (`pacinv-...`).
    pub id: String,
    /// The invitation's ARN.
    pub arn: String,
    /// The connection the invitation created or belongs to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The type of connection invited to.
    pub connection_type: ConnectionType,
    /// When the invitation was created.
    pub created_at: DateTime,
    /// When the invitation last changed.
    pub updated_at: DateTime,
    /// When the invitation expires (or would have).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime>,
    /// The other side of the invitation.
    pub other_participant_identifier: String,
    /// Whether the caller sent or received the invitation.
    pub participant_type: ParticipantType,
    /// The invitation's status.
    pub status: InvitationStatus,
    /// The invitation's message.
    pub invitation_message: String,
    /// The sender's email address.
    pub inviter_email: String,
    /// The sender's name (sensitive).
    pub inviter_name: Sensitive<String>,
}

/// The output of [`CreateConnectionInvitation`].
pub type CreateConnectionInvitationResponse = ConnectionInvitation;
/// The output of [`GetConnectionInvitation`].
pub type GetConnectionInvitationResponse = ConnectionInvitation;
/// The output of [`CancelConnectionInvitation`].
pub type CancelConnectionInvitationResponse = ConnectionInvitation;
