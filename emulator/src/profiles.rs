//! A partner's profile and everything hung on it: profile update tasks, visibility, the
//! alliance lead contact, training email domains, qualification tasks; and the account-level
//! connection preferences, verifications and email verification codes.
//!
//! Tasks here finish at once except profile updates, which stay IN_PROGRESS until canceled:
//! enough to exercise every transition the model documents, deterministically.

use awsop::DateTime;
use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::state::{Call, Profile, State};
use crate::wire::ApiError;

/// The caller's partner named by `identifier` (id or ARN), with its id, ARN and profile.
fn partner<'a>(
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

fn merge(mut head: Value, rest: Value) -> Value {
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

pub(crate) fn get_contact(
    state: &mut State,
    call: &Call,
    input: GetAllianceLeadContact,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    Ok(merge(
        head,
        json!({ "AllianceLeadContact": profile.alliance_lead_contact }),
    ))
}

pub(crate) fn put_contact(
    state: &mut State,
    call: &Call,
    input: PutAllianceLeadContact,
) -> Result<Value, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.alliance_lead_contact =
        serde_json::to_value(&input.alliance_lead_contact).unwrap_or_default();
    Ok(merge(
        head,
        json!({ "AllianceLeadContact": profile.alliance_lead_contact }),
    ))
}

pub(crate) fn associate_domain(
    state: &mut State,
    call: &Call,
    input: AssociateAwsTrainingCertificationEmailDomain,
) -> Result<Value, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let domain = input
        .email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    if !profile
        .domains
        .iter()
        .any(|d| d["DomainName"] == domain.as_str())
    {
        profile
            .domains
            .push(json!({ "DomainName": domain, "RegisteredAt": call.now }));
    }
    Ok(json!({}))
}

pub(crate) fn disassociate_domain(
    state: &mut State,
    call: &Call,
    input: DisassociateAwsTrainingCertificationEmailDomain,
) -> Result<Value, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let before = profile.domains.len();
    profile
        .domains
        .retain(|d| d["DomainName"] != input.domain_name.as_str());
    if profile.domains.len() == before {
        return Err(ApiError::not_found(
            "PARTNER_DOMAIN_NOT_FOUND",
            format!("Domain {} is not associated", input.domain_name),
        ));
    }
    Ok(json!({}))
}

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

pub(crate) fn start_verification(
    state: &mut State,
    call: &Call,
    input: StartVerification,
) -> Result<Value, ApiError> {
    let (kind, response) = match &input.verification_details {
        Some(VerificationDetails::BusinessVerificationDetails(details)) => (
            "BUSINESS_VERIFICATION",
            json!({ "BusinessVerificationResponse": { "BusinessVerificationDetails": details } }),
        ),
        Some(VerificationDetails::RegistrantVerificationDetails(_)) | None => (
            "REGISTRANT_VERIFICATION",
            json!({ "RegistrantVerificationResponse": {
                "CompletionUrl": "https://verification.example.com/complete",
                "CompletionUrlExpiresAt": DateTime::from_unix_timestamp(call.now.unix_timestamp() + 3600).unwrap_or_default(),
            } }),
        ),
        Some(_) => {
            return Err(
                ApiError::new(400, "ValidationException", "unknown verification details")
                    .with("Reason", "REQUEST_VALIDATION_FAILED"),
            )
        }
    };
    let key = format!("{}/{kind}", call.account);
    if state
        .verifications
        .get(&key)
        .is_some_and(|v| v["VerificationStatus"] == "IN_PROGRESS")
    {
        return Err(ApiError::conflict(
            "VERIFICATION_ALREADY_IN_PROGRESS",
            format!("a {kind} is already in progress"),
        ));
    }
    let verification = json!({ "VerificationType": kind, "VerificationStatus": "IN_PROGRESS", "VerificationResponseDetails": response, "StartedAt": call.now });
    state.verifications.insert(key, verification.clone());
    Ok(verification)
}

pub(crate) fn get_verification(
    state: &mut State,
    call: &Call,
    input: GetVerification,
) -> Result<Value, ApiError> {
    let kind = input.verification_type.as_str();
    state
        .verifications
        .get(&format!("{}/{kind}", call.account))
        .cloned()
        .ok_or_else(|| {
            ApiError::not_found("VERIFICATION_NOT_FOUND", format!("no {kind} was started"))
        })
}

pub(crate) fn send_code(
    state: &mut State,
    call: &Call,
    input: SendEmailVerificationCode,
) -> Result<Value, ApiError> {
    state.codes.push(json!({ "Account": call.account, "Catalog": input.catalog, "Email": input.email, "SentAt": call.now }));
    Ok(json!({}))
}
