//! Verifications and email verification codes, per account (the model's "other" family).

use awsop::DateTime;
use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::state::{Call, State};
use crate::wire::ApiError;

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
