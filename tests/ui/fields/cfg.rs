use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    pub catalog: String,
    #[cfg(any())]
    pub identifier: String,
}

fn main() {}
