//! The service's state in memory: data, which the handlers read and change (`routes.rs`
//! says which handler an operation runs).

use std::collections::{BTreeMap, HashMap};

use awsop::{DateTime, Sensitive};
use awsop_partnercentral_account::{
    AllianceLeadContact, ConnectionType, ConnectionTypeStatus,
    GetConnectionInvitationResponse as ConnectionInvitation, GetConnectionPreferencesResponse,
    GetProfileUpdateTaskResponse, GetQualificationsAssociationDetailsResponse,
    GetQualificationsAssociationTaskResponse, GetQualificationsDisassociationTaskResponse,
    GetVerificationResponse, PartnerDomain, PrimarySolutionType, ProfileVisibility,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Who calls, where, and when.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) now: DateTime,
    pub(crate) region: String,
    /// The caller's account, from its access key.
    pub(crate) account: String,
}

/// An invitation as stored: the sender's view, and the sender's account.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct InvitationRecord {
    #[serde(flatten)]
    pub(crate) view: ConnectionInvitation,
    #[serde(rename = "SenderAccountId")]
    pub(crate) sender: String,
}

/// One connection type between the two accounts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct TypeRecord {
    pub(crate) created_at: DateTime,
    pub(crate) inviter_email: String,
    pub(crate) inviter_name: Sensitive<String>,
    pub(crate) status: ConnectionTypeStatus,
    pub(crate) canceled_at: Option<DateTime>,
    pub(crate) canceled_by: Option<String>,
}

/// A connection as stored: both accounts see it, each with the other as participant.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ConnectionRecord {
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) catalog: String,
    pub(crate) accounts: [String; 2],
    pub(crate) updated_at: DateTime,
    pub(crate) types: BTreeMap<ConnectionType, TypeRecord>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PartnerRecord {
    pub(crate) account: String,
    pub(crate) catalog: String,
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) created_at: DateTime,
    pub(crate) legal_name: Sensitive<String>,
    pub(crate) primary_solution_type: PrimarySolutionType,
    #[serde(default)]
    pub(crate) profile: Profile,
}

/// What a partner has beyond its creation input; the tasks and the association as their
/// `Get...` operations answer them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Profile {
    pub(crate) profile_id: String,
    pub(crate) visibility: ProfileVisibility,
    pub(crate) alliance_lead_contact: AllianceLeadContact,
    pub(crate) task: Option<GetProfileUpdateTaskResponse>,
    pub(crate) domains: Vec<PartnerDomain>,
    pub(crate) association: Option<GetQualificationsAssociationDetailsResponse>,
    pub(crate) association_task: Option<GetQualificationsAssociationTaskResponse>,
    pub(crate) disassociation_task: Option<GetQualificationsDisassociationTaskResponse>,
}

/// An email verification code the emulator "sent".
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct SentCode {
    pub(crate) account: String,
    pub(crate) catalog: String,
    pub(crate) email: String,
    pub(crate) sent_at: DateTime,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) invitations: BTreeMap<String, InvitationRecord>,
    pub(crate) connections: BTreeMap<String, ConnectionRecord>,
    pub(crate) partners: BTreeMap<String, PartnerRecord>,
    pub(crate) tags: BTreeMap<String, BTreeMap<String, String>>,
    /// Connection preferences by `account/catalog`.
    pub(crate) preferences: BTreeMap<String, GetConnectionPreferencesResponse>,
    /// Verifications by `account/type`.
    pub(crate) verifications: BTreeMap<String, GetVerificationResponse>,
    /// Email verification codes sent.
    pub(crate) codes: Vec<SentCode>,
    /// `(operation, idempotency token)` → the input and the answer of the first successful
    /// call.
    pub(crate) replays: HashMap<(String, String), (Map<String, Value>, Value)>,
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
}
