//! restJson1's HTTP bindings: how a member's value goes into a URI label, the query string or a
//! header, or is the whole payload, and how a response's status, headers and payload are read
//! back into an output's members.
//!
//! `#[aws_operation]` states which member goes where (`#[aws(label)]`, `#[aws(query = "..")]`,
//! `#[aws(header = "..")]`, ...) and calls [`HttpRequest`] and [`HttpResponse`]; what a value
//! looks like there comes from its type, through the traits below. A member of a type that
//! cannot go where it is bound is a compile error naming the trait.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use base64::Engine as _;
use http::HeaderMap;
use serde::Serialize;

use crate::types::{DateTime, Sensitive};
use crate::wire::{Blob, EpochSeconds, HttpDate};

/// An operation's `http` trait: its method, URI pattern (`/functions/{FunctionName}`, a greedy
/// `{Key+}`, maybe a constant query `?versions`) and success code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Http {
    /// `GET`, `PUT`, `POST`, `DELETE`, `PATCH` or `HEAD`.
    pub method: &'static str,
    /// The URI pattern, as the model writes it.
    pub uri: &'static str,
    /// The status of a success (200 unless the model says otherwise).
    pub code: u16,
}

impl Http {
    /// What an operation without an `http` trait has: `POST /`, 200 (the awsJson protocols).
    pub const POST_ROOT: Self = Self {
        method: "POST",
        uri: "/",
        code: 200,
    };
}

/// How a value of a list looks in a header: strings are quoted when they hold a comma or a
/// quote; HTTP dates hold a comma each and are never quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListItem {
    /// Numbers, booleans, enums, ISO 8601 dates: never quoted, never hold a comma.
    Plain,
    /// Strings: quoted (with `\"` and `\\` escapes) when they hold `,` or `"`.
    Quoted,
    /// HTTP dates: one comma each, never quoted.
    HttpDate,
}

/// A value that is text in a label, a query string or a header: strings, numbers, booleans,
/// timestamps (each in its type's format), blobs (base64) and enums.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be written as text in a URI, query string or header",
    note = "labels, query parameters and headers hold strings, numbers, booleans, timestamps, blobs and enums (and lists of them where the binding allows)"
)]
pub trait HttpText: Sized {
    /// How it looks as one item of a header list.
    const LIST_ITEM: ListItem = ListItem::Plain;
    /// The text; an error says what is wrong, never the value.
    fn to_text(&self) -> Result<Cow<'_, str>, String>;
    /// The value of `text`; an error says what was expected, never the text.
    fn from_text(text: &str) -> Result<Self, String>;
}

impl HttpText for String {
    const LIST_ITEM: ListItem = ListItem::Quoted;
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        Ok(Cow::Borrowed(self))
    }
    fn from_text(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

impl HttpText for bool {
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        Ok(Cow::Borrowed(if *self { "true" } else { "false" }))
    }
    fn from_text(text: &str) -> Result<Self, String> {
        match text {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err("is not `true` or `false`".into()),
        }
    }
}

macro_rules! integer_text {
    ($($t:ty),*) => {$(
        impl HttpText for $t {
            fn to_text(&self) -> Result<Cow<'_, str>, String> {
                Ok(Cow::Owned(self.to_string()))
            }
            fn from_text(text: &str) -> Result<Self, String> {
                text.parse().map_err(|_| {
                    ::std::format!("is not a whole number that fits {}", stringify!($t))
                })
            }
        }
    )*};
}
integer_text!(i8, i16, i32, i64);

macro_rules! float_text {
    ($($t:ty),*) => {$(
        impl HttpText for $t {
            fn to_text(&self) -> Result<Cow<'_, str>, String> {
                Ok(Cow::Owned(if self.is_nan() {
                    "NaN".to_owned()
                } else if self.is_infinite() {
                    if *self > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
                } else {
                    self.to_string()
                }))
            }
            fn from_text(text: &str) -> Result<Self, String> {
                match text {
                    "NaN" => Ok(<$t>::NAN),
                    "Infinity" => Ok(<$t>::INFINITY),
                    "-Infinity" => Ok(<$t>::NEG_INFINITY),
                    _ => text.parse().map_err(|_| "is not a number".to_owned()),
                }
            }
        }
    )*};
}
float_text!(f32, f64);

/// ISO 8601 (`date-time`), the format of labels and query strings.
impl HttpText for DateTime {
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        // RFC 3339 spans the years 0 to 9999 (a DateTime holds -9999 to 9999); outside them
        // `to_iso8601` falls back to seconds
        const YEAR_0: i64 = -62_167_219_200;
        const YEAR_10000: i64 = 253_402_300_800;
        if !(YEAR_0..YEAR_10000).contains(&self.unix_timestamp()) {
            return Err("is outside the years 0 to 9999 an ISO 8601 date-time can hold".into());
        }
        Ok(Cow::Owned(self.to_iso8601()))
    }
    fn from_text(text: &str) -> Result<Self, String> {
        DateTime::parse_iso8601(text).map_err(|_| "is not an ISO 8601 date-time".to_owned())
    }
}

impl HttpText for EpochSeconds {
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        serde_json::to_string(self)
            .map(Cow::Owned)
            .map_err(|e| e.to_string())
    }
    fn from_text(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|_| "is not a number of seconds since 1970".to_owned())
    }
}

/// The format of headers.
impl HttpText for HttpDate {
    const LIST_ITEM: ListItem = ListItem::HttpDate;
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        self.to_http_date().map(Cow::Owned)
    }
    fn from_text(text: &str) -> Result<Self, String> {
        httpdate::parse_http_date(text)
            .map(|time| Self(DateTime::from(time)))
            .map_err(|_| "is not an HTTP date, like `Sun, 02 Jan 2000 20:34:56 GMT`".to_owned())
    }
}

impl HttpText for Blob {
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        Ok(Cow::Owned(
            base64::engine::general_purpose::STANDARD.encode(&self.0),
        ))
    }
    fn from_text(text: &str) -> Result<Self, String> {
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map(Self)
            .map_err(|_| "is not base64".to_owned())
    }
}

impl<T: HttpText> HttpText for Sensitive<T> {
    const LIST_ITEM: ListItem = T::LIST_ITEM;
    fn to_text(&self) -> Result<Cow<'_, str>, String> {
        self.0.to_text()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        T::from_text(text).map(Self)
    }
}

/// A sensitive list: as the list (the value is redacted in `Debug` only).
impl<T: HttpText> Query for Sensitive<Vec<T>> {
    fn query<'a>(&'a self, values: &mut Vec<Cow<'a, str>>) -> Result<(), String> {
        self.0.query(values)
    }
}

/// A sensitive list: as the list.
impl<T: HttpText> Header for Sensitive<Vec<T>> {
    fn header(&self) -> Result<Option<Cow<'_, str>>, String> {
        self.0.header()
    }
    fn from_header(value: &str) -> Result<Self, String> {
        Vec::from_header(value).map(Self)
    }
}

/// A sensitive map: as the map.
impl<V: Query> QueryParams for Sensitive<BTreeMap<String, V>> {
    fn query_params<'a>(&'a self, params: &mut Vec<(&'a str, Cow<'a, str>)>) -> Result<(), String> {
        self.0.query_params(params)
    }
}

/// A sensitive map: as the map.
impl PrefixHeaders for Sensitive<BTreeMap<String, String>> {
    fn prefix_headers<'a>(&'a self, headers: &mut Vec<(&'a str, &'a str)>) {
        self.0.prefix_headers(headers);
    }
    fn from_headers(prefix: &str, headers: &HeaderMap) -> Self {
        Self(BTreeMap::from_headers(prefix, headers))
    }
}

/// A member bound to a URI label (`{Name}` or the greedy `{Name+}`): one required value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a URI label",
    note = "a label is a required string, number, boolean, timestamp or enum (not an `Option`, a list or a structure)"
)]
pub trait Label {
    /// The label's text, before percent-encoding.
    fn label(&self) -> Result<Cow<'_, str>, String>;
}

impl<T: HttpText> Label for T {
    fn label(&self) -> Result<Cow<'_, str>, String> {
        self.to_text()
    }
}

/// A member bound to a query parameter: a value, a list (the key repeated), or `Option` of one.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a query parameter",
    note = "a query parameter holds a string, number, boolean, timestamp or enum, a list of them, or `Option` of either"
)]
pub trait Query {
    /// Pushes the parameter's values (none when unset).
    fn query<'a>(&'a self, values: &mut Vec<Cow<'a, str>>) -> Result<(), String>;
}

impl<T: HttpText> Query for T {
    fn query<'a>(&'a self, values: &mut Vec<Cow<'a, str>>) -> Result<(), String> {
        values.push(self.to_text()?);
        Ok(())
    }
}

impl<T: HttpText> Query for Vec<T> {
    fn query<'a>(&'a self, values: &mut Vec<Cow<'a, str>>) -> Result<(), String> {
        for item in self {
            values.push(item.to_text()?);
        }
        Ok(())
    }
}

impl<Q: Query> Query for Option<Q> {
    fn query<'a>(&'a self, values: &mut Vec<Cow<'a, str>>) -> Result<(), String> {
        match self {
            Some(value) => value.query(values),
            None => Ok(()),
        }
    }
}

/// A member bound to the query string as a whole (`httpQueryParams`): a map of parameter names
/// to a value or a list of values.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold query parameters",
    note = "`query_params` goes on a map of strings to a string or a list of strings (or `Option` of one)"
)]
pub trait QueryParams {
    /// Pushes every `(name, value)`.
    fn query_params<'a>(&'a self, params: &mut Vec<(&'a str, Cow<'a, str>)>) -> Result<(), String>;
}

impl<V: Query> QueryParams for BTreeMap<String, V> {
    fn query_params<'a>(&'a self, params: &mut Vec<(&'a str, Cow<'a, str>)>) -> Result<(), String> {
        push_params(self.iter(), params)
    }
}

impl<V: Query, S> QueryParams for HashMap<String, V, S> {
    fn query_params<'a>(&'a self, params: &mut Vec<(&'a str, Cow<'a, str>)>) -> Result<(), String> {
        push_params(self.iter(), params)
    }
}

fn push_params<'a, V: Query + 'a>(
    entries: impl Iterator<Item = (&'a String, &'a V)>,
    params: &mut Vec<(&'a str, Cow<'a, str>)>,
) -> Result<(), String> {
    let mut values = Vec::new();
    for (name, value) in entries {
        value.query(&mut values)?;
        params.extend(values.drain(..).map(|v| (name.as_str(), v)));
    }
    Ok(())
}

impl<P: QueryParams> QueryParams for Option<P> {
    fn query_params<'a>(&'a self, params: &mut Vec<(&'a str, Cow<'a, str>)>) -> Result<(), String> {
        match self {
            Some(map) => map.query_params(params),
            None => Ok(()),
        }
    }
}

/// A member bound to a header: a value, a list (comma-separated), or `Option` of one.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an HTTP header",
    note = "a header holds a string, number, boolean, timestamp, blob or enum, a list of them, or `Option` of either"
)]
pub trait Header: Sized {
    /// The header's value, or `None` to send no header.
    fn header(&self) -> Result<Option<Cow<'_, str>>, String>;
    /// The member from the header's value.
    fn from_header(value: &str) -> Result<Self, String>;
}

impl<T: HttpText> Header for T {
    fn header(&self) -> Result<Option<Cow<'_, str>>, String> {
        self.to_text().map(Some)
    }
    fn from_header(value: &str) -> Result<Self, String> {
        T::from_text(value.trim())
    }
}

impl<T: HttpText> Header for Vec<T> {
    fn header(&self) -> Result<Option<Cow<'_, str>>, String> {
        let mut joined = String::new();
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                joined.push_str(", ");
            }
            let text = item.to_text()?;
            // quoted where the reader would otherwise split it or trim it
            if T::LIST_ITEM == ListItem::Quoted
                && (text.contains([',', '"']) || text.trim() != text.as_ref())
            {
                joined.push('"');
                for c in text.chars() {
                    if c == '"' || c == '\\' {
                        joined.push('\\');
                    }
                    joined.push(c);
                }
                joined.push('"');
            } else {
                joined.push_str(&text);
            }
        }
        Ok(Some(Cow::Owned(joined)))
    }
    fn from_header(value: &str) -> Result<Self, String> {
        split_list(value, T::LIST_ITEM)
            .iter()
            .map(|item| T::from_text(item))
            .collect()
    }
}

impl<H: Header> Header for Option<H> {
    fn header(&self) -> Result<Option<Cow<'_, str>>, String> {
        match self {
            Some(value) => value.header(),
            None => Ok(None),
        }
    }
    fn from_header(value: &str) -> Result<Self, String> {
        H::from_header(value).map(Some)
    }
}

/// The items of a header list: split at commas outside quotes (quotes and escapes removed),
/// or, for HTTP dates, at every second comma.
fn split_list(value: &str, kind: ListItem) -> Vec<String> {
    let mut items = Vec::new();
    if value.trim().is_empty() {
        return items;
    }
    match kind {
        ListItem::HttpDate => {
            let parts: Vec<&str> = value.split(',').collect();
            for pair in parts.chunks(2) {
                items.push(pair.join(",").trim().to_owned());
            }
        }
        ListItem::Plain | ListItem::Quoted => {
            let mut current = String::new();
            let mut quoted = false;
            let mut was_quoted = false;
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                match c {
                    // any item may come quoted (a number too); only strings need to be
                    '"' => {
                        if !quoted && current.trim().is_empty() {
                            // white space before an opening quote is no part of the item
                            current.clear();
                        }
                        quoted = !quoted;
                        was_quoted = true;
                    }
                    '\\' if quoted => current.extend(chars.next()),
                    ',' if !quoted => {
                        items.push(finish_item(&mut current, was_quoted));
                        was_quoted = false;
                    }
                    c => current.push(c),
                }
            }
            items.push(finish_item(&mut current, was_quoted));
        }
    }
    items
}

fn finish_item(current: &mut String, was_quoted: bool) -> String {
    let item = std::mem::take(current);
    if was_quoted {
        // the quotes kept the white space inside them; only what stood around them goes
        item
    } else {
        item.trim().to_owned()
    }
}

/// A member bound to every header whose name starts with a prefix (`httpPrefixHeaders`): a map
/// of the rest of the name to the value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold prefixed headers",
    note = "`prefix_headers` goes on a map of strings to strings (or `Option` of one)"
)]
pub trait PrefixHeaders: Sized {
    /// Pushes `(name after the prefix, value)` for each entry.
    fn prefix_headers<'a>(&'a self, headers: &mut Vec<(&'a str, &'a str)>);
    /// The entries of `headers` whose names start with `prefix` (case-insensitively), keyed by
    /// the rest of the name.
    fn from_headers(prefix: &str, headers: &HeaderMap) -> Self;
}

fn prefixed(prefix: &str, headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter_map(|(name, value)| {
            let name = name.as_str();
            let rest = name
                .get(..prefix.len())
                .filter(|head| head.eq_ignore_ascii_case(prefix))
                .map(|_| &name[prefix.len()..])?;
            Some((rest.to_owned(), value.to_str().ok()?.to_owned()))
        })
        .collect()
}

impl PrefixHeaders for BTreeMap<String, String> {
    fn prefix_headers<'a>(&'a self, headers: &mut Vec<(&'a str, &'a str)>) {
        headers.extend(self.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }
    fn from_headers(prefix: &str, headers: &HeaderMap) -> Self {
        prefixed(prefix, headers).into_iter().collect()
    }
}

impl<S: std::hash::BuildHasher + Default> PrefixHeaders for HashMap<String, String, S> {
    fn prefix_headers<'a>(&'a self, headers: &mut Vec<(&'a str, &'a str)>) {
        headers.extend(self.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }
    fn from_headers(prefix: &str, headers: &HeaderMap) -> Self {
        prefixed(prefix, headers).into_iter().collect()
    }
}

impl<P: PrefixHeaders> PrefixHeaders for Option<P> {
    fn prefix_headers<'a>(&'a self, headers: &mut Vec<(&'a str, &'a str)>) {
        if let Some(map) = self {
            map.prefix_headers(headers);
        }
    }
    fn from_headers(prefix: &str, headers: &HeaderMap) -> Self {
        let map = P::from_headers(prefix, headers);
        let mut probe = Vec::new();
        map.prefix_headers(&mut probe);
        (!probe.is_empty()).then_some(map)
    }
}

/// A body: its bytes and its content type.
pub type Body = (Vec<u8>, Cow<'static, str>);

/// A member that is the whole body (`httpPayload`): a blob (raw bytes), a string or enum
/// (text), a structure, union or document (JSON), or `Option` of one.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an HTTP payload",
    note = "a payload is a `Blob`, a `String`, an enum, a structure, a union or a document (`serde_json::Value`), or `Option` of one"
)]
pub trait Payload: Sized {
    /// The body and its default content type (`media_type` when the model gives one), or
    /// `None` for no body.
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String>;
    /// The body of an unset payload (`{}` for a structure, else none).
    fn unset() -> Option<Body> {
        None
    }
    /// The member from a response's body.
    fn from_payload(body: &[u8]) -> Result<Self, String>;
}

fn content_type(media_type: Option<&'static str>, default: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(media_type.unwrap_or(default))
}

impl Payload for Blob {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        Ok(Some((
            self.0.clone(),
            content_type(media_type, "application/octet-stream"),
        )))
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        Ok(Self(body.to_vec()))
    }
}

impl Payload for String {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        Ok(Some((
            self.as_bytes().to_vec(),
            content_type(media_type, "text/plain"),
        )))
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        String::from_utf8(body.to_vec()).map_err(|_| "is not UTF-8 text".to_owned())
    }
}

impl Payload for serde_json::Value {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        json_payload(self, media_type)
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        crate::json::from_json_slice(body).map_err(|e| format!("is not JSON: {e}"))
    }
}

impl<P: Payload> Payload for Option<P> {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        match self {
            Some(value) => value.payload(media_type),
            None => Ok(P::unset()),
        }
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        if body.is_empty() {
            Ok(None)
        } else {
            P::from_payload(body).map(Some)
        }
    }
}

/// A payload the model marks sensitive: sent and read as the value itself.
impl<P: Payload> Payload for Sensitive<P> {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        self.0.payload(media_type)
    }
    fn unset() -> Option<Body> {
        P::unset()
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        P::from_payload(body).map(Self)
    }
}

/// A JSON body (structures, unions, documents).
#[doc(hidden)]
pub fn json_payload<T: Serialize + ?Sized>(
    value: &T,
    media_type: Option<&'static str>,
) -> Result<Option<Body>, String> {
    serde_json::to_vec(value)
        .map(|json| Some((json, content_type(media_type, "application/json"))))
        .map_err(|e| e.to_string())
}

/// An enum or union payload, read as JSON (unions) or text (enums).
#[doc(hidden)]
pub fn text_payload<T: for<'a> From<&'a str>>(body: &[u8]) -> Result<T, String> {
    std::str::from_utf8(body)
        .map(T::from)
        .map_err(|_| "is not UTF-8 text".to_owned())
}

/// The member an output's `#[aws(response_code)]` marks: the HTTP status.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold the HTTP status code",
    note = "`response_code` goes on an `i32` or `Option<i32>`"
)]
pub trait StatusCode {
    /// The member from the status.
    fn from_status(status: u16) -> Self;
}

impl StatusCode for i32 {
    fn from_status(status: u16) -> Self {
        i32::from(status)
    }
}

impl StatusCode for Option<i32> {
    fn from_status(status: u16) -> Self {
        Some(i32::from(status))
    }
}

/// What an operation's bindings write into its request: labels, query parameters, headers and
/// the body. `#[aws_operation]` calls it; the restJson1 protocol turns it into the request.
/// Its `Debug` names what is bound, never a value (a member may be sensitive).
#[derive(Default)]
pub struct HttpRequest<'a> {
    pub(crate) labels: Vec<(&'static str, Cow<'a, str>)>,
    pub(crate) query: Vec<(&'static str, Cow<'a, str>)>,
    pub(crate) params: Vec<(&'a str, Cow<'a, str>)>,
    pub(crate) headers: Vec<(Cow<'static, str>, Cow<'a, str>)>,
    /// Headers from `prefix_headers` members: a header a member names wins over these.
    pub(crate) prefixed: Vec<(Cow<'static, str>, Cow<'a, str>)>,
    pub(crate) body: Option<Body>,
    /// The first value that could not be written: where, and why.
    pub(crate) error: Option<String>,
}

impl<'a> HttpRequest<'a> {
    fn fail(&mut self, whose: impl FnOnce() -> String, why: String) {
        if self.error.is_none() {
            self.error = Some(format!("{} {why}", whose()));
        }
    }

    /// The member `name` fills the URI's `{name}` (or `{name+}`).
    pub fn label<L: Label>(&mut self, name: &'static str, value: &'a L) {
        match value.label() {
            Ok(text) => self.labels.push((name, text)),
            Err(why) => self.fail(|| format!("the URI label `{name}`"), why),
        }
    }

    /// The member is the query parameter `name`.
    pub fn query<Q: Query>(&mut self, name: &'static str, value: &'a Q) {
        let mut values = Vec::new();
        match value.query(&mut values) {
            Ok(()) => self.query.extend(values.into_iter().map(|v| (name, v))),
            Err(why) => self.fail(|| format!("the query parameter `{name}`"), why),
        }
    }

    /// The member's entries are query parameters (a named `query` member wins over an entry of
    /// the same name).
    pub fn query_params<P: QueryParams>(&mut self, member: &'static str, value: &'a P) {
        if let Err(why) = value.query_params(&mut self.params) {
            self.fail(|| format!("the query parameters of `{member}`"), why);
        }
    }

    /// The member is the header `name`.
    pub fn header<H: Header>(&mut self, name: &'static str, value: &'a H) {
        self.bind_header(name, value, false);
    }

    /// The member is the header `name`, a JSON value (`mediaType`) sent base64-encoded.
    pub fn header_base64<H: Header>(&mut self, name: &'static str, value: &'a H) {
        self.bind_header(name, value, true);
    }

    fn bind_header<H: Header>(&mut self, name: &'static str, value: &'a H, in_base64: bool) {
        match value.header() {
            Ok(Some(text)) if in_base64 => {
                let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
                self.headers
                    .push((Cow::Borrowed(name), Cow::Owned(encoded)));
            }
            Ok(Some(text)) => self.headers.push((Cow::Borrowed(name), text)),
            Ok(None) => {}
            Err(why) => self.fail(|| format!("the header `{name}`"), why),
        }
    }

    /// Each entry of the member is a header `prefix` + key.
    pub fn prefix_headers<P: PrefixHeaders>(&mut self, prefix: &'static str, value: &'a P) {
        let mut entries = Vec::new();
        value.prefix_headers(&mut entries);
        for (key, text) in entries {
            self.prefixed
                .push((Cow::Owned(format!("{prefix}{key}")), Cow::Borrowed(text)));
        }
    }

    /// The member is the whole body.
    pub fn payload<P: Payload>(
        &mut self,
        member: &'static str,
        value: &P,
        media_type: Option<&'static str>,
    ) {
        match value.payload(media_type) {
            Ok(body) => self.body = body,
            Err(why) => self.fail(|| format!("the payload `{member}`"), why),
        }
    }

    /// The value of the URI label `name`, for a service's [`customize`](crate::Service::customize).
    pub fn label_value(&self, name: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(label, _)| *label == name)
            .map(|(_, value)| value.as_ref())
    }

    /// Sets the URI label `name`.
    pub fn set_label(&mut self, name: &'static str, value: impl Into<String>) {
        self.labels.retain(|(label, _)| *label != name);
        self.labels.push((name, Cow::Owned(value.into())));
    }

    /// The value of the header `name` (any case), as the input bound it.
    pub fn header_value(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_ref())
    }

    /// Sets the header `name`, replacing any the input bound.
    pub fn set_header(&mut self, name: &'static str, value: impl Into<String>) {
        self.headers
            .retain(|(header, _)| !header.eq_ignore_ascii_case(name));
        self.headers
            .push((Cow::Borrowed(name), Cow::Owned(value.into())));
    }

    /// The body as it will be sent (before any compression).
    pub fn body(&self) -> &[u8] {
        self.body
            .as_ref()
            .map_or(&[], |(bytes, _)| bytes.as_slice())
    }

    /// The input's body members, as a JSON object (`{}` when none is set).
    pub fn json_body<T: Serialize + ?Sized>(&mut self, input: &T) {
        match json_payload(input, None) {
            Ok(body) => self.body = body,
            Err(why) => self.fail(|| "the body".to_owned(), why),
        }
    }
}

impl std::fmt::Debug for HttpRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names = |pairs: &[(Cow<'_, str>, Cow<'_, str>)]| {
            pairs.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>()
        };
        f.debug_struct("HttpRequest")
            .field(
                "labels",
                &self.labels.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            )
            .field(
                "query",
                &self.query.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            )
            .field("params", &self.params.len())
            .field("headers", &names(&self.headers))
            .field("prefixed", &names(&self.prefixed))
            .field("body_bytes", &self.body.as_ref().map(|(b, _)| b.len()))
            .field("error", &self.error)
            .finish()
    }
}

/// A response, as an output's (or error's) bindings read it. Its `Debug` shows the status,
/// header names and the body's length, never a value.
#[derive(Clone, Copy)]
pub struct HttpResponse<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The headers.
    pub headers: &'a HeaderMap,
    /// The body.
    pub body: &'a [u8],
}

impl std::fmt::Debug for HttpResponse<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

impl HttpResponse<'_> {
    /// Reads the header `name` into `slot`, when the response has it.
    pub fn header<H: Header>(&self, name: &str, slot: &mut H) -> Result<(), String> {
        self.read_header(name, slot, false)
    }

    /// Reads the header `name`, base64-encoded JSON text (`mediaType`), into `slot`.
    pub fn header_base64<H: Header>(&self, name: &str, slot: &mut H) -> Result<(), String> {
        self.read_header(name, slot, true)
    }

    fn read_header<H: Header>(
        &self,
        name: &str,
        slot: &mut H,
        in_base64: bool,
    ) -> Result<(), String> {
        let Some(mut value) = self.text(name)? else {
            return Ok(());
        };
        if in_base64 {
            value = base64::engine::general_purpose::STANDARD
                .decode(value.trim())
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .map(Cow::Owned)
                .ok_or_else(|| format!("the header `{name}` is not base64 text"))?;
        }
        *slot = H::from_header(&value).map_err(|why| format!("the header `{name}` {why}"))?;
        Ok(())
    }

    /// The header's value; one sent several times is one comma-separated list.
    fn text(&self, name: &str) -> Result<Option<Cow<'_, str>>, String> {
        let mut joined: Option<Cow<'_, str>> = None;
        for value in self.headers.get_all(name) {
            let text = value
                .to_str()
                .map_err(|_| format!("the header `{name}` is not visible ASCII"))?;
            joined = Some(match joined {
                None => Cow::Borrowed(text),
                Some(before) => Cow::Owned(format!("{before}, {text}")),
            });
        }
        Ok(joined)
    }

    /// Reads the headers that start with `prefix` into `slot`.
    pub fn prefix_headers<P: PrefixHeaders>(&self, prefix: &str, slot: &mut P) {
        *slot = P::from_headers(prefix, self.headers);
    }

    /// Reads the body into the payload member `slot`.
    pub fn payload<P: Payload>(&self, member: &str, slot: &mut P) -> Result<(), String> {
        *slot =
            P::from_payload(self.body).map_err(|why| format!("the payload `{member}` {why}"))?;
        Ok(())
    }

    /// Sets the member `slot` to the HTTP status.
    pub fn response_code<S: StatusCode>(&self, slot: &mut S) {
        *slot = S::from_status(self.status);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lists_quote_and_split() {
        let list = vec!["b,c".to_owned(), "\"def\"".to_owned(), "a".to_owned()];
        let text = list.header().ok().flatten().map(Cow::into_owned);
        assert_eq!(text.as_deref(), Some(r#""b,c", "\"def\"", a"#));
        let back = Vec::<String>::from_header(r#""b,c", "\"def\"", a"#);
        assert_eq!(back, Ok(list));
        let back = Vec::<String>::from_header("a, b, c");
        assert_eq!(back, Ok(vec!["a".into(), "b".into(), "c".into()]));
        // white space at an item's ends survives in quotes
        let spaced = vec![" a".to_owned(), "b ".to_owned()];
        let text = spaced.header().ok().flatten().map(Cow::into_owned);
        assert_eq!(text.as_deref(), Some(r#"" a", "b ""#));
        assert_eq!(
            Vec::<String>::from_header(&text.unwrap_or_default()),
            Ok(spaced)
        );
        // a quoted number reads as the number
        assert_eq!(Vec::<i32>::from_header(r#""1", 2"#), Ok(vec![1, 2]));
    }

    #[test]
    fn http_date_lists_split_at_every_second_comma() {
        let at = HttpDate(DateTime::from_unix_timestamp(1_576_540_098).unwrap_or_default());
        let list = vec![at, at];
        let text = list.header().ok().flatten().map(Cow::into_owned);
        assert_eq!(
            text.as_deref(),
            Some("Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT")
        );
        assert_eq!(
            Vec::<HttpDate>::from_header(&text.unwrap_or_default()),
            Ok(list)
        );
    }

    #[test]
    fn debug_of_a_bound_request_or_response_shows_no_value() {
        let secret = Sensitive("hunter2".to_owned());
        let blob = Blob::from("hunter2-body");
        let mut request = HttpRequest::default();
        request.label("Name", &secret);
        request.header("X-Secret", &secret);
        request.query("q", &secret);
        request.payload("Body", &blob, None);
        let text = format!("{request:?}");
        assert!(!text.contains("hunter2"), "{text}");
        assert!(
            text.contains("X-Secret") && text.contains("body_bytes: Some(12)"),
            "{text}"
        );
        let mut headers = HeaderMap::new();
        headers.insert("x-secret", http::HeaderValue::from_static("hunter2"));
        let response = HttpResponse {
            status: 200,
            headers: &headers,
            body: b"hunter2",
        };
        let text = format!("{response:?}");
        assert!(
            !text.contains("hunter2") && text.contains("x-secret"),
            "{text}"
        );
    }

    #[test]
    fn sensitive_lists_and_maps_bind_as_their_values_and_far_dates_are_errors() {
        let list = Sensitive(vec!["a".to_owned(), "b,c".to_owned()]);
        assert_eq!(list.header().ok().flatten().as_deref(), Some(r#"a, "b,c""#));
        let mut values = Vec::new();
        assert_eq!(list.query(&mut values), Ok(()));
        assert_eq!(values, ["a", "b,c"]);
        let map = Sensitive(BTreeMap::from([("k".to_owned(), "v".to_owned())]));
        let mut headers = Vec::new();
        map.prefix_headers(&mut headers);
        assert_eq!(headers, [("k", "v")]);
        // a year before 0 (the time crate holds -9999 to 9999; RFC 3339 only 0 to 9999)
        let far =
            DateTime::from_unix_timestamp(-62_167_219_200 - 86_400).map(|t| t.to_text().is_err());
        assert_eq!(far, Ok(true));
        let near = DateTime::from_unix_timestamp(0).unwrap_or_default();
        assert_eq!(near.to_text().ok().as_deref(), Some("1970-01-01T00:00:00Z"));
    }

    #[test]
    fn bad_header_text_names_what_was_expected_not_the_value() {
        let err = i32::from_header("secret-value").err().unwrap_or_default();
        assert_eq!(err, "is not a whole number that fits i32");
        assert!(!err.contains("secret"));
        assert!(f64::from_header("NaN").is_ok_and(f64::is_nan));
        assert_eq!(f32::INFINITY.to_text().ok().as_deref(), Some("Infinity"));
    }
}
