//! `Option` under another name: the attribute reads `Option` by its spelling (to leave an
//! unset member out of the request), so the type's own facts must agree, or it is an error.

type Maybe<T> = Option<T>;

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Dialog {
    pub greeting: Maybe<String>,
}

fn main() {}
