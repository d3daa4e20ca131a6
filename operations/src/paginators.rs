//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop::Paginate;

use crate::*;

impl Paginate for ListConnectionInvitations {
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

impl Paginate for ListConnections {
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

/// ListPartners has no limit key: the page size is the service's.
impl Paginate for ListPartners {
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
