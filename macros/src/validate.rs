//! Checks that need the whole struct: one idempotency token, unique wire names.

use crate::ast::{Binding, Field, Operation};
use crate::errors::Errors;

pub(crate) fn validate(fields: &[Field]) -> syn::Result<()> {
    let mut errors = Errors::default();

    // flags one member at most may carry: which, and what a second one is told
    type FlagOf = fn(&Field) -> Option<&syn::Path>;
    let flags: [(FlagOf, &str, &str); 4] = [
        (
            |f| match &f.binding {
                Some(Binding::Payload(flag)) => Some(flag),
                _ => None,
            },
            "payload",
            "is already the payload: a body has one",
        ),
        (
            |f| match &f.binding {
                Some(Binding::ResponseCode(flag)) => Some(flag),
                _ => None,
            },
            "response code member",
            "already holds the status",
        ),
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

    // a payload is the whole body: no member may stand in the body beside it
    if let Some((payload, flag)) = fields.iter().find_map(|f| match &f.binding {
        Some(Binding::Payload(flag)) => Some((f, flag)),
        _ => None,
    }) {
        for field in fields.iter().filter(|f| f.binding.is_none()) {
            errors.at(
                flag,
                format_args!(
                    "`{}` is the payload, the whole body, so `{}` has no place in it; bind `{}` to a `header`, `query` or `label`, or remove `payload`",
                    payload.ident, field.ident, field.ident
                ),
            );
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

/// restJson1: every `{Label}` of the URI has a `label` member and every `label` member a
/// place in the URI.
pub(crate) fn validate_uri(op: &Operation) -> syn::Result<()> {
    let mut errors = Errors::default();
    let labels: Vec<&Field> = op
        .fields
        .iter()
        .filter(|f| matches!(f.binding, Some(Binding::Label(_))))
        .collect();
    let Some(http) = &op.http else {
        // without an `http` trait the protocol is awsJson, which sends every member in the body
        for binding in op.fields.iter().filter_map(|f| f.binding.as_ref()) {
            errors.push(syn::Error::new(
                binding.span(),
                format_args!(
                    "`{}` binds a member to restJson1's request, and this operation has no `http(method = \"..\", uri = \"/..\")` in #[aws_operation(..)]; add it, or remove the binding (awsJson sends every member in the body)",
                    binding.key()
                ),
            ));
        }
        return errors.finish();
    };
    // two members may not bind one header or query name
    let mut bound: Vec<(String, &str)> = Vec::new();
    for field in &op.fields {
        let (kind, name) = match &field.binding {
            Some(Binding::Header(name)) => ("header", name),
            Some(Binding::Query(name)) => ("query parameter", name),
            _ => continue,
        };
        let key = if kind == "header" {
            name.value().to_ascii_lowercase()
        } else {
            name.value()
        };
        if bound.iter().any(|(seen, k)| *seen == key && *k == kind) {
            errors.at(
                name,
                format_args!(
                    "another member is already the {kind} `{}`; remove one of them",
                    name.value()
                ),
            );
        } else {
            bound.push((key, kind));
        }
    }
    let uri = http.uri.value();
    let (path, query) = uri.split_once('?').unwrap_or((&uri, ""));
    if query.contains('{') {
        errors.at(
            &http.uri,
            "a label goes in the URI's path; the query part is constant (bind a member with `query = \"..\"` instead)",
        );
    }
    // each label is a whole segment; a greedy one is the last
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let braced = segment.starts_with('{') && segment.ends_with('}');
        if segment.contains(['{', '}']) && !braced {
            errors.at(
                &http.uri,
                format_args!("`{segment}`: a label is a whole path segment, `/{{Name}}/`"),
            );
        }
        if braced && segment.ends_with("+}") && segments[i + 1..].iter().any(|s| s.contains('{')) {
            errors.at(
                &http.uri,
                format_args!("`{segment}`: a greedy label is the URI's last label"),
            );
        }
    }
    let mut named = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            errors.at(&http.uri, "an unclosed `{` in the URI; write `{Member}`");
            break;
        };
        let label = &rest[open + 1..open + close];
        let label = label.strip_suffix('+').unwrap_or(label);
        if !labels.iter().any(|f| f.label().value() == label) {
            errors.at(
                &http.uri,
                format_args!(
                    "the URI names `{{{label}}}`, and no member is that label; add a required field with `#[aws(label)]` whose member name is `{label}`"
                ),
            );
        }
        named.push(label.to_owned());
        rest = &rest[open + close + 1..];
    }
    for field in labels {
        if !named.contains(&field.label().value()) {
            if let Some(binding) = &field.binding {
                errors.push(syn::Error::new(
                    binding.span(),
                    format_args!(
                        "`{}` is a label, but the URI has no `{{{}}}`; add it to `uri`, or bind the member elsewhere",
                        field.ident,
                        field.label().value()
                    ),
                ));
            }
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
