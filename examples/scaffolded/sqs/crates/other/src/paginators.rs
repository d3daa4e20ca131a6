// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use crate::operations::*;

/// ListDeadLetterSourceQueues pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListDeadLetterSourceQueues {
    type Item = String;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListDeadLetterSourceQueuesResult) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListDeadLetterSourceQueuesResult) -> Vec<String> {
        output.queue_urls
    }
}
