use awsop::aws_operation;

#[aws_operation(service = "partner-central", name = "CancelConnectionInvitation")]
pub struct CancelConnectionInvitation {
    pub catalog: String,
}

fn main() {}
