use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "cancel connection", errors(ConflictException, ConflictException))]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

pub struct ConflictException;

fn main() {}
