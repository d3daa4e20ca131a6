//! Partners: one per account and catalog.

use awsop_partnercentral_account::{CreatePartner, GetPartner, ListPartners};
use serde_json::{json, Value};

use crate::state::{Call, PartnerRecord, Profile, State};
use crate::wire::ApiError;

impl PartnerRecord {
    fn view(&self, full: bool) -> Value {
        let input = &self.input;
        let mut out = json!({
            "Catalog": self.catalog, "Arn": self.arn, "Id": self.id,
            "LegalName": input["LegalName"], "CreatedAt": self.created_at,
        });
        if full {
            out["Profile"] = json!({
                "DisplayName": input["LegalName"], "Description": "A partner in the AWS Partner Network.", "WebsiteUrl": "https://example.com",
                "LogoUrl": "https://example.com/logo.png", "PrimarySolutionType": input["PrimarySolutionType"],
                "IndustrySegments": [awsop_partnercentral_account::IndustrySegment::VALUES[0]], "TranslationSourceLocale": "en-US",
            });
            out["Profile"]["ProfileId"] = json!(self.profile.profile_id);
            out["AwsTrainingCertificationEmailDomains"] = json!(self.profile.domains);
        }
        out
    }
}

pub(crate) fn create(
    state: &mut State,
    call: &Call,
    input: CreatePartner,
) -> Result<Value, ApiError> {
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
        input: serde_json::to_value(&input).unwrap_or_default(),
        profile: Profile {
            profile_id,
            visibility: "PRIVATE".into(),
            alliance_lead_contact: serde_json::to_value(&input.alliance_lead_contact)
                .unwrap_or_default(),
            ..Default::default()
        },
    };
    let mut out = record.view(true);
    out["AllianceLeadContact"] = record.input["AllianceLeadContact"].clone();
    // the partner is created with its tags, as TagResource would put them
    crate::other::tags::apply(state, &record.arn, input.tags.unwrap_or_default());
    state.partners.insert(id, record);
    Ok(out)
}

pub(crate) fn get(state: &mut State, call: &Call, input: GetPartner) -> Result<Value, ApiError> {
    state
        .partners
        .values()
        .find(|p| {
            p.catalog == input.catalog
                && (p.id == input.identifier || p.arn == input.identifier)
                && p.account == call.account
        })
        .map(|p| p.view(true))
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

pub(crate) fn list(state: &mut State, call: &Call, input: ListPartners) -> Result<Value, ApiError> {
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
    let summaries: Vec<Value> = page.iter().map(|p| p.view(false)).collect();
    let mut out = json!({ "PartnerSummaryList": summaries });
    if let Some(token) = token {
        out["NextToken"] = json!(token);
    }
    Ok(out)
}
