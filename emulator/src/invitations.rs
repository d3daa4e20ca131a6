//! Connection invitations: PENDING → ACCEPTED | REJECTED | CANCELED | EXPIRED.

use awsop::{DateTime, Sensitive};
use awsop_partnercentral_account::{
    ConnectionType, GetConnectionInvitationResponse as ConnectionInvitation, InvitationStatus,
    ParticipantType,
};
use serde_json::{Map, Value};

use crate::input::{all_chars, prefixed_id, Input, Rule};
use crate::state::{Call, State};
use crate::wire::ApiError;

const CATALOG: Rule = Rule::len(1, 64).pattern(
    |s| all_chars(s, |c| c.is_ascii_alphanumeric() || c == '-'),
    "[a-zA-Z0-9-]+",
);
const INVITATION_ID: Rule =
    Rule::len(0, usize::MAX).pattern(|s| prefixed_id(s, "pacinv-", 13), "pacinv-[A-Za-z0-9]{13}");
const PARTICIPANT: Rule = Rule::len(1, 100).pattern(
    |s| all_chars(s, |c| c.is_ascii_alphanumeric() || c == '-'),
    "[a-zA-Z0-9-]+",
);
const EMAIL: Rule = Rule::len(1, 320).pattern(is_email, "local@domain");
const MESSAGE: Rule = Rule::len(1, 256).pattern(
    |s| all_chars(s, |c| c == '\n' || !c.is_control()),
    "printable text",
);
const NAME: Rule =
    Rule::len(1, 80).pattern(|s| all_chars(s, |c| !c.is_control()), "printable text");
const CONNECTION_TYPE: Rule = Rule::one_of(ConnectionType::VALUES);
pub(crate) const CLIENT_TOKEN: Rule = Rule::len(1, 64).pattern(
    |s| all_chars(s, |c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
    "[A-Za-z0-9-_]+",
);

fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.is_empty()
            && !domain.starts_with('.')
            && !text.contains(char::is_whitespace)
    })
}

fn render(invitation: &ConnectionInvitation) -> Value {
    serde_json::to_value(invitation).unwrap_or_default()
}

pub(crate) fn create(
    state: &mut State,
    call: &Call,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let mut input = Input::new(body);
    let catalog = input.required("Catalog", CATALOG);
    input.required("ClientToken", CLIENT_TOKEN);
    let connection_type = input.required("ConnectionType", CONNECTION_TYPE);
    input.required("Email", EMAIL);
    let message = input.required("Message", MESSAGE);
    let name = input.required("Name", NAME);
    let receiver = input.required("ReceiverIdentifier", PARTICIPANT);
    input.finish()?;

    let id = state.new_id("pacinv-");
    let now = call.now;
    let invitation = ConnectionInvitation {
        arn: format!(
            "arn:aws:partnercentral:{}::catalog/{catalog}/connection-invitation/{id}",
            call.region
        ),
        catalog,
        id: id.clone(),
        connection_id: None,
        connection_type: connection_type.as_str().into(),
        created_at: now,
        updated_at: now,
        expires_at: DateTime::from_unix_timestamp(now.unix_timestamp() + 15 * 24 * 3600).ok(),
        other_participant_identifier: receiver,
        participant_type: ParticipantType::Sender,
        status: InvitationStatus::Pending,
        invitation_message: message,
        inviter_email: email_of(&call.access_key_id),
        inviter_name: Sensitive(name),
    };
    let rendered = render(&invitation);
    state.invitations.insert(id, invitation);
    Ok(rendered)
}

fn email_of(access_key_id: &str) -> String {
    format!("{}@partner.example.com", access_key_id.to_ascii_lowercase())
}

fn find<'a>(
    state: &'a mut State,
    body: &Map<String, Value>,
    token: bool,
) -> Result<&'a mut ConnectionInvitation, ApiError> {
    let mut input = Input::new(body);
    let catalog = input.required("Catalog", CATALOG);
    let id = input.required("Identifier", INVITATION_ID);
    if token {
        input.required("ClientToken", CLIENT_TOKEN);
    }
    input.finish()?;
    state
        .invitations
        .get_mut(&id)
        .filter(|inv| inv.catalog == catalog)
        .ok_or_else(|| {
            ApiError::not_found(
                "CONNECTION_INVITATION_NOT_FOUND",
                format!("Connection invitation {id} was not found in catalog {catalog}"),
            )
        })
}

/// The token of the page after the invitation `id`.
fn page_token(id: &str) -> String {
    format!("after.{id}")
}

pub(crate) fn list(
    state: &mut State,
    _call: &Call,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let mut input = Input::new(body);
    let catalog = input.required("Catalog", CATALOG);
    let token = input.optional("NextToken", Rule::len(1, 2048));
    let page_size = input.optional_int("MaxResults", 1, 100).unwrap_or(20);
    let connection_type = input.optional("ConnectionType", CONNECTION_TYPE);
    let participant_type = input.optional("ParticipantType", Rule::one_of(ParticipantType::VALUES));
    let status = input.optional("Status", Rule::one_of(InvitationStatus::VALUES));
    let others = input.optional_strings("OtherParticipantIdentifiers", 100, PARTICIPANT);
    input.finish()?;
    let after = match &token {
        None => None,
        Some(token) => Some(
            token
                .strip_prefix("after.")
                .filter(|id| prefixed_id(id, "pacinv-", 13))
                .ok_or_else(|| {
                    crate::wire::validation_error(&[crate::wire::FieldProblem {
                        name: "NextToken".into(),
                        code: "INVALID_VALUE",
                        message: "is not a token this service issued".into(),
                    }])
                })?,
        ),
    };
    let matches = |inv: &&ConnectionInvitation| {
        inv.catalog == catalog
            && connection_type
                .as_deref()
                .is_none_or(|t| inv.connection_type.as_str() == t)
            && participant_type
                .as_deref()
                .is_none_or(|t| inv.participant_type.as_str() == t)
            && status.as_deref().is_none_or(|s| inv.status.as_str() == s)
            && others
                .as_ref()
                .is_none_or(|ids| ids.contains(&inv.other_participant_identifier))
    };
    let page_size = usize::try_from(page_size).unwrap_or(20);
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

pub(crate) fn get(
    state: &mut State,
    _call: &Call,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    find(state, body, false).map(|inv| render(inv))
}

pub(crate) fn cancel(
    state: &mut State,
    call: &Call,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let invitation = find(state, body, true)?;
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
