//! Connections between two accounts, made by accepting an invitation; one connection type
//! after another can be active or canceled.

use awsop_partnercentral_account::{
    CancelConnection, ConnectionTypeStatus, GetConnection, ListConnections,
};
use serde_json::{json, Value};

use crate::state::{Call, ConnectionRecord, State};
use crate::wire::ApiError;

impl ConnectionRecord {
    pub(crate) fn other(&self, account: &str) -> Option<&str> {
        match &self.accounts {
            [a, b] if a == account => Some(b),
            [a, b] if b == account => Some(a),
            _ => None,
        }
    }

    /// The connection as `account` sees it (`Connection`, `GetConnectionResponse`, ...).
    pub(crate) fn view(&self, account: &str, summary: bool) -> Value {
        let other = self.other(account).unwrap_or_default();
        let participant = json!({ "Account": { "Name": format!("Account {other}") } });
        let types: serde_json::Map<String, Value> = self
            .types
            .iter()
            .map(|(kind, t)| {
                let value = if summary {
                    json!({ "Status": t.status.as_str(), "OtherParticipant": participant })
                } else {
                    let mut detail = json!({
                        "CreatedAt": t.created_at, "InviterEmail": t.inviter_email, "InviterName": t.inviter_name,
                        "Status": t.status.as_str(), "OtherParticipant": participant,
                    });
                    if let Some(at) = t.canceled_at {
                        detail["CanceledAt"] = json!(at);
                    }
                    if let Some(by) = &t.canceled_by {
                        detail["CanceledBy"] = json!(by);
                    }
                    detail
                };
                (kind.as_str().to_owned(), value)
            })
            .collect();
        json!({
            "Catalog": self.catalog, "Id": self.id, "Arn": self.arn,
            "OtherParticipantAccountId": other, "UpdatedAt": self.updated_at, "ConnectionTypes": types,
        })
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

pub(crate) fn get(state: &mut State, call: &Call, input: GetConnection) -> Result<Value, ApiError> {
    find(state, call, &input.catalog, &input.identifier).map(|c| c.view(&call.account, false))
}

pub(crate) fn cancel(
    state: &mut State,
    call: &Call,
    input: CancelConnection,
) -> Result<Value, ApiError> {
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
    Ok(connection.view(&call.account, false))
}

pub(crate) fn list(
    state: &mut State,
    call: &Call,
    input: ListConnections,
) -> Result<Value, ApiError> {
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
    let mut out = json!({ "ConnectionSummaries": page.iter().map(|c| c.view(&call.account, true)).collect::<Vec<_>>() });
    if let Some(token) = token {
        out["NextToken"] = json!(token);
    }
    Ok(out)
}
