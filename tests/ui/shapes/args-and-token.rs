use awsop::aws_shape;

#[aws_shape(name = "Contact")]
#[derive(Debug, Default)]
pub struct Contact {
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

fn main() {}
