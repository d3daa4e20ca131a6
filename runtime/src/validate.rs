//! Client-side validation from the model's constraints, before any byte is sent: lengths,
//! patterns, numeric ranges, enum membership and union members. Each violation names the
//! member path (`AllianceLeadContact.Email`) and the constraint, never the value.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{OnceLock, PoisonError, RwLock};

use crate::member::{Checks, Constraints, Facts, Member, Number, Schema, TimestampFormat};
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

    /// A floating-point value within the whole-number `range` of `constraints` (a model's
    /// bounds on a `float` or `double`); NaN is within no bounds.
    pub fn check_float_range(&mut self, value: f64, constraints: &Constraints) {
        let (min, max) = constraints.range;
        if min.is_none() && max.is_none() {
            return;
        }
        #[expect(
            clippy::cast_precision_loss,
            reason = "a model's bounds are whole numbers far below 2^53"
        )]
        let (min, max) = (min.map(|n| n as f64), max.map(|n| n as f64));
        let bounds = if value.is_nan() {
            Some(bounds_in_words(min, max))
        } else {
            outside(value, min, max)
        };
        if let Some(bounds) = bounds {
            self.violation(
                ViolationKind::Range,
                format!("is {value}; it must be {bounds}"),
            );
        }
    }

    /// A string the model's `pattern` matches (anywhere in it: Smithy patterns are not
    /// anchored).
    pub fn pattern<T: AsText + ?Sized>(&mut self, value: &T, pattern: &Pattern) {
        let Some(text) = value.text() else { return };
        let matched = pattern.regex().map(|regex| regex.is_match(text));
        self.pattern_matched(pattern.source, matched);
    }

    /// The violation, if any, of a `pattern` check: `matched` is `None` when the pattern does
    /// not compile.
    fn pattern_matched(&mut self, source: &str, matched: Option<bool>) {
        match matched {
            Some(true) => {}
            Some(false) => self.violation(
                ViolationKind::Pattern,
                format!("must match the pattern `{source}`"),
            ),
            None => self.violation(
                ViolationKind::Pattern,
                format!("cannot be checked: the pattern `{source}` does not compile"),
            ),
        }
    }

    /// The `length` of `constraints`, if it has one.
    pub fn check_length<T: HasLength + ?Sized>(&mut self, value: &T, constraints: &Constraints) {
        if let (None, None) = constraints.length {
            return;
        }
        let (min, max) = constraints.length;
        let bound = |b: Option<u64>| b.map(|n| usize::try_from(n).unwrap_or(usize::MAX));
        self.length(value, bound(min), bound(max));
    }

    /// The `range` of `constraints`, if it has one.
    pub fn check_range<T: AsNumber + ?Sized>(&mut self, value: &T, constraints: &Constraints) {
        if let (None, None) = constraints.range {
            return;
        }
        self.range(value, constraints.range.0, constraints.range.1);
    }

    /// The `pattern` of `constraints`, if it has one: compiled once per process.
    pub fn check_pattern<T: AsText + ?Sized>(&mut self, value: &T, constraints: &Constraints) {
        let (Some(source), Some(text)) = (constraints.pattern, value.text()) else {
            return;
        };
        self.pattern_matched(source, Pattern::matches(source, text));
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
    Some(bounds_in_words(min, max))
}

/// `between 1 and 100`, `at least 1`, `at most 100`.
fn bounds_in_words<N: fmt::Display>(min: Option<N>, max: Option<N>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => format!("at least {min}"),
        (None, Some(max)) => format!("at most {max}"),
        (None, None) => String::new(),
    }
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

impl Pattern {
    /// Whether `text` matches the model pattern `source`, `None` if it does not compile. The
    /// compiled patterns are kept for the process, found by the address of their `'static`
    /// text (a copy of the same text at another address is compiled once more).
    fn matches(source: &'static str, text: &str) -> Option<bool> {
        type Compiled = Vec<(&'static str, Option<regex_lite::Regex>)>;
        static COMPILED: RwLock<Compiled> = RwLock::new(Vec::new());
        let is = |(known, _): &&(&'static str, _)| std::ptr::eq(*known, source);
        {
            let compiled = COMPILED.read().unwrap_or_else(PoisonError::into_inner);
            if let Some((_, regex)) = compiled.iter().find(is) {
                return regex.as_ref().map(|regex| regex.is_match(text));
            }
        }
        let regex = regex_lite::Regex::new(source).ok();
        let matched = regex.as_ref().map(|regex| regex.is_match(text));
        let mut compiled = COMPILED.write().unwrap_or_else(PoisonError::into_inner);
        if !compiled.iter().any(|entry| is(&entry)) {
            compiled.push((source, regex));
        }
        matched
    }
}

/// A type that can be a member of a declared shape: it checks the values it holds against
/// the model's constraints, and says what it is on the wire. The member facts the attribute
/// states (required, sensitive, float, which constraints apply) come from these consts, not
/// from how the type is spelled.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a member of an awsop shape",
    note = "declare structures with `#[awsop::aws_shape]`, enums with `awsop::string_enum!`, unions with `awsop::json_union!`"
)]
pub trait Validate {
    /// `Option<..>`: the member may be unset, and is then left out of the request.
    const OPTIONAL: bool = false;
    /// `Sensitive<..>`, or an option, box, list or map of it: redacted in `Debug`.
    const SENSITIVE: bool = false;
    /// `f32`/`f64`, or an option of one: `NaN` and the infinities are strings on the wire.
    const FLOAT: bool = false;
    /// The constraints a value of this type can be held to.
    const CHECKS: Checks = Checks::NONE;

    /// Checks the values this one holds (members, entries); its own constraints are the
    /// containing shape's to check, through [`Validate::check`].
    fn validate(&self, validator: &mut Validator);

    /// What the value is on the wire, for tools that build or explain inputs (the CLI).
    fn schema() -> Schema;

    /// All of the above, for [`Member`]'s constructors.
    const FACTS: Facts = Facts {
        optional: Self::OPTIONAL,
        sensitive: Self::SENSITIVE,
        float: Self::FLOAT,
        checks: Self::CHECKS,
        schema: Self::schema,
    };

    /// Checks the value as `member` of a shape: its constraints, then the values it holds.
    #[inline]
    fn member(&self, member: &Member, validator: &mut Validator) {
        validator.enter(member.name);
        self.check(&member.constraints, validator);
        self.validate(validator);
        validator.leave();
    }

    /// Holds the value itself to a member's constraints ([`Validate::CHECKS`] says which it
    /// can be held to; an unset value passes).
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        let _ = (constraints, validator);
    }
}

macro_rules! leaf {
    ($($ty:ty => $schema:expr;)*) => {$(
        impl Validate for $ty {
            fn validate(&self, _: &mut Validator) {}
            fn schema() -> Schema {
                $schema
            }
        }
    )*};
}
leaf! {
    bool => Schema::Bool;
    u64 => Schema::Number(Number::Unsigned);
    usize => Schema::Number(Number::Unsigned);
    DateTime => Schema::Timestamp(TimestampFormat::DateTime);
    EpochSeconds => Schema::Timestamp(TimestampFormat::EpochSeconds);
    HttpDate => Schema::Timestamp(TimestampFormat::HttpDate);
    serde_json::Value => Schema::Document;
}

/// Strings: `length` (characters) and `pattern`.
macro_rules! text {
    ($($ty:ty),*) => {$(
        impl Validate for $ty {
            const CHECKS: Checks = Checks::TEXT;
            fn validate(&self, _: &mut Validator) {}
            fn schema() -> Schema {
                Schema::String
            }
            fn check(&self, constraints: &Constraints, validator: &mut Validator) {
                validator.check_length(self, constraints);
                validator.check_pattern(self, constraints);
            }
        }
    )*};
}
text!(String, str);

/// Whole numbers that `range` reads.
macro_rules! whole {
    ($($ty:ty => $number:ident),*) => {$(
        impl Validate for $ty {
            const CHECKS: Checks = Checks::RANGE;
            fn validate(&self, _: &mut Validator) {}
            fn schema() -> Schema {
                Schema::Number(Number::$number)
            }
            fn check(&self, constraints: &Constraints, validator: &mut Validator) {
                validator.check_range(self, constraints);
            }
        }
    )*};
}
whole!(i8 => I8, i16 => I16, i32 => I32, i64 => I64, u8 => Unsigned, u16 => Unsigned, u32 => Unsigned);

macro_rules! float {
    ($($ty:ty => $number:ident),*) => {$(
        impl Validate for $ty {
            const FLOAT: bool = true;
            const CHECKS: Checks = Checks::RANGE;
            fn validate(&self, _: &mut Validator) {}
            fn schema() -> Schema {
                Schema::Number(Number::$number)
            }
            fn check(&self, constraints: &Constraints, validator: &mut Validator) {
                validator.check_float_range(f64::from(*self), constraints);
            }
        }
    )*};
}
float!(f32 => F32, f64 => F64);

impl Validate for Blob {
    const CHECKS: Checks = Checks::LENGTH;
    fn validate(&self, _: &mut Validator) {}
    fn schema() -> Schema {
        Schema::Blob
    }
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        validator.check_length(self, constraints);
    }
}

/// A reference, a box or a redacted value: the same value on the wire, with the same checks.
macro_rules! forward {
    ($($ty:ty, $sensitive:expr, $($unsized:ident)?;)*) => {$(
        impl<T: Validate $(+ ?$unsized)?> Validate for $ty {
            const SENSITIVE: bool = $sensitive;
            const FLOAT: bool = T::FLOAT;
            const CHECKS: Checks = T::CHECKS;
            fn validate(&self, validator: &mut Validator) {
                (**self).validate(validator);
            }
            fn schema() -> Schema {
                T::schema()
            }
            fn check(&self, constraints: &Constraints, validator: &mut Validator) {
                (**self).check(constraints, validator);
            }
        }
    )*};
}
forward! {
    &T, T::SENSITIVE, Sized;
    Box<T>, T::SENSITIVE, Sized;
    Sensitive<T>, true,;
}

/// Optional: an unset value is left out, and passes its checks.
impl<T: Validate> Validate for Option<T> {
    const OPTIONAL: bool = true;
    const SENSITIVE: bool = T::SENSITIVE;
    const FLOAT: bool = T::FLOAT;
    const CHECKS: Checks = T::CHECKS;
    fn validate(&self, validator: &mut Validator) {
        if let Some(value) = self {
            value.validate(validator);
        }
    }
    fn schema() -> Schema {
        T::schema()
    }
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        if let Some(value) = self {
            value.check(constraints, validator);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    const SENSITIVE: bool = T::SENSITIVE;
    const CHECKS: Checks = Checks::LENGTH;
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
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        validator.check_length(self, constraints);
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
    const SENSITIVE: bool = K::SENSITIVE || V::SENSITIVE;
    const CHECKS: Checks = Checks::LENGTH;
    fn validate(&self, validator: &mut Validator) {
        validate_entries(self.iter(), validator);
    }
    fn schema() -> Schema {
        Schema::Map(K::schema, V::schema)
    }
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        validator.check_length(self, constraints);
    }
}

impl<K: Validate + fmt::Display, V: Validate, S> Validate for HashMap<K, V, S> {
    const SENSITIVE: bool = K::SENSITIVE || V::SENSITIVE;
    const CHECKS: Checks = Checks::LENGTH;
    fn validate(&self, validator: &mut Validator) {
        validate_entries(self.iter(), validator);
    }
    fn schema() -> Schema {
        Schema::Map(K::schema, V::schema)
    }
    fn check(&self, constraints: &Constraints, validator: &mut Validator) {
        validator.check_length(self, constraints);
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

impl AsText for str {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
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
