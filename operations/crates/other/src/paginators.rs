// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_partnercentral_account_shapes::*;

use crate::operations::*;

/// ListPartners pages by `NextToken`: no numeric limit key, the page size is the service's.
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
