use awsop::{aws_operation, Service};

const JSON_RPC_10: Service = Service::aws_json_1_0("jsonrpc10", "JsonRpc10");

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

#[aws_operation(service = JSON_RPC_10, name = "EndpointWithHostLabelOperation", output = "Empty", host_prefix = "foo.{Label}.", request_compression = "zstd")]
pub struct EndpointWithHostLabelOperation {
    pub label: Option<String>,
}

fn main() {}
