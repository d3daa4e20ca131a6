//! Connection invitations: PENDING → ACCEPTED | REJECTED | CANCELED | EXPIRED.

use awsop::{DateTime, Sensitive};
use awsop_partnercentral_account::{
    CancelConnectionInvitation, CreateConnectionInvitation, GetConnectionInvitation,
    GetConnectionInvitationResponse as ConnectionInvitation, InvitationStatus,
    ListConnectionInvitations, ParticipantType,
};
use serde_json::Value;

use crate::state::{Call, State};
use crate::wire::{validation_error, ApiError, FieldProblem};

fn render(invitation: &ConnectionInvitation) -> Value {
    serde_json::to_value(invitation).unwrap_or_default()
}

fn email_of(access_key_id: &str) -> String {
    format!("{}@partner.example.com", access_key_id.to_ascii_lowercase())
}

pub(crate) fn create(
    state: &mut State,
    call: &Call,
    input: CreateConnectionInvitation,
) -> Result<Value, ApiError> {
    let id = state.new_id("pacinv-");
    let now = call.now;
    let invitation = ConnectionInvitation {
        arn: format!(
            "arn:aws:partnercentral:{}::catalog/{}/connection-invitation/{id}",
            call.region, input.catalog
        ),
        catalog: input.catalog,
        id: id.clone(),
        connection_id: None,
        connection_type: input.connection_type,
        created_at: now,
        updated_at: now,
        expires_at: DateTime::from_unix_timestamp(now.unix_timestamp() + 15 * 24 * 3600).ok(),
        other_participant_identifier: input.receiver_identifier,
        participant_type: ParticipantType::Sender,
        status: InvitationStatus::Pending,
        invitation_message: input.message,
        inviter_email: email_of(&call.access_key_id),
        inviter_name: Sensitive(input.name.0),
    };
    let rendered = render(&invitation);
    state.invitations.insert(id, invitation);
    Ok(rendered)
}

fn find<'a>(
    state: &'a mut State,
    catalog: &str,
    id: &str,
) -> Result<&'a mut ConnectionInvitation, ApiError> {
    state
        .invitations
        .get_mut(id)
        .filter(|inv| inv.catalog == catalog)
        .ok_or_else(|| {
            ApiError::not_found(
                "CONNECTION_INVITATION_NOT_FOUND",
                format!("Connection invitation {id} was not found in catalog {catalog}"),
            )
        })
}

pub(crate) fn get(
    state: &mut State,
    _call: &Call,
    input: GetConnectionInvitation,
) -> Result<Value, ApiError> {
    find(state, &input.catalog, &input.identifier).map(|inv| render(inv))
}

pub(crate) fn cancel(
    state: &mut State,
    call: &Call,
    input: CancelConnectionInvitation,
) -> Result<Value, ApiError> {
    let invitation = find(state, &input.catalog, &input.identifier)?;
    if invitation.status != InvitationStatus::Pending {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
            format!(
                "Connection invitation {} is {}; only a PENDING invitation can be canceled",
                invitation.id, invitation.status
            ),
        ));
    }
    invitation.status = InvitationStatus::Canceled;
    invitation.updated_at = call.now;
    Ok(render(invitation))
}

/// The token of the page after the invitation `id`.
fn page_token(id: &str) -> String {
    format!("after.{id}")
}

pub(crate) fn list(
    state: &mut State,
    _call: &Call,
    input: ListConnectionInvitations,
) -> Result<Value, ApiError> {
    let after = match &input.next_token {
        None => None,
        Some(token) => Some(
            token
                .strip_prefix("after.")
                .filter(|id| state.invitations.contains_key(*id))
                .ok_or_else(|| {
                    validation_error(&[FieldProblem {
                        name: "NextToken".into(),
                        code: "INVALID_VALUE",
                        message: "is not a token this service issued".into(),
                    }])
                })?,
        ),
    };
    let page_size = usize::try_from(input.max_results.unwrap_or(20)).unwrap_or(20);
    let matches = |inv: &&ConnectionInvitation| {
        inv.catalog == input.catalog
            && input
                .connection_type
                .as_ref()
                .is_none_or(|t| inv.connection_type == *t)
            && input
                .participant_type
                .as_ref()
                .is_none_or(|t| inv.participant_type == *t)
            && input.status.as_ref().is_none_or(|s| inv.status == *s)
            && input
                .other_participant_identifiers
                .as_ref()
                .is_none_or(|ids| ids.contains(&inv.other_participant_identifier))
    };
    let mut page: Vec<&ConnectionInvitation> = state
        .invitations
        .values()
        .filter(|inv| after.is_none_or(|after| inv.id.as_str() > after))
        .filter(matches)
        .take(page_size + 1)
        .collect();
    let more = page.len() > page_size;
    page.truncate(page_size);
    let summaries: Vec<Value> = page
        .iter()
        .map(|inv| {
            let mut summary = render(inv);
            if let Value::Object(members) = &mut summary {
                for detail in ["InvitationMessage", "InviterEmail", "InviterName"] {
                    members.remove(detail);
                }
            }
            summary
        })
        .collect();
    let mut out = serde_json::json!({ "ConnectionInvitationSummaries": summaries });
    if more {
        if let Some(last) = page.last() {
            out["NextToken"] = Value::String(page_token(&last.id));
        }
    }
    Ok(out)
}
