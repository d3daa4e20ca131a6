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
    if let Some(region) = params.region {
        check_region(region)?;
    }
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

/// The partitions of the SDKs' published partition data (`partitions.json`): the id, the region
/// prefixes each one's `regionRegex` (`^<prefix>-\w+-\d+$`) accepts, and its
/// `dualStackDnsSuffix`. A region no regex accepts is in `aws`, as `aws.partition` says.
const PARTITIONS: &[(&str, &[&str], &str)] = &[
    (
        "aws",
        &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"],
        "api.aws",
    ),
    ("aws-cn", &["cn"], "api.amazonwebservices.com.cn"),
    ("aws-us-gov", &["us-gov"], "api.aws"),
    ("aws-iso", &["us-iso"], "c2s.ic.gov"),
    ("aws-iso-b", &["us-isob"], "sc2s.sgov.gov"),
    ("aws-iso-e", &["eu-isoe"], "cloud.adc-e.uk"),
    ("aws-iso-f", &["us-isof"], "csp.hci.ic.gov"),
    ("aws-eusc", &["eusc-de"], "amazonaws.eu"),
];

/// `aws.partition(Region)#dualStackDnsSuffix`: a partition's own global region name first
/// (`aws-cn-global`), then the region regexes, else `aws`.
fn dual_stack_dns_suffix(region: &str) -> &'static str {
    PARTITIONS
        .iter()
        .find(|(id, _, _)| region.strip_suffix("-global") == Some(*id))
        .or_else(|| {
            PARTITIONS
                .iter()
                .find(|(_, prefixes, _)| prefixes.iter().any(|prefix| in_partition(region, prefix)))
        })
        .map_or("api.aws", |(_, _, suffix)| suffix)
}

/// `^<prefix>-\w+-\d+$`.
fn in_partition(region: &str, prefix: &str) -> bool {
    let Some(rest) = region
        .strip_prefix(prefix)
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let Some((word, number)) = rest.split_once('-') else {
        return false;
    };
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_fall_in_their_partitions() {
        assert_eq!(dual_stack_dns_suffix("us-east-1"), "api.aws");
        assert_eq!(
            dual_stack_dns_suffix("cn-north-1"),
            "api.amazonwebservices.com.cn"
        );
        assert_eq!(dual_stack_dns_suffix("us-gov-west-1"), "api.aws");
        assert_eq!(dual_stack_dns_suffix("us-iso-east-1"), "c2s.ic.gov");
        assert_eq!(dual_stack_dns_suffix("us-isob-east-1"), "sc2s.sgov.gov");
        assert_eq!(dual_stack_dns_suffix("us-isof-south-1"), "csp.hci.ic.gov");
        assert_eq!(dual_stack_dns_suffix("eusc-de-east-1"), "amazonaws.eu");
        assert_eq!(
            dual_stack_dns_suffix("aws-cn-global"),
            "api.amazonwebservices.com.cn"
        );
        assert_eq!(dual_stack_dns_suffix("aws-iso-b-global"), "sc2s.sgov.gov");
        assert_eq!(dual_stack_dns_suffix("local-test"), "api.aws");
    }
}
