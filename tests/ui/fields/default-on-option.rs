#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Dialog {
    #[aws(default = "hi")]
    pub greeting: Option<String>,
    #[aws(default = "a", default_json = "{}")]
    pub language: String,
}

fn main() {}
