// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_dynamodb_shapes::*;

use crate::operations::*;

/// ListTagsOfResource pages by `NextToken`: no numeric limit key, the page size is the service's.
impl awsop::Paginate for ListTagsOfResource {
    type Item = Tag;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn next_token(output: &ListTagsOfResourceOutput) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListTagsOfResourceOutput) -> Vec<Tag> {
        output.tags.unwrap_or_default()
    }
}
