// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_lambda_shapes::*;

use crate::operations::*;

/// ListFunctionUrlConfigs pages by `Marker` and `MaxItems`.
impl awsop::Paginate for ListFunctionUrlConfigs {
    type Item = FunctionUrlConfig;
    fn set_next_token(&mut self, token: Option<String>) {
        self.marker = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_items = Some(size);
    }
    fn next_token(output: &ListFunctionUrlConfigsResponse) -> Option<&str> {
        output.next_marker.as_deref()
    }
    fn items(output: ListFunctionUrlConfigsResponse) -> Vec<FunctionUrlConfig> {
        output.function_url_configs
    }
}
