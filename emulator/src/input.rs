//! Reading an operation's input members with the model's constraints, collecting every
//! problem so the `ValidationException` names each field.

use serde_json::{Map, Value};

use crate::wire::{validation_error, ApiError, FieldProblem};

/// A `pattern` as a predicate, with the pattern's text for messages.
pub(crate) type Pattern = (fn(&str) -> bool, &'static str);

/// A string member's constraints.
#[derive(Clone, Copy)]
pub(crate) struct Rule {
    pub(crate) min: usize,
    pub(crate) max: usize,
    /// The model's `pattern`, as a predicate, and the pattern text for the message.
    pub(crate) pattern: Option<Pattern>,
    /// The enum's values, if the member is an enum.
    pub(crate) values: &'static [&'static str],
}

impl Rule {
    pub(crate) const fn len(min: usize, max: usize) -> Self {
        Self {
            min,
            max,
            pattern: None,
            values: &[],
        }
    }
    pub(crate) const fn pattern(self, test: fn(&str) -> bool, text: &'static str) -> Self {
        Self {
            pattern: Some((test, text)),
            ..self
        }
    }
    pub(crate) const fn one_of(values: &'static [&'static str]) -> Self {
        Self {
            min: 0,
            max: usize::MAX,
            pattern: None,
            values,
        }
    }
}

pub(crate) struct Input<'a> {
    body: &'a Map<String, Value>,
    problems: Vec<FieldProblem>,
}

impl<'a> Input<'a> {
    pub(crate) fn new(body: &'a Map<String, Value>) -> Self {
        Self {
            body,
            problems: Vec::new(),
        }
    }

    /// A required string member; `""` stands in when it is missing or wrong (the call fails).
    pub(crate) fn required(&mut self, name: &str, rule: Rule) -> String {
        match self.body.get(name) {
            None | Some(Value::Null) => {
                self.problem(name, "REQUIRED_FIELD_MISSING", "is required".into());
                String::new()
            }
            Some(value) => self.check(name, value, rule).unwrap_or_default(),
        }
    }

    /// An optional string member.
    pub(crate) fn optional(&mut self, name: &str, rule: Rule) -> Option<String> {
        match self.body.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => self.check(name, value, rule),
        }
    }

    /// An optional whole number within `min..=max`.
    pub(crate) fn optional_int(&mut self, name: &str, min: i64, max: i64) -> Option<i64> {
        match self.body.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => match value.as_i64() {
                Some(n) if (min..=max).contains(&n) => Some(n),
                _ => {
                    self.problem(
                        name,
                        "INVALID_VALUE",
                        format!("must be a whole number from {min} to {max}"),
                    );
                    None
                }
            },
        }
    }

    /// An optional list of strings, each checked with `rule`.
    pub(crate) fn optional_strings(
        &mut self,
        name: &str,
        max_entries: usize,
        rule: Rule,
    ) -> Option<Vec<String>> {
        let value = match self.body.get(name) {
            None | Some(Value::Null) => return None,
            Some(value) => value,
        };
        let Some(items) = value.as_array().filter(|items| items.len() <= max_entries) else {
            self.problem(
                name,
                "INVALID_VALUE",
                format!("must be a list of at most {max_entries} strings"),
            );
            return None;
        };
        items
            .iter()
            .map(|item| self.check(name, item, rule))
            .collect()
    }

    fn check(&mut self, name: &str, value: &Value, rule: Rule) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.problem(name, "INVALID_VALUE", "must be a string".into());
            return None;
        };
        let chars = text.chars().count();
        if !rule.values.is_empty() && !rule.values.contains(&text) {
            self.problem(
                name,
                "INVALID_ENUM_VALUE",
                format!("`{text}` is not one of {}", rule.values.join(", ")),
            );
            return None;
        }
        if chars < rule.min || chars > rule.max {
            self.problem(
                name,
                "INVALID_VALUE",
                format!("length {chars} is outside {}..={}", rule.min, rule.max),
            );
            return None;
        }
        if let Some((test, pattern)) = rule.pattern {
            if !test(text) {
                self.problem(
                    name,
                    "INVALID_STRING_FORMAT",
                    format!("must match `{pattern}`"),
                );
                return None;
            }
        }
        Some(text.to_owned())
    }

    fn problem(&mut self, name: &str, code: &'static str, message: String) {
        self.problems.push(FieldProblem {
            name: name.to_owned(),
            code,
            message,
        });
    }

    pub(crate) fn finish(self) -> Result<(), ApiError> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(validation_error(&self.problems))
        }
    }
}

/// `[A-Za-z0-9-]+`-style checks: every character passes `allowed`, and there is one at least.
pub(crate) fn all_chars(text: &str, allowed: fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(allowed)
}

/// `prefix` followed by exactly `n` ASCII letters or digits.
pub(crate) fn prefixed_id(text: &str, prefix: &str, n: usize) -> bool {
    text.strip_prefix(prefix)
        .is_some_and(|rest| rest.len() == n && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}
