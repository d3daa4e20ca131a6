//! The shapes Smithy's awsJson 1.0 and 1.1 test services share (`shared-types.smithy` and the
//! greeting errors), declared once.

use awsop::aws_shape;

/// No output.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Empty {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SimpleScalars {
    #[aws(rename = "floatValue")]
    pub float_value: Option<f32>,
    #[aws(rename = "doubleValue")]
    pub double_value: Option<f64>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Greeting {
    #[aws(rename = "greeting")]
    pub greeting: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct InvalidGreeting {
    #[aws(rename = "Message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ComplexError {
    #[aws(rename = "TopLevel")]
    pub top_level: Option<String>,
    #[aws(rename = "Nested")]
    pub nested: Option<ComplexNestedErrorData>,
}

/// awsJson 1.0 ignores `jsonName`: the member is `Foo` on the wire.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ComplexNestedErrorData {
    #[aws(rename = "Foo")]
    pub foo: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FooError {}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GreetingStruct {
    #[aws(rename = "hi")]
    pub hi: Option<String>,
}

awsop::string_enum! {
    pub enum FooEnum { Foo = "Foo", Baz = "Baz", Bar = "Bar", One = "1", Zero = "0" }
}

macro_rules! modeled {
    ($($shape:ident => $message:expr),* $(,)?) => {$(
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                let message: fn(&Self) -> Option<&str> = $message;
                message(self)
            }
        }
    )*};
}
pub(crate) use modeled;

modeled!(
    InvalidGreeting => |e| e.message.as_deref(),
    ComplexError => |_| None,
    FooError => |_| None,
);
