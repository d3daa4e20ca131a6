use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    #[aws(length())]
    pub catalog: String,
    #[aws(length(min = 10, max = 2), pattern = "a", pattern = "b")]
    pub identifier: String,
    #[aws(range(least = 1), pattern = 5)]
    pub max_results: Option<i32>,
}

fn main() {}
