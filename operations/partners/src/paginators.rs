// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_partnercentral_account_shapes::*;

use crate::operations::*;

/// ListPartners pages by `NextToken`: it has no limit key, the page size is the service's.
impl awsop::Paginate for ListPartners {
    type Item = PartnerSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn next_token(output: &ListPartnersResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListPartnersResponse) -> Vec<PartnerSummary> {
        output.partner_summary_list
    }
}
