// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_logs_shapes::*;

use crate::operations::*;

/// DescribeDeliveries pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeDeliveries {
    type Item = Delivery;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeDeliveriesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeDeliveriesResponse) -> Vec<Delivery> {
        output.deliveries.unwrap_or_default()
    }
}

/// DescribeDeliveryDestinations pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeDeliveryDestinations {
    type Item = DeliveryDestination;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeDeliveryDestinationsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeDeliveryDestinationsResponse) -> Vec<DeliveryDestination> {
        output.delivery_destinations.unwrap_or_default()
    }
}

/// DescribeDeliverySources pages by `nextToken` and `limit`.
impl awsop::Paginate for DescribeDeliverySources {
    type Item = DeliverySource;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeDeliverySourcesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeDeliverySourcesResponse) -> Vec<DeliverySource> {
        output.delivery_sources.unwrap_or_default()
    }
}
