// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_dynamodb_shapes::*;

use crate::operations::*;

/// ListBackups pages by `ExclusiveStartBackupArn` and `Limit`.
impl awsop::Paginate for ListBackups {
    type Item = BackupSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.exclusive_start_backup_arn = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &ListBackupsOutput) -> Option<&str> {
        output.last_evaluated_backup_arn.as_deref()
    }
    fn items(output: ListBackupsOutput) -> Vec<BackupSummary> {
        output.backup_summaries.unwrap_or_default()
    }
}

/// ListBulkOperations pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListBulkOperations {
    type Item = BulkOperationSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListBulkOperationsOutput) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListBulkOperationsOutput) -> Vec<BulkOperationSummary> {
        output.bulk_operations_summary_list.unwrap_or_default()
    }
}
