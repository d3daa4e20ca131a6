//! Endpoint resolution, as the service's rule set (`endpoint-rule-set-1.json`) says.

pub mod context;
mod functions;
mod partition;
mod rules;

pub use rules::{Endpoint, Param, RuleSet};

use std::sync::{Arc, Mutex};

use crate::service::Service;

/// The rule set's parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct EndpointParams<'a> {
    /// `AWS::Region`.
    pub region: Option<&'a str>,
    /// `AWS::UseFIPS`.
    pub use_fips: bool,
    /// `AWS::UseDualStack`.
    pub use_dual_stack: bool,
    /// `SDK::Endpoint`: a configured endpoint URL.
    pub endpoint: Option<&'a str>,
    /// `AWS::Auth::AccountId`: the credentials' account, when known.
    pub account_id: Option<&'a str>,
    /// `AWS::Auth::AccountIdEndpointMode`: `preferred`, `disabled` or `required`.
    pub account_id_endpoint_mode: Option<&'a str>,
    /// The operation's context parameters (`ResourceArn` from a `TableName`, ...), by the rule
    /// set's parameter name; those the rule set does not declare are left out. A list
    /// parameter (`StringArray`, such as `ResourceArnList`) is given one entry per value.
    pub context: &'a [(&'a str, &'a str)],
}

/// Resolves the endpoint of `service` from its rule set, or the rule set's error text.
///
/// ```
/// use awsop::endpoint::{resolve, EndpointParams};
/// let endpoint = resolve(&awsop::service::PARTNERCENTRAL_ACCOUNT,
///     EndpointParams { region: Some("us-east-1"), ..Default::default() });
/// assert_eq!(endpoint.map(|e| e.url).as_deref(), Ok("https://partnercentral-account.us-east-1.api.aws"));
/// ```
pub fn resolve(service: &Service, params: EndpointParams<'_>) -> Result<Endpoint, String> {
    if let Some(region) = params.region {
        check_region(region)?;
    }
    let Some(text) = service.endpoint_rules else {
        // a service declared without a rule set is reached through a configured URL only
        let url = params.endpoint.map(str::to_owned).ok_or_else(|| {
            format!(
                "the service {} declares no endpoint rule set; configure an endpoint URL",
                service.id
            )
        })?;
        return Ok(Endpoint {
            url,
            headers: Vec::new(),
            properties: serde_json::Value::Object(serde_json::Map::new()),
        });
    };
    let rules = parsed(text)?;
    let mut given = Vec::new();
    for (built_in, value) in [
        (
            "AWS::Region",
            params.region.map(|r| Param::String(r.to_owned())),
        ),
        ("AWS::UseFIPS", Some(Param::Bool(params.use_fips))),
        (
            "AWS::UseDualStack",
            Some(Param::Bool(params.use_dual_stack)),
        ),
        (
            "SDK::Endpoint",
            params.endpoint.map(|e| Param::String(e.to_owned())),
        ),
        (
            "AWS::Auth::AccountId",
            params.account_id.map(|a| Param::String(a.to_owned())),
        ),
        (
            "AWS::Auth::AccountIdEndpointMode",
            params
                .account_id_endpoint_mode
                .map(|m| Param::String(m.to_owned())),
        ),
    ] {
        if let (Some(name), Some(value)) = (rules.built_in(built_in), value) {
            given.push((name, value));
        }
    }
    // the operation's context parameters, where the rule set declares them; a list parameter
    // (`StringArray`) takes every value given under its name, in order
    for (name, value) in params.context {
        if !rules.has_parameter(name) || given.iter().any(|(n, _)| n == name) {
            continue;
        }
        let param = if rules.is_list(name) {
            Param::Strings(
                params
                    .context
                    .iter()
                    .filter(|(other, _)| other == name)
                    .map(|(_, value)| (*value).to_owned())
                    .collect(),
            )
        } else {
            Param::String((*value).to_owned())
        };
        given.push((name, param));
    }
    rules.resolve(given)
}

/// The rule set of this text, parsed once per process (a service's rule set is `'static`
/// text; parsed sets are kept by where the text is).
fn parsed(text: &'static str) -> Result<Arc<RuleSet>, String> {
    static PARSED: Mutex<Vec<(usize, usize, Arc<RuleSet>)>> = Mutex::new(Vec::new());
    let key = (text.as_ptr() as usize, text.len());
    if let Ok(parsed) = PARSED.lock() {
        if let Some((_, _, rules)) = parsed.iter().find(|(p, l, _)| (*p, *l) == key) {
            return Ok(Arc::clone(rules));
        }
    }
    let rules = Arc::new(RuleSet::parse(text)?);
    if let Ok(mut parsed) = PARSED.lock() {
        parsed.push((key.0, key.1, Arc::clone(&rules)));
    }
    Ok(rules)
}

/// Whether `service`'s rule set binds a parameter to this built-in (`AWS::Auth::AccountId`).
pub(crate) fn reads_built_in(service: &Service, built_in: &str) -> bool {
    service
        .endpoint_rules
        .and_then(|text| parsed(text).ok())
        .is_some_and(|rules| rules.built_in(built_in).is_some())
}

/// Whether `region` can stand in a host name, as botocore checks it before building a URL: 1 to
/// 63 letters, digits and hyphens, neither starting nor ending with a hyphen, not all digits.
pub fn is_valid_region(region: &str) -> bool {
    (1..=63).contains(&region.len())
        && region
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !region.starts_with('-')
        && !region.ends_with('-')
        && !region.bytes().all(|b| b.is_ascii_digit())
}

/// [`is_valid_region`] as the error that says what is wrong; the region is not quoted (it
/// may be anything a user or a file gave).
pub(crate) fn check_region(region: &str) -> Result<(), String> {
    if is_valid_region(region) {
        Ok(())
    } else {
        Err(format!(
            "the region is not a valid region name ({} characters); expected 1 to 63 letters, digits and hyphens, like us-east-1",
            region.chars().count()
        ))
    }
}
