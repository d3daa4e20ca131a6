//! Client-side validation from the model's constraints, before any byte is sent: lengths,
//! patterns, numeric ranges, enum membership and union members. Each violation names the
//! member path (`AllianceLeadContact.Email`) and the constraint, never the value.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::OnceLock;

use crate::schema::Schema;
use crate::types::{DateTime, Sensitive};
use crate::wire::{Blob, EpochSeconds, HttpDate};

/// Which kind of constraint a value broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// `length`: of a string, list or map.
    Length,
    /// `range`: of a number.
    Range,
    /// `pattern`: of a string.
    Pattern,
    /// A value an enum does not list.
    Enum,
    /// A union without exactly one known member.
    Union,
}

/// One broken constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The member path from the operation's input: `AllianceLeadContact.Email`, `Tags[2].Key`.
    pub path: String,
    /// Which kind of constraint.
    pub kind: ViolationKind,
    /// What the value must be.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

#[derive(Debug, Clone)]
enum Segment {
    Member(&'static str),
    Index(usize),
    Key(String),
}

/// Walks a value, collecting violations with their member paths.
#[derive(Debug, Default)]
pub struct Validator {
    path: Vec<Segment>,
    violations: Vec<Violation>,
}

impl Validator {
    /// An empty validator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Steps into member `name`.
    pub fn enter(&mut self, name: &'static str) {
        self.path.push(Segment::Member(name));
    }

    /// Steps into list entry `index`.
    pub fn enter_index(&mut self, index: usize) {
        self.path.push(Segment::Index(index));
    }

    /// Steps into map entry `key`.
    pub fn enter_key(&mut self, key: String) {
        self.path.push(Segment::Key(key));
    }

    /// Steps back out.
    pub fn leave(&mut self) {
        self.path.pop();
    }

    /// Records a violation at the current path.
    pub fn violation(&mut self, kind: ViolationKind, message: String) {
        let mut path = String::new();
        for segment in &self.path {
            match segment {
                Segment::Member(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                Segment::Index(i) => path.push_str(&format!("[{i}]")),
                Segment::Key(key) => path.push_str(&format!("[{key:?}]")),
            }
        }
        self.violations.push(Violation {
            path,
            kind,
            message,
        });
    }

    /// `length` (characters of a string, entries of a list or map) within `min..=max`.
    pub fn length<T: HasLength + ?Sized>(
        &mut self,
        value: &T,
        min: Option<usize>,
        max: Option<usize>,
    ) {
        let Some(length) = value.length() else { return };
        if let Some(bounds) = outside(length, min, max) {
            let unit = if value.is_text() {
                "characters"
            } else {
                "entries"
            };
            self.violation(
                ViolationKind::Length,
                format!("has {length} {unit}; the length must be {bounds}"),
            );
        }
    }

    /// A number within `min..=max`.
    pub fn range<T: AsNumber + ?Sized>(&mut self, value: &T, min: Option<i64>, max: Option<i64>) {
        let Some(number) = value.number() else { return };
        if let Some(bounds) = outside(number, min, max) {
            self.violation(
                ViolationKind::Range,
                format!("is {number}; it must be {bounds}"),
            );
        }
    }

    /// A string the model's `pattern` matches (anywhere in it: Smithy patterns are not
    /// anchored).
    pub fn pattern<T: AsText + ?Sized>(&mut self, value: &T, pattern: &Pattern) {
        let Some(text) = value.text() else { return };
        match pattern.regex() {
            Some(regex) if regex.is_match(text) => {}
            Some(_) => self.violation(
                ViolationKind::Pattern,
                format!("must match the pattern `{}`", pattern.source),
            ),
            None => self.violation(
                ViolationKind::Pattern,
                format!(
                    "cannot be checked: the pattern `{}` does not compile",
                    pattern.source
                ),
            ),
        }
    }

    /// The violations, or none.
    pub fn finish(self) -> Result<(), Vec<Violation>> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(self.violations)
        }
    }
}

/// `None` when `value` is within `min..=max`, else the bounds in words.
fn outside<N: PartialOrd + fmt::Display>(
    value: N,
    min: Option<N>,
    max: Option<N>,
) -> Option<String> {
    let below = min.as_ref().is_some_and(|min| value < *min);
    let above = max.as_ref().is_some_and(|max| value > *max);
    if !below && !above {
        return None;
    }
    Some(match (min, max) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => format!("at least {min}"),
        (None, Some(max)) => format!("at most {max}"),
        (None, None) => String::new(),
    })
}

/// A model `pattern`, compiled on first use.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex_lite::Regex>>,
}

impl Pattern {
    /// A pattern from the model's text.
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The compiled regex, `None` if the pattern is not valid.
    pub fn regex(&self) -> Option<&regex_lite::Regex> {
        self.compiled
            .get_or_init(|| regex_lite::Regex::new(self.source).ok())
            .as_ref()
    }
}

/// A type that can be a member of a declared shape: it checks the values it holds against
/// the model's constraints, and says what it is on the wire.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a member of an awsop shape",
    note = "declare structures with `#[awsop::aws_shape]`, enums with `awsop::string_enum!`, unions with `awsop::json_union!`"
)]
pub trait Validate {
    /// Checks the values this one holds (members, entries); its own constraints are the
    /// containing shape's to check.
    fn validate(&self, validator: &mut Validator);

    /// What the value is on the wire, for tools that build or explain inputs (the CLI).
    fn schema() -> Schema;
}

macro_rules! leaf {
    ($schema:ident: $($ty:ty),*) => {$(
        impl Validate for $ty {
            fn validate(&self, _: &mut Validator) {}
            fn schema() -> Schema {
                Schema::$schema
            }
        }
    )*};
}
leaf!(String: String, str);
leaf!(Number: i8, i16, i32, i64, u8, u16, u32, u64, usize, f32, f64);
leaf!(Bool: bool);
leaf!(Blob: Blob);
leaf!(Timestamp: DateTime, EpochSeconds, HttpDate);
leaf!(Document: serde_json::Value);

impl<T: Validate + ?Sized> Validate for &T {
    fn validate(&self, validator: &mut Validator) {
        (**self).validate(validator);
    }
    fn schema() -> Schema {
        T::schema()
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate(&self, validator: &mut Validator) {
        (**self).validate(validator);
    }
    fn schema() -> Schema {
        T::schema()
    }
}

/// Optional or not, boxed or redacted: the same value on the wire.
impl<T: Validate> Validate for Option<T> {
    fn validate(&self, validator: &mut Validator) {
        if let Some(value) = self {
            value.validate(validator);
        }
    }
    fn schema() -> Schema {
        T::schema()
    }
}

impl<T: Validate> Validate for Sensitive<T> {
    fn validate(&self, validator: &mut Validator) {
        self.0.validate(validator);
    }
    fn schema() -> Schema {
        T::schema()
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, validator: &mut Validator) {
        for (i, item) in self.iter().enumerate() {
            validator.enter_index(i);
            item.validate(validator);
            validator.leave();
        }
    }
    fn schema() -> Schema {
        Schema::List(T::schema)
    }
}

/// A map's entries, each under its key's path.
fn validate_entries<'a, K, V>(
    entries: impl Iterator<Item = (&'a K, &'a V)>,
    validator: &mut Validator,
) where
    K: Validate + fmt::Display + 'a,
    V: Validate + 'a,
{
    for (key, value) in entries {
        validator.enter_key(key.to_string());
        key.validate(validator);
        value.validate(validator);
        validator.leave();
    }
}

impl<K: Validate + fmt::Display, V: Validate> Validate for BTreeMap<K, V> {
    fn validate(&self, validator: &mut Validator) {
        validate_entries(self.iter(), validator);
    }
    fn schema() -> Schema {
        Schema::Map(V::schema)
    }
}

impl<K: Validate + fmt::Display, V: Validate, S> Validate for HashMap<K, V, S> {
    fn validate(&self, validator: &mut Validator) {
        validate_entries(self.iter(), validator);
    }
    fn schema() -> Schema {
        Schema::Map(V::schema)
    }
}

/// What `length` constraints measure.
pub trait HasLength {
    /// The length, or `None` when the value is unset.
    fn length(&self) -> Option<usize>;
    /// Strings count characters; lists and maps count entries.
    fn is_text(&self) -> bool {
        false
    }
}

impl HasLength for str {
    fn length(&self) -> Option<usize> {
        Some(self.chars().count())
    }
    fn is_text(&self) -> bool {
        true
    }
}

impl HasLength for String {
    fn length(&self) -> Option<usize> {
        self.as_str().length()
    }
    fn is_text(&self) -> bool {
        true
    }
}

impl<T: HasLength> HasLength for Sensitive<T> {
    fn length(&self) -> Option<usize> {
        self.0.length()
    }
    fn is_text(&self) -> bool {
        self.0.is_text()
    }
}

impl<T: HasLength> HasLength for Option<T> {
    fn length(&self) -> Option<usize> {
        self.as_ref().and_then(HasLength::length)
    }
    fn is_text(&self) -> bool {
        self.as_ref().is_some_and(HasLength::is_text)
    }
}

/// A blob's length is its bytes (the model's `length` on a blob).
impl HasLength for Blob {
    fn length(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

impl<T> HasLength for Vec<T> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<K, V> HasLength for BTreeMap<K, V> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<K, V, S> HasLength for HashMap<K, V, S> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

/// What `pattern` constraints read.
pub trait AsText {
    /// The text, or `None` when unset.
    fn text(&self) -> Option<&str>;
}

impl AsText for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

impl<T: AsText> AsText for Sensitive<T> {
    fn text(&self) -> Option<&str> {
        self.0.text()
    }
}

impl<T: AsText> AsText for Option<T> {
    fn text(&self) -> Option<&str> {
        self.as_ref().and_then(AsText::text)
    }
}

/// What `range` constraints read.
pub trait AsNumber {
    /// The number, or `None` when unset.
    fn number(&self) -> Option<i64>;
}

macro_rules! number {
    ($($ty:ty),*) => {$(
        impl AsNumber for $ty {
            fn number(&self) -> Option<i64> {
                Some(i64::from(*self))
            }
        }
    )*};
}
number!(i8, i16, i32, i64, u8, u16, u32);

impl<T: AsNumber> AsNumber for Sensitive<T> {
    fn number(&self) -> Option<i64> {
        self.0.number()
    }
}

impl<T: AsNumber> AsNumber for Option<T> {
    fn number(&self) -> Option<i64> {
        self.as_ref().and_then(AsNumber::number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_name_the_path_and_the_constraint() {
        let mut v = Validator::new();
        v.enter("AllianceLeadContact");
        v.enter("Email");
        v.pattern(&"not-an-email".to_owned(), &Pattern::new("[a-z]+@[a-z]+"));
        v.length(&String::new(), Some(1), Some(320));
        v.leave();
        v.leave();
        v.enter("Tags");
        v.length(&vec![0; 3], None, Some(2));
        v.enter_index(1);
        v.enter("MaxResults");
        v.range(&Some(0i32), Some(1), Some(100));
        let shown: Vec<String> = v
            .finish()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            [
                "AllianceLeadContact.Email: must match the pattern `[a-z]+@[a-z]+`",
                "AllianceLeadContact.Email: has 0 characters; the length must be between 1 and 320",
                "Tags: has 3 entries; the length must be at most 2",
                "Tags[1].MaxResults: is 0; it must be between 1 and 100",
            ]
        );
    }

    #[test]
    fn unset_values_and_unanchored_matches_pass() {
        let mut v = Validator::new();
        v.length(&None::<String>, Some(1), None);
        v.pattern(&None::<String>, &Pattern::new("x"));
        v.range(&None::<i32>, Some(1), None);
        v.pattern(
            &"say pacinv-0123456789abc".to_owned(),
            &Pattern::new("pacinv-[A-Za-z0-9]{13}"),
        );
        assert_eq!(v.finish(), Ok(()));
    }
}
