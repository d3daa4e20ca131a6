use awsop::{aws_operation, aws_shape, Service};

const DYNAMODB: Service = Service::aws_json_1_0("dynamodb", "DynamoDB_20120810");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// bindings without `http(..)`: awsJson would send the member in the body
#[aws_operation(service = DYNAMODB, name = "ListTables", output = "Empty")]
#[derive(Default)]
pub struct ListTables {
    #[aws(header = "X-Limit")]
    pub limit: Option<i32>,
}

// `http(..)` on an awsJson service
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeTable",
    output = "Empty",
    http(method = "GET", uri = "/tables")
)]
#[derive(Default)]
pub struct DescribeTable {}

// an awsJson output that reads a header
#[aws_shape]
#[derive(Debug, Default)]
pub struct GetItemOutput {
    #[aws(header = "X-Consumed")]
    pub consumed: Option<String>,
}

#[aws_operation(service = DYNAMODB, name = "GetItem", output = "GetItemOutput")]
#[derive(Default)]
pub struct GetItem {}

fn main() {}
