use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation(String, String);

fn main() {}
