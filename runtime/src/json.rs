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
