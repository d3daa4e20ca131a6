use awsop::aws_operation;

#[derive(Debug, serde::Deserialize, serde::Serialize)]
pub struct CancelConnectionInvitationResponse {}

#[derive(Debug, serde::Deserialize)]
pub struct NotAnError {}

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation", errors(NotAnError))]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
