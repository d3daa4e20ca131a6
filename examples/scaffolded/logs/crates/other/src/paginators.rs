// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeExportTasks pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeExportTasks {
    type Item = ExportTask;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeExportTasksResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeExportTasksResponse) -> Vec<ExportTask> {
        output.export_tasks.unwrap_or_default()
    }
}

/// ListSourcesForS3TableIntegration pages by `nextToken` and `maxResults`.
impl awsop::Paginate for ListSourcesForS3TableIntegration {
    type Item = S3TableIntegrationSource;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListSourcesForS3TableIntegrationResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListSourcesForS3TableIntegrationResponse) -> Vec<S3TableIntegrationSource> {
        output.sources.unwrap_or_default()
    }
}
