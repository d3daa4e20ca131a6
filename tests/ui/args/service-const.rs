use awsop::{aws_operation, Service};

/// Not a service: a string.
const NOT_A_SERVICE: &str = "dynamodb";

pub const DYNAMODB: Service = Service::aws_json_1_0("dynamodb", "DynamoDB_20120810");

#[aws_operation(service = NOT_A_SERVICE, name = "ListTables", output = "Empty")]
#[derive(Default)]
pub struct ListTables {}

#[aws_operation(service = crate::DYNAMOBD, name = "DescribeTable", output = "Empty")]
#[derive(Default)]
pub struct DescribeTable {}

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

fn main() {
    let _ = DYNAMODB;
}
