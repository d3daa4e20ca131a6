//! `quote!` the error enum and the `::awsop` impls (the JSON through the runtime's
//! `json_members!`) from a valid `Operation` or `Shape`; on error, the struct as written plus
//! our errors.
//!
//! The emitted methods are `#[inline]`, as the JSON ones are generic: machine code is
//! made in the crate that calls an operation, not in the crate that declares it. A crate of
//! declarations then compiles in a fraction of a second (the tags family: 1.3 s → 0.17 s in
//! release), and an app pays only for the operations it calls (bench/RESULTS.md).

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::ItemStruct;

use crate::ast::{is_helper, Binding, Field, FieldDefault, HostPart, Operation, Shape};
use crate::errors::{with_error, Errors};
use crate::validate::{validate, validate_uri};

pub(crate) fn aws_operation(args: TokenStream, item: TokenStream) -> TokenStream {
    let output = declared_output(&args);
    expand(item, Fallback::Operation(output), |input| {
        let op = Operation::from_syn(args, input)?;
        let mut errors = Errors::default();
        for result in [validate(&op.fields), validate_uri(&op)] {
            if let Err(err) = result {
                errors.push(err);
            }
        }
        errors.finish()?;
        Ok(impl_operation(&op, input))
    })
}

/// What a struct is to the wire: an operation's input (written to a request) or a shape
/// (read from a response, or nested in a body).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Input,
    Shape,
}

/// Which declaration [`fallback`] stands in for.
enum Fallback {
    /// An operation, with the output type its arguments name, if they do.
    Operation(Option<Box<syn::Type>>),
    Shape,
}

/// An operation's output type as its arguments name it (`output = "Name"`), else the default
/// `<Operation>Response`, read leniently: for [`fallback`], when the arguments have a mistake.
fn declared_output(args: &TokenStream) -> Option<Box<syn::Type>> {
    let tokens: Vec<proc_macro2::TokenTree> = args.clone().into_iter().collect();
    tokens.windows(3).find_map(|w| match w {
        [proc_macro2::TokenTree::Ident(key), proc_macro2::TokenTree::Punct(eq), proc_macro2::TokenTree::Literal(lit)]
            if key == "output" && eq.as_char() == '=' =>
        {
            syn::parse_str::<syn::LitStr>(&lit.to_string())
                .ok()?
                .parse()
                .ok()
                .map(Box::new)
        }
        _ => None,
    })
}

pub(crate) fn aws_shape(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(item, Fallback::Shape, |input| {
        let shape = Shape::from_syn(args, input)?;
        validate(&shape.fields)?;
        Ok(impl_shape(&shape, input))
    })
}

/// Parses the item as a struct, runs `body`, and falls back to the struct as written plus
/// the errors, and the impls it would have had (see [`fallback`]).
fn expand(
    item: TokenStream,
    kind: Fallback,
    body: impl FnOnce(&mut ItemStruct) -> syn::Result<TokenStream>,
) -> TokenStream {
    let mut input = match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Struct(input)) => input,
        Ok(syn::Item::Enum(e)) => return with_error(item, &not_a_struct(e.enum_token, "an enum")),
        Ok(syn::Item::Union(u)) => {
            return with_error(item, &not_a_struct(u.union_token, "a union"))
        }
        Ok(other) => return with_error(item, &not_a_struct(other, "this item")),
        Err(err) => return with_error(item, &err),
    };
    match body(&mut input) {
        Ok(tokens) => tokens,
        Err(err) => {
            strip_helper_attrs(&mut input);
            let fallback = fallback(&input, kind);
            with_error(quote!(#input #fallback), &err)
        }
    }
}

/// What a declaration with a mistake still emits beside its error, as thiserror does: the
/// traits (and for an operation, the `<Name>Error` enum) that the code using it needs, with
/// bodies that never run (the crate does not compile), so that the mistake is the one error.
/// A generic struct gets none: its error already says generics are not supported.
fn fallback(input: &ItemStruct, kind: Fallback) -> TokenStream {
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let ident = &input.ident;
    let shape = quote! {
        impl ::awsop::__private::serde::Serialize for #ident {
            fn serialize<__S: ::awsop::__private::serde::Serializer>(
                &self,
                _: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                ::core::unimplemented!()
            }
        }
        impl<'de> ::awsop::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D: ::awsop::__private::serde::Deserializer<'de>>(
                _: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::core::unimplemented!()
            }
        }
        impl ::awsop::Validate for #ident {
            fn validate(&self, _: &mut ::awsop::Validator) {}
            fn schema() -> ::awsop::Schema {
                ::awsop::Schema::Structure(&[])
            }
        }
        impl ::awsop::Shape for #ident {
            const MEMBERS: &'static [::awsop::Member] = &[];
        }
    };
    let Fallback::Operation(output) = kind else {
        return quote!(const _: () = { #shape };);
    };
    let vis = &input.vis;
    let error = format_ident!("{}Error", ident);
    let output = output.unwrap_or_else(|| {
        let name = format_ident!("{}Response", ident);
        Box::new(syn::parse_quote!(#name))
    });
    let name = ident.to_string();
    quote! {
        #[derive(::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #error {
            /// Any error.
            Unhandled(::awsop::Unhandled),
        }
        const _: () = {
            #shape
            impl ::awsop::Operation for #ident {
                type Output = #output;
                type Error = #error;
                const SERVICE: &'static ::awsop::Service = &::awsop::__private::FALLBACK;
                const NAME: &'static str = #name;
            }
            impl ::awsop::OperationError for #error {
                fn errors<__E: ::awsop::ErrorVisitor<Self>>(__v: &mut __E) {
                    __v.unhandled(Self::Unhandled);
                }
                fn modeled(&self) -> ::awsop::ErrorRef<'_> {
                    ::core::unimplemented!()
                }
            }
            impl ::core::fmt::Display for #error {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unimplemented!()
                }
            }
            impl ::std::error::Error for #error {}
        };
    }
}

fn not_a_struct(tokens: impl quote::ToTokens, what: &str) -> syn::Error {
    syn::Error::new_spanned(
        tokens,
        format_args!(
            "#[aws_operation] and #[aws_shape] go on a struct with named fields, not on {what}; write `pub struct Name {{ member: Type, .. }}`"
        ),
    )
}

/// Takes off the field attributes the attribute reads: `#[aws(..)]`, and `#[serde(alias)]`
/// (the struct derives no serde; [`json_members`] writes its JSON).
fn strip_helper_attrs(input: &mut ItemStruct) {
    input.attrs.retain(|attr| !attr.path().is_ident("serde"));
    for field in &mut input.fields {
        field
            .attrs
            .retain(|attr| !is_helper(attr) && !attr.path().is_ident("serde"));
    }
}

/// The struct as declared, less the attributes the attribute reads (`#[aws(..)]`, and the
/// `#[serde(alias)]` keys [`json_members`] takes).
fn plain_struct(input: &mut ItemStruct) -> TokenStream {
    strip_helper_attrs(input);
    quote!(#input)
}

/// `Serialize`, `Deserialize` and the table-driven reader, from the runtime's
/// `json_members!`: the fields in the order of `MEMBERS` (a float marked, for its wire form),
/// the members with model defaults, and the keys `#[serde(alias = "..")]` adds. An input is
/// read strictly, every member under its name (what the CLI and the emulator take).
fn json_members(
    ident: &syn::Ident,
    fields: &[Field],
    input: &ItemStruct,
    role: Role,
) -> TokenStream {
    let names = fields.iter().map(|field| {
        let member = &field.ident;
        match field.float {
            Some(true) => quote!(#member: float_option),
            Some(false) => quote!(#member: float),
            None if field.optional => quote!(#member: option),
            None => quote!(#member),
        }
    });
    let strict = role == Role::Input;
    let defaults: Vec<_> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.default.is_some())
        .map(|(i, field)| {
            let member = &field.ident;
            let i = proc_macro2::Literal::usize_unsuffixed(i);
            quote!(#i => #member)
        })
        .collect();
    let defaults = (!defaults.is_empty()).then(|| quote!(, defaults [#(#defaults),*]));
    let mut aliases = Vec::new();
    for (i, field) in input.fields.iter().enumerate() {
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        // a field's other serde arguments were refused when it was parsed
        let keys = serde_aliases(field).unwrap_or_default();
        aliases.extend(keys.into_iter().map(|key| quote!(#key => #i)));
    }
    let aliases = (!aliases.is_empty()).then(|| quote!(, aliases [#(#aliases),*]));
    quote! {
        ::awsop::__json_members!(#ident, #strict, [#(#names),*] #defaults #aliases);
    }
}

/// The keys a field's `#[serde(alias = "..")]` attributes add: the one serde attribute a
/// declared field takes (the attribute writes the JSON itself).
pub(crate) fn serde_aliases(field: &syn::Field) -> syn::Result<Vec<syn::LitStr>> {
    let mut aliases = Vec::new();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("alias") {
                aliases.push(meta.value()?.parse()?);
                Ok(())
            } else {
                Err(meta.error(
                    "a member takes `#[serde(alias = \"..\")]` only: its key, defaults and wire form come from `#[aws(..)]`",
                ))
            }
        })?;
    }
    Ok(aliases)
}

fn is_primitive(ty: &syn::Type) -> bool {
    const PRIMITIVES: &[&str] = &[
        "bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64",
    ];
    matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1
        && PRIMITIVES.iter().any(|name| p.path.segments[0].ident == name))
}

/// The functions the JSON reader calls for members the model gives defaults: impls of a hidden trait,
/// one per member, so the declared type gets no method of ours.
fn default_fns(ident: &syn::Ident, fields: &[Field]) -> TokenStream {
    fields
        .iter()
        .enumerate()
        .filter_map(|(i, field)| {
            let body = match field.default.as_ref()? {
                // a number or bool for a primitive field is the value itself; anything else (a
                // string for `String`, an enum, a `Blob`; a number for an `EpochSeconds`)
                // converts
                FieldDefault::Literal(lit) if is_primitive(&field.ty) => quote!(#lit),
                FieldDefault::Literal(lit) => quote!(::core::convert::From::from(#lit)),
                FieldDefault::Empty => quote!(::core::default::Default::default()),
                FieldDefault::Json(json) => {
                    quote!(::awsop::__private::serde_json::from_str(#json).unwrap_or_default())
                }
            };
            let ty = &field.ty;
            let i = proc_macro2::Literal::usize_unsuffixed(i);
            Some(quote_spanned! {ty.span()=>
                impl ::awsop::__private::MemberDefault<#i> for #ident {
                    type Value = #ty;
                    fn value() -> #ty {
                        #body
                    }
                }
            })
        })
        .collect()
}

/// `impl ::awsop::Validate` (one call per member, its constraints as data) and
/// `impl ::awsop::Shape` (the members: what the type says of itself, and what the attributes
/// add).
fn impl_shape_traits(ident: &syn::Ident, fields: &[Field], role: Role) -> TokenStream {
    let checks = fields.iter().enumerate().map(|(i, field)| {
        let mut member = field.ident.clone();
        member.set_span(field.ty.span());
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        // all at the member's type, as its entry in `MEMBERS` is, so that a type that is no
        // member type is one error, there
        let ty = &field.ty;
        quote_spanned! {ty.span()=>
            <#ty as __V>::member(&self.#member, &__m[#i], __v);
        }
    });
    let members = fields.iter().map(member);
    let read_http = if role == Role::Shape {
        read_http(fields)
    } else {
        None
    };
    let (validator, members_local) = if fields.is_empty() {
        (quote!(_), None)
    } else {
        (
            quote!(__v),
            Some(quote!(let __m = <Self as ::awsop::Shape>::MEMBERS;)),
        )
    };
    quote! {
        use ::awsop::{Member as __M, Validate as __V};
        #[automatically_derived]
        impl ::awsop::Validate for #ident {
            #[inline]
            fn validate(&self, #validator: &mut ::awsop::__private::Validator) {
                #members_local
                #(#checks)*
            }
            fn schema() -> ::awsop::Schema {
                ::awsop::Schema::Structure(<Self as ::awsop::Shape>::MEMBERS)
            }
        }
        impl ::awsop::Shape for #ident {
            const MEMBERS: &'static [::awsop::Member] = &[#(#members),*];
            #read_http
        }
    }
}

/// One member's entry: `Member::required::<String>("Catalog").min_length(1)...`. The
/// constructor is named by how the type is spelled (what the `option` and `float` marks of
/// `json_members!` assume),
/// and checks it against the type's own facts at compile time.
fn member(field: &Field) -> TokenStream {
    let ty = &field.ty;
    let wire = &field.wire;
    // every token of the entry carries the member type's span, so a check that fails while
    // the compiler evaluates it points at the member, not at the attribute
    let span = ty.span();
    let constructor = match (field.float, field.optional) {
        (Some(_), _) => format_ident!("float", span = span),
        (None, true) => format_ident!("optional", span = span),
        (None, false) => format_ident!("required", span = span),
    };
    let mut tokens = quote_spanned! {ty.span()=>
        __M::#constructor(#wire, <#ty as __V>::FACTS)
    };
    if field.idempotency_token.is_some() {
        tokens.extend(quote!(.token()));
    }
    let (min_length, max_length) = field.length.unwrap_or_default();
    let (min, max) = field.range.unwrap_or_default();
    let unsigned = |name: &str, n: Option<u64>| {
        let name = format_ident!("{name}", span = span);
        n.map(|n| {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote_spanned!(ty.span()=> .#name(#n))
        })
    };
    let signed = |name: &str, n: Option<i64>| {
        let name = format_ident!("{name}", span = span);
        n.map(|n| {
            let n = proc_macro2::Literal::i64_unsuffixed(n);
            quote_spanned!(ty.span()=> .#name(#n))
        })
    };
    tokens.extend(unsigned("min_length", min_length));
    tokens.extend(unsigned("max_length", max_length));
    tokens.extend(signed("min", min));
    tokens.extend(signed("max", max));
    if let Some(pattern) = &field.pattern {
        tokens.extend(quote_spanned!(ty.span()=> .pattern(#pattern)));
    }
    if !field.doc.is_empty() {
        let doc = &field.doc;
        tokens.extend(quote!(.doc(#doc)));
    }
    let location = match &field.binding {
        None => field
            .json_name
            .as_ref()
            .map(|key| quote!(::awsop::Location::Body(#key))),
        Some(Binding::Label(_)) => {
            let name = field.label();
            Some(quote!(::awsop::Location::Label(#name)))
        }
        Some(Binding::Query(name)) => Some(quote!(::awsop::Location::Query(#name))),
        Some(Binding::QueryParams(_)) => Some(quote!(::awsop::Location::QueryParams)),
        Some(Binding::Header(name)) => Some(quote!(::awsop::Location::Header(#name))),
        Some(Binding::PrefixHeaders(prefix)) => {
            Some(quote!(::awsop::Location::PrefixHeaders(#prefix)))
        }
        Some(Binding::Payload(_)) => Some(quote!(::awsop::Location::Payload)),
        Some(Binding::ResponseCode(_)) => Some(quote!(::awsop::Location::ResponseCode)),
    };
    if let Some(location) = location {
        tokens.extend(quote!(.at(#location)));
    }
    tokens
}

/// restJson1: `Shape::read_http` for a shape with members bound to the response.
fn read_http(fields: &[Field]) -> Option<TokenStream> {
    let reads: Vec<TokenStream> = fields
        .iter()
        .filter_map(|field| {
            let member = &field.ident;
            let wire = &field.wire;
            let span = field.ty.span();
            Some(match field.binding.as_ref()? {
                Binding::Header(name) if field.media_type.is_some() => {
                    quote_spanned!(span=> __r.header_base64(#name, &mut self.#member)?;)
                }
                Binding::Header(name) => {
                    quote_spanned!(span=> __r.header(#name, &mut self.#member)?;)
                }
                Binding::PrefixHeaders(prefix) => {
                    quote_spanned!(span=> __r.prefix_headers(#prefix, &mut self.#member);)
                }
                Binding::Payload(_) => {
                    quote_spanned!(span=> __r.payload(#wire, &mut self.#member)?;)
                }
                Binding::ResponseCode(_) => {
                    quote_spanned!(span=> __r.response_code(&mut self.#member);)
                }
                Binding::Label(_) | Binding::Query(_) | Binding::QueryParams(_) => return None,
            })
        })
        .collect();
    if reads.is_empty() {
        return None;
    }
    let payload = fields
        .iter()
        .any(|f| matches!(f.binding, Some(Binding::Payload(_))))
        .then(|| {
            quote!(
                const HTTP_PAYLOAD: bool = true;
            )
        });
    Some(quote! {
        const HTTP_BOUND: bool = true;
        #payload
        #[inline]
        fn read_http(
            &mut self,
            __r: &::awsop::__private::HttpResponse<'_>,
        ) -> ::core::result::Result<(), ::std::string::String> {
            #(#reads)*
            ::core::result::Result::Ok(())
        }
    })
}

/// restJson1: the `http` trait and `Operation::http_request` (items of the impl), and a check
/// of the service's protocol (an item beside it): restJson1 with `http`, not without.
fn http_request(op: &Operation) -> (TokenStream, TokenStream) {
    let ident = &op.ident;
    let Some(http) = &op.http else {
        // through the impl (its `SERVICE` and `Output`): a mistake there is one error, there
        let check = quote! {
            const _: () = ::awsop::__private::needs_no_http::<#ident>();
        };
        return (TokenStream::new(), check);
    };
    let check = quote! {
        const _: () = ::awsop::__private::needs_rest_json::<#ident>();
    };
    let (method, uri, code) = (&http.method, &http.uri, http.code);
    let mut writes: Vec<TokenStream> = op
        .fields
        .iter()
        .filter_map(|field| {
            let member = &field.ident;
            let wire = &field.wire;
            let span = field.ty.span();
            Some(match field.binding.as_ref()? {
                Binding::Label(_) => {
                    let name = field.label();
                    quote_spanned!(span=> __r.label(#name, &self.#member);)
                }
                Binding::Query(name) => quote_spanned!(span=> __r.query(#name, &self.#member);),
                Binding::QueryParams(_) => {
                    quote_spanned!(span=> __r.query_params(#wire, &self.#member);)
                }
                Binding::Header(name) if field.media_type.is_some() => {
                    quote_spanned!(span=> __r.header_base64(#name, &self.#member);)
                }
                Binding::Header(name) => quote_spanned!(span=> __r.header(#name, &self.#member);),
                Binding::PrefixHeaders(prefix) => {
                    quote_spanned!(span=> __r.prefix_headers(#prefix, &self.#member);)
                }
                Binding::Payload(_) => {
                    let media_type = match &field.media_type {
                        Some(media) => quote!(::core::option::Option::Some(#media)),
                        None => quote!(::core::option::Option::None),
                    };
                    quote_spanned!(span=> __r.payload(#wire, &self.#member, #media_type);)
                }
                Binding::ResponseCode(_) => return None,
            })
        })
        .collect();
    if op.fields.iter().any(|f| f.binding.is_none()) {
        writes.push(quote!(__r.json_body(self);));
    }
    let body = if writes.is_empty() {
        quote!(let _ = __r;)
    } else {
        quote!(#(#writes)*)
    };
    let items = quote! {
        const HTTP: ::awsop::Http = ::awsop::Http { method: #method, uri: #uri, code: #code };
        #[inline]
        fn http_request<'__a>(&'__a self, __r: &mut ::awsop::__private::HttpRequest<'__a>) {
            #body
        }
    };
    (items, check)
}

/// A `#[aws_shape]`: its JSON with wire names (unknown members ignored, missing ones
/// defaulted: error correction), `Validate` and `Shape`.
fn impl_shape(shape: &Shape, input: &mut ItemStruct) -> TokenStream {
    let ident = input.ident.clone();
    let mut traits = impl_shape_traits(&ident, &shape.fields, Role::Shape);
    traits.extend(default_fns(&ident, &shape.fields));
    traits.extend(json_members(&ident, &shape.fields, input, Role::Shape));
    let item = plain_struct(input);
    quote! {
        #item
        const _: () = {
            #traits
            const _: () = ::awsop::__private::members::<#ident>();
        };
    }
}

/// An `#[aws_operation]`: the struct, its JSON with wire names, the error enum and the impls.
fn impl_operation(op: &Operation, input: &mut ItemStruct) -> TokenStream {
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
                #[inline]
                fn fill_idempotency_token(&mut self, __tokens: &dyn ::awsop::IdempotencyTokens) {
                    ::awsop::__private::fill_idempotency_token(&mut self.#member, __tokens);
                }
            }
        });
    let endpoint_url = op
        .fields
        .iter()
        .find(|f| f.endpoint_url.is_some())
        .map(|field| {
            let member = &field.ident;
            let value = if field.optional {
                quote!(self.#member.as_deref())
            } else {
                quote!(::core::option::Option::Some(&self.#member))
            };
            quote! {
                #[inline]
                fn endpoint_url(&self) -> ::core::option::Option<&str> {
                    #value
                }
            }
        });
    let context: Vec<TokenStream> = op
        .fields
        .iter()
        .filter_map(|field| {
            let param = field.context_param.as_ref()?;
            let member = &field.ident;
            Some(if field.optional {
                quote! {
                    if let ::core::option::Option::Some(__value) = self.#member.as_deref() {
                        __params.push((#param, __value));
                    }
                }
            } else {
                quote!(__params.push((#param, self.#member.as_str()));)
            })
        })
        .collect();
    let context_params = (!context.is_empty()).then(|| {
        quote! {
            const HAS_CONTEXT_PARAMS: bool = true;
            #[inline]
            fn context_params<'__a>(
                &'__a self,
                __params: &mut ::std::vec::Vec<(&'static str, &'__a str)>,
            ) {
                #(#context)*
            }
        }
    });
    let mut traits = impl_shape_traits(ident, &op.fields, Role::Input);
    traits.extend(default_fns(ident, &op.fields));
    traits.extend(json_members(ident, &op.fields, input, Role::Input));
    let host_prefix = op.host_prefix.as_ref().map(|parts| {
        let pieces = parts.iter().map(|part| match part {
            HostPart::Text(text) => quote!(__prefix.push_str(#text);),
            HostPart::Member(member) => quote!(__prefix.push_str(&self.#member);),
        });
        quote! {
            #[inline]
            fn host_prefix(&self) -> ::core::option::Option<::std::string::String> {
                let mut __prefix = ::std::string::String::new();
                #(#pieces)*
                ::core::option::Option::Some(__prefix)
            }
        }
    });
    let doc = (!op.doc.is_empty()).then(|| {
        let doc = &op.doc;
        quote!(const DOC: &'static str = #doc;)
    });
    let compression = op.request_compression.then(|| {
        quote!(
            const REQUEST_COMPRESSION: bool = true;
        )
    });
    let checksum = op.checksum_required.then(|| {
        quote!(
            const CHECKSUM_REQUIRED: bool = true;
        )
    });
    let no_auth = op.no_auth.then(|| {
        quote!(
            const NO_AUTH: bool = true;
        )
    });
    let operation_context = (!op.operation_context_params.is_empty()).then(|| {
        let params = op
            .operation_context_params
            .iter()
            .map(|(name, path)| quote!((#name, #path)));
        quote!(
            const OPERATION_CONTEXT_PARAMS: &'static [(&'static str, &'static str)] = &[#(#params),*];
        )
    });
    let (http_items, http_check) = http_request(op);
    let (error_enum, error_impls) = error_enum(op, &error);
    let error_doc = format!(
        "The errors of [`{ident}`]: the exceptions the model lists for `{}`, and `Unhandled` for any other.",
        name.value()
    );
    let item = plain_struct(input);
    quote! {
        #item

        #[doc = #error_doc]
        #error_enum

        const _: () = {
            #error_impls
            #traits
            #http_check
            #[automatically_derived]
            impl ::awsop::Operation for #ident {
                type Output = #output;
                type Error = #error;
                const SERVICE: &'static ::awsop::Service = #service;
                const NAME: &'static str = #name;
                #doc
                #compression
                #checksum
                #no_auth
                #operation_context
                #http_items
                #fill
                #host_prefix
                #endpoint_url
                #context_params
            }
        };
    }
}

/// The per-operation error enum (one variant per modeled exception, plus `Unhandled`), and
/// its impls, which only name the variants: reading, codes and messages are the runtime's.
fn error_enum(op: &Operation, error: &syn::Ident) -> (TokenStream, TokenStream) {
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
    let visits = variants
        .iter()
        .map(|(variant, path)| quote_spanned!(path.span()=> __v.error(Self::#variant);));
    let modeled = variants
        .iter()
        .map(|(variant, _)| quote!(Self::#variant(__e) => ::core::result::Result::Ok(__e),));
    let item = quote! {
        #[derive(::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #error {
            #(#decls)*
            /// An error the model does not list for this operation: its code, message and request id.
            Unhandled(::awsop::Unhandled),
        }
    };
    let impls = quote! {
        impl ::awsop::OperationError for #error {
            fn errors<__E: ::awsop::ErrorVisitor<Self>>(__v: &mut __E) {
                #(#visits)*
                __v.unhandled(Self::Unhandled);
            }
            fn modeled(&self) -> ::awsop::ErrorRef<'_> {
                match self {
                    #(#modeled)*
                    Self::Unhandled(__e) => ::core::result::Result::Err(__e),
                }
            }
        }
        impl ::core::fmt::Display for #error {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::awsop::__private::fmt_service_error(self, __f)
            }
        }
        impl ::std::error::Error for #error {}
    };
    (item, impls)
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
        insta::assert_snapshot!(seed(quote!(ConflictException, ResourceNotFoundException)));
    }

    fn seed(errors: TokenStream) -> String {
        pretty(aws_operation(
            quote!(
                service = "partnercentral-account",
                name = "CancelConnectionInvitation",
                errors(#errors)
            ),
            quote! {
                #[derive(Debug)]
                pub struct CancelConnectionInvitation {
                    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
                    pub catalog: String,
                    pub identifier: String,
                    #[aws(idempotency_token)]
                    pub client_token: Option<String>,
                }
            },
        ))
    }

    /// The figures "One screen per operation" set: the seed operation in at most 80 lines,
    /// and at most 6 more per modeled error.
    #[test]
    fn the_seed_operation_fits_one_screen() {
        let two = seed(quote!(ConflictException, ResourceNotFoundException));
        let three = seed(quote!(
            ConflictException,
            ResourceNotFoundException,
            ValidationException
        ));
        let (two, three) = (two.lines().count(), three.lines().count());
        assert!(two <= 80, "the seed operation expands to {two} lines");
        assert!(
            three - two <= 6,
            "an extra error adds {} lines",
            three - two
        );
    }

    #[test]
    fn plain_operation_expansion() {
        let tokens = aws_operation(
            quote!(service = crate::SQS, name = "ListQueues"),
            quote! {
                /// Lists queues.
                pub struct ListQueues {
                    pub queue_name_prefix: Option<String>,
                }
            },
        );
        insta::assert_snapshot!(pretty(tokens));
    }

    #[test]
    fn constraints_expansion() {
        let tokens = aws_shape(
            quote!(),
            quote! {
                pub struct Limits {
                    #[aws(range(min = -1, max = 100), default = 10)]
                    pub max_results: i32,
                    #[aws(length(max = 5))]
                    pub tags: Option<Vec<String>>,
                    #[aws(pattern = "^[a-z]+$")]
                    pub secret: Sensitive<String>,
                    pub ratio: Option<f64>,
                    #[aws(json_name = "next")]
                    pub next_token: Option<String>,
                }
            },
        );
        insta::assert_snapshot!(pretty(tokens));
    }

    #[test]
    fn union_member_expansion() {
        let tokens = aws_shape(
            quote!(),
            quote! {
                /// A node of a tree.
                pub struct Node {
                    /// What the node holds: a union.
                    pub value: Option<Value>,
                    pub children: Option<Vec<Box<Node>>>,
                }
            },
        );
        insta::assert_snapshot!(pretty(tokens));
    }

    #[test]
    fn rest_json_bindings_expansion() {
        let tokens = aws_operation(
            quote!(
                service = crate::LAMBDA,
                name = "Invoke",
                http(
                    method = "POST",
                    uri = "/2015-03-31/functions/{FunctionName}/invocations"
                ),
                errors(ResourceNotFoundException)
            ),
            quote! {
                pub struct Invoke {
                    #[aws(label)]
                    pub function_name: String,
                    #[aws(header = "X-Amz-Invocation-Type")]
                    pub invocation_type: Option<InvocationType>,
                    #[aws(query = "Qualifier")]
                    pub qualifier: Option<String>,
                    #[aws(payload)]
                    pub payload: Option<Blob>,
                }
            },
        );
        insta::assert_snapshot!(pretty(tokens));
        let output = aws_shape(
            quote!(),
            quote! {
                pub struct InvokeResponse {
                    #[aws(response_code)]
                    pub status_code: Option<i32>,
                    #[aws(header = "X-Amz-Function-Error")]
                    pub function_error: Option<String>,
                    #[aws(payload)]
                    pub payload: Option<Blob>,
                }
            },
        );
        insta::assert_snapshot!("rest_json_output_expansion", pretty(output));
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
