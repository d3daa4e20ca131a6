// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeResourcePolicies pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeResourcePolicies {
    type Item = ResourcePolicy;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeResourcePoliciesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeResourcePoliciesResponse) -> Vec<ResourcePolicy> {
        output.resource_policies.unwrap_or_default()
    }
}
