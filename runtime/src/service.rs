//! The services awsop knows: the facts an operation's `service = ".."` id stands for.

/// An awsJson 1.0 service: what the wire, the signer and the endpoint resolver need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Service {
    /// The id users write in `#[aws_operation(service = "..")]`, and the CLI's service name.
    pub id: &'static str,
    /// The prefix of `X-Amz-Target`: `<target_prefix>.<OperationName>`.
    pub target_prefix: &'static str,
    /// The `Content-Type` of requests (`application/x-amz-json-1.0`).
    pub content_type: &'static str,
    /// The SigV4 signing name.
    pub signing_name: &'static str,
    /// The first label of the default endpoint host.
    pub endpoint_prefix: &'static str,
    /// The service's part of `AWS_ENDPOINT_URL_<..>`, from its `serviceId`.
    pub endpoint_env: &'static str,
    /// The service's key in a profile's `[services]` section, from its `serviceId`.
    pub profile_key: &'static str,
    /// `@awsQueryCompatible`: requests say `x-amzn-query-mode: true`, errors carry their
    /// query code in `x-amzn-query-error`.
    pub query_compatible: bool,
    /// The service's Smithy endpoint rule set (`endpoint-rule-set-1.json`), evaluated for the
    /// configured region, FIPS and endpoint; `None`: calls need a configured endpoint URL.
    pub endpoint_rules: Option<&'static str>,
}

/// The AWS Partner Central Account API (`partnercentral-account-2025-04-04`).
pub const PARTNERCENTRAL_ACCOUNT: Service = Service {
    id: "partnercentral-account",
    target_prefix: "PartnerCentralAccount",
    content_type: "application/x-amz-json-1.0",
    signing_name: "partnercentral-account",
    endpoint_prefix: "partnercentral-account",
    endpoint_env: "PARTNERCENTRAL_ACCOUNT",
    profile_key: "partnercentral_account",
    query_compatible: false,
    // a copy of models/partnercentral-account/endpoint-rule-set-1.json (a test keeps them equal)
    endpoint_rules: Some(include_str!("endpoint/partnercentral-account.json")),
};

/// Smithy's awsJson 1.0 protocol test service (`aws.protocoltests.json10#JsonRpc10`), for the
/// conformance vectors.
pub const JSON_RPC_10: Service = Service {
    id: "jsonrpc10",
    target_prefix: "JsonRpc10",
    content_type: "application/x-amz-json-1.0",
    signing_name: "jsonrpc10",
    endpoint_prefix: "jsonrpc10",
    endpoint_env: "JSON_RPC_10",
    profile_key: "json_rpc_10",
    query_compatible: false,
    endpoint_rules: None,
};

/// Smithy's `@awsQueryCompatible` awsJson 1.0 test service.
pub const QUERY_COMPATIBLE_JSON_RPC_10: Service = Service {
    id: "query-compatible-jsonrpc10",
    target_prefix: "QueryCompatibleJsonRpc10",
    content_type: "application/x-amz-json-1.0",
    signing_name: "query-compatible-jsonrpc10",
    endpoint_prefix: "query-compatible-jsonrpc10",
    endpoint_env: "QUERY_COMPATIBLE_JSON_RPC_10",
    profile_key: "query_compatible_json_rpc_10",
    query_compatible: true,
    endpoint_rules: None,
};

/// Every service in this table, for settings that are read per service.
pub const ALL: &[&Service] = &[&PARTNERCENTRAL_ACCOUNT];
