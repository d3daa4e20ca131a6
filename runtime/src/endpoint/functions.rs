//! The rules language's string functions, as the Smithy standard library and the AWS
//! extensions define them.

/// `substring(input, start, stop, reverse)`: ASCII only; `None` when out of range.
pub(crate) fn substring(input: &str, start: usize, stop: usize, reverse: bool) -> Option<&str> {
    if !input.is_ascii() || start >= stop || stop > input.len() {
        return None;
    }
    let len = input.len();
    if reverse {
        input.get(len - stop..len - start)
    } else {
        input.get(start..stop)
    }
}

/// `uriEncode`: every byte but the unreserved `A-Z a-z 0-9 - _ . ~` as `%XX`.
pub(crate) fn uri_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// What `parseURL` gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Url {
    pub(crate) scheme: String,
    pub(crate) authority: String,
    pub(crate) path: String,
    pub(crate) normalized_path: String,
    pub(crate) is_ip: bool,
}

/// `parseURL`: an `http`/`https` URL without a query, its parts as written.
pub(crate) fn parse_url(input: &str) -> Option<Url> {
    let parsed = url::Url::parse(input).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
        return None;
    }
    if input.contains('?') || input.contains('#') {
        return None;
    }
    let (scheme, rest) = input.split_once("://")?;
    let (authority, path) = match rest.find('/') {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, ""),
    };
    if authority.is_empty() {
        return None;
    }
    let is_ip = matches!(parsed.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)));
    let normalized_path = if path.ends_with('/') {
        path.to_owned()
    } else {
        format!("{path}/")
    };
    Some(Url {
        scheme: scheme.to_owned(),
        authority: authority.to_owned(),
        path: path.to_owned(),
        normalized_path,
        is_ip,
    })
}

/// `isValidHostLabel`: `^[a-zA-Z\d][a-zA-Z\d\-]{0,62}$`, each dot-separated label when
/// sub-domains are allowed.
pub(crate) fn is_valid_host_label(label: &str, allow_sub_domains: bool) -> bool {
    let one = |label: &str| {
        (1..=63).contains(&label.len())
            && label.starts_with(|c: char| c.is_ascii_alphanumeric())
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if allow_sub_domains {
        label.split('.').all(one)
    } else {
        one(label)
    }
}

/// `aws.isVirtualHostableS3Bucket`: a bucket name that can be a DNS label (or labels): 3 to
/// 63 lowercase letters, digits, hyphens (and dots when sub-domains are allowed), starting
/// and ending with a letter or digit, not an IP address.
pub(crate) fn is_virtual_hostable_s3_bucket(bucket: &str, allow_sub_domains: bool) -> bool {
    let lower = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let segment = |s: &str| {
        (3..=63).contains(&s.len())
            && s.bytes().next().is_some_and(lower)
            && s.bytes().last().is_some_and(lower)
            && s.bytes().all(|b| lower(b) || b == b'-' || b == b'.')
            && !s.contains("..")
            && !s.contains(".-")
            && !s.contains("-.")
            && !looks_like_ipv4(s)
    };
    if allow_sub_domains {
        segment(bucket)
            && bucket
                .split('.')
                .all(|label| is_valid_host_label(label, false))
    } else {
        segment(bucket) && !bucket.contains('.')
    }
}

/// `^(\d+\.){3}\d+$`: four runs of digits, as the SDKs refuse bucket names (any digits, not
/// only a valid address).
fn looks_like_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// What `aws.parseArn` gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Arn {
    pub(crate) partition: String,
    pub(crate) service: String,
    pub(crate) region: String,
    pub(crate) account_id: String,
    pub(crate) resource_id: Vec<String>,
}

/// `aws.parseArn`: `arn:partition:service:region:account:resource`, the resource split on
/// `:` and `/`; `None` unless partition, service and resource are there.
pub(crate) fn parse_arn(input: &str) -> Option<Arn> {
    let mut parts = input.splitn(6, ':');
    if parts.next()? != "arn" {
        return None;
    }
    let partition = parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    let account_id = parts.next()?;
    let resource = parts.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    Some(Arn {
        partition: partition.to_owned(),
        service: service.to_owned(),
        region: region.to_owned(),
        account_id: account_id.to_owned(),
        resource_id: resource.split([':', '/']).map(str::to_owned).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_counts_from_either_end_and_refuses_what_does_not_fit() {
        assert_eq!(substring("abcdef", 0, 3, false), Some("abc"));
        assert_eq!(substring("abcdef", 0, 3, true), Some("def"));
        assert_eq!(substring("abcdef", 2, 7, false), None);
        assert_eq!(substring("abcdef", 3, 3, false), None);
        assert_eq!(substring("abcdé", 0, 2, false), None, "not ASCII");
    }

    #[test]
    fn uri_encode_keeps_only_the_unreserved() {
        assert_eq!(uri_encode("a b/c~d-e_f.g"), "a%20b%2Fc~d-e_f.g");
        assert_eq!(uri_encode("é"), "%C3%A9");
    }

    #[test]
    fn parse_url_gives_the_parts_as_written() {
        let url = parse_url("https://example.com:8443/a/b").expect("a URL");
        assert_eq!(
            (
                url.scheme.as_str(),
                url.authority.as_str(),
                url.path.as_str()
            ),
            ("https", "example.com:8443", "/a/b")
        );
        assert_eq!(url.normalized_path, "/a/b/");
        assert!(!url.is_ip);
        let ip = parse_url("http://127.0.0.1").expect("an IP URL");
        assert!(ip.is_ip && ip.path.is_empty() && ip.normalized_path == "/");
        assert!(parse_url("http://[::1]:80/").is_some_and(|u| u.is_ip));
        assert_eq!(parse_url("https://example.com/?q=1"), None, "a query");
        assert_eq!(parse_url("ftp://example.com"), None);
        assert_eq!(parse_url("not a url"), None);
    }

    #[test]
    fn host_labels_and_buckets() {
        assert!(is_valid_host_label("us-east-1", false));
        assert!(!is_valid_host_label("-bad", false));
        assert!(!is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b", true));
        assert!(!is_valid_host_label(&"a".repeat(64), false));
        assert!(is_virtual_hostable_s3_bucket("my-bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("My-Bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("a.b.c", false));
        assert!(is_virtual_hostable_s3_bucket("abc.def", true));
        assert!(!is_virtual_hostable_s3_bucket("192.168.1.1", true));
        assert!(!is_virtual_hostable_s3_bucket("300.300.300.300", true));
        assert!(!is_virtual_hostable_s3_bucket("ab", false));
    }

    #[test]
    fn arns_split_into_their_parts() {
        let arn = parse_arn("arn:aws:dynamodb:us-east-1:123456789012:table/Music").expect("an ARN");
        assert_eq!(arn.account_id, "123456789012");
        assert_eq!(arn.resource_id, ["table", "Music"]);
        assert_eq!(
            parse_arn("arn:aws:s3:::bucket").map(|a| a.resource_id),
            Some(vec!["bucket".to_owned()])
        );
        assert_eq!(parse_arn("arn:aws:dynamodb:us-east-1:123456789012"), None);
        assert_eq!(parse_arn("urn:aws:s3:::bucket"), None);
        assert_eq!(parse_arn("arn::s3:::bucket"), None);
    }
}
