// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeLogGroups pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeLogGroups {
    type Item = LogGroup;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeLogGroupsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeLogGroupsResponse) -> Vec<LogGroup> {
        output.log_groups.unwrap_or_default()
    }
}

/// ListLogGroupsForQuery pages by `nextToken` and `maxResults`.
impl awsop::Paginate for ListLogGroupsForQuery {
    type Item = String;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListLogGroupsForQueryResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListLogGroupsForQueryResponse) -> Vec<String> {
        output.log_group_identifiers.unwrap_or_default()
    }
}
