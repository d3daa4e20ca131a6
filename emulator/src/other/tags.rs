//! Tags on the ARNs the emulator issued.

use std::collections::BTreeMap;

use awsop_partnercentral_account::{
    ListTagsForResource, ListTagsForResourceResponse, Tag, TagResource, TagResourceResponse,
    UntagResource, UntagResourceResponse,
};

use crate::state::{Call, State};
use crate::wire::ApiError;

/// The tags of `arn`, if the emulator issued it and the caller may see it.
fn tags_of<'a>(
    state: &'a mut State,
    call: &Call,
    arn: &str,
) -> Result<&'a mut BTreeMap<String, String>, ApiError> {
    let known = state
        .invitations
        .values()
        .any(|i| i.view.arn == arn && i.visible_to(&call.account))
        || state
            .connections
            .values()
            .any(|c| c.arn == arn && c.other(&call.account).is_some())
        || state
            .partners
            .values()
            .any(|p| p.arn == arn && p.account == call.account);
    if !known {
        let reason = if arn.contains("/partner/") {
            "PARTNER_NOT_FOUND"
        } else if arn.contains("/connection/") {
            "CONNECTION_NOT_FOUND"
        } else {
            "CONNECTION_INVITATION_NOT_FOUND"
        };
        return Err(ApiError::not_found(
            reason,
            format!("Resource {arn} was not found"),
        ));
    }
    Ok(state.tags.entry(arn.to_owned()).or_default())
}

/// Puts `tags` on `arn`, as `TagResource` does: a key already there takes the new value.
pub(crate) fn apply(state: &mut State, arn: &str, tags: Vec<Tag>) {
    if tags.is_empty() {
        return;
    }
    let on = state.tags.entry(arn.to_owned()).or_default();
    for tag in tags {
        on.insert(tag.key, tag.value);
    }
}

pub(crate) fn tag(
    state: &mut State,
    call: &Call,
    input: TagResource,
) -> Result<TagResourceResponse, ApiError> {
    tags_of(state, call, &input.resource_arn)?;
    apply(state, &input.resource_arn, input.tags);
    Ok(TagResourceResponse {})
}

pub(crate) fn untag(
    state: &mut State,
    call: &Call,
    input: UntagResource,
) -> Result<UntagResourceResponse, ApiError> {
    let tags = tags_of(state, call, &input.resource_arn)?;
    for key in &input.tag_keys {
        tags.remove(key);
    }
    Ok(UntagResourceResponse {})
}

pub(crate) fn list(
    state: &mut State,
    call: &Call,
    input: ListTagsForResource,
) -> Result<ListTagsForResourceResponse, ApiError> {
    let tags = tags_of(state, call, &input.resource_arn)?;
    let tags = tags
        .iter()
        .map(|(key, value)| Tag {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    Ok(ListTagsForResourceResponse {
        resource_arn: input.resource_arn,
        tags: Some(tags),
    })
}
