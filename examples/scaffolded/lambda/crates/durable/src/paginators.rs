// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_lambda_shapes::*;

use crate::operations::*;

/// GetDurableExecutionHistory pages by `Marker` and `MaxItems`.
impl awsop::Paginate for GetDurableExecutionHistory {
    type Item = Event;
    fn set_next_token(&mut self, token: Option<String>) {
        self.marker = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_items = Some(size);
    }
    fn next_token(output: &GetDurableExecutionHistoryResponse) -> Option<&str> {
        output.next_marker.as_deref()
    }
    fn items(output: GetDurableExecutionHistoryResponse) -> Vec<Event> {
        output.events
    }
}

/// GetDurableExecutionState pages by `Marker` and `MaxItems`.
impl awsop::Paginate for GetDurableExecutionState {
    type Item = Operation;
    fn set_next_token(&mut self, token: Option<String>) {
        self.marker = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_items = Some(size);
    }
    fn next_token(output: &GetDurableExecutionStateResponse) -> Option<&str> {
        output.next_marker.as_deref()
    }
    fn items(output: GetDurableExecutionStateResponse) -> Vec<Operation> {
        output.operations
    }
}

/// ListDurableExecutionsByFunction pages by `Marker` and `MaxItems`.
impl awsop::Paginate for ListDurableExecutionsByFunction {
    type Item = Execution;
    fn set_next_token(&mut self, token: Option<String>) {
        self.marker = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_items = Some(size);
    }
    fn next_token(output: &ListDurableExecutionsByFunctionResponse) -> Option<&str> {
        output.next_marker.as_deref()
    }
    fn items(output: ListDurableExecutionsByFunctionResponse) -> Vec<Execution> {
        output.durable_executions.unwrap_or_default()
    }
}
