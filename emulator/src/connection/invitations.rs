//! Connection invitations between two accounts: PENDING → ACCEPTED | REJECTED | CANCELED.
//! The sender cancels; the receiver (the account named by `ReceiverIdentifier`) accepts or
//! rejects; accepting opens or extends the connection between the two.

use awsop::{DateTime, Sensitive};
use awsop_partnercentral_account::{
    AcceptConnectionInvitation, AcceptConnectionInvitationResponse, CancelConnectionInvitation,
    CancelConnectionInvitationResponse, ConnectionInvitationSummary, ConnectionTypeStatus,
    CreateConnectionInvitation, CreateConnectionInvitationResponse, GetConnectionInvitation,
    GetConnectionInvitationResponse as ConnectionInvitation, InvitationStatus,
    ListConnectionInvitations, ListConnectionInvitationsResponse, ParticipantType,
    RejectConnectionInvitation, RejectConnectionInvitationResponse,
};

use crate::state::{Call, ConnectionRecord, InvitationRecord, State, TypeRecord};
use crate::wire::{validation_error, ApiError, FieldProblem};

impl InvitationRecord {
    fn receiver(&self) -> &str {
        &self.view.other_participant_identifier
    }

    pub(crate) fn visible_to(&self, account: &str) -> bool {
        self.sender == account || self.receiver() == account
    }

    /// The invitation as `account` sees it.
    fn render(&self, account: &str) -> ConnectionInvitation {
        let mut view = self.view.clone();
        if self.sender != account {
            view.participant_type = ParticipantType::Receiver;
            view.other_participant_identifier = self.sender.clone();
        }
        view
    }
}

/// The invitation as another operation answers it: they answer with the same members.
macro_rules! invitation_as {
    ($invitation:expr => $to:ident) => {
        same_members!($invitation => $to {
            catalog, id, arn, connection_id, connection_type, created_at, updated_at, expires_at,
            other_participant_identifier, participant_type, status, invitation_message,
            inviter_email, inviter_name,
        })
    };
}

fn email_of(account: &str) -> String {
    format!("alliances-{account}@partner.example.com")
}

pub(crate) fn create(
    state: &mut State,
    call: &Call,
    input: CreateConnectionInvitation,
) -> Result<CreateConnectionInvitationResponse, ApiError> {
    if input.receiver_identifier == call.account {
        return Err(validation_error(&[FieldProblem {
            name: "ReceiverIdentifier".into(),
            code: "INVALID_VALUE",
            message: "an account cannot invite itself".into(),
        }]));
    }
    let id = state.new_id("pacinv-");
    let now = call.now;
    let record = InvitationRecord {
        view: ConnectionInvitation {
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
            inviter_email: email_of(&call.account),
            inviter_name: Sensitive(input.name.0),
        },
        sender: call.account.clone(),
    };
    let rendered = record.render(&call.account);
    state.invitations.insert(id, record);
    Ok(invitation_as!(rendered => CreateConnectionInvitationResponse))
}

fn find<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
    id: &str,
) -> Result<&'a mut InvitationRecord, ApiError> {
    state
        .invitations
        .get_mut(id)
        .filter(|inv| inv.view.catalog == catalog && inv.visible_to(&call.account))
        .ok_or_else(|| {
            ApiError::not_found(
                "CONNECTION_INVITATION_NOT_FOUND",
                format!("Connection invitation {id} was not found in catalog {catalog}"),
            )
        })
}

/// The invitation, if it is PENDING and the caller is on the side that may act on it.
fn pending<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
    id: &str,
    sender_acts: bool,
    action: &str,
) -> Result<&'a mut InvitationRecord, ApiError> {
    let invitation = find(state, call, catalog, id)?;
    if (invitation.sender == call.account) != sender_acts {
        let who = if sender_acts {
            "its sender"
        } else {
            "its receiver"
        };
        return Err(ApiError::conflict(
            "INCOMPATIBLE_CONNECTION_INVITATION_RECEIVER",
            format!("Connection invitation {id} can only be {action} by {who}"),
        ));
    }
    if invitation.view.status != InvitationStatus::Pending {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
            format!(
                "Connection invitation {id} is {}; only a PENDING invitation can be {action}",
                invitation.view.status
            ),
        ));
    }
    Ok(invitation)
}

pub(crate) fn get(
    state: &mut State,
    call: &Call,
    input: GetConnectionInvitation,
) -> Result<ConnectionInvitation, ApiError> {
    find(state, call, &input.catalog, &input.identifier).map(|inv| inv.render(&call.account))
}

/// Moves a PENDING invitation to `status`, as the side that may (`sender_acts`).
fn settle(
    state: &mut State,
    call: &Call,
    (catalog, id): (&str, &str),
    sender_acts: bool,
    action: &str,
    status: InvitationStatus,
) -> Result<ConnectionInvitation, ApiError> {
    let invitation = pending(state, call, catalog, id, sender_acts, action)?;
    invitation.view.status = status;
    invitation.view.updated_at = call.now;
    Ok(invitation.render(&call.account))
}

pub(crate) fn cancel(
    state: &mut State,
    call: &Call,
    input: CancelConnectionInvitation,
) -> Result<CancelConnectionInvitationResponse, ApiError> {
    let settled = settle(
        state,
        call,
        (&input.catalog, &input.identifier),
        true,
        "canceled",
        InvitationStatus::Canceled,
    )?;
    Ok(invitation_as!(settled => CancelConnectionInvitationResponse))
}

pub(crate) fn reject(
    state: &mut State,
    call: &Call,
    input: RejectConnectionInvitation,
) -> Result<RejectConnectionInvitationResponse, ApiError> {
    let settled = settle(
        state,
        call,
        (&input.catalog, &input.identifier),
        false,
        "rejected",
        InvitationStatus::Rejected,
    )?;
    Ok(invitation_as!(settled => RejectConnectionInvitationResponse))
}

pub(crate) fn accept(
    state: &mut State,
    call: &Call,
    input: AcceptConnectionInvitation,
) -> Result<AcceptConnectionInvitationResponse, ApiError> {
    let invitation = pending(
        state,
        call,
        &input.catalog,
        &input.identifier,
        false,
        "accepted",
    )?
    .clone();
    let (sender, receiver) = (invitation.sender.clone(), call.account.clone());
    let existing = state
        .connections
        .values()
        .find(|c| {
            c.catalog == invitation.view.catalog && c.other(&sender) == Some(receiver.as_str())
        })
        .map(|c| c.id.clone());
    let id = match existing {
        Some(id) => id,
        None => {
            let id = state.new_id("pac-");
            let record = ConnectionRecord {
                arn: format!(
                    "arn:aws:partnercentral:{}::catalog/{}/connection/{id}",
                    call.region, invitation.view.catalog
                ),
                id: id.clone(),
                catalog: invitation.view.catalog.clone(),
                accounts: [sender, receiver],
                updated_at: call.now,
                types: Default::default(),
            };
            state.connections.insert(id.clone(), record);
            id
        }
    };
    let kind = invitation.view.connection_type.clone();
    let connection = state
        .connections
        .get_mut(&id)
        .ok_or_else(|| ApiError::new(500, "InternalServerException", "the connection vanished"))?;
    if connection
        .types
        .get(&kind)
        .is_some_and(|t| t.status == ConnectionTypeStatus::Active)
    {
        return Err(ApiError::conflict(
            "DUPLICATE_CONNECTION",
            format!("Connection {id} already has an active {kind} connection type"),
        ));
    }
    connection.types.insert(
        kind,
        TypeRecord {
            created_at: call.now,
            inviter_email: invitation.view.inviter_email.clone(),
            inviter_name: invitation.view.inviter_name.clone(),
            status: ConnectionTypeStatus::Active,
            canceled_at: None,
            canceled_by: None,
        },
    );
    connection.updated_at = call.now;
    let view = connection.view(&call.account);
    if let Some(stored) = state.invitations.get_mut(&invitation.view.id) {
        stored.view.status = InvitationStatus::Accepted;
        stored.view.connection_id = Some(id);
        stored.view.updated_at = call.now;
    }
    Ok(AcceptConnectionInvitationResponse { connection: view })
}

pub(crate) fn list(
    state: &mut State,
    call: &Call,
    input: ListConnectionInvitations,
) -> Result<ListConnectionInvitationsResponse, ApiError> {
    let after = crate::wire::page_after(input.next_token.as_deref(), |id| {
        state.invitations.contains_key(id)
    })?;
    let account = call.account.as_str();
    // filter on the stored records; render only the page
    let matching = state
        .invitations
        .values()
        .filter(|inv| inv.view.catalog == input.catalog && inv.visible_to(account))
        .filter(|inv| {
            let (side, other) = if inv.sender == account {
                (ParticipantType::Sender, inv.receiver())
            } else {
                (ParticipantType::Receiver, inv.sender.as_str())
            };
            input
                .connection_type
                .as_ref()
                .is_none_or(|t| *t == inv.view.connection_type)
                && input.participant_type.as_ref().is_none_or(|t| *t == side)
                && input.status.as_ref().is_none_or(|s| *s == inv.view.status)
                && input
                    .other_participant_identifiers
                    .as_ref()
                    .is_none_or(|ids| ids.iter().any(|id| id == other))
        });
    let (page, token) = crate::wire::page(
        matching,
        after.as_deref(),
        input.max_results,
        |inv: &&InvitationRecord| inv.view.id.as_str(),
    );
    let summaries = page
        .iter()
        .map(|inv| {
            same_members!(inv.render(account) => ConnectionInvitationSummary {
                catalog, id, arn, connection_id, connection_type, created_at, updated_at,
                expires_at, other_participant_identifier, participant_type, status,
            })
        })
        .collect();
    Ok(ListConnectionInvitationsResponse {
        connection_invitation_summaries: summaries,
        next_token: token,
    })
}
