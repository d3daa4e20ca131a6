// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// ListAggregateLogGroupSummaries pages by `nextToken` and `limit`.
impl awsop::Paginate for ListAggregateLogGroupSummaries {
    type Item = AggregateLogGroupSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &ListAggregateLogGroupSummariesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListAggregateLogGroupSummariesResponse) -> Vec<AggregateLogGroupSummary> {
        output.aggregate_log_group_summaries.unwrap_or_default()
    }
}

/// ListAnomalies pages by `nextToken` and `limit`.
impl awsop::Paginate for ListAnomalies {
    type Item = Anomaly;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &ListAnomaliesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListAnomaliesResponse) -> Vec<Anomaly> {
        output.anomalies.unwrap_or_default()
    }
}
