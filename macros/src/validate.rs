//! Checks that need the whole struct: one idempotency token, unique wire names.

use crate::ast::Field;
use crate::errors::Errors;

pub(crate) fn validate(fields: &[Field]) -> syn::Result<()> {
    let mut errors = Errors::default();

    // flags one member at most may carry: which, and what a second one is told
    type FlagOf = fn(&Field) -> Option<&syn::Path>;
    let flags: [(FlagOf, &str, &str); 2] = [
        (
            |f| f.idempotency_token.as_ref(),
            "idempotency token",
            "is already the idempotency token",
        ),
        (
            |f| f.endpoint_url.as_ref(),
            "endpoint URL member",
            "already names the endpoint",
        ),
    ];
    for (flag_of, what, taken) in flags {
        let mut first = None;
        for field in fields {
            let Some(flag) = flag_of(field) else { continue };
            match first {
                None => first = Some(&field.ident),
                Some(first) => errors.at(
                    flag,
                    format_args!("a second {what}; `{first}` {taken}, remove one of the flags"),
                ),
            }
        }
    }

    for (i, field) in fields.iter().enumerate() {
        let wire = field.wire.value();
        if let Some(first) = fields[..i].iter().find(|f| f.wire.value() == wire) {
            errors.at(
                &field.wire,
                format_args!(
                    "the wire name `{wire}` is already used by `{}`; give this field `#[aws(rename = \"...\")]` with its own member name",
                    first.ident
                ),
            );
        }
    }

    errors.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Operation;

    fn check(input: syn::ItemStruct) -> String {
        let op = Operation::from_syn(
            quote::quote!(service = "partnercentral-account", name = "Op"),
            &input,
        )
        .map_err(|e| e.to_string())
        .expect("invariant: the test input parses");
        validate(&op.fields)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn second_token_is_reported() {
        let err = check(syn::parse_quote!(
            struct Op {
                #[aws(idempotency_token)]
                a: Option<String>,
                #[aws(idempotency_token)]
                b: Option<String>,
            }
        ));
        assert_eq!(err, "a second idempotency token; `a` is already the idempotency token, remove one of the flags");
    }

    #[test]
    fn derived_and_renamed_wire_names_collide() {
        let err = check(syn::parse_quote!(
            struct Op {
                client_token: String,
                #[aws(rename = "ClientToken")]
                token: String,
            }
        ));
        assert!(
            err.starts_with("the wire name `ClientToken` is already used by `client_token`"),
            "{err}"
        );
    }

    #[test]
    fn a_valid_struct_passes() {
        assert_eq!(
            check(syn::parse_quote!(
                struct Op {
                    catalog: String,
                    #[aws(idempotency_token)]
                    client_token: Option<String>,
                }
            )),
            ""
        );
    }
}
