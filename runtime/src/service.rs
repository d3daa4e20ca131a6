//! Services: the facts an operation's `#[aws_operation(service = ..)]` names. awsop ships
//! [`PARTNERCENTRAL_ACCOUNT`]; any other AWS JSON service is a `const` a user declares in
//! their own crate:
//!
//! ```
//! use awsop::Service;
//! # const RULES: &str = r#"{"version": "1.0", "parameters": {}, "rules": []}"#;
//!
//! /// Amazon DynamoDB, from its model's metadata and endpoint rule set (`RULES` is
//! /// `include_str!` of the model's `endpoint-rule-set-1.json`).
//! pub const DYNAMODB: Service = Service::aws_json_1_0("dynamodb", "DynamoDB_20120810")
//!     .service_id("DynamoDB")
//!     .endpoint_rules(RULES);
//!
//! assert_eq!(DYNAMODB.endpoint_env(), "DYNAMODB");
//! ```
//!
//! and its operations then say `#[aws_operation(service = crate::DYNAMODB, name = "ListTables")]`.

use crate::bindings::HttpRequest;

/// The wire protocol of a service (its model's `protocol` and `jsonVersion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Protocol {
    /// awsJson 1.0: `POST /`, `X-Amz-Target: <prefix>.<Operation>`, the input as the JSON
    /// body, `Content-Type: application/x-amz-json-1.0`.
    AwsJson1_0,
    /// awsJson 1.1: as 1.0, with `Content-Type: application/x-amz-json-1.1`.
    AwsJson1_1,
    /// restJson1: each operation's `http` trait gives its method and URI; members are bound
    /// to URI labels, the query string, headers or the payload, the rest are the JSON body.
    RestJson1,
}

impl Protocol {
    /// The `Content-Type` of requests.
    pub const fn content_type(self) -> &'static str {
        match self {
            Self::AwsJson1_0 => "application/x-amz-json-1.0",
            Self::AwsJson1_1 => "application/x-amz-json-1.1",
            Self::RestJson1 => "application/json",
        }
    }
}

/// An AWS service: what the wire, the signer and the endpoint resolver need to know. Build one
/// with [`Service::aws_json_1_0`], [`Service::aws_json_1_1`] or [`Service::rest_json_1`] and the
/// `const` methods below, from the model's `metadata` (`targetPrefix`, `signingName`,
/// `serviceId`) and its
/// `endpoint-rule-set-1.json`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Service {
    /// A short name (the model's `endpointPrefix`, e.g. `dynamodb`): traces and the CLI name the
    /// service by it, and one client keeps one endpoint per id.
    pub id: &'static str,
    /// The wire protocol.
    pub protocol: Protocol,
    /// The prefix of `X-Amz-Target`: `<target_prefix>.<OperationName>` (awsJson; empty for
    /// restJson1).
    pub target_prefix: &'static str,
    /// The SigV4 signing name (the model's `signingName`, else its `endpointPrefix`), unless
    /// the resolved endpoint names another.
    pub signing_name: &'static str,
    /// The model's `serviceId`, which names `AWS_ENDPOINT_URL_<ID>` and the profile's
    /// `[services]` key.
    pub service_id: &'static str,
    /// `@awsQueryCompatible`: requests say `x-amzn-query-mode: true`, errors carry their
    /// query code in `x-amzn-query-error`.
    pub query_compatible: bool,
    /// The service's Smithy endpoint rule set (`endpoint-rule-set-1.json`), evaluated for the
    /// configured region, FIPS, dual-stack and endpoint; `None`: calls need a configured
    /// endpoint URL.
    pub endpoint_rules: Option<&'static str>,
    /// restJson1: what the service does to every request beyond its model, as the official
    /// SDKs do by hand for a few services (Glacier's version header and checksums, API
    /// Gateway's `Accept`): called with the bound request before it is assembled and signed.
    pub customize: Option<Customize>,
}

/// Equal facts; customisations are the same function.
impl PartialEq for Service {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.protocol == other.protocol
            && self.target_prefix == other.target_prefix
            && self.signing_name == other.signing_name
            && self.service_id == other.service_id
            && self.query_compatible == other.query_compatible
            && self.endpoint_rules == other.endpoint_rules
            && same_customize(self.customize, other.customize)
    }
}

/// Whether two services customize their requests with the same function (or neither does).
pub(crate) fn same_customize(a: Option<Customize>, b: Option<Customize>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
        _ => false,
    }
}

impl Eq for Service {}

/// A service's request customisation (see [`Service::customize`]).
pub type Customize = for<'a> fn(&mut HttpRequest<'a>);

impl Service {
    /// An awsJson 1.0 service: `id` (its endpoint prefix, also the signing name and service id
    /// until set otherwise) and the `X-Amz-Target` prefix.
    pub const fn aws_json_1_0(id: &'static str, target_prefix: &'static str) -> Self {
        Self {
            id,
            protocol: Protocol::AwsJson1_0,
            target_prefix,
            signing_name: id,
            service_id: id,
            query_compatible: false,
            endpoint_rules: None,
            customize: None,
        }
    }

    /// An awsJson 1.1 service, as [`Service::aws_json_1_0`].
    pub const fn aws_json_1_1(id: &'static str, target_prefix: &'static str) -> Self {
        let mut service = Self::aws_json_1_0(id, target_prefix);
        service.protocol = Protocol::AwsJson1_1;
        service
    }

    /// A restJson1 service: `id` (its endpoint prefix, also the signing name and service id
    /// until set otherwise). Its operations each say their `http(method = .., uri = ..)`.
    pub const fn rest_json_1(id: &'static str) -> Self {
        let mut service = Self::aws_json_1_0(id, "");
        service.protocol = Protocol::RestJson1;
        service
    }

    /// The SigV4 signing name, when it is not the id.
    pub const fn signing_name(mut self, signing_name: &'static str) -> Self {
        self.signing_name = signing_name;
        self
    }

    /// The model's `serviceId` (`"CloudWatch Logs"`), when it is not the id.
    pub const fn service_id(mut self, service_id: &'static str) -> Self {
        self.service_id = service_id;
        self
    }

    /// The service is `@awsQueryCompatible` (SQS).
    pub const fn query_compatible(mut self) -> Self {
        self.query_compatible = true;
        self
    }

    /// The endpoint rule set's JSON text, usually `include_str!` of the model's
    /// `endpoint-rule-set-1.json`; it is parsed once per process, at the first call that needs it.
    pub const fn endpoint_rules(mut self, rules: &'static str) -> Self {
        self.endpoint_rules = Some(rules);
        self
    }

    /// restJson1: `customize` is called with each request's bound labels, headers and body
    /// before the request is assembled and signed.
    ///
    /// ```
    /// use awsop::{bindings::HttpRequest, Service};
    ///
    /// fn accept_json(request: &mut HttpRequest<'_>) {
    ///     request.set_header("accept", "application/json");
    /// }
    ///
    /// pub const API_GATEWAY: Service = Service::rest_json_1("apigateway")
    ///     .service_id("API Gateway")
    ///     .customize(accept_json);
    /// # assert!(API_GATEWAY.customize.is_some());
    /// ```
    pub const fn customize(mut self, customize: Customize) -> Self {
        self.customize = Some(customize);
        self
    }

    /// The `Content-Type` of requests.
    pub const fn content_type(&self) -> &'static str {
        self.protocol.content_type()
    }

    /// The service's part of `AWS_ENDPOINT_URL_<..>`: the service id in capitals, spaces and
    /// hyphens as underscores (`CloudWatch Logs` → `CLOUDWATCH_LOGS`).
    pub fn endpoint_env(&self) -> String {
        self.service_id
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_uppercase(),
            })
            .collect()
    }

    /// The service's key in a profile's `[services]` section: the service id in lower case,
    /// spaces and hyphens as underscores (`cloudwatch_logs`).
    pub fn profile_key(&self) -> String {
        self.endpoint_env().to_ascii_lowercase()
    }
}

/// The AWS Partner Central Account API (`partnercentral-account-2025-04-04`), the service awsop
/// ships: `#[aws_operation(service = "partnercentral-account", ..)]` names it.
pub const PARTNERCENTRAL_ACCOUNT: Service =
    Service::aws_json_1_0("partnercentral-account", "PartnerCentralAccount")
        .service_id("PartnerCentral Account")
        // a copy of models/partnercentral-account/endpoint-rule-set-1.json (a test keeps them
        // equal)
        .endpoint_rules(include_str!("endpoint/partnercentral-account.json"));
