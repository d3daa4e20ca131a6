// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use crate::operations::*;

/// ListTables pages by `ExclusiveStartTableName` and `Limit`.
impl awsop::Paginate for ListTables {
    type Item = String;
    fn set_next_token(&mut self, token: Option<String>) {
        self.exclusive_start_table_name = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &ListTablesOutput) -> Option<&str> {
        output.last_evaluated_table_name.as_deref()
    }
    fn items(output: ListTablesOutput) -> Vec<String> {
        output.table_names.unwrap_or_default()
    }
}
