use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Service};

const SCHEDULER: Service = Service::rest_json_1("scheduler");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Target {
    pub arn: String,
}

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// a structure cannot be a header, a map cannot be a query parameter
#[aws_operation(
    service = SCHEDULER,
    name = "ListSchedules",
    output = "Empty",
    http(method = "GET", uri = "/schedules")
)]
#[derive(Default)]
pub struct ListSchedules {
    #[aws(header = "X-Target")]
    pub target: Option<Target>,
    #[aws(query = "Tags")]
    pub tags: Option<BTreeMap<String, String>>,
}

fn main() {}
