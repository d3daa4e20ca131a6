use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    pub catalog: String,
    #[aws(idempotency_token)]
    pub client_token: Option<u64>,
}

fn main() {}
