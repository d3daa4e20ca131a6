//! `Operation` and `Field`: the struct as the macro understands it.

use proc_macro2::TokenStream;
use quote::format_ident;
use syn::ext::IdentExt;
use syn::spanned::Spanned as _;
use syn::{
    Attribute, Fields, GenericArgument, Ident, ItemStruct, LitStr, Path, PathArguments, Type,
};

use crate::attr::{whole_attribute, FieldArgs, OperationArgs, ServiceArg};
use crate::errors::Errors;
use crate::services;

/// A `#[aws_operation]` struct whose arguments and fields each made sense on their own.
pub(crate) struct Operation {
    pub(crate) ident: Ident,
    pub(crate) vis: syn::Visibility,
    /// The `name = ".."` literal: the operation's name in the model.
    pub(crate) name: LitStr,
    /// The path of the `awsop::Service` constant that holds the service's facts.
    pub(crate) service: TokenStream,
    pub(crate) output: Type,
    pub(crate) errors: Vec<Path>,
    pub(crate) fields: Vec<Field>,
    /// The host prefix as literal text and member references (`{Label}` → the field).
    pub(crate) host_prefix: Option<Vec<HostPart>>,
    pub(crate) request_compression: bool,
    /// `checksum_required`: send `Content-MD5`.
    pub(crate) checksum_required: bool,
    /// `no_auth`: sent unsigned, without credentials.
    pub(crate) no_auth: bool,
    /// `operation_context_params(..)`: rule-set parameters and the JMESPath that reads each.
    pub(crate) operation_context_params: Vec<(String, LitStr)>,
    /// restJson1's `http` trait.
    pub(crate) http: Option<HttpSpec>,
    /// The first paragraph of the struct's doc comment.
    pub(crate) doc: String,
}

/// `http(method = "GET", uri = "/x/{Id}", code = 200)`, checked on its own.
pub(crate) struct HttpSpec {
    pub(crate) method: LitStr,
    pub(crate) uri: LitStr,
    pub(crate) code: u16,
}

/// Where a restJson1 member goes, and the token that said so.
pub(crate) enum Binding {
    Label(Path),
    Query(LitStr),
    QueryParams(Path),
    Header(LitStr),
    PrefixHeaders(LitStr),
    Payload(Path),
    ResponseCode(Path),
}

impl Binding {
    /// The argument's name, for messages.
    pub(crate) fn key(&self) -> &'static str {
        match self {
            Self::Label(_) => "label",
            Self::Query(_) => "query",
            Self::QueryParams(_) => "query_params",
            Self::Header(_) => "header",
            Self::PrefixHeaders(_) => "prefix_headers",
            Self::Payload(_) => "payload",
            Self::ResponseCode(_) => "response_code",
        }
    }

    /// The token to span an error about the binding on.
    pub(crate) fn span(&self) -> proc_macro2::Span {
        match self {
            Self::Label(p) | Self::QueryParams(p) | Self::Payload(p) | Self::ResponseCode(p) => {
                p.span()
            }
            Self::Query(l) | Self::Header(l) | Self::PrefixHeaders(l) => l.span(),
        }
    }
}

/// A piece of a host prefix.
pub(crate) enum HostPart {
    Text(String),
    Member(Ident),
}

impl Field {
    /// The `{Name}` of the URI a `label` member fills: its `label = ".."`, else its name.
    pub(crate) fn label(&self) -> &LitStr {
        self.label_name.as_ref().unwrap_or(&self.wire)
    }
}

pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    /// The member's wire name, and the token to span an error about it on.
    pub(crate) wire: LitStr,
    /// The type is written `Option<..>`: an optional member, omitted when `None`.
    pub(crate) optional: bool,
    /// `#[aws(idempotency_token)]`: the flag's path, for spans.
    pub(crate) idempotency_token: Option<Path>,
    /// `#[aws(endpoint_url)]`: the flag's path, for spans.
    pub(crate) endpoint_url: Option<Path>,
    /// `#[aws(context_param = "..")]`: the endpoint rule-set parameter this member feeds.
    pub(crate) context_param: Option<LitStr>,
    pub(crate) length: Option<(Option<u64>, Option<u64>)>,
    pub(crate) range: Option<(Option<i64>, Option<i64>)>,
    pub(crate) pattern: Option<LitStr>,
    /// The model's default: a literal, `Default::default()` (bare flag), or JSON.
    pub(crate) default: Option<FieldDefault>,
    /// The first paragraph of the field's doc comment.
    pub(crate) doc: String,
    /// The wire form of an `f32`/`f64` (or `Option` of one): non-finite values as strings.
    pub(crate) float: Option<bool>,
    /// restJson1: where the member goes, when not into the JSON body.
    pub(crate) binding: Option<Binding>,
    /// `media_type = ".."`: the model's mediaType (a header's JSON is base64; a payload's
    /// content type).
    pub(crate) media_type: Option<LitStr>,
    /// `json_name = ".."`: the member's key in a restJson1 body, when not its name.
    pub(crate) json_name: Option<LitStr>,
    /// `label = ".."`: the URI label the member fills, when not its name.
    pub(crate) label_name: Option<LitStr>,
}

pub(crate) enum FieldDefault {
    Literal(syn::Lit),
    Empty,
    Json(LitStr),
}

/// A `#[aws_shape]` structure: a model structure that is not an operation's input.
pub(crate) struct Shape {
    pub(crate) fields: Vec<Field>,
}

impl Shape {
    pub(crate) fn from_syn(args: TokenStream, input: &ItemStruct) -> syn::Result<Self> {
        let mut errors = Errors::default();
        if !args.is_empty() {
            errors.push(syn::Error::new_spanned(
                &args,
                "`aws_shape` takes no arguments; write `#[aws_shape]`",
            ));
        }
        let fields = named_fields(input, &mut errors);
        for field in &fields {
            if let Some(flag) = &field.idempotency_token {
                errors.at(flag, "only an operation's input has an idempotency token; move it to the `#[aws_operation]` struct");
            }
            if let Some(flag) = &field.endpoint_url {
                errors.at(flag, "only an operation's input names its endpoint URL; move it to the `#[aws_operation]` struct");
            }
            if let Some(param) = &field.context_param {
                errors.at(param, "only an operation's input feeds the endpoint rule set; move it to the `#[aws_operation]` struct");
            }
            if let Some(
                binding @ (Binding::Label(_) | Binding::Query(_) | Binding::QueryParams(_)),
            ) = &field.binding
            {
                errors.push(syn::Error::new(
                    binding.span(),
                    format_args!("`{}` binds an operation's input to its request; an output or error is read from the response's status, headers and payload", binding.key()),
                ));
            }
        }
        errors.finish()?;
        Ok(Self { fields })
    }
}

/// The struct's fields, each checked on its own; errors for generics and unnamed fields.
fn named_fields(input: &ItemStruct, errors: &mut Errors) -> Vec<Field> {
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        errors.at(
            attr,
            "an awsop struct takes no `#[serde(..)]`: the attribute writes its JSON from `#[aws(..)]`; a member may take `#[serde(alias = \"..\")]`",
        );
    }
    if input.generics.lt_token.is_some() || input.generics.where_clause.is_some() {
        errors.at(
            &input.generics,
            "an awsop struct cannot be generic; remove the generic parameters",
        );
    }
    match &input.fields {
        Fields::Named(named) => named
            .named
            .iter()
            .filter_map(|field| Field::from_syn(field, errors))
            .collect(),
        Fields::Unnamed(unnamed) => {
            errors.at(
                unnamed,
                format_args!(
                    "an operation needs named fields, one per member; write `struct {} {{ catalog: String, .. }}`",
                    input.ident
                ),
            );
            Vec::new()
        }
        Fields::Unit => {
            errors.at(
                &input.ident,
                format_args!(
                    "an operation needs named fields, one per member; for an operation without input write `struct {} {{}}`",
                    input.ident
                ),
            );
            Vec::new()
        }
    }
}

impl Operation {
    pub(crate) fn from_syn(args: TokenStream, input: &ItemStruct) -> syn::Result<Self> {
        let mut errors = Errors::default();
        let args = OperationArgs::parse(args, &mut errors);

        let service = match &args.service {
            None => {
                errors.push(syn::Error::new(
                    whole_attribute(),
                    "missing `service = ...` in #[aws_operation(...)]; name an `awsop::Service` constant, e.g. `service = crate::DYNAMODB`, or write `service = \"partnercentral-account\"`",
                ));
                None
            }
            // `&` spanned as the path, so a constant of another type is an error on the path
            Some(ServiceArg::Const(path)) => Some(quote::quote_spanned!(path.span()=> &#path)),
            Some(ServiceArg::Invalid) => None,
            Some(ServiceArg::Name(lit)) => match services::lookup(&lit.value()) {
                Some(constant) => {
                    let constant = Ident::new(constant, lit.span());
                    Some(quote::quote!(&::awsop::service::#constant))
                }
                None => {
                    errors.at(
                        lit,
                        format_args!(
                            "unknown service `{}`; awsop ships {}; declare any other service as a `const` of `awsop::Service` in your crate and name it: `service = crate::DYNAMODB`",
                            lit.value(),
                            services::known()
                        ),
                    );
                    None
                }
            },
        };

        let name = match &args.name {
            None => {
                errors.push(syn::Error::new(
                    whole_attribute(),
                    "missing `name = \"...\"` in #[aws_operation(...)]; write the operation's name from the model, e.g. `name = \"CancelConnectionInvitation\"`",
                ));
                None
            }
            Some(lit) if !is_pascal_identifier(&lit.value()) => {
                errors.at(
                    lit,
                    "the operation name must be the model's PascalCase name, e.g. `\"CancelConnectionInvitation\"`",
                );
                None
            }
            Some(lit) => Some(lit.clone()),
        };

        let output = match (&args.output, &name) {
            (Some(lit), _) => match lit.parse::<Type>() {
                Ok(ty) => Some(ty),
                Err(_) => {
                    errors.at(lit, "expected a type name; write e.g. `output = \"CancelConnectionInvitationResponse\"`");
                    None
                }
            },
            (None, Some(name)) => {
                let ident = format_ident!("{}Response", name.value(), span = name.span());
                Some(syn::parse_quote!(#ident))
            }
            (None, None) => None,
        };

        let mut error_types = Vec::new();
        if let Some((_, listed)) = &args.errors {
            for path in listed {
                if error_types.iter().any(|seen: &Path| {
                    seen.segments.last().map(|s| &s.ident) == path.segments.last().map(|s| &s.ident)
                }) {
                    errors.at(path, "this error is listed twice; remove one of them");
                } else {
                    error_types.push(path.clone());
                }
            }
        }

        let fields = named_fields(input, &mut errors);
        let host_prefix = args
            .host_prefix
            .as_ref()
            .map(|lit| host_parts(lit, &fields, &mut errors));
        let request_compression = match &args.request_compression {
            None => false,
            Some(lit) if lit.value() == "gzip" => true,
            Some(lit) => {
                errors.at(
                    lit,
                    "the only request compression awsop applies is `\"gzip\"`",
                );
                false
            }
        };

        for field in &fields {
            if let Some(binding @ Binding::ResponseCode(_)) = &field.binding {
                errors.push(syn::Error::new(
                    binding.span(),
                    "only an output holds the response code; move `response_code` to the output `#[aws_shape]`",
                ));
            }
        }
        let http = args
            .http
            .as_ref()
            .and_then(|http| http_spec(http, &mut errors));

        errors.finish()?;
        match (service, name, output) {
            (Some(service), Some(name), Some(output)) => Ok(Self {
                ident: input.ident.clone(),
                vis: input.vis.clone(),
                name,
                service,
                output,
                errors: error_types,
                fields,
                host_prefix,
                request_compression,
                checksum_required: args.checksum_required.is_some(),
                no_auth: args.no_auth.is_some(),
                operation_context_params: args.operation_context_params.unwrap_or_default(),
                http,
                doc: doc_text(&input.attrs),
            }),
            _ => unreachable!("invariant: every missing argument pushed an error above"),
        }
    }
}

impl Field {
    fn from_syn(field: &syn::Field, errors: &mut Errors) -> Option<Self> {
        let args = FieldArgs::parse(&field.attrs, errors);
        if let Err(err) = crate::expand::serde_aliases(field) {
            errors.push(err);
        }
        if let Some(cfg) = &args.cfg {
            errors.at(
                cfg,
                "`#[cfg]` on an operation field is not supported: the member would still be sent; remove it, or declare two operation structs",
            );
        }
        let ident = field.ident.clone()?;
        let optional = option_inner(&field.ty).is_some();
        // members the endpoint reads as text
        for (given, what, why) in [
            (
                args.endpoint_url.is_some(),
                "endpoint URL member",
                "it is the URL the request goes to",
            ),
            (
                args.context_param.is_some(),
                "context parameter",
                "the endpoint rule set reads it as a string",
            ),
        ] {
            if given && !is_string(&field.ty) && !is_option_string(&field.ty) {
                errors.at(
                    &field.ty,
                    format_args!(
                        "the {what} `{ident}` must be `String` or `Option<String>`: {why}"
                    ),
                );
            }
        }
        if args.idempotency_token.is_some() && !is_option_string(&field.ty) {
            {
                errors.at(
                    &field.ty,
                    format_args!(
                        "the idempotency token `{}` must be `Option<String>`: it is filled with a UUID when left `None`; write `{}: Option<String>`",
                        ident.unraw(),
                        ident
                    ),
                );
            }
        }
        let wire = match &args.rename {
            Some(lit) => {
                if lit.value().is_empty() {
                    errors.at(
                        lit,
                        "the wire name cannot be empty; write the member's name from the model",
                    );
                }
                lit.clone()
            }
            None => LitStr::new(&pascal_case(&ident.unraw().to_string()), ident.span()),
        };
        let default = match (args.default, args.default_json) {
            (Some((_, Some(lit))), _) => Some(FieldDefault::Literal(lit)),
            (Some((_, None)), _) => Some(FieldDefault::Empty),
            (None, Some(json)) => Some(FieldDefault::Json(json)),
            (None, None) => None,
        };
        if let (Some(_), Some(_)) = (&default, option_inner(&field.ty)) {
            errors.at(&field.ty, "a member with a default is never unset; write the plain type instead of `Option<..>`");
        }
        let float = match option_inner(&field.ty) {
            Some(inner) if is_float(inner) => Some(true),
            None if is_float(&field.ty) => Some(false),
            _ => None,
        };
        let doc = doc_text(&field.attrs);
        if let Some(flag) = &args.event_stream {
            errors.at(flag, "event streams are not supported: awsop sends and reads whole bodies; leave this operation out, or call it with the official SDK");
        }
        let mut bindings = [
            args.label.clone().map(Binding::Label),
            args.query.clone().map(Binding::Query),
            args.query_params.clone().map(Binding::QueryParams),
            args.header.clone().map(Binding::Header),
            args.prefix_headers.clone().map(Binding::PrefixHeaders),
            args.payload.clone().map(Binding::Payload),
            args.response_code.clone().map(Binding::ResponseCode),
        ]
        .into_iter()
        .flatten();
        let binding = bindings.next();
        for extra in bindings {
            errors.push(syn::Error::new(
                extra.span(),
                format_args!(
                    "a member goes to one place; `{ident}` is already bound by `{}`, remove `{}`",
                    binding.as_ref().map_or("", Binding::key),
                    extra.key()
                ),
            ));
        }
        if let (Some(Binding::Label(flag)), true) = (&binding, optional) {
            errors.at(
                flag,
                format_args!("a URI label is a required member; write the plain type instead of `Option<..>` for `{ident}`"),
            );
        }
        let length = args.length.as_ref().and_then(|b| bounds::<u64>(b, errors));
        let range = args.range.as_ref().and_then(|b| bounds::<i64>(b, errors));
        Some(Self {
            ident,
            ty: field.ty.clone(),
            wire,
            optional,
            idempotency_token: args.idempotency_token,
            endpoint_url: args.endpoint_url,
            context_param: args.context_param,
            length,
            range,
            pattern: args.pattern,
            default,
            float,
            doc,
            binding,
            media_type: args.media_type,
            json_name: args.json_name,
            label_name: args.label_name,
        })
    }
}

/// `http(..)` checked on its own: a known method, a URI that starts with `/`, a status code.
fn http_spec(http: &crate::attr::HttpArgs, errors: &mut Errors) -> Option<HttpSpec> {
    const METHODS: [&str; 6] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"];
    let Some(method) = &http.method else {
        errors.at(
            &http.key,
            "`http` needs the method; write `http(method = \"GET\", uri = \"/..\")`",
        );
        return None;
    };
    if !METHODS.contains(&method.value().as_str()) {
        errors.at(
            method,
            "expected an HTTP method: `GET`, `PUT`, `POST`, `DELETE`, `PATCH` or `HEAD`",
        );
    }
    let Some(uri) = &http.uri else {
        errors.at(
            &http.key,
            "`http` needs the URI; write `http(method = \"GET\", uri = \"/..\")`",
        );
        return None;
    };
    if !uri.value().starts_with('/') {
        errors.at(
            uri,
            "the URI starts with `/`, as the model's `http` trait writes it",
        );
    }
    let code = match &http.code {
        None => 200,
        Some(lit) => match lit.base10_parse::<u16>() {
            Ok(code) if (100..600).contains(&code) => code,
            _ => {
                errors.at(lit, "expected an HTTP status code, 100 to 599");
                200
            }
        },
    };
    Some(HttpSpec {
        method: method.clone(),
        uri: uri.clone(),
        code,
    })
}

fn bounds<N>(bounds: &crate::attr::Bounds, errors: &mut Errors) -> Option<(Option<N>, Option<N>)>
where
    N: std::str::FromStr + PartialOrd + Copy,
    N::Err: std::fmt::Display,
{
    let parse = |lit: &Option<syn::LitInt>, errors: &mut Errors| match lit {
        None => Ok(None),
        Some(lit) => lit
            .base10_parse::<N>()
            .map(Some)
            .map_err(|err| errors.push(err)),
    };
    let min = parse(&bounds.min, errors).ok()?;
    let max = parse(&bounds.max, errors).ok()?;
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            errors.at(&bounds.key, "`min` is greater than `max`; swap them");
            return None;
        }
    }
    Some((min, max))
}

/// `foo.{Label}.` → text and the fields whose wire name is `Label`.
fn host_parts(lit: &LitStr, fields: &[Field], errors: &mut Errors) -> Vec<HostPart> {
    let text = lit.value();
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(HostPart::Text(rest[..open].to_owned()));
        }
        let Some(close) = rest[open..].find('}') else {
            errors.at(lit, "an unclosed `{` in the host prefix; write `{Member}`");
            return parts;
        };
        let label = &rest[open + 1..open + close];
        match fields.iter().find(|f| f.wire.value() == label) {
            Some(field) if field.optional => errors.at(
                lit,
                format_args!(
                    "the host label `{label}` must be a required member (a plain `String`)"
                ),
            ),
            Some(field) => parts.push(HostPart::Member(field.ident.clone())),
            None => errors.at(
                lit,
                format_args!(
                    "the host prefix names `{label}`, which is no member of this operation"
                ),
            ),
        }
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        parts.push(HostPart::Text(rest.to_owned()));
    }
    parts
}

/// Our helper attributes, which rustc would reject on the struct we re-emit.
pub(crate) fn is_helper(attr: &Attribute) -> bool {
    attr.path().is_ident("aws")
}

/// `snake_case` → `PascalCase`: `client_token` → `ClientToken`.
pub(crate) fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn is_pascal_identifier(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `T` when the type is written `Option<T>` (any path ending in `Option`).
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(inner) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// The first paragraph of `///` comments, on one line.
pub(crate) fn doc_text(attrs: &[Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &nv.value
            {
                let line = text.value();
                if line.trim().is_empty() {
                    if !lines.is_empty() {
                        break;
                    }
                    continue;
                }
                lines.push(line.trim().to_owned());
            }
        }
    }
    lines.join(" ")
}

fn is_float(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1
        && (p.path.segments[0].ident == "f32" || p.path.segments[0].ident == "f64"))
}

fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(inner) if inner.qself.is_none()
        && inner.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_empty()))
}

fn is_option_string(ty: &Type) -> bool {
    option_inner(ty).is_some_and(is_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_case_joins_words() {
        assert_eq!(pascal_case("client_token"), "ClientToken");
        assert_eq!(pascal_case("catalog"), "Catalog");
        assert_eq!(pascal_case("a_b_c"), "ABC");
    }

    #[test]
    fn option_string_is_recognised() {
        assert!(is_option_string(&syn::parse_quote!(Option<String>)));
        assert!(is_option_string(&syn::parse_quote!(
            ::core::option::Option<::std::string::String>
        )));
        assert!(!is_option_string(&syn::parse_quote!(Option<u32>)));
        assert!(!is_option_string(&syn::parse_quote!(String)));
    }

    #[test]
    fn unknown_service_names_the_fix() {
        let input: ItemStruct = syn::parse_quote!(
            struct X {
                catalog: String,
            }
        );
        let err = Operation::from_syn(quote::quote!(service = "s3", name = "X"), &input)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("unknown service `s3`; awsop ships `partnercentral-account`")
                && err.contains("`service = crate::DYNAMODB`"),
            "{err}"
        );
    }
}
