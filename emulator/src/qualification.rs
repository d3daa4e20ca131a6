//! The qualification family: association and disassociation tasks, which finish at once,
//! and the association details.

use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::profile::{merge, partner};
use crate::state::{Call, State};
use crate::wire::ApiError;

pub(crate) fn start_association(
    state: &mut State,
    call: &Call,
    input: StartQualificationsAssociationTask,
) -> Result<Value, ApiError> {
    let task_id = state.new_id("pqatask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if profile
        .association
        .as_ref()
        .is_some_and(|a| a["Status"] == "ASSOCIATED")
    {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
            "the partner's qualifications are already associated; disassociate them first",
        ));
    }
    let partner_json = serde_json::to_value(&input.primary_partner).unwrap_or_default();
    let task = json!({ "TaskId": task_id, "Status": "SUCCEEDED", "PrimaryPartner": partner_json, "StartedAt": call.now, "EndedAt": call.now });
    profile.association = Some(
        json!({ "Status": "ASSOCIATED", "PrimaryPartner": partner_json, "AssociatedPartners": [partner_json], "UpdatedAt": call.now }),
    );
    profile.association_task = Some(task.clone());
    let mut out = merge(head, task);
    out.as_object_mut().map(|o| o.remove("EndedAt"));
    Ok(out)
}

pub(crate) fn start_disassociation(
    state: &mut State,
    call: &Call,
    input: StartQualificationsDisassociationTask,
) -> Result<Value, ApiError> {
    let task_id = state.new_id("pqdtask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if !profile
        .association
        .as_ref()
        .is_some_and(|a| a["Status"] == "ASSOCIATED")
    {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
            "the partner's qualifications are not associated",
        ));
    }
    let partner_json = serde_json::to_value(&input.associated_partner).unwrap_or_default();
    let task = json!({ "TaskId": task_id, "Status": "SUCCEEDED", "AssociatedPartner": partner_json, "StartedAt": call.now, "EndedAt": call.now });
    profile.association = Some(
        json!({ "Status": "NOT_ASSOCIATED", "AssociatedPartners": [], "UpdatedAt": call.now }),
    );
    profile.disassociation_task = Some(task.clone());
    let mut out = merge(head, task);
    out.as_object_mut().map(|o| o.remove("EndedAt"));
    Ok(out)
}

pub(crate) fn get_association_task(
    state: &mut State,
    call: &Call,
    input: GetQualificationsAssociationTask,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let task = profile.association_task.clone().ok_or_else(|| {
        ApiError::not_found(
            "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND",
            "no association task",
        )
    })?;
    Ok(merge(head, task))
}

pub(crate) fn get_disassociation_task(
    state: &mut State,
    call: &Call,
    input: GetQualificationsDisassociationTask,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let task = profile.disassociation_task.clone().ok_or_else(|| {
        ApiError::not_found(
            "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND",
            "no disassociation task",
        )
    })?;
    Ok(merge(head, task))
}

pub(crate) fn get_association_details(
    state: &mut State,
    call: &Call,
    input: GetQualificationsAssociationDetails,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let details = profile
        .association
        .clone()
        .unwrap_or_else(|| json!({ "Status": "NOT_ASSOCIATED" }));
    Ok(merge(head, details))
}
