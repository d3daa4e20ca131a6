use awsop::aws_operation;

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

#[aws_operation(service = "jsonrpc10", name = "EndpointWithHostLabelOperation", output = "Empty", host_prefix = "foo.{Label}.", request_compression = "zstd")]
pub struct EndpointWithHostLabelOperation {
    pub label: Option<String>,
}

fn main() {}
