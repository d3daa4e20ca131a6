use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    #[aws(wire = "Catalog")]
    pub catalog: String,
    #[aws(idempotency_token, idempotency_token)]
    pub client_token: Option<String>,
}

fn main() {}
