use awsop::{aws_operation, aws_shape, Service};

const SCHEDULER: Service = Service::rest_json_1("scheduler");

// an output member bound to the query string; an input holding the response code; a member
// bound twice; an event stream
#[aws_shape]
#[derive(Debug, Default)]
pub struct ListSchedulesOutput {
    #[aws(query = "NextToken")]
    pub next_token: Option<String>,
}

#[aws_operation(
    service = SCHEDULER,
    name = "ListSchedules",
    output = "ListSchedulesOutput",
    http(method = "GOT", uri = "schedules")
)]
pub struct ListSchedules {
    #[aws(response_code)]
    pub status: Option<i32>,
    #[aws(query = "NamePrefix", header = "X-Name-Prefix")]
    pub name_prefix: Option<String>,
    #[aws(event_stream)]
    pub events: Option<String>,
}

fn main() {}
