//! Connection preferences, per account and catalog (the connection family).

use awsop_partnercentral_account::*;

use crate::state::{Call, State};
use crate::wire::ApiError;

/// The caller's connection preferences in `catalog` (ALLOW_ALL at revision 1 until updated).
fn preferences<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
) -> &'a mut GetConnectionPreferencesResponse {
    state
        .preferences
        .entry(format!("{}/{catalog}", call.account))
        .or_insert_with(|| GetConnectionPreferencesResponse {
            catalog: catalog.to_owned(),
            arn: format!(
                "arn:aws:partnercentral:{}:{}:catalog/{catalog}/connection-preferences",
                call.region, call.account
            ),
            access_type: AccessType::AllowAll,
            excluded_participant_ids: Some(Vec::new()),
            updated_at: call.now,
            revision: 1,
        })
}

pub(crate) fn get_preferences(
    state: &mut State,
    call: &Call,
    input: GetConnectionPreferences,
) -> Result<GetConnectionPreferencesResponse, ApiError> {
    Ok(preferences(state, call, &input.catalog).clone())
}

pub(crate) fn update_preferences(
    state: &mut State,
    call: &Call,
    input: UpdateConnectionPreferences,
) -> Result<UpdateConnectionPreferencesResponse, ApiError> {
    let current = preferences(state, call, &input.catalog);
    if current.revision != input.revision {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
            format!(
                "the preferences are at revision {}, not {}; read them again",
                current.revision, input.revision
            ),
        ));
    }
    current.access_type = input.access_type;
    current.excluded_participant_ids =
        Some(input.excluded_participant_identifiers.unwrap_or_default());
    current.revision = input.revision + 1;
    current.updated_at = call.now;
    Ok(
        same_members!(current.clone() => UpdateConnectionPreferencesResponse {
            catalog, arn, access_type, excluded_participant_ids, updated_at, revision,
        }),
    )
}
