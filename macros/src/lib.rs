//! The `#[aws_operation]` attribute of [awsop](https://docs.rs/awsop). Use it through the
//! `awsop` crate, which re-exports it and documents it: `use awsop::aws_operation;`.
//!
//! parse (`attr`, `ast`) → validate (`validate`) → expand (`expand`); this file only wires them.

mod ast;
mod attr;
mod errors;
mod expand;
mod services;
mod validate;

use proc_macro::TokenStream;

/// Derives a signed awsJson 1.0 call from a plain request struct. See `awsop::aws_operation`
/// for the arguments and an example.
#[proc_macro_attribute]
pub fn aws_operation(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::aws_operation(args.into(), item.into()).into()
}

/// Derives wire-name serde, validation and member metadata for a model structure that is not
/// an operation's input. See `awsop::aws_shape`.
#[proc_macro_attribute]
pub fn aws_shape(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::aws_shape(args.into(), item.into()).into()
}
