//! The alliance lead contact and the training certification email domains on a partner's
//! profile (the model's "other" family).

use awsop_partnercentral_account::*;
use serde_json::{json, Value};

use crate::profile::{merge, partner};
use crate::state::{Call, State};
use crate::wire::ApiError;

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
