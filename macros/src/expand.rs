//! `quote!` the struct's serde attributes, its error enum and its `::awsop::Operation`
//! impl from a valid `Operation`; on error, the struct as written plus our errors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::ItemStruct;

use crate::ast::{is_helper, Field, Operation};
use crate::errors::with_error;
use crate::validate::validate;

pub(crate) fn aws_operation(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut input = match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Struct(input)) => input,
        Ok(syn::Item::Enum(e)) => return with_error(item, &not_a_struct(e.enum_token, "an enum")),
        Ok(syn::Item::Union(u)) => {
            return with_error(item, &not_a_struct(u.union_token, "a union"))
        }
        Ok(other) => return with_error(item, &not_a_struct(other, "this item")),
        Err(err) => return with_error(item, &err),
    };
    let expanded = Operation::from_syn(args, &input).and_then(|op| {
        validate(&op)?;
        Ok(impl_operation(&op, &mut input))
    });
    match expanded {
        Ok(tokens) => tokens,
        Err(err) => {
            strip_helper_attrs(&mut input);
            with_error(quote!(#input), &err)
        }
    }
}

fn not_a_struct(tokens: impl quote::ToTokens, what: &str) -> syn::Error {
    syn::Error::new_spanned(
        tokens,
        format_args!(
            "#[aws_operation] goes on a struct with named fields, not on {what}; write `pub struct OperationName {{ member: Type, .. }}`"
        ),
    )
}

fn strip_helper_attrs(input: &mut ItemStruct) {
    for field in &mut input.fields {
        field.attrs.retain(|attr| !is_helper(attr));
    }
}

/// The struct with serde's wire-name attributes, the error enum and the impls.
fn impl_operation(op: &Operation, input: &mut ItemStruct) -> TokenStream {
    strip_helper_attrs(input);
    for (field, syn_field) in op.fields.iter().zip(input.fields.iter_mut()) {
        syn_field.attrs.insert(0, serde_field_attr(field));
    }
    let attrs = std::mem::take(&mut input.attrs);
    let derive = quote! {
        #[derive(::awsop::__private::serde::Serialize, ::awsop::__private::serde::Deserialize)]
        #[serde(crate = "::awsop::__private::serde", deny_unknown_fields)]
    };
    let ident = &op.ident;
    let name = &op.name;
    let service = &op.service;
    let output = &op.output;
    let error = format_ident!("{}Error", ident);
    let fill = op
        .fields
        .iter()
        .find(|f| f.idempotency_token.is_some())
        .map(|field| {
            let member = &field.ident;
            quote_spanned! {field.ty.span()=>
                fn fill_idempotency_token(&mut self, __tokens: &dyn ::awsop::IdempotencyTokens) {
                    ::awsop::__private::fill_idempotency_token(&mut self.#member, __tokens);
                }
            }
        });
    let error_enum = error_enum(op, &error);
    let error_doc = format!(
        "The errors of [`{ident}`]: the exceptions the model lists for `{}`, and `Unhandled` for any other.",
        name.value()
    );
    quote! {
        #derive
        #(#attrs)*
        #input

        #[doc = #error_doc]
        #error_enum

        const _: () = {
            #[automatically_derived]
            impl ::awsop::Operation for #ident {
                type Output = #output;
                type Error = #error;
                const SERVICE: &'static ::awsop::Service = &::awsop::service::#service;
                const NAME: &'static str = #name;
                #fill
            }
        };
    }
}

fn serde_field_attr(field: &Field) -> syn::Attribute {
    let wire = &field.wire;
    if field.optional {
        syn::parse_quote!(#[serde(rename = #wire, default, skip_serializing_if = "::core::option::Option::is_none")])
    } else {
        syn::parse_quote!(#[serde(rename = #wire)])
    }
}

/// The per-operation error enum: one variant per modeled exception, plus `Unhandled`.
fn error_enum(op: &Operation, error: &syn::Ident) -> TokenStream {
    let vis = &op.vis;
    let variants: Vec<_> = op
        .errors
        .iter()
        .map(|path| {
            let variant = &path
                .segments
                .last()
                .expect("invariant: a parsed path has at least one segment")
                .ident;
            (variant, path)
        })
        .collect();
    let decls = variants.iter().map(|(variant, path)| {
        let doc = format!("The service answered `{variant}`.");
        quote!(#[doc = #doc] #variant(#path),)
    });
    let parse = variants.iter().map(|(variant, path)| {
        quote_spanned! {path.span()=>
            if __code == <#path as ::awsop::ModeledError>::CODE {
                if let ::core::option::Option::Some(__error) = ::awsop::__private::parse_modeled::<#path>(__body) {
                    return Self::#variant(__error);
                }
            }
        }
    });
    let code = variants
        .iter()
        .map(|(variant, path)| quote!(Self::#variant(_) => ::core::option::Option::Some(<#path as ::awsop::ModeledError>::CODE),));
    let message = variants
        .iter()
        .map(|(variant, path)| quote!(Self::#variant(__e) => <#path as ::awsop::ModeledError>::message(__e),));
    quote! {
        #[derive(::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #error {
            #(#decls)*
            /// An error the model does not list for this operation: its code, message and request id.
            Unhandled(::awsop::Unhandled),
        }

        const _: () = {
            #[automatically_derived]
            impl ::awsop::OperationError for #error {
                fn from_response(__code: &str, __body: &[u8], __unhandled: ::awsop::Unhandled) -> Self {
                    #(#parse)*
                    Self::Unhandled(__unhandled)
                }
                fn code(&self) -> ::core::option::Option<&str> {
                    match self {
                        #(#code)*
                        Self::Unhandled(__e) => __e.code(),
                    }
                }
                fn message(&self) -> ::core::option::Option<&str> {
                    match self {
                        #(#message)*
                        Self::Unhandled(__e) => __e.message(),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #error {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::awsop::__private::fmt_service_error(self, __f)
                }
            }

            #[automatically_derived]
            impl ::std::error::Error for #error {}
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pretty(tokens: TokenStream) -> String {
        match syn::parse2::<syn::File>(tokens.clone()) {
            Ok(file) => prettyplease::unparse(&file),
            Err(_) => tokens.to_string(),
        }
    }

    #[test]
    fn cancel_connection_invitation_expansion() {
        let tokens = aws_operation(
            quote!(
                service = "partnercentral-account",
                name = "CancelConnectionInvitation",
                errors(ConflictException, ResourceNotFoundException)
            ),
            quote! {
                #[derive(Debug)]
                pub struct CancelConnectionInvitation {
                    pub catalog: String,
                    pub identifier: String,
                    #[aws(idempotency_token)]
                    pub client_token: Option<String>,
                }
            },
        );
        insta::assert_snapshot!(pretty(tokens));
    }

    #[test]
    fn errors_fall_back_to_the_struct_as_written() {
        let tokens = aws_operation(
            quote!(service = "nope", name = "X"),
            quote!(
                pub struct X {
                    #[aws(rename = "Y")]
                    pub y: String,
                }
            ),
        );
        let text = tokens.to_string();
        assert!(text.contains("pub struct X"), "{text}");
        assert!(
            !text.contains("# [aws"),
            "helper attributes are stripped: {text}"
        );
        assert!(text.contains("compile_error"), "{text}");
    }
}
