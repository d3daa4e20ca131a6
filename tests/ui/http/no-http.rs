use awsop::{aws_operation, aws_shape, Service};

const SCHEDULER: Service = Service::rest_json_1("scheduler");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// a restJson1 operation without its method and URI
#[aws_operation(service = SCHEDULER, name = "ListSchedules", output = "Empty")]
#[derive(Default)]
pub struct ListSchedules {}

fn main() {}
