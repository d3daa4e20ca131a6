//! Endpoint resolution, as the service's rule set (`endpoint-rule-set-1.json`) says.

use crate::service::Service;

/// The rule set's parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct EndpointParams<'a> {
    /// `AWS::Region`.
    pub region: Option<&'a str>,
    /// `AWS::UseFIPS`.
    pub use_fips: bool,
    /// `SDK::Endpoint`: a configured endpoint URL.
    pub endpoint: Option<&'a str>,
}

/// Resolves the endpoint URL of `service`, or the rule set's error text.
///
/// ```
/// use awsop::endpoint::{resolve, EndpointParams};
/// let url = resolve(&awsop::service::PARTNERCENTRAL_ACCOUNT,
///     EndpointParams { region: Some("us-east-1"), ..Default::default() });
/// assert_eq!(url.as_deref(), Ok("https://partnercentral-account.us-east-1.api.aws"));
/// ```
pub fn resolve(service: &Service, params: EndpointParams<'_>) -> Result<String, String> {
    if let Some(endpoint) = params.endpoint {
        if params.use_fips {
            return Err("Invalid Configuration: FIPS and custom endpoint are not supported".into());
        }
        return Ok(endpoint.to_owned());
    }
    let Some(region) = params.region else {
        return Err("Invalid Configuration: Missing Region".into());
    };
    let fips = if params.use_fips { "-fips" } else { "" };
    Ok(format!(
        "https://{}{fips}.{region}.{}",
        service.endpoint_prefix,
        dual_stack_dns_suffix(region)
    ))
}

/// `aws.partition(Region)#dualStackDnsSuffix` for the partitions whose suffix differs from
/// the `aws` partition's; any other region resolves in `aws`, as the partition function does.
fn dual_stack_dns_suffix(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "api.amazonwebservices.com.cn"
    } else {
        "api.aws"
    }
}
