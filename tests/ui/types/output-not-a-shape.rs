use awsop::aws_operation;

#[derive(Debug, serde::Deserialize, serde::Serialize)]
pub struct CancelConnectionInvitationResponse {}

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
#[derive(Default)]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
