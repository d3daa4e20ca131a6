//! awsJson 1.0 bodies: error codes and messages of error responses, empty outputs.

use serde::Deserialize;

/// What an error response says about itself.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ErrorInfo {
    pub(crate) code: Option<String>,
    pub(crate) message: Option<String>,
}

#[derive(Deserialize)]
struct ErrorFields {
    #[serde(rename = "__type")]
    dunder_type: Option<serde_json::Value>,
    code: Option<serde_json::Value>,
    #[serde(rename = "Message")]
    upper_message: Option<serde_json::Value>,
    message: Option<serde_json::Value>,
}

/// The error code from the `X-Amzn-Errortype` header, else the body's top-level `code`, else
/// its `__type`; the message from `Message` or `message`. A body that is not a JSON object
/// gives no code or message, never a failure.
pub(crate) fn error_info(errortype_header: Option<&str>, body: &[u8]) -> ErrorInfo {
    let fields: Option<ErrorFields> = serde_json::from_slice(body).ok();
    let text =
        |v: &Option<serde_json::Value>| v.as_ref().and_then(|v| v.as_str()).map(str::to_owned);
    let from_body = fields
        .as_ref()
        .and_then(|f| text(&f.code).or_else(|| text(&f.dunder_type)));
    let code = errortype_header
        .map(str::to_owned)
        .or(from_body)
        .map(|raw| sanitize_error_code(&raw).to_owned())
        .filter(|code| !code.is_empty());
    let message = fields.and_then(|f| text(&f.upper_message).or_else(|| text(&f.message)));
    ErrorInfo { code, message }
}

/// `aws.protocoltests.restjson#FooError:http://internal.amazon.com/...` → `FooError`:
/// cut at the first `:`, then keep what follows the last `#`.
pub(crate) fn sanitize_error_code(raw: &str) -> &str {
    let before_colon = raw.split(':').next().unwrap_or(raw);
    before_colon
        .rsplit('#')
        .next()
        .unwrap_or(before_colon)
        .trim()
}

/// The bytes to deserialize an output from: an empty body is an empty object.
pub(crate) fn output_body(body: &[u8]) -> &[u8] {
    if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_cut_at_colon_and_namespace() {
        assert_eq!(sanitize_error_code("FooError"), "FooError");
        assert_eq!(
            sanitize_error_code(
                "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"
            ),
            "FooError"
        );
        assert_eq!(sanitize_error_code("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"), "FooError");
        assert_eq!(
            sanitize_error_code("aws.protocoltests.restjson#FooError"),
            "FooError"
        );
    }

    #[test]
    fn header_wins_over_body() {
        let info = error_info(
            Some("ConflictException"),
            br#"{"__type":"Other","Message":"m"}"#,
        );
        assert_eq!(
            info,
            ErrorInfo {
                code: Some("ConflictException".into()),
                message: Some("m".into())
            }
        );
    }

    #[test]
    fn body_code_then_dunder_type_and_lowercase_message() {
        let info = error_info(
            None,
            br#"{"code":"a#Code","__type":"b#Type","message":"low"}"#,
        );
        assert_eq!(info.code.as_deref(), Some("Code"));
        assert_eq!(info.message.as_deref(), Some("low"));
        let info = error_info(None, br#"{"__type":"com.amazon#ThrottlingException"}"#);
        assert_eq!(info.code.as_deref(), Some("ThrottlingException"));
    }

    #[test]
    fn nested_type_is_ignored_and_garbage_is_no_code() {
        let info = error_info(None, br#"{"Nested":{"__type":"Inner"}}"#);
        assert_eq!(info.code, None);
        assert_eq!(
            error_info(None, b"<html>502 Bad Gateway</html>"),
            ErrorInfo::default()
        );
        assert_eq!(error_info(None, b"").code, None);
        assert_eq!(error_info(None, br#"{"__type":42}"#).code, None);
    }
}

/// A JSON body or value that did not read as the expected shape: where (the member path in
/// wire names, and the line and column of a body) and what was expected. It never holds the
/// value it found, which may be a secret or a member the model marks sensitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The member path, e.g. `Invitation.Receiver.Account.Name` (empty at the top).
    pub path: String,
    /// What was wrong, in serde's words less the value: `invalid type, expected a string`.
    pub problem: String,
    /// The line and column in a body (`None` for a parsed value).
    pub position: Option<(usize, usize)>,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.path.is_empty() && self.path != "." {
            write!(f, "at `{}`: ", self.path)?;
        }
        f.write_str(&self.problem)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

impl std::error::Error for JsonError {}

impl JsonError {
    fn new(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let position = (inner.line() > 0).then(|| (inner.line(), inner.column()));
        let mut message = inner.to_string();
        if let Some((line, column)) = position {
            if let Some(at) = message.rfind(&format!(" at line {line} column {column}")) {
                message.truncate(at);
            }
        }
        let problem = match inner.classify() {
            serde_json::error::Category::Data => without_value(&message),
            // syntax and end-of-input messages name the token expected, never the text
            _ => message,
        };
        Self {
            path,
            problem,
            position,
        }
    }
}

/// serde's data error less the value it found: `invalid type: string "x", expected u32`
/// becomes `invalid type, expected u32`; messages that name only fields are kept; any other
/// (a type's own message, which may quote what it read) says only that the value is invalid.
fn without_value(message: &str) -> String {
    const NAMES_ONLY: [&str; 4] = [
        "missing field",
        "unknown field",
        "duplicate field",
        "invalid length",
    ];
    if NAMES_ONLY.iter().any(|p| message.starts_with(p)) {
        return message.to_owned();
    }
    let kinds = ["invalid type", "invalid value", "unknown variant"];
    match (
        kinds.iter().find(|k| message.starts_with(*k)),
        message.split_once(", expected "),
    ) {
        (Some(kind), Some((_, expected))) => format!("{kind}, expected {expected}"),
        (Some(kind), None) => (*kind).to_owned(),
        (None, _) => "an invalid value".to_owned(),
    }
}

/// Reads `T` from a JSON body; the error says where and what, never the value found. The
/// body is read once; only a body that fails is read again to find the member's path.
pub fn from_json_slice<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, JsonError> {
    serde_json::from_slice(body).map_err(|first| {
        let mut reader = serde_json::Deserializer::from_slice(body);
        let described = serde_path_to_error::deserialize::<_, T>(&mut reader)
            .map_err(JsonError::new)
            .and_then(|_| {
                reader.end().map_err(|err| JsonError {
                    path: String::new(),
                    problem: "trailing characters after the JSON value".to_owned(),
                    position: Some((err.line(), err.column())),
                })
            });
        described.err().unwrap_or_else(|| JsonError {
            path: String::new(),
            problem: "not valid JSON".to_owned(),
            position: Some((first.line(), first.column())),
        })
    })
}

/// Reads `T` from a JSON value; the error says where and what, never the value found.
pub fn from_json_value<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
) -> Result<T, JsonError> {
    T::deserialize(value).map_err(|first| {
        serde_path_to_error::deserialize::<_, T>(value)
            .err()
            .map_or_else(
                || JsonError {
                    path: String::new(),
                    problem: without_value(&first.to_string()),
                    position: None,
                },
                JsonError::new,
            )
    })
}

#[cfg(test)]
mod described {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        #[serde(rename = "Inner")]
        inner: Vec<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        #[serde(rename = "Count")]
        count: u32,
        #[serde(rename = "Kind")]
        kind: Kind,
    }

    #[derive(Debug, serde::Deserialize)]
    enum Kind {
        A,
    }

    #[test]
    fn errors_say_where_and_what_but_not_the_value() {
        let err =
            from_json_slice::<Outer>(br#"{"Inner":[{"Count":"SECRET-SENTINEL","Kind":"A"}]}"#)
                .expect_err("a string for a number");
        assert_eq!(err.path, "Inner[0].Count");
        assert_eq!(
            err.to_string(),
            "at `Inner[0].Count`: invalid type, expected u32 (line 1, column 36)"
        );
        let err = from_json_value::<Outer>(
            &serde_json::json!({"Inner":[{"Count":1,"Kind":"SECRET-SENTINEL"}]}),
        )
        .expect_err("an unknown variant");
        assert!(!err.to_string().contains("SENTINEL"), "{err}");
        assert!(
            err.to_string()
                .starts_with("at `Inner[0].Kind`: unknown variant, expected"),
            "{err}"
        );
        let err = from_json_value::<Outer>(&serde_json::json!({"Inner":[{"Kind":"A"}]}))
            .expect_err("missing");
        assert_eq!(err.to_string(), "at `Inner[0]`: missing field `Count`");
        let err = from_json_slice::<Outer>(b"{\"Inner\": [").expect_err("cut short");
        assert!(err.to_string().contains("EOF"), "{err}");
        let err = from_json_slice::<Outer>(br#"{"Inner":[]} SECRET"#).expect_err("trailing");
        assert!(!err.to_string().contains("SECRET"), "{err}");
    }
}
