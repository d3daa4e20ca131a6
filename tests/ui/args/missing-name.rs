use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account")]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
