// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_partnercentral_account_shapes::*;

use crate::operations::*;

/// ListConnectionInvitations pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListConnectionInvitations {
    type Item = ConnectionInvitationSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListConnectionInvitationsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListConnectionInvitationsResponse) -> Vec<ConnectionInvitationSummary> {
        output.connection_invitation_summaries
    }
}

/// ListConnections pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListConnections {
    type Item = ConnectionSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListConnectionsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListConnectionsResponse) -> Vec<ConnectionSummary> {
        output.connection_summaries
    }
}
