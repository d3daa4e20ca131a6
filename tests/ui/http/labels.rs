use awsop::{aws_operation, aws_shape, Service};

const LAMBDA: Service = Service::rest_json_1("lambda");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// `{FunctionName}` has no label member; `qualifier` is a label the URI does not name; a label
// may not be optional
#[aws_operation(
    service = LAMBDA,
    name = "GetFunction",
    output = "Empty",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}")
)]
pub struct GetFunction {
    pub function_name: String,
    #[aws(label)]
    pub qualifier: String,
}

#[aws_operation(
    service = LAMBDA,
    name = "GetAlias",
    output = "Empty",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}")
)]
pub struct GetAlias {
    #[aws(label)]
    pub function_name: String,
    #[aws(label)]
    pub name: Option<String>,
}

fn main() {}
