//! A member's key, default and wire form come from `#[aws(..)]`; of serde's field attributes
//! only `alias` (another key the body may use) is taken, and a struct takes none.

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Note {
    #[serde(alias = "Text")]
    pub text: Option<String>,
    #[serde(rename = "when")]
    pub at: Option<String>,
}

#[awsop::aws_shape]
#[derive(Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Strict {
    pub text: Option<String>,
}

fn main() {
    // the structs still implement what a shape does: one mistake, one error
    let _: Note = serde_json::from_str("{}").unwrap();
    let _: Strict = serde_json::from_str("{}").unwrap();
}
