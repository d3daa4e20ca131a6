//! The alliance lead contact and the training certification email domains on a partner's
//! profile (the model's "other" family).

use awsop_partnercentral_account::*;

use crate::profile::partner;
use crate::state::{Call, State};
use crate::wire::ApiError;

pub(crate) fn get_contact(
    state: &mut State,
    call: &Call,
    input: GetAllianceLeadContact,
) -> Result<GetAllianceLeadContactResponse, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    Ok(GetAllianceLeadContactResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        alliance_lead_contact: profile.alliance_lead_contact.clone(),
    })
}

pub(crate) fn put_contact(
    state: &mut State,
    call: &Call,
    input: PutAllianceLeadContact,
) -> Result<PutAllianceLeadContactResponse, ApiError> {
    let (head, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    profile.alliance_lead_contact = input.alliance_lead_contact;
    Ok(PutAllianceLeadContactResponse {
        catalog: head.catalog,
        arn: head.arn,
        id: head.id,
        alliance_lead_contact: profile.alliance_lead_contact.clone(),
    })
}

pub(crate) fn associate_domain(
    state: &mut State,
    call: &Call,
    input: AssociateAwsTrainingCertificationEmailDomain,
) -> Result<AssociateAwsTrainingCertificationEmailDomainResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let domain = input
        .email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    if !profile.domains.iter().any(|d| d.domain_name == domain) {
        profile.domains.push(PartnerDomain {
            domain_name: domain,
            registered_at: call.now,
        });
    }
    Ok(AssociateAwsTrainingCertificationEmailDomainResponse {})
}

pub(crate) fn disassociate_domain(
    state: &mut State,
    call: &Call,
    input: DisassociateAwsTrainingCertificationEmailDomain,
) -> Result<DisassociateAwsTrainingCertificationEmailDomainResponse, ApiError> {
    let (_, profile) = partner(state, call, &input.catalog, &input.identifier)?;
    let before = profile.domains.len();
    profile
        .domains
        .retain(|d| d.domain_name != input.domain_name);
    if profile.domains.len() == before {
        return Err(ApiError::not_found(
            "PARTNER_DOMAIN_NOT_FOUND",
            format!("Domain {} is not associated", input.domain_name),
        ));
    }
    Ok(DisassociateAwsTrainingCertificationEmailDomainResponse {})
}
