use awsop::aws_operation;

#[aws_operation(service = "partnercentral-account", name = "CancelConnectionInvitation")]
pub enum CancelConnectionInvitation {
    Catalog(String),
}

fn main() {}
