use awsop::{aws_operation, aws_shape, Service};

const ML: Service = Service::aws_json_1_1("machinelearning", "AmazonML_20141212");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

#[aws_operation(service = ML, name = "Predict", output = "Empty")]
pub struct Predict {
    #[aws(endpoint_url)]
    pub predict_endpoint: String,
    #[aws(endpoint_url)]
    pub other_endpoint: Option<String>,
}

fn main() {}
