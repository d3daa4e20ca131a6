use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    pub identifier: String,
    #[aws(rename = "Identifier")]
    pub invitation_id: String,
}

fn main() {}
