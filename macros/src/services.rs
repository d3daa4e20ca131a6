//! The one table of services the attribute knows: the service id users write, and the
//! runtime constant that holds the service's facts (target prefix, signing name, ...).

/// `(service id, constant in ::awsop::service)`. Add a row here and a constant in
/// `runtime/src/service.rs` to support a new awsJson 1.0 service.
pub(crate) const SERVICES: &[(&str, &str)] = &[
    ("partnercentral-account", "PARTNERCENTRAL_ACCOUNT"),
    // Smithy's awsJson 1.0 protocol test services, for the conformance vectors
    ("jsonrpc10", "JSON_RPC_10"),
    ("query-compatible-jsonrpc10", "QUERY_COMPATIBLE_JSON_RPC_10"),
];

pub(crate) fn lookup(id: &str) -> Option<&'static str> {
    SERVICES
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, constant)| *constant)
}

pub(crate) fn known() -> String {
    SERVICES
        .iter()
        .map(|(id, _)| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
