// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeLogStreams pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeLogStreams {
    type Item = LogStream;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeLogStreamsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeLogStreamsResponse) -> Vec<LogStream> {
        output.log_streams.unwrap_or_default()
    }
}
