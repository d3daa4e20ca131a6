//! Reading an operation's input with the same rules the client applies: the operations
//! crate's types and their `Validate` (the model's constraints), not a second copy of them.
//! Every problem is reported in one `ValidationException`, naming each field.

use awsop::{Operation, Validator, ViolationKind};
use serde_json::{Map, Value};

use crate::wire::{validation_error, ApiError, FieldProblem};

/// The typed input, or the `ValidationException` that lists what is wrong with it. Members
/// the operation does not have are ignored, as the service ignores them.
pub(crate) fn parse<O: Operation>(body: &Map<String, Value>) -> Result<O, ApiError> {
    let mut problems = Vec::new();
    for member in O::MEMBERS {
        // the idempotency token is required by the model even though SDKs fill it
        let required = member.required || member.idempotency_token;
        if required && body.get(member.name).is_none_or(Value::is_null) {
            problems.push(FieldProblem {
                name: member.name.to_owned(),
                code: "REQUIRED_FIELD_MISSING",
                message: "is required".into(),
            });
        }
    }
    if !problems.is_empty() {
        return Err(validation_error(&problems));
    }
    let known: Map<String, Value> = body
        .iter()
        .filter(|(name, _)| O::MEMBERS.iter().any(|m| m.name == name.as_str()))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    // the message says where and what was expected, never the value (it may be sensitive)
    let input: O = awsop::from_json_value(&Value::Object(known)).map_err(|err| {
        validation_error(&[FieldProblem {
            name: if err.path.is_empty() {
                "Body".into()
            } else {
                err.path.clone()
            },
            code: "INVALID_VALUE",
            message: err.problem,
        }])
    })?;
    let mut validator = Validator::new();
    input.validate(&mut validator);
    validator.finish().map_err(|violations| {
        let problems: Vec<FieldProblem> = violations
            .into_iter()
            .map(|v| FieldProblem {
                name: v.path,
                code: match v.kind {
                    ViolationKind::Pattern => "INVALID_STRING_FORMAT",
                    ViolationKind::Enum => "INVALID_ENUM_VALUE",
                    _ => "INVALID_VALUE",
                },
                message: v.message,
            })
            .collect();
        validation_error(&problems)
    })?;
    Ok(input)
}
