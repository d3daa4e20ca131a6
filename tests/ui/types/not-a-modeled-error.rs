use awsop::aws_operation;

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct CancelConnectionInvitationResponse {}

#[derive(Debug, serde::Deserialize)]
pub struct NotAnError {}

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation", errors(NotAnError))]
#[derive(Default)]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
