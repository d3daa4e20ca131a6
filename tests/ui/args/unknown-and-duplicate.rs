use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", nam = "CancelConnectionInvitation", service = "x")]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
