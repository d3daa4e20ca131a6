use awsop::{aws_operation, aws_shape, Service};

const S3_LIKE: Service = Service::rest_json_1("objects");

#[aws_shape]
#[derive(Debug, Default)]
pub struct Empty {}

// a label inside a segment, a greedy label before another, a label in the query part, and two
// members on one header (names differ only in case)
#[aws_operation(
    service = S3_LIKE,
    name = "GetObject",
    output = "Empty",
    http(method = "GET", uri = "/b{Bucket}/{Key+}/{Part}?v={Version}")
)]
pub struct GetObject {
    #[aws(label)]
    pub bucket: String,
    #[aws(label)]
    pub key: String,
    #[aws(label)]
    pub part: String,
    #[aws(header = "X-Range")]
    pub range: Option<String>,
    #[aws(header = "x-range")]
    pub other_range: Option<String>,
}

fn main() {}
