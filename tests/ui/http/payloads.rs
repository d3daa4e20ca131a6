use awsop::{aws_operation, aws_shape, Blob, Service};

const LAMBDA: Service = Service::rest_json_1("lambda");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// two payloads; a payload beside a body member
#[aws_operation(
    service = LAMBDA,
    name = "Invoke",
    output = "Empty",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/invocations")
)]
pub struct Invoke {
    #[aws(label)]
    pub function_name: String,
    #[aws(payload)]
    pub payload: Option<Blob>,
    #[aws(payload)]
    pub other: Option<Blob>,
    pub client_context: Option<String>,
}

fn main() {}
