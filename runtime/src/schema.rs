//! What a member's value is on the wire, read from its Rust type through
//! [`Validate::schema`](crate::Validate::schema): what tools that write or explain inputs (the
//! CLI's flags, skeleton and help) need to know.

use crate::operation::Member;

/// The wire form of a value. Nested forms are functions, so recursive shapes (a structure
/// that holds a list of itself) describe themselves lazily.
#[derive(Debug, Clone, Copy)]
pub enum Schema {
    /// A string.
    String,
    /// A number (integer or floating point).
    Number,
    /// `true` or `false`.
    Bool,
    /// Bytes, base64 in JSON.
    Blob,
    /// A point in time.
    Timestamp,
    /// Any JSON value.
    Document,
    /// A string the model lists the values of (others are kept, not refused).
    Enum(&'static [&'static str]),
    /// A list of the element's form.
    List(fn() -> Schema),
    /// A map from strings to the value's form.
    Map(fn() -> Schema),
    /// A structure: its members.
    Structure(&'static [Member]),
    /// A union: exactly one of its members is set.
    Union(&'static [Member]),
}
