//! The service's state in memory, and dispatch with ClientToken idempotency.

use std::collections::{BTreeMap, HashMap};

use awsop::DateTime;
use serde_json::{Map, Value};

use crate::connections::{self, ConnectionRecord};
use crate::invitations::{self, InvitationRecord};
use crate::partners::{self, PartnerRecord};
use crate::profiles;
use crate::tags;
use crate::wire::ApiError;

/// Who calls, where, and when.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) now: DateTime,
    pub(crate) region: String,
    /// The caller's account, from its access key.
    pub(crate) account: String,
}

/// An operation's implementation over the raw JSON body.
type Handler = Box<dyn Fn(&mut State, &Call, &Map<String, Value>) -> Result<Value, ApiError>>;

/// Parses the input as the client's type, with the client's validation, and runs `handler`.
fn typed<O: awsop::Operation>(
    handler: fn(&mut State, &Call, O) -> Result<Value, ApiError>,
) -> impl Fn(&mut State, &Call, &Map<String, Value>) -> Result<Value, ApiError> {
    move |state, call, body| handler(state, call, crate::input::parse::<O>(body)?)
}

#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) invitations: BTreeMap<String, InvitationRecord>,
    pub(crate) connections: BTreeMap<String, ConnectionRecord>,
    pub(crate) partners: BTreeMap<String, PartnerRecord>,
    pub(crate) tags: BTreeMap<String, BTreeMap<String, String>>,
    /// Connection preferences by `account/catalog`.
    pub(crate) preferences: BTreeMap<String, Value>,
    /// Verifications by `account/type`.
    pub(crate) verifications: BTreeMap<String, Value>,
    /// Email verification codes sent.
    pub(crate) codes: Vec<Value>,
    /// `(operation, ClientToken)` → the input and the answer of the first successful call.
    replays: HashMap<(String, String), (Map<String, Value>, Value)>,
    ids: u64,
}

impl State {
    /// The state as JSON: what `GET /__awsop/state` answers and `--seed` reads.
    pub(crate) fn snapshot(&self) -> Value {
        serde_json::json!({
            "ConnectionInvitations": self.invitations.values().collect::<Vec<_>>(),
            "Connections": self.connections.values().collect::<Vec<_>>(),
            "Partners": self.partners.values().collect::<Vec<_>>(),
            "Tags": self.tags,
            "ConnectionPreferences": self.preferences,
            "Verifications": self.verifications,
            "EmailVerificationCodes": self.codes,
        })
    }

    /// A state from a snapshot.
    pub(crate) fn from_snapshot(seed: &Value) -> Result<Self, String> {
        fn list<T: serde::de::DeserializeOwned>(seed: &Value, key: &str) -> Result<Vec<T>, String> {
            match seed.get(key) {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(items) => {
                    serde_json::from_value(items.clone()).map_err(|err| format!("{key}: {err}"))
                }
            }
        }
        let mut state = Self::default();
        for invitation in list::<InvitationRecord>(seed, "ConnectionInvitations")? {
            state
                .invitations
                .insert(invitation.view.id.clone(), invitation);
        }
        for connection in list::<ConnectionRecord>(seed, "Connections")? {
            state.connections.insert(connection.id.clone(), connection);
        }
        for partner in list::<PartnerRecord>(seed, "Partners")? {
            state.partners.insert(partner.id.clone(), partner);
        }
        if let Some(tags) = seed.get("Tags").filter(|t| !t.is_null()) {
            state.tags =
                serde_json::from_value(tags.clone()).map_err(|err| format!("Tags: {err}"))?;
        }
        state.ids =
            (state.invitations.len() + state.connections.len() + state.partners.len()) as u64;
        Ok(state)
    }

    /// `prefix` and 13 letters and digits, unique in this emulator.
    pub(crate) fn new_id(&mut self, prefix: &str) -> String {
        const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        self.ids += 1;
        // splitmix64 of a counter: distinct, stable across runs, and not sequential-looking
        let mut z = self.ids.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        let mut id = String::with_capacity(prefix.len() + 13);
        id.push_str(prefix);
        for i in 0..13u64 {
            let digit = if i < 10 {
                (z >> (i * 6)) % 62
            } else {
                (self.ids >> ((i - 10) * 8)) % 62
            };
            id.push(char::from(ALPHABET[usize::try_from(digit).unwrap_or(0)]));
        }
        id
    }

    /// Runs `operation`; a repeated ClientToken with the same input answers the first result,
    /// with another input a `ConflictException`.
    pub(crate) fn dispatch(
        &mut self,
        call: &Call,
        operation: &str,
        body: &Map<String, Value>,
    ) -> Result<Value, ApiError> {
        let handler: Handler = match operation {
            "CreateConnectionInvitation" => Box::new(typed(invitations::create)),
            "GetConnectionInvitation" => Box::new(typed(invitations::get)),
            "CancelConnectionInvitation" => Box::new(typed(invitations::cancel)),
            "ListConnectionInvitations" => Box::new(typed(invitations::list)),
            "AcceptConnectionInvitation" => Box::new(typed(invitations::accept)),
            "RejectConnectionInvitation" => Box::new(typed(invitations::reject)),
            "GetConnection" => Box::new(typed(connections::get)),
            "ListConnections" => Box::new(typed(connections::list)),
            "CancelConnection" => Box::new(typed(connections::cancel)),
            "CreatePartner" => Box::new(typed(partners::create)),
            "GetPartner" => Box::new(typed(partners::get)),
            "ListPartners" => Box::new(typed(partners::list)),
            "TagResource" => Box::new(typed(tags::tag)),
            "UntagResource" => Box::new(typed(tags::untag)),
            "ListTagsForResource" => Box::new(typed(tags::list)),
            "StartProfileUpdateTask" => Box::new(typed(profiles::start_update)),
            "GetProfileUpdateTask" => Box::new(typed(profiles::get_update)),
            "CancelProfileUpdateTask" => Box::new(typed(profiles::cancel_update)),
            "GetProfileVisibility" => Box::new(typed(profiles::get_visibility)),
            "PutProfileVisibility" => Box::new(typed(profiles::put_visibility)),
            "GetAllianceLeadContact" => Box::new(typed(profiles::get_contact)),
            "PutAllianceLeadContact" => Box::new(typed(profiles::put_contact)),
            "AssociateAwsTrainingCertificationEmailDomain" => {
                Box::new(typed(profiles::associate_domain))
            }
            "DisassociateAwsTrainingCertificationEmailDomain" => {
                Box::new(typed(profiles::disassociate_domain))
            }
            "StartQualificationsAssociationTask" => Box::new(typed(profiles::start_association)),
            "StartQualificationsDisassociationTask" => {
                Box::new(typed(profiles::start_disassociation))
            }
            "GetQualificationsAssociationTask" => Box::new(typed(profiles::get_association_task)),
            "GetQualificationsDisassociationTask" => {
                Box::new(typed(profiles::get_disassociation_task))
            }
            "GetQualificationsAssociationDetails" => {
                Box::new(typed(profiles::get_association_details))
            }
            "GetConnectionPreferences" => Box::new(typed(profiles::get_preferences)),
            "UpdateConnectionPreferences" => Box::new(typed(profiles::update_preferences)),
            "StartVerification" => Box::new(typed(profiles::start_verification)),
            "GetVerification" => Box::new(typed(profiles::get_verification)),
            "SendEmailVerificationCode" => Box::new(typed(profiles::send_code)),
            _ => {
                return Err(ApiError::new(
                    400,
                    "UnknownOperationException",
                    format!("The operation {operation} is not served by this emulator"),
                ))
            }
        };
        let token = body.get("ClientToken").and_then(Value::as_str);
        let Some(token) = token else {
            return handler(self, call, body);
        };
        let key = (operation.to_owned(), token.to_owned());
        if let Some((first_input, first_answer)) = self.replays.get(&key) {
            return if first_input == body {
                Ok(first_answer.clone())
            } else {
                Err(ApiError::conflict(
                    "CONFLICT_CLIENT_TOKEN",
                    format!("ClientToken {token} was already used with a different request"),
                ))
            };
        }
        let answer = handler(self, call, body)?;
        self.replays.insert(key, (body.clone(), answer.clone()));
        Ok(answer)
    }
}
