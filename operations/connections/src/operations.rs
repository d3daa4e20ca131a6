// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Connections and connection preferences.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, DateTime};

use awsop_partnercentral_account_shapes::*;

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
        InternalServerException,
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
        InternalServerException,
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
        InternalServerException,
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
        InternalServerException,
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
        InternalServerException,
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
