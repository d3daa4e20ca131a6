//! Reads `#[aws_operation(..)]` and the fields' `#[aws(..)]` into structs that keep spans.
//! Judging across fields is `validate`'s job.

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, LitStr, Path};

use crate::errors::Errors;

/// The arguments of `#[aws_operation(..)]`, as written.
#[derive(Default)]
pub(crate) struct OperationArgs {
    pub(crate) service: Option<ServiceArg>,
    pub(crate) name: Option<LitStr>,
    pub(crate) output: Option<LitStr>,
    /// `errors(A, B)`: the path of the key, for spans, and the listed error types.
    pub(crate) errors: Option<(Path, Vec<Path>)>,
    /// `host_prefix = "foo.{Label}."`: the endpoint trait's host prefix.
    pub(crate) host_prefix: Option<LitStr>,
    /// `request_compression = "gzip"`: the requestCompression trait.
    pub(crate) request_compression: Option<LitStr>,
    /// `http(method = "GET", uri = "/x/{Id}", code = 200)`: restJson1's `http` trait.
    pub(crate) http: Option<HttpArgs>,
    /// `checksum_required`: the httpChecksumRequired trait (`Content-MD5`).
    pub(crate) checksum_required: Option<Path>,
    /// `no_auth`: the operation takes no authentication and is sent unsigned.
    pub(crate) no_auth: Option<Path>,
    /// `operation_context_params(ResourceArnList = "keys(RequestItems)")`: the model's
    /// `operationContextParams`, each a rule-set parameter and its JMESPath.
    pub(crate) operation_context_params: Option<Vec<(String, LitStr)>>,
}

/// `http(method = "GET", uri = "/x/{Id}", code = 200)`, as written.
pub(crate) struct HttpArgs {
    pub(crate) key: Path,
    pub(crate) method: Option<LitStr>,
    pub(crate) uri: Option<LitStr>,
    pub(crate) code: Option<syn::LitInt>,
}

/// `service = "partnercentral-account"` (the service awsop ships) or `service = path::TO_CONST`
/// (an `awsop::Service` a user declares).
pub(crate) enum ServiceArg {
    Name(LitStr),
    Const(Path),
    /// Neither: already reported.
    Invalid,
}

const OPERATION_KEYS: &str =
    "`service`, `name`, `output`, `errors`, `http`, `host_prefix`, `request_compression`, `checksum_required`, `no_auth`, `operation_context_params`";

impl OperationArgs {
    pub(crate) fn parse(args: TokenStream, errors: &mut Errors) -> Self {
        let mut parsed = Self::default();
        let parser = syn::meta::parser(|meta| parsed.one(&meta, errors));
        if let Err(err) = syn::parse::Parser::parse2(parser, args) {
            errors.push(err);
        }
        parsed
    }

    fn one(&mut self, meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<()> {
        if meta.path.is_ident("http") {
            let http = parse_http(meta, errors)?;
            if self.http.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                self.http = Some(http);
            }
            return Ok(());
        }
        for (key, slot) in [
            ("checksum_required", &mut self.checksum_required),
            ("no_auth", &mut self.no_auth),
        ] {
            if meta.path.is_ident(key) {
                set_flag(meta, slot, key, errors);
                return Ok(());
            }
        }
        if meta.path.is_ident("operation_context_params") {
            let mut params: Vec<(String, LitStr)> = Vec::new();
            meta.parse_nested_meta(|inner| {
                let name = path_text(&inner.path);
                let path: LitStr = inner.value()?.parse().map_err(|err| {
                    syn::Error::new(
                        err.span(),
                        "expected the parameter's JMESPath as a string; write `ResourceArnList = \"keys(RequestItems)\"`",
                    )
                })?;
                if params.iter().any(|(known, _)| *known == name) {
                    errors.at(&inner.path, "duplicate parameter; remove one of them");
                } else {
                    params.push((name, path));
                }
                Ok(())
            })?;
            if self.operation_context_params.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                self.operation_context_params = Some(params);
            }
            return Ok(());
        }
        if meta.path.is_ident("errors") {
            let mut listed = Vec::new();
            meta.parse_nested_meta(|inner| {
                if !inner.input.is_empty() && !inner.input.peek(syn::Token![,]) {
                    return Err(inner.error(
                        "expected an error type name; write `errors(ConflictException, ...)`",
                    ));
                }
                listed.push(inner.path);
                Ok(())
            })?;
            if self.errors.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                self.errors = Some((meta.path.clone(), listed));
            }
            return Ok(());
        }
        if meta.path.is_ident("service") {
            // parsed as an expression, so a wrong value is one error and the other arguments
            // are still read
            let value = match meta.value()?.parse::<syn::Expr>()? {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(name),
                    ..
                }) => ServiceArg::Name(name),
                syn::Expr::Path(syn::ExprPath {
                    path, qself: None, ..
                }) => ServiceArg::Const(path),
                other => {
                    errors.at(
                        &other,
                        "expected a service: the path of an `awsop::Service` constant, e.g. `service = crate::DYNAMODB`, or `service = \"partnercentral-account\"`",
                    );
                    ServiceArg::Invalid
                }
            };
            if self.service.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                self.service = Some(value);
            }
            return Ok(());
        }
        let slot = if meta.path.is_ident("name") {
            &mut self.name
        } else if meta.path.is_ident("output") {
            &mut self.output
        } else if meta.path.is_ident("host_prefix") {
            &mut self.host_prefix
        } else if meta.path.is_ident("request_compression") {
            &mut self.request_compression
        } else {
            let key = path_text(&meta.path);
            errors.push(meta.error(format_args!(
                "unknown `aws_operation` argument `{key}`; expected one of {OPERATION_KEYS}"
            )));
            skip_value(meta);
            return Ok(());
        };
        let value: LitStr = meta.value()?.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected a string literal; write `key = \"...\"`",
            )
        })?;
        if slot.is_some() {
            errors.at(&meta.path, "duplicate argument; remove one of them");
        } else {
            *slot = Some(value);
        }
        Ok(())
    }
}

/// `http(method = "..", uri = "..", code = ..)`.
/// A flag (`no_auth`, `#[aws(payload)]`): a bare word, given once; `written` is how a
/// message shows it written.
fn set_flag(meta: &ParseNestedMeta, slot: &mut Option<Path>, written: &str, errors: &mut Errors) {
    if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
        errors.push(meta.error(format_args!(
            "`{}` is a flag; write `{written}`",
            path_text(&meta.path)
        )));
        skip_value(meta);
    } else if slot.is_some() {
        errors.at(&meta.path, "duplicate argument; remove one of them");
    } else {
        *slot = Some(meta.path.clone());
    }
}

fn parse_http(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<HttpArgs> {
    let mut http = HttpArgs {
        key: meta.path.clone(),
        method: None,
        uri: None,
        code: None,
    };
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("code") {
            let code: syn::LitInt = inner.value()?.parse().map_err(|err| {
                syn::Error::new(err.span(), "expected a status code; write `code = 201`")
            })?;
            if http.code.is_some() {
                errors.at(&inner.path, "duplicate argument; remove one of them");
            } else {
                http.code = Some(code);
            }
            return Ok(());
        }
        let (slot, example) = if inner.path.is_ident("method") {
            (&mut http.method, "GET")
        } else if inner.path.is_ident("uri") {
            (&mut http.uri, "/resources/{Id}")
        } else {
            errors.push(inner.error(format_args!(
                "unknown `http` argument `{}`; expected `method`, `uri` or `code`",
                path_text(&inner.path)
            )));
            skip_value(&inner);
            return Ok(());
        };
        let value: LitStr = inner.value()?.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                format!(
                    "expected a string literal; write `{} = \"{example}\"`",
                    path_text(&inner.path)
                ),
            )
        })?;
        if slot.is_some() {
            errors.at(&inner.path, "duplicate argument; remove one of them");
        } else {
            *slot = Some(value);
        }
        Ok(())
    })?;
    Ok(http)
}

/// `length(min = .., max = ..)` or `range(min = .., max = ..)`: the key, for spans, and
/// the bounds as written.
pub(crate) struct Bounds {
    pub(crate) key: Path,
    pub(crate) min: Option<syn::LitInt>,
    pub(crate) max: Option<syn::LitInt>,
}

/// What a field's `#[aws(..)]` attributes say.
#[derive(Default)]
pub(crate) struct FieldArgs {
    /// `length(min = 1, max = 64)`: the model's length constraint.
    pub(crate) length: Option<Bounds>,
    /// `range(min = 1, max = 100)`: the model's numeric range.
    pub(crate) range: Option<Bounds>,
    /// `pattern = ".."`: the model's pattern.
    pub(crate) pattern: Option<LitStr>,
    /// `default = <literal>` or a bare `default`: the model's default value.
    pub(crate) default: Option<(Path, Option<syn::Lit>)>,
    /// `default_json = ".."`: a document's default, as JSON.
    pub(crate) default_json: Option<LitStr>,
    /// `rename = "Wire"`: the member's wire name, when it is not the field name in PascalCase.
    pub(crate) rename: Option<LitStr>,
    /// `idempotency_token`: the attribute path, for spans.
    pub(crate) idempotency_token: Option<Path>,
    /// `endpoint_url`: the member is the URL the request goes to (a customisation such as
    /// Machine Learning's `Predict`).
    pub(crate) endpoint_url: Option<Path>,
    /// `context_param = "ResourceArn"`: the rule-set parameter this member feeds.
    pub(crate) context_param: Option<LitStr>,
    /// `label`: the member fills the URI's `{Name}` (restJson1).
    pub(crate) label: Option<Path>,
    /// `label = "name"`: the URI's label, when it is not the member's name.
    pub(crate) label_name: Option<LitStr>,
    /// `query = "key"`: the member is a query parameter.
    pub(crate) query: Option<LitStr>,
    /// `query_params`: the member's entries are query parameters.
    pub(crate) query_params: Option<Path>,
    /// `header = "X-Name"`: the member is a header.
    pub(crate) header: Option<LitStr>,
    /// `prefix_headers = "X-Meta-"`: the member's entries are headers with this prefix.
    pub(crate) prefix_headers: Option<LitStr>,
    /// `payload`: the member is the whole body.
    pub(crate) payload: Option<Path>,
    /// `response_code`: the member is the response's HTTP status.
    pub(crate) response_code: Option<Path>,
    /// `media_type = "application/json"`: the model's mediaType of the member's shape.
    pub(crate) media_type: Option<LitStr>,
    /// `json_name = "name"`: the member's key in a restJson1 body.
    pub(crate) json_name: Option<LitStr>,
    /// `event_stream`: an event stream, which awsop does not support.
    pub(crate) event_stream: Option<Path>,
    /// The first `#[aws(..)]` attribute, for spans of errors about the field as a whole.
    pub(crate) attr: Option<Attribute>,
    /// A `#[cfg]` or `#[cfg_attr]` on the field, which an attribute macro cannot honour.
    pub(crate) cfg: Option<Attribute>,
}

const FIELD_KEYS: &str =
    "`rename`, `json_name`, `idempotency_token`, `endpoint_url`, `context_param`, `label`, `query`, `query_params`, `header`, `prefix_headers`, `payload`, `response_code`, `media_type`, `length`, `range`, `pattern`, `default`, `default_json`";

impl FieldArgs {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut parsed = Self::default();
        for attr in attrs {
            if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
                parsed.cfg.get_or_insert_with(|| attr.clone());
                continue;
            }
            if !attr.path().is_ident("aws") {
                continue;
            }
            parsed.attr.get_or_insert_with(|| attr.clone());
            if let Err(err) = attr.parse_nested_meta(|meta| parsed.one(&meta, errors)) {
                errors.push(err);
            }
        }
        parsed
    }

    fn one(&mut self, meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<()> {
        for (name, slot) in [
            ("idempotency_token", &mut self.idempotency_token),
            ("endpoint_url", &mut self.endpoint_url),
            ("query_params", &mut self.query_params),
            ("payload", &mut self.payload),
            ("response_code", &mut self.response_code),
            ("event_stream", &mut self.event_stream),
        ] {
            if !meta.path.is_ident(name) {
                continue;
            }
            set_flag(meta, slot, &format!("#[aws({name})]"), errors);
            return Ok(());
        }
        if meta.path.is_ident("label") {
            if self.label.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
                skip_value(meta);
                return Ok(());
            }
            if meta.input.peek(syn::Token![=]) {
                self.label_name = Some(meta.value()?.parse::<LitStr>().map_err(|err| {
                    syn::Error::new(err.span(), "expected the URI's label name; write `label = \"restapi_id\"`, or a bare `label` when it is the member's name")
                })?);
            }
            self.label = Some(meta.path.clone());
            return Ok(());
        }
        if meta.path.is_ident("length") || meta.path.is_ident("range") {
            let bounds = parse_bounds(meta, errors)?;
            let slot = if meta.path.is_ident("length") {
                &mut self.length
            } else {
                &mut self.range
            };
            if slot.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                *slot = Some(bounds);
            }
            return Ok(());
        }
        if meta.path.is_ident("default") {
            let value = if meta.input.peek(syn::Token![=]) {
                Some(meta.value()?.parse::<syn::Lit>().map_err(|err| {
                    syn::Error::new(err.span(), "expected a literal; write `default = \"hi\"`, `default = 1` or a bare `default`")
                })?)
            } else {
                None
            };
            if self.default.is_some() || self.default_json.is_some() {
                errors.at(&meta.path, "duplicate default; remove one of them");
            } else {
                self.default = Some((meta.path.clone(), value));
            }
            return Ok(());
        }
        if meta.path.is_ident("default_json") {
            let value: LitStr = meta.value()?.parse()?;
            if self.default.is_some() || self.default_json.is_some() {
                errors.at(&meta.path, "duplicate default; remove one of them");
            } else {
                self.default_json = Some(value);
            }
            return Ok(());
        }
        // the arguments whose value is one string literal: the key, an example, the slot
        for (name, example, slot) in [
            ("pattern", "[a-z]+", &mut self.pattern),
            ("context_param", "ResourceArn", &mut self.context_param),
            ("rename", "WireName", &mut self.rename),
            ("json_name", "wireName", &mut self.json_name),
            ("query", "maxResults", &mut self.query),
            ("header", "X-Amz-Name", &mut self.header),
            ("prefix_headers", "X-Amz-Meta-", &mut self.prefix_headers),
            ("media_type", "application/json", &mut self.media_type),
        ] {
            if !meta.path.is_ident(name) {
                continue;
            }
            let value: LitStr = meta.value()?.parse().map_err(|err| {
                syn::Error::new(
                    err.span(),
                    format!("expected a string literal; write `{name} = \"{example}\"`"),
                )
            })?;
            if slot.is_some() {
                errors.at(&meta.path, "duplicate argument; remove one of them");
            } else {
                *slot = Some(value);
            }
            return Ok(());
        }
        let key = path_text(&meta.path);
        errors.push(meta.error(format_args!(
            "unknown `aws` field argument `{key}`; expected one of {FIELD_KEYS}"
        )));
        skip_value(meta);
        Ok(())
    }
}

fn parse_bounds(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Bounds> {
    let mut bounds = Bounds {
        key: meta.path.clone(),
        min: None,
        max: None,
    };
    let key = path_text(&meta.path);
    let content;
    syn::parenthesized!(content in meta.input);
    let list: TokenStream = content.parse()?;
    let parser = syn::meta::parser(|inner| {
        let slot = if inner.path.is_ident("min") {
            &mut bounds.min
        } else if inner.path.is_ident("max") {
            &mut bounds.max
        } else {
            errors.push(inner.error(format_args!(
                "unknown bound `{}`; expected `{key}(min = .., max = ..)`",
                path_text(&inner.path)
            )));
            skip_value(&inner);
            return Ok(());
        };
        let value: syn::LitInt = inner.value()?.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                format_args!("expected a whole number; write `{key}(min = 1, max = 64)`"),
            )
        })?;
        if slot.is_some() {
            errors.at(&inner.path, "duplicate bound; remove one of them");
        } else {
            *slot = Some(value);
        }
        Ok(())
    });
    syn::parse::Parser::parse2(parser, list)?;
    if bounds.min.is_none() && bounds.max.is_none() {
        errors.at(
            &meta.path,
            format_args!("`{key}` needs a bound; write `{key}(min = 1, max = 64)`"),
        );
    }
    Ok(bounds)
}

/// Consume `= value` or `(..)` after an unknown key so the rest can still be checked.
fn skip_value(meta: &ParseNestedMeta) {
    if meta.input.peek(syn::Token![=]) {
        let _ = meta.value().and_then(|v| v.parse::<syn::Expr>());
    } else if meta.input.peek(syn::token::Paren) {
        let _ = meta.parse_nested_meta(|inner| {
            skip_value(&inner);
            Ok(())
        });
    }
}

fn path_text(path: &Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// `Span::call_site()` with a name, for errors about a missing argument.
pub(crate) fn whole_attribute() -> Span {
    Span::call_site()
}
