//! The profile family: a partner's profile update tasks (which stay IN_PROGRESS until
//! canceled) and its visibility; and the partner lookup the families hung on a profile share.

use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::state::{Call, Profile, State};
use crate::wire::ApiError;

/// The caller's partner named by `identifier` (id or ARN), with its id, ARN and profile.
pub(crate) fn partner<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
    identifier: &str,
) -> Result<(Value, &'a mut Profile), ApiError> {
    let record = state
        .partners
        .values_mut()
        .find(|p| {
            p.catalog == catalog
                && p.account == call.account
                && (p.id == identifier || p.arn == identifier)
        })
        .ok_or_else(|| {
            ApiError::not_found(
                "PARTNER_NOT_FOUND",
                format!("Partner {identifier} was not found in catalog {catalog}"),
            )
        })?;
    let head = json!({ "Catalog": record.catalog, "Arn": record.arn, "Id": record.id });
    Ok((head, &mut record.profile))
}

pub(crate) fn merge(mut head: Value, rest: Value) -> Value {
    if let (Value::Object(head), Value::Object(rest)) = (&mut head, rest) {
        head.extend(rest);
    }
    head
}

pub(crate) fn start_update(
    state: &mut State,
    call: &Call,
    input: StartProfileUpdateTask,
) -> Result<Value, ApiError> {
    let task_id = state.new_id("pprofiletask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if profile
        .task
        .as_ref()
        .is_some_and(|t| t["Status"] == "IN_PROGRESS")
    {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
            "a profile update task is already in progress; cancel it first",
        ));
    }
    let task = json!({ "TaskId": task_id, "TaskDetails": input.task_details, "StartedAt": call.now, "Status": "IN_PROGRESS" });
    profile.task = Some(task.clone());
    Ok(merge(head, task))
}

pub(crate) fn get_update(
    state: &mut State,
    call: &Call,
    input: GetProfileUpdateTask,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let task = profile.task.clone().ok_or_else(|| {
        ApiError::not_found(
            "PARTNER_PROFILE_TASK_NOT_FOUND",
            "the partner has no profile update task",
        )
    })?;
    Ok(merge(head, task))
}

pub(crate) fn cancel_update(
    state: &mut State,
    call: &Call,
    input: CancelProfileUpdateTask,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let task = profile
        .task
        .as_mut()
        .filter(|t| t["TaskId"] == input.task_id.as_str())
        .ok_or_else(|| {
            ApiError::not_found(
                "PARTNER_PROFILE_TASK_NOT_FOUND",
                format!("Profile update task {} was not found", input.task_id),
            )
        })?;
    if task["Status"] != "IN_PROGRESS" {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
            format!(
                "Profile update task {} is {}; only an IN_PROGRESS task can be canceled",
                input.task_id, task["Status"]
            ),
        ));
    }
    task["Status"] = json!("CANCELED");
    task["EndedAt"] = json!(call.now);
    Ok(merge(head, task.clone()))
}

fn visibility_view(head: Value, profile: &Profile) -> Value {
    merge(
        head,
        json!({ "Visibility": profile.visibility, "ProfileId": profile.profile_id }),
    )
}

pub(crate) fn get_visibility(
    state: &mut State,
    call: &Call,
    input: GetProfileVisibility,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    Ok(visibility_view(head, profile))
}

pub(crate) fn put_visibility(
    state: &mut State,
    call: &Call,
    input: PutProfileVisibility,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.visibility = input.visibility.as_str().to_owned();
    Ok(visibility_view(head, profile))
}
