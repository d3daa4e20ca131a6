//! The qualification family: association and disassociation tasks, which finish at once,
//! and the association details.

use awsop_partnercentral_account::*;

use crate::profile::{partner, Head};
use crate::state::{Call, State};
use crate::wire::ApiError;

fn associated(details: Option<&GetQualificationsAssociationDetailsResponse>) -> bool {
    details.is_some_and(|a| a.status == QualificationsAssociationStatus::Associated)
}

/// The partner's association details: associated with `primary`, or not associated.
fn details(
    head: Head,
    primary: Option<QualificationsAssociationPartner>,
    call: &Call,
) -> GetQualificationsAssociationDetailsResponse {
    let status = if primary.is_some() {
        QualificationsAssociationStatus::Associated
    } else {
        QualificationsAssociationStatus::NotAssociated
    };
    GetQualificationsAssociationDetailsResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        status,
        associated_partners: Some(primary.iter().cloned().collect()),
        primary_partner: primary,
        updated_at: Some(call.now),
    }
}

pub(crate) fn start_association(
    state: &mut State,
    call: &Call,
    input: StartQualificationsAssociationTask,
) -> Result<StartQualificationsAssociationTaskResponse, ApiError> {
    let task_id = state.new_id("pqatask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if associated(profile.association.as_ref()) {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
            "the partner's qualifications are already associated; disassociate them first",
        ));
    }
    let task = GetQualificationsAssociationTaskResponse {
        catalog: head.catalog.clone(),
        arn: head.arn.clone(),
        id: head.id.clone(),
        task_id,
        status: QualificationsAssociationTaskStatus::Succeeded,
        primary_partner: input.primary_partner.clone(),
        started_at: call.now,
        ended_at: Some(call.now),
    };
    profile.association = Some(details(head, Some(input.primary_partner), call));
    profile.association_task = Some(task.clone());
    Ok(
        same_members!(task => StartQualificationsAssociationTaskResponse {
            catalog, arn, id, task_id, status, primary_partner, started_at,
        }),
    )
}

pub(crate) fn start_disassociation(
    state: &mut State,
    call: &Call,
    input: StartQualificationsDisassociationTask,
) -> Result<StartQualificationsDisassociationTaskResponse, ApiError> {
    let task_id = state.new_id("pqdtask-");
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    if !associated(profile.association.as_ref()) {
        return Err(ApiError::conflict(
            "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
            "the partner's qualifications are not associated",
        ));
    }
    let task = GetQualificationsDisassociationTaskResponse {
        catalog: head.catalog.clone(),
        arn: head.arn.clone(),
        id: head.id.clone(),
        task_id,
        status: QualificationsDisassociationTaskStatus::Succeeded,
        associated_partner: input.associated_partner,
        started_at: call.now,
        ended_at: Some(call.now),
    };
    profile.association = Some(details(head, None, call));
    profile.disassociation_task = Some(task.clone());
    Ok(
        same_members!(task => StartQualificationsDisassociationTaskResponse {
            catalog, arn, id, task_id, status, associated_partner, started_at,
        }),
    )
}

pub(crate) fn get_association_task(
    state: &mut State,
    call: &Call,
    input: GetQualificationsAssociationTask,
) -> Result<GetQualificationsAssociationTaskResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.association_task.clone().ok_or_else(|| {
        ApiError::not_found(
            "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND",
            "no association task",
        )
    })
}

pub(crate) fn get_disassociation_task(
    state: &mut State,
    call: &Call,
    input: GetQualificationsDisassociationTask,
) -> Result<GetQualificationsDisassociationTaskResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.disassociation_task.clone().ok_or_else(|| {
        ApiError::not_found(
            "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND",
            "no disassociation task",
        )
    })
}

pub(crate) fn get_association_details(
    state: &mut State,
    call: &Call,
    input: GetQualificationsAssociationDetails,
) -> Result<GetQualificationsAssociationDetailsResponse, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    Ok(profile
        .association
        .clone()
        .unwrap_or(GetQualificationsAssociationDetailsResponse {
            catalog: head.catalog,
            arn: head.arn,
            id: head.id,
            status: QualificationsAssociationStatus::NotAssociated,
            primary_partner: None,
            associated_partners: None,
            updated_at: None,
        }))
}
