//! A member's key, default and wire form come from `#[aws(..)]`; of serde's field attributes
//! only `alias` (another key the body may use) is taken.

#[awsop::aws_shape]
#[derive(Debug, Default)]
pub struct Note {
    #[serde(alias = "Text")]
    pub text: Option<String>,
    #[serde(rename = "when")]
    pub at: Option<String>,
}

fn main() {
    // the struct still implements what a shape does: one mistake, one error
    let _: Note = serde_json::from_str("{}").unwrap();
}
