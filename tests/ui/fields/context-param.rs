use awsop::{aws_operation, aws_shape, Service};

const DYNAMODB: Service = Service::aws_json_1_0("dynamodb", "DynamoDB_20120810");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {
    #[aws(context_param = "ResourceArn")]
    pub not_here: Option<String>,
}

#[aws_operation(service = DYNAMODB, name = "DescribeTable", output = "Empty")]
pub struct DescribeTable {
    #[aws(context_param = "ResourceArn")]
    pub table_name: u64,
    #[aws(context_param = ResourceArn)]
    pub other: String,
}

fn main() {}
