// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API: the connection operations (AcceptConnectionInvitation, CancelConnection, CancelConnectionInvitation, CreateConnectionInvitation and 7 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, DateTime, Sensitive};

use awsop_partnercentral_account_shapes::*;

/// Accepts a connection invitation from another partner, establishing a formal partnership connection between the two parties.
///
/// Errors: [`AcceptConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "AcceptConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AcceptConnectionInvitation {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation to accept.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub identifier: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`AcceptConnectionInvitation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AcceptConnectionInvitationResponse {
    /// The details of the accepted connection between the two partners.
    pub connection: Connection,
}

/// Cancels an existing connection between partners, terminating the partnership relationship.
///
/// Errors: [`CancelConnectionError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnection",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelConnection {
    /// The catalog identifier where the connection exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection to cancel.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub identifier: String,
    /// The type of connection to cancel (e.g., reseller, distributor, technology partner).
    pub connection_type: ConnectionType,
    /// The reason for canceling the connection, providing context for the termination.
    #[aws(length(min = 0, max = 256))]
    pub reason: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`CancelConnection`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelConnectionResponse {
    /// The catalog identifier where the connection was canceled.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the canceled connection.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the canceled connection.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The AWS account ID of the other participant in the canceled connection.
    #[aws(pattern = "[0-9]{12}")]
    pub other_participant_account_id: String,
    /// The timestamp when the connection was last updated (canceled).
    pub updated_at: DateTime,
    /// The list of connection types that were active before cancellation.
    pub connection_types: BTreeMap<ConnectionType, ConnectionTypeDetail>,
}

/// Cancels a pending connection invitation before it has been accepted or rejected.
///
/// Errors: [`CancelConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelConnectionInvitation {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation to cancel.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub identifier: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`CancelConnectionInvitation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelConnectionInvitationResponse {
    /// The catalog identifier where the connection invitation was canceled.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the canceled connection invitation.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the canceled connection invitation.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The identifier of the connection associated with the canceled invitation.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub connection_id: Option<String>,
    /// The type of connection that was being invited for.
    pub connection_type: ConnectionType,
    /// The timestamp when the connection invitation was originally created.
    pub created_at: DateTime,
    /// The timestamp when the connection invitation was last updated (canceled).
    pub updated_at: DateTime,
    /// The timestamp when the connection invitation would have expired if not canceled.
    pub expires_at: Option<DateTime>,
    /// The identifier of the other participant who was invited to connect.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub other_participant_identifier: String,
    /// The type of participant (inviter or invitee) in the connection invitation.
    pub participant_type: ParticipantType,
    /// The current status of the connection invitation (canceled).
    pub status: InvitationStatus,
    /// The message that was included with the original connection invitation.
    #[aws(
        length(min = 1, max = 256),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"
    )]
    pub invitation_message: String,
    /// The email address of the person who sent the connection invitation.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub inviter_email: String,
    /// The name of the person who sent the connection invitation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub inviter_name: Sensitive<String>,
}

/// Creates a new connection invitation to establish a partnership with another organization.
///
/// Errors: [`CreateConnectionInvitationError`].
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
        ServiceQuotaExceededException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionInvitation {
    /// The catalog identifier where the connection invitation will be created.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The type of connection being requested (e.g., reseller, distributor, technology partner).
    pub connection_type: ConnectionType,
    /// The email address of the person to send the connection invitation to.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub email: String,
    /// A custom message to include with the connection invitation.
    #[aws(
        length(min = 1, max = 256),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"
    )]
    pub message: String,
    /// The name of the person sending the connection invitation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub name: Sensitive<String>,
    /// The identifier of the organization or partner to invite for connection.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub receiver_identifier: String,
}

/// The output of [`CreateConnectionInvitation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionInvitationResponse {
    /// The catalog identifier where the connection invitation was created.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the created connection invitation.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the created connection invitation.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The identifier of the connection associated with this invitation.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub connection_id: Option<String>,
    /// The type of connection being requested in the invitation.
    pub connection_type: ConnectionType,
    /// The timestamp when the connection invitation was created.
    pub created_at: DateTime,
    /// The timestamp when the connection invitation was last updated.
    pub updated_at: DateTime,
    /// The timestamp when the connection invitation will expire if not responded to.
    pub expires_at: Option<DateTime>,
    /// The identifier of the organization or partner being invited.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub other_participant_identifier: String,
    /// The type of participant (inviter or invitee) in the connection invitation.
    pub participant_type: ParticipantType,
    /// The current status of the connection invitation (pending, accepted, rejected, etc.).
    pub status: InvitationStatus,
    /// The custom message included with the connection invitation.
    #[aws(
        length(min = 1, max = 256),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"
    )]
    pub invitation_message: String,
    /// The email address of the person who sent the connection invitation.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub inviter_email: String,
    /// The name of the person who sent the connection invitation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub inviter_name: Sensitive<String>,
}

/// Retrieves detailed information about a specific connection between partners.
///
/// Errors: [`GetConnectionError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetConnection",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnection {
    /// The catalog identifier where the connection exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection to retrieve.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub identifier: String,
}

/// The output of [`GetConnection`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnectionResponse {
    /// The catalog identifier where the connection exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the connection.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The AWS account ID of the other participant in the connection.
    #[aws(pattern = "[0-9]{12}")]
    pub other_participant_account_id: String,
    /// The timestamp when the connection was last updated.
    pub updated_at: DateTime,
    /// The list of connection types active between the partners.
    pub connection_types: BTreeMap<ConnectionType, ConnectionTypeDetail>,
}

/// Retrieves detailed information about a specific connection invitation.
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
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnectionInvitation {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation to retrieve.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub identifier: String,
}

/// The output of [`GetConnectionInvitation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnectionInvitationResponse {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the connection invitation.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The identifier of the connection associated with this invitation.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub connection_id: Option<String>,
    /// The type of connection being requested in the invitation.
    pub connection_type: ConnectionType,
    /// The timestamp when the connection invitation was created.
    pub created_at: DateTime,
    /// The timestamp when the connection invitation was last updated.
    pub updated_at: DateTime,
    /// The timestamp when the connection invitation will expire.
    pub expires_at: Option<DateTime>,
    /// The identifier of the other participant in the connection invitation.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub other_participant_identifier: String,
    /// The type of participant (inviter or invitee) in the connection invitation.
    pub participant_type: ParticipantType,
    /// The current status of the connection invitation.
    pub status: InvitationStatus,
    /// The custom message included with the connection invitation.
    #[aws(
        length(min = 1, max = 256),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"
    )]
    pub invitation_message: String,
    /// The email address of the person who sent the connection invitation.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub inviter_email: String,
    /// The name of the person who sent the connection invitation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub inviter_name: Sensitive<String>,
}

/// Retrieves the connection preferences for a partner account, including access settings and exclusions.
///
/// Errors: [`GetConnectionPreferencesError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetConnectionPreferences",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnectionPreferences {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
}

/// The output of [`GetConnectionPreferences`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetConnectionPreferencesResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the connection preferences.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*:[0-9]{12}:catalog/[a-zA-Z]+/connection-preferences"
    )]
    pub arn: String,
    /// The access type setting for connections (e.g., open, restricted, invitation-only).
    pub access_type: AccessType,
    /// A list of participant IDs that are excluded from connection requests or interactions.
    pub excluded_participant_ids: Option<Vec<String>>,
    /// The timestamp when the connection preferences were last updated.
    pub updated_at: DateTime,
    /// The revision number of the connection preferences for optimistic locking.
    pub revision: i64,
}

/// Lists connection invitations for the partner account, with optional filtering by status, type, and other criteria.
///
/// Errors: [`ListConnectionInvitationsError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "ListConnectionInvitations",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListConnectionInvitations {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The token for retrieving the next page of results in paginated responses.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
    /// Filter results by connection type (e.g., reseller, distributor, technology partner).
    pub connection_type: Option<ConnectionType>,
    /// The maximum number of connection invitations to return in a single response.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Filter results by specific participant identifiers.
    #[aws(length(min = 0, max = 100))]
    pub other_participant_identifiers: Option<Vec<String>>,
    /// Filter results by participant type (inviter or invitee).
    pub participant_type: Option<ParticipantType>,
    /// Filter results by invitation status (pending, accepted, rejected, canceled, expired).
    pub status: Option<InvitationStatus>,
}

/// The output of [`ListConnectionInvitations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListConnectionInvitationsResponse {
    /// A list of connection invitation summaries matching the specified criteria.
    pub connection_invitation_summaries: Vec<ConnectionInvitationSummary>,
    /// The token for retrieving the next page of results if more results are available.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
}

/// Lists active connections for the partner account, with optional filtering by connection type and participant.
///
/// Errors: [`ListConnectionsError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "ListConnections",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListConnections {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The token for retrieving the next page of results in paginated responses.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
    /// Filter results by connection type (e.g., reseller, distributor, technology partner).
    #[aws(length(min = 1, max = 200), pattern = "[a-zA-Z_-]+(:[a-zA-Z]+)?")]
    pub connection_type: Option<String>,
    /// The maximum number of connections to return in a single response.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Filter results by specific participant identifiers.
    #[aws(length(min = 0, max = 100))]
    pub other_participant_identifiers: Option<Vec<String>>,
}

/// The output of [`ListConnections`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListConnectionsResponse {
    /// A list of connection summaries matching the specified criteria.
    pub connection_summaries: Vec<ConnectionSummary>,
    /// The token for retrieving the next page of results if more results are available.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
}

/// Rejects a connection invitation from another partner, declining the partnership request.
///
/// Errors: [`RejectConnectionInvitationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "RejectConnectionInvitation",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RejectConnectionInvitation {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation to reject.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub identifier: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The reason for rejecting the connection invitation.
    #[aws(length(min = 0, max = 256))]
    pub reason: Option<String>,
}

/// The output of [`RejectConnectionInvitation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RejectConnectionInvitationResponse {
    /// The catalog identifier where the connection invitation was rejected.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the rejected connection invitation.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the rejected connection invitation.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The identifier of the connection associated with the rejected invitation.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub connection_id: Option<String>,
    /// The type of connection that was being invited for.
    pub connection_type: ConnectionType,
    /// The timestamp when the connection invitation was originally created.
    pub created_at: DateTime,
    /// The timestamp when the connection invitation was last updated (rejected).
    pub updated_at: DateTime,
    /// The timestamp when the connection invitation would have expired.
    pub expires_at: Option<DateTime>,
    /// The identifier of the other participant who sent the invitation.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub other_participant_identifier: String,
    /// The type of participant (inviter or invitee) in the connection invitation.
    pub participant_type: ParticipantType,
    /// The current status of the connection invitation (rejected).
    pub status: InvitationStatus,
    /// The message that was included with the original connection invitation.
    #[aws(
        length(min = 1, max = 256),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"
    )]
    pub invitation_message: String,
    /// The email address of the person who sent the connection invitation.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub inviter_email: String,
    /// The name of the person who sent the connection invitation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub inviter_name: Sensitive<String>,
}

/// Updates the connection preferences for a partner account, modifying access settings and exclusions.
///
/// Errors: [`UpdateConnectionPreferencesError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "UpdateConnectionPreferences",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionPreferences {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The revision number of the connection preferences for optimistic locking.
    pub revision: i64,
    /// The access type setting for connections (e.g., open, restricted, invitation-only).
    pub access_type: AccessType,
    /// The updated list of participant identifiers to exclude from connections.
    #[aws(length(min = 0, max = 100))]
    pub excluded_participant_identifiers: Option<Vec<String>>,
}

/// The output of [`UpdateConnectionPreferences`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionPreferencesResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the updated connection preferences.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*:[0-9]{12}:catalog/[a-zA-Z]+/connection-preferences"
    )]
    pub arn: String,
    /// The updated access type setting for connections.
    pub access_type: AccessType,
    /// A list of participant IDs that are excluded from connection requests or interactions.
    pub excluded_participant_ids: Option<Vec<String>>,
    /// The timestamp when the connection preferences were last updated.
    pub updated_at: DateTime,
    /// The updated revision number of the connection preferences.
    pub revision: i64,
}
