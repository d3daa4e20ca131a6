//! Connection preferences, per account and catalog (the connection family).

use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::state::{Call, State};
use crate::wire::ApiError;

/// The caller's connection preferences in `catalog` (ALLOW_ALL at revision 1 until updated).
fn preferences<'a>(state: &'a mut State, call: &Call, catalog: &str) -> &'a mut Value {
    let arn = format!(
        "arn:aws:partnercentral:{}:{}:catalog/{catalog}/connection-preferences",
        call.region, call.account
    );
    state.preferences.entry(format!("{}/{catalog}", call.account)).or_insert_with(|| {
        json!({ "Catalog": catalog, "Arn": arn, "AccessType": "ALLOW_ALL", "ExcludedParticipantIds": [], "UpdatedAt": call.now, "Revision": 1 })
    })
}

pub(crate) fn get_preferences(
    state: &mut State,
    call: &Call,
    input: GetConnectionPreferences,
) -> Result<Value, ApiError> {
    Ok(preferences(state, call, &input.catalog).clone())
}

pub(crate) fn update_preferences(
    state: &mut State,
    call: &Call,
    input: UpdateConnectionPreferences,
) -> Result<Value, ApiError> {
    let current = preferences(state, call, &input.catalog);
    if current["Revision"].as_i64() != Some(input.revision) {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
            format!(
                "the preferences are at revision {}, not {}; read them again",
                current["Revision"], input.revision
            ),
        ));
    }
    current["AccessType"] = json!(input.access_type.as_str());
    current["ExcludedParticipantIds"] =
        json!(input.excluded_participant_identifiers.unwrap_or_default());
    current["Revision"] = json!(input.revision + 1);
    current["UpdatedAt"] = json!(call.now);
    Ok(current.clone())
}
