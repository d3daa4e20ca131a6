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

/// An error response read once: what it says about itself, and its body as JSON (an empty
/// body is an empty object; `None` when it is not JSON), from which the typed error is read.
#[derive(Debug, Default)]
pub(crate) struct ErrorBody {
    pub(crate) info: ErrorInfo,
    pub(crate) json: Option<serde_json::Value>,
}

/// [`error_info`], and the body parsed once for the typed error.
pub(crate) fn error_body(errortype_header: Option<&str>, body: &[u8]) -> ErrorBody {
    let json: Option<serde_json::Value> = serde_json::from_slice(output_body(body)).ok();
    let fields = json
        .as_ref()
        .and_then(|json| ErrorFields::deserialize(json).ok());
    ErrorBody {
        info: info_of(errortype_header, fields),
        json,
    }
}

/// The error code from the `X-Amzn-Errortype` header, else the body's top-level `code`, else
/// its `__type`; the message from `Message` or `message`. A body that is not a JSON object
/// gives no code or message, never a failure.
#[cfg(test)]
pub(crate) fn error_info(errortype_header: Option<&str>, body: &[u8]) -> ErrorInfo {
    error_body(errortype_header, body).info
}

fn info_of(errortype_header: Option<&str>, fields: Option<ErrorFields>) -> ErrorInfo {
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
        if !self.path.is_empty() {
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
    /// Describes serde's error on `body`: the path comes from where in the body it stopped.
    fn new(body: &[u8], inner: &serde_json::Error) -> Self {
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
        let path = position.map_or_else(String::new, |(line, column)| {
            path_at(body, offset(body, line, column))
        });
        Self {
            path,
            problem,
            position,
        }
    }
}

/// The byte offset of serde_json's 1-based line and column (the byte it stopped after).
fn offset(body: &[u8], line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        body.iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(body.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(body.len())
}

/// The member path (`Inner[0].Count`) at `end` in a JSON text: which keys and indices enclose
/// that point. Reads the text as far as `end` only, and never fails.
fn path_at(body: &[u8], end: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match body[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < end && body[i] != b'"' {
                    i += if body[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    // a string where a key is due is the key (keys are model names)
                    *key = Some(String::from_utf8_lossy(&body[start..i.min(end)]).into_owned());
                    // skip to its `:` so the value's string is not taken for a key
                    while i < end && body[i] != b':' {
                        i += 1;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
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

/// Reads `T` from a JSON body; the error says where and what, never the value found.
pub fn from_json_slice<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, JsonError> {
    serde_json::from_slice(body).map_err(|err| JsonError::new(body, &err))
}

/// Reads `T` from a JSON value; the error says where and what, never the value found.
pub fn from_json_value<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
) -> Result<T, JsonError> {
    T::deserialize(value).map_err(|_| {
        // written out and read again, the error has a position, and so a path
        let text = value.to_string().into_bytes();
        match serde_json::from_slice::<T>(&text) {
            Err(err) => JsonError {
                position: None,
                ..JsonError::new(&text, &err)
            },
            Ok(_) => JsonError {
                path: String::new(),
                problem: "an invalid value".to_owned(),
                position: None,
            },
        }
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
        let pretty = serde_json::to_vec_pretty(&serde_json::json!({
            "Inner": [{"Count": 1, "Kind": "A"}, {"Kind": "A", "Count": [1, {"x": "SENTINEL"}]}]
        }))
        .expect("JSON");
        let err = from_json_slice::<Outer>(&pretty).expect_err("a list for a number");
        assert_eq!(err.path, "Inner[1].Count", "{err}");
        let err = from_json_slice::<Outer>(br#"{"Inner":[{"Count":1,"Kind":"A"},{"Kind":"A"}]}"#)
            .expect_err("missing");
        assert_eq!(
            err.to_string(),
            "at `Inner[1]`: missing field `Count` (line 1, column 45)"
        );
        let err = from_json_slice::<Outer>(b"{\"Inner\": [").expect_err("cut short");
        assert!(err.to_string().contains("EOF"), "{err}");
        let err = from_json_slice::<Outer>(br#"{"Inner":[]} SECRET"#).expect_err("trailing");
        assert!(!err.to_string().contains("SECRET"), "{err}");
    }
}
