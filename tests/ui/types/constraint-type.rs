//! A constraint the member's type cannot be held to: what the type is, not how it is
//! spelled, decides.

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Page {
    #[aws(length(max = 3))]
    pub size: i32,
}

fn main() {}
