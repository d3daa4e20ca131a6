// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// GetScheduledQueryHistory pages by `nextToken` and `maxResults`.
impl awsop::Paginate for GetScheduledQueryHistory {
    type Item = TriggerHistoryRecord;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &GetScheduledQueryHistoryResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: GetScheduledQueryHistoryResponse) -> Vec<TriggerHistoryRecord> {
        output.trigger_history.unwrap_or_default()
    }
}

/// ListScheduledQueries pages by `nextToken` and `maxResults`.
impl awsop::Paginate for ListScheduledQueries {
    type Item = ScheduledQuerySummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListScheduledQueriesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListScheduledQueriesResponse) -> Vec<ScheduledQuerySummary> {
        output.scheduled_queries.unwrap_or_default()
    }
}
