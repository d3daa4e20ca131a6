//! awsJson 1.0 errors the service answers (`ApiError`, `ValidationException`), and its pages.

use serde_json::{json, Map, Value};

/// An error the service answers with: HTTP status, error code and body members.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ApiError {
    pub(crate) status: u16,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) members: Map<String, Value>,
}

impl ApiError {
    pub(crate) fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            members: Map::new(),
        }
    }

    pub(crate) fn with(mut self, member: &str, value: impl Into<Value>) -> Self {
        self.members.insert(member.to_owned(), value.into());
        self
    }

    pub(crate) fn not_found(reason: &str, message: impl Into<String>) -> Self {
        Self::new(404, "ResourceNotFoundException", message).with("Reason", reason)
    }

    pub(crate) fn conflict(reason: &str, message: impl Into<String>) -> Self {
        Self::new(409, "ConflictException", message).with("Reason", reason)
    }

    /// The JSON body: `__type`, `Message` and the members.
    pub(crate) fn body(&self) -> Value {
        let mut body = self.members.clone();
        body.insert("__type".into(), json!(self.code));
        body.insert("Message".into(), json!(self.message));
        Value::Object(body)
    }
}

/// A field problem for a `ValidationException`'s `ErrorDetails`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldProblem {
    pub(crate) name: String,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

/// `ValidationException` with `Reason` `REQUEST_VALIDATION_FAILED` and one `FieldValidationError`
/// per problem.
pub(crate) fn validation_error(problems: &[FieldProblem]) -> ApiError {
    let message = problems
        .iter()
        .map(|p| format!("{}: {}", p.name, p.message))
        .collect::<Vec<_>>()
        .join("; ");
    let details: Vec<Value> = problems
        .iter()
        .map(|p| json!({"FieldValidationError": {"Name": p.name, "Message": p.message, "Code": p.code}}))
        .collect();
    ApiError::new(400, "ValidationException", message)
        .with("Reason", "REQUEST_VALIDATION_FAILED")
        .with("ErrorDetails", details)
}

/// The prefix of the `NextToken`s this emulator issues: `after.<id>`.
const TOKEN_PREFIX: &str = "after.";

/// The page size when the caller gives none (`MaxResults`).
const DEFAULT_PAGE_SIZE: usize = 20;

/// The page of `items` (in id order) that follows the id `after`: at most `max_results`
/// (default 20), and the `NextToken` after its last item when more remain.
pub(crate) fn page<T>(
    items: impl Iterator<Item = T>,
    after: Option<&str>,
    max_results: Option<i32>,
    id: impl Fn(&T) -> &str,
) -> (Vec<T>, Option<String>) {
    let size = max_results.map_or(DEFAULT_PAGE_SIZE, |n| {
        usize::try_from(n).unwrap_or(DEFAULT_PAGE_SIZE)
    });
    let mut page: Vec<T> = items
        .filter(|item| after.is_none_or(|after| id(item) > after))
        .take(size + 1)
        .collect();
    let more = page.len() > size;
    page.truncate(size);
    let token = page
        .last()
        .filter(|_| more)
        .map(|last| format!("{TOKEN_PREFIX}{}", id(last)));
    (page, token)
}

/// The id a `NextToken` (`after.<id>`) continues after; a token this emulator did not issue
/// is a `ValidationException`.
pub(crate) fn page_after(
    token: Option<&str>,
    exists: impl Fn(&str) -> bool,
) -> Result<Option<String>, ApiError> {
    let Some(token) = token else { return Ok(None) };
    token
        .strip_prefix(TOKEN_PREFIX)
        .filter(|id| exists(id))
        .map(|id| Some(id.to_owned()))
        .ok_or_else(|| {
            validation_error(&[FieldProblem {
                name: "NextToken".into(),
                code: "INVALID_VALUE",
                message: "is not a token this service issued".into(),
            }])
        })
}
