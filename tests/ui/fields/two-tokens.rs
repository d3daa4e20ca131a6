use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
    #[aws(idempotency_token)]
    pub other_token: Option<String>,
}

fn main() {}
