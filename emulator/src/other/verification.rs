//! Verifications and email verification codes, per account (the model's "other" family).

use awsop::DateTime;
use awsop_partnercentral_account::*;

use crate::state::{Call, SentCode, State};
use crate::wire::ApiError;

pub(crate) fn start_verification(
    state: &mut State,
    call: &Call,
    input: StartVerification,
) -> Result<StartVerificationResponse, ApiError> {
    let (kind, response) = match input.verification_details {
        Some(VerificationDetails::BusinessVerificationDetails(details)) => (
            VerificationType::BusinessVerification,
            VerificationResponseDetails::BusinessVerificationResponse(
                BusinessVerificationResponse {
                    business_verification_details: details,
                    completion_url: None,
                    completion_url_expires_at: None,
                },
            ),
        ),
        Some(VerificationDetails::RegistrantVerificationDetails(_)) | None => (
            VerificationType::RegistrantVerification,
            VerificationResponseDetails::RegistrantVerificationResponse(
                RegistrantVerificationResponse {
                    completion_url: "https://verification.example.com/complete".into(),
                    completion_url_expires_at: DateTime::from_unix_timestamp(
                        call.now.unix_timestamp() + 3600,
                    )
                    .unwrap_or_default(),
                },
            ),
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
        .is_some_and(|v| v.verification_status == VerificationStatus::InProgress)
    {
        return Err(ApiError::conflict(
            "VERIFICATION_ALREADY_IN_PROGRESS",
            format!("a {kind} is already in progress"),
        ));
    }
    let verification = GetVerificationResponse {
        verification_type: kind,
        verification_status: VerificationStatus::InProgress,
        verification_status_reason: None,
        verification_response_details: response,
        started_at: call.now,
        completed_at: None,
    };
    state.verifications.insert(key, verification.clone());
    Ok(same_members!(verification => StartVerificationResponse {
        verification_type, verification_status, verification_status_reason,
        verification_response_details, started_at, completed_at,
    }))
}

pub(crate) fn get_verification(
    state: &mut State,
    call: &Call,
    input: GetVerification,
) -> Result<GetVerificationResponse, ApiError> {
    let kind = input.verification_type;
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
) -> Result<SendEmailVerificationCodeResponse, ApiError> {
    state.codes.push(SentCode {
        account: call.account.clone(),
        catalog: input.catalog,
        email: input.email,
        sent_at: call.now,
    });
    Ok(SendEmailVerificationCodeResponse {})
}
