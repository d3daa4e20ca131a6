//! A declaration with a mistake still gives the code that uses it what it needs (the
//! `<Name>Error` enum, an `Operation`, a shape), so the mistake is the one error.

use awsop::{aws_operation, aws_shape, Client};

#[aws_shape]
#[derive(Debug, Default)]
pub struct ListThingsResponse {
    #[aws(wire = "Things")]
    pub things: Vec<String>,
}

#[aws_operation(service = "partnercentral-account", name = "ListThings", output = "ListThingsResponse")]
#[derive(Debug)]
pub struct ListThings {
    #[aws(length(min = 1), pattern = 5)]
    pub next_token: Option<String>,
}

pub async fn list(client: &Client) -> usize {
    match client.send(ListThings { next_token: None }).await {
        Ok(output) => output.things.len(),
        Err(err) => match err.service_error() {
            Some(ListThingsError::Unhandled(_)) => 0,
            _ => 1,
        },
    }
}

fn main() {}
