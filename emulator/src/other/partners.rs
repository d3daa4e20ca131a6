//! Partners: one per account and catalog.

use awsop_partnercentral_account::{
    CreatePartner, CreatePartnerResponse, GetPartner, GetPartnerResponse, IndustrySegment,
    ListPartners, ListPartnersResponse, PartnerProfile, PartnerSummary, ProfileVisibility,
};

use crate::state::{Call, PartnerRecord, Profile, State};
use crate::wire::ApiError;

impl PartnerRecord {
    fn summary(&self) -> PartnerSummary {
        PartnerSummary {
            catalog: self.catalog.clone(),
            arn: self.arn.clone(),
            id: self.id.clone(),
            legal_name: self.legal_name.clone(),
            created_at: self.created_at,
        }
    }

    fn view(&self) -> GetPartnerResponse {
        GetPartnerResponse {
            catalog: self.catalog.clone(),
            arn: self.arn.clone(),
            id: self.id.clone(),
            legal_name: self.legal_name.clone(),
            created_at: self.created_at,
            profile: PartnerProfile {
                display_name: self.legal_name.0.clone(),
                description: "A partner in the AWS Partner Network.".into(),
                website_url: "https://example.com".into(),
                logo_url: "https://example.com/logo.png".into(),
                primary_solution_type: self.primary_solution_type.clone(),
                industry_segments: vec![IndustrySegment::AgricultureMining],
                translation_source_locale: "en-US".into(),
                localized_contents: None,
                headquarters: None,
                profile_id: Some(self.profile.profile_id.clone()),
            },
            aws_training_certification_email_domains: Some(self.profile.domains.clone()),
        }
    }
}

pub(crate) fn create(
    state: &mut State,
    call: &Call,
    input: CreatePartner,
) -> Result<CreatePartnerResponse, ApiError> {
    if state
        .partners
        .values()
        .any(|p| p.account == call.account && p.catalog == input.catalog)
    {
        return Err(ApiError::conflict(
            "DUPLICATE_PARTNER",
            format!(
                "Account {} already has a partner in catalog {}",
                call.account, input.catalog
            ),
        ));
    }
    let id = state.new_id("partner-");
    let profile_id = state.new_id("pprofile-");
    let record = PartnerRecord {
        arn: format!(
            "arn:aws:partnercentral:{}:{}:catalog/{}/partner/{id}",
            call.region, call.account, input.catalog
        ),
        account: call.account.clone(),
        catalog: input.catalog.clone(),
        id: id.clone(),
        created_at: call.now,
        legal_name: input.legal_name,
        primary_solution_type: input.primary_solution_type,
        profile: Profile {
            profile_id,
            visibility: ProfileVisibility::Private,
            alliance_lead_contact: input.alliance_lead_contact,
            ..Default::default()
        },
    };
    let view = record.view();
    let out = CreatePartnerResponse {
        catalog: view.catalog,
        arn: view.arn,
        id: view.id,
        legal_name: view.legal_name,
        created_at: view.created_at,
        profile: view.profile,
        aws_training_certification_email_domains: view.aws_training_certification_email_domains,
        alliance_lead_contact: record.profile.alliance_lead_contact.clone(),
    };
    // the partner is created with its tags, as TagResource would put them
    crate::other::tags::apply(state, &record.arn, input.tags.unwrap_or_default());
    state.partners.insert(id, record);
    Ok(out)
}

pub(crate) fn get(
    state: &mut State,
    call: &Call,
    input: GetPartner,
) -> Result<GetPartnerResponse, ApiError> {
    state
        .partners
        .values()
        .find(|p| {
            p.catalog == input.catalog
                && (p.id == input.identifier || p.arn == input.identifier)
                && p.account == call.account
        })
        .map(PartnerRecord::view)
        .ok_or_else(|| {
            ApiError::not_found(
                "PARTNER_NOT_FOUND",
                format!(
                    "Partner {} was not found in catalog {}",
                    input.identifier, input.catalog
                ),
            )
        })
}

pub(crate) fn list(
    state: &mut State,
    call: &Call,
    input: ListPartners,
) -> Result<ListPartnersResponse, ApiError> {
    // a token this emulator did not issue is refused, as for the other lists
    let after = crate::wire::page_after(input.next_token.as_deref(), |id| {
        state.partners.contains_key(id)
    })?;
    let matching = state
        .partners
        .values()
        .filter(|p| p.catalog == input.catalog && p.account == call.account);
    let (page, token) =
        crate::wire::page(matching, after.as_deref(), None, |p: &&PartnerRecord| {
            p.id.as_str()
        });
    Ok(ListPartnersResponse {
        partner_summary_list: page.iter().map(|p| p.summary()).collect(),
        next_token: token,
    })
}
