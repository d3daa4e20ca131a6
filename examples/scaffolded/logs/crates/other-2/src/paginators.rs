// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeDestinations pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeDestinations {
    type Item = Destination;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeDestinationsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeDestinationsResponse) -> Vec<Destination> {
        output.destinations.unwrap_or_default()
    }
}

/// DescribeMetricFilters pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeMetricFilters {
    type Item = MetricFilter;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeMetricFiltersResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeMetricFiltersResponse) -> Vec<MetricFilter> {
        output.metric_filters.unwrap_or_default()
    }
}
