//! `f64` under another name: floats send `NaN` and the infinities as strings, which the
//! attribute arranges by the type's spelling, so another name for one is an error.

type Ratio = f64;

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Scale {
    pub ratio: Option<Ratio>,
}

fn main() {}
