//! The services awsop ships, by the name `service = ".."` gives them (the seed's form); any
//! other service is a user's `awsop::Service` constant, named by its path.

/// `(service id, constant in ::awsop::service)`.
pub(crate) const SERVICES: &[(&str, &str)] =
    &[("partnercentral-account", "PARTNERCENTRAL_ACCOUNT")];

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
