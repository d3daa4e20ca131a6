//! The profile family: a partner's profile update tasks (which stay IN_PROGRESS until
//! canceled) and its visibility; and the partner lookup the families hung on a profile share.

use awsop_partnercentral_account::*;

use crate::state::{Call, Profile, State};
use crate::wire::ApiError;

/// The partner an answer of the profile families starts with: its `Catalog`, `Arn` and `Id`.
#[derive(Debug, Clone)]
pub(crate) struct Head {
    pub(crate) catalog: String,
    pub(crate) arn: String,
    pub(crate) id: String,
}

/// The caller's partner named by `identifier` (id or ARN), with its id, ARN and profile.
pub(crate) fn partner<'a>(
    state: &'a mut State,
    call: &Call,
    catalog: &str,
    identifier: &str,
) -> Result<(Head, &'a mut Profile), ApiError> {
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
    let head = Head {
        catalog: record.catalog.clone(),
        arn: record.arn.clone(),
        id: record.id.clone(),
    };
    Ok((head, &mut record.profile))
}

/// The stored task as another operation answers it: the three answer with the same members.
macro_rules! task_as {
    ($task:expr => $to:ident) => {
        same_members!($task => $to {
            catalog, arn, id, task_id, task_details, started_at, status, ended_at, error_detail_list,
        })
    };
}

pub(crate) fn start_update(
    state: &mut State,
    call: &Call,
    input: StartProfileUpdateTask,
) -> Result<StartProfileUpdateTaskResponse, ApiError> {
    let task_id = state.new_id("pprofiletask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if profile
        .task
        .as_ref()
        .is_some_and(|t| t.status == ProfileTaskStatus::InProgress)
    {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
            "a profile update task is already in progress; cancel it first",
        ));
    }
    let task = GetProfileUpdateTaskResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        task_id,
        task_details: input.task_details,
        started_at: call.now,
        status: ProfileTaskStatus::InProgress,
        ended_at: None,
        error_detail_list: None,
    };
    profile.task = Some(task.clone());
    Ok(task_as!(task => StartProfileUpdateTaskResponse))
}

pub(crate) fn get_update(
    state: &mut State,
    call: &Call,
    input: GetProfileUpdateTask,
) -> Result<GetProfileUpdateTaskResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.task.clone().ok_or_else(|| {
        ApiError::not_found(
            "PARTNER_PROFILE_TASK_NOT_FOUND",
            "the partner has no profile update task",
        )
    })
}

pub(crate) fn cancel_update(
    state: &mut State,
    call: &Call,
    input: CancelProfileUpdateTask,
) -> Result<CancelProfileUpdateTaskResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let task = profile
        .task
        .as_mut()
        .filter(|t| t.task_id == input.task_id)
        .ok_or_else(|| {
            ApiError::not_found(
                "PARTNER_PROFILE_TASK_NOT_FOUND",
                format!("Profile update task {} was not found", input.task_id),
            )
        })?;
    if task.status != ProfileTaskStatus::InProgress {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
            format!(
                "Profile update task {} is {}; only an IN_PROGRESS task can be canceled",
                input.task_id, task.status
            ),
        ));
    }
    task.status = ProfileTaskStatus::Canceled;
    task.ended_at = Some(call.now);
    Ok(task_as!(task.clone() => CancelProfileUpdateTaskResponse))
}

pub(crate) fn get_visibility(
    state: &mut State,
    call: &Call,
    input: GetProfileVisibility,
) -> Result<GetProfileVisibilityResponse, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    Ok(GetProfileVisibilityResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        visibility: profile.visibility.clone(),
        profile_id: profile.profile_id.clone(),
    })
}

pub(crate) fn put_visibility(
    state: &mut State,
    call: &Call,
    input: PutProfileVisibility,
) -> Result<PutProfileVisibilityResponse, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.visibility = input.visibility;
    Ok(PutProfileVisibilityResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        visibility: profile.visibility.clone(),
        profile_id: profile.profile_id.clone(),
    })
}
