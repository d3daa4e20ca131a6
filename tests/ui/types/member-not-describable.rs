use awsop::aws_shape;

/// A plain serde type: the CLI and the model check cannot tell what it is on the wire.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Point {
    pub x: i32,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Route {
    pub start: Option<Point>,
}

fn main() {}
