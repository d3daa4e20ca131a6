//! The error accumulator: every mistake in one compile, each spanned on the token to change.

use std::fmt::Display;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, err: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(err),
            None => self.0 = Some(err),
        }
    }

    pub(crate) fn at(&mut self, tokens: impl ToTokens, msg: impl Display) {
        self.push(syn::Error::new_spanned(tokens, msg));
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// The item as the user wrote it (minus our helper attributes) plus our errors, so the
/// only errors the user sees are ours.
pub(crate) fn with_error(item: TokenStream, err: &syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    quote!(#item #errors)
}
