//! Connections between two accounts, made by accepting an invitation; one connection type
//! after another can be active or canceled.

use awsop_partnercentral_account::{
    AccountSummary, CancelConnection, CancelConnectionResponse, Connection, ConnectionSummary,
    ConnectionTypeDetail, ConnectionTypeStatus, ConnectionTypeSummary, GetConnection,
    GetConnectionResponse, ListConnections, ListConnectionsResponse, Participant,
};

use crate::state::{Call, ConnectionRecord, State};
use crate::wire::ApiError;

/// A connection as `GetConnection` and `CancelConnection` answer it, from its view.
macro_rules! connection_as {
    ($connection:expr => $to:ident) => {
        same_members!($connection => $to {
            catalog, id, arn, other_participant_account_id, updated_at, connection_types,
        })
    };
}

impl ConnectionRecord {
    pub(crate) fn other(&self, account: &str) -> Option<&str> {
        match &self.accounts {
            [a, b] if a == account => Some(b),
            [a, b] if b == account => Some(a),
            _ => None,
        }
    }

    fn participant(other: &str) -> Participant {
        Participant::Account(AccountSummary {
            name: format!("Account {other}"),
        })
    }

    /// The connection as `account` sees it.
    pub(crate) fn view(&self, account: &str) -> Connection {
        let other = self.other(account).unwrap_or_default();
        let connection_types = self
            .types
            .iter()
            .map(|(kind, t)| {
                let detail = ConnectionTypeDetail {
                    created_at: t.created_at,
                    inviter_email: t.inviter_email.clone(),
                    inviter_name: t.inviter_name.clone(),
                    status: t.status.clone(),
                    canceled_at: t.canceled_at,
                    canceled_by: t.canceled_by.clone(),
                    other_participant: Self::participant(other),
                };
                (kind.clone(), detail)
            })
            .collect();
        Connection {
            catalog: self.catalog.clone(),
            id: self.id.clone(),
            arn: self.arn.clone(),
            other_participant_account_id: other.to_owned(),
            updated_at: self.updated_at,
            connection_types,
        }
    }

    /// The connection as `account` sees it in a list: its view, each type's status and other
    /// participant only.
    fn summary(&self, account: &str) -> ConnectionSummary {
        let view = self.view(account);
        let connection_types = view
            .connection_types
            .into_iter()
            .map(|(kind, detail)| {
                let summary = ConnectionTypeSummary {
                    status: detail.status,
                    other_participant: detail.other_participant,
                };
                (kind, summary)
            })
            .collect();
        ConnectionSummary {
            catalog: view.catalog,
            id: view.id,
            arn: view.arn,
            other_participant_account_id: view.other_participant_account_id,
            updated_at: view.updated_at,
            connection_types,
        }
    }
}

fn find<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
    id: &str,
) -> Result<&'a mut ConnectionRecord, ApiError> {
    state
        .connections
        .get_mut(id)
        .filter(|c| c.catalog == catalog && c.other(&call.account).is_some())
        .ok_or_else(|| {
            ApiError::not_found(
                "CONNECTION_NOT_FOUND",
                format!("Connection {id} was not found in catalog {catalog}"),
            )
        })
}

pub(crate) fn get(
    state: &mut State,
    call: &Call,
    input: GetConnection,
) -> Result<GetConnectionResponse, ApiError> {
    let connection = find(state, call, &input.catalog, &input.identifier)?;
    Ok(connection_as!(connection.view(&call.account) => GetConnectionResponse))
}

pub(crate) fn cancel(
    state: &mut State,
    call: &Call,
    input: CancelConnection,
) -> Result<CancelConnectionResponse, ApiError> {
    let connection = find(state, call, &input.catalog, &input.identifier)?;
    let kind = connection
        .types
        .get_mut(&input.connection_type)
        .filter(|t| t.status == ConnectionTypeStatus::Active)
        .ok_or_else(|| {
            ApiError::conflict(
                "INCOMPATIBLE_CONNECTION_STATE",
                format!(
                    "Connection {} has no active {} connection type to cancel",
                    input.identifier, input.connection_type
                ),
            )
        })?;
    kind.status = ConnectionTypeStatus::Canceled;
    kind.canceled_at = Some(call.now);
    kind.canceled_by = Some(call.account.clone());
    connection.updated_at = call.now;
    Ok(connection_as!(connection.view(&call.account) => CancelConnectionResponse))
}

pub(crate) fn list(
    state: &mut State,
    call: &Call,
    input: ListConnections,
) -> Result<ListConnectionsResponse, ApiError> {
    let after = crate::wire::page_after(input.next_token.as_deref(), |id| {
        state.connections.contains_key(id)
    })?;
    let matching = state
        .connections
        .values()
        .filter(|c| c.catalog == input.catalog && c.other(&call.account).is_some())
        .filter(|c| {
            input
                .connection_type
                .as_deref()
                .is_none_or(|t| c.types.keys().any(|k| k.as_str() == t))
        })
        .filter(|c| {
            input
                .other_participant_identifiers
                .as_ref()
                .is_none_or(|ids| {
                    ids.iter()
                        .any(|id| Some(id.as_str()) == c.other(&call.account))
                })
        });
    let (page, token) = crate::wire::page(
        matching,
        after.as_deref(),
        input.max_results,
        |c: &&ConnectionRecord| c.id.as_str(),
    );
    Ok(ListConnectionsResponse {
        connection_summaries: page.iter().map(|c| c.summary(&call.account)).collect(),
        next_token: token,
    })
}
