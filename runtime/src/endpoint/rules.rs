//! The Smithy rules engine: evaluates a service's published endpoint rule set
//! (`endpoint-rule-set-1.json`) for a set of parameters, as the official SDKs do.
//!
//! Rules are tried in order; a rule whose conditions all hold is an endpoint, an error, or a
//! tree of further rules. Conditions call the standard library's functions (`isSet`, `not`,
//! `booleanEquals`, `stringEquals`, `getAttr`, `substring`, `uriEncode`, `parseURL`,
//! `isValidHostLabel`, `split`, `coalesce`, `ite`) and the AWS ones (`aws.partition`, `aws.parseArn`,
//! `aws.isVirtualHostableS3Bucket`); `assign` names a result for later conditions and
//! templates (`"https://dynamodb.{Region}.{PartitionResult#dnsSuffix}"`).

use std::collections::BTreeMap;

use serde_json::Value as Json;

use super::functions;
use super::partition;

/// A value the rules work with: a parameter, a function's result, a literal.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    String(String),
    Bool(bool),
    Int(i64),
    Array(Vec<Value>),
    Record(BTreeMap<String, Value>),
}

impl Value {
    fn to_json(&self) -> Json {
        match self {
            Self::String(s) => Json::String(s.clone()),
            Self::Bool(b) => Json::Bool(*b),
            Self::Int(n) => Json::from(*n),
            Self::Array(items) => Json::Array(items.iter().map(Self::to_json).collect()),
            Self::Record(fields) => Json::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Self::String(_) => "a string",
            Self::Bool(_) => "a boolean",
            Self::Int(_) => "an integer",
            Self::Array(_) => "an array",
            Self::Record(_) => "a record",
        }
    }
}

/// A rule set's parameter value, as a caller gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    /// A `String` parameter.
    String(String),
    /// A `Boolean` parameter.
    Bool(bool),
    /// A `StringArray` parameter.
    Strings(Vec<String>),
}

impl Param {
    fn value(&self) -> Value {
        match self {
            Self::String(s) => Value::String(s.clone()),
            Self::Bool(b) => Value::Bool(*b),
            Self::Strings(items) => {
                Value::Array(items.iter().cloned().map(Value::String).collect())
            }
        }
    }
}

/// The endpoint a rule set resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// The URL to send to.
    pub url: String,
    /// Headers the rule set adds to the request.
    pub headers: Vec<(String, Vec<String>)>,
    /// The endpoint's properties (`authSchemes` with a signing name or region, ...), as JSON.
    pub properties: Json,
}

impl Endpoint {
    /// The `sigv4` auth scheme's `signingRegion`, when the rule set sets one (a global
    /// endpoint signed for one region).
    pub fn signing_region(&self) -> Option<&str> {
        self.sigv4()?.get("signingRegion")?.as_str()
    }

    /// The `sigv4` auth scheme's `signingName`, when the rule set sets one.
    pub fn signing_name(&self) -> Option<&str> {
        self.sigv4()?.get("signingName")?.as_str()
    }

    fn sigv4(&self) -> Option<&serde_json::Map<String, Json>> {
        self.properties
            .get("authSchemes")?
            .as_array()?
            .iter()
            .filter_map(Json::as_object)
            .find(|scheme| scheme.get("name").and_then(Json::as_str) == Some("sigv4"))
    }
}

/// A parsed rule set, ready to resolve endpoints.
#[derive(Debug, Clone)]
pub struct RuleSet {
    parameters: Vec<Parameter>,
    rules: Json,
}

#[derive(Debug, Clone)]
struct Parameter {
    name: String,
    kind: Kind,
    required: bool,
    default: Option<Value>,
    built_in: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Bool,
    Strings,
}

type Scope = BTreeMap<String, Value>;

impl RuleSet {
    /// Parses the text of an `endpoint-rule-set-1.json`; an error names what is malformed.
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: Json = serde_json::from_str(text)
            .map_err(|err| format!("the endpoint rule set is not JSON: {err}"))?;
        let declared = doc["parameters"]
            .as_object()
            .ok_or("the endpoint rule set has no `parameters` object")?;
        let mut parameters = Vec::with_capacity(declared.len());
        for (name, spec) in declared {
            let kind = match spec["type"].as_str().map(str::to_ascii_lowercase).as_deref() {
                Some("string") => Kind::String,
                Some("boolean") => Kind::Bool,
                Some("stringarray") => Kind::Strings,
                other => {
                    return Err(format!(
                        "the rule set's parameter {name} has type {other:?}; expected String, Boolean or StringArray"
                    ))
                }
            };
            let default = match &spec["default"] {
                Json::Null => None,
                given => Some(literal(given).map_err(|e| format!("parameter {name}: {e}"))?),
            };
            parameters.push(Parameter {
                name: name.clone(),
                kind,
                required: spec["required"].as_bool() == Some(true),
                default,
                built_in: spec["builtIn"].as_str().map(str::to_owned),
            });
        }
        if !doc["rules"].is_array() {
            return Err("the endpoint rule set has no `rules` list".into());
        }
        Ok(Self {
            parameters,
            rules: doc["rules"].clone(),
        })
    }

    /// The name of the parameter bound to `built_in` (`AWS::Region`, `SDK::Endpoint`, ...), if
    /// the rule set declares one.
    pub fn built_in(&self, built_in: &str) -> Option<&str> {
        self.parameters
            .iter()
            .find(|p| p.built_in.as_deref() == Some(built_in))
            .map(|p| p.name.as_str())
    }

    /// Whether the rule set's parameter of this name is a list (`StringArray`).
    pub fn is_list(&self, name: &str) -> bool {
        self.parameters
            .iter()
            .any(|p| p.name == name && p.kind == Kind::Strings)
    }

    /// Whether the rule set declares a parameter of this name.
    pub fn has_parameter(&self, name: &str) -> bool {
        self.parameters.iter().any(|p| p.name == name)
    }

    /// Resolves the endpoint for `params` (by parameter name): the endpoint, or the rule
    /// set's error text (`Invalid Configuration: Missing Region`).
    pub fn resolve<'a>(
        &self,
        params: impl IntoIterator<Item = (&'a str, Param)>,
    ) -> Result<Endpoint, String> {
        let mut scope = Scope::new();
        for (name, param) in params {
            let declared = self
                .parameters
                .iter()
                .find(|p| p.name == name)
                .ok_or_else(|| format!("the rule set has no parameter {name}"))?;
            let fits = matches!(
                (declared.kind, &param),
                (Kind::String, Param::String(_))
                    | (Kind::Bool, Param::Bool(_))
                    | (Kind::Strings, Param::Strings(_))
            );
            if !fits {
                return Err(format!(
                    "the rule set's parameter {name} is a {:?}, not what was given",
                    declared.kind
                ));
            }
            scope.insert(name.to_owned(), param.value());
        }
        for declared in &self.parameters {
            if !scope.contains_key(&declared.name) {
                if let Some(default) = &declared.default {
                    scope.insert(declared.name.clone(), default.clone());
                } else if declared.required {
                    return Err(format!(
                        "the rule set's required parameter {} is not set",
                        declared.name
                    ));
                }
            }
        }
        match rules(&self.rules, &scope)? {
            Some(Outcome::Endpoint(endpoint)) => Ok(endpoint),
            Some(Outcome::Error(message)) => Err(message),
            None => Err("no rule of the endpoint rule set matched".into()),
        }
    }
}

enum Outcome {
    Endpoint(Endpoint),
    Error(String),
}

fn rules(list: &Json, scope: &Scope) -> Result<Option<Outcome>, String> {
    let list = list.as_array().ok_or("`rules` is not a list")?;
    for rule in list {
        let mut local = scope.clone();
        if !conditions(rule, &mut local)? {
            continue;
        }
        return match rule["type"].as_str() {
            Some("endpoint") => {
                endpoint(&rule["endpoint"], &local).map(|e| Some(Outcome::Endpoint(e)))
            }
            Some("error") => string(&rule["error"], &local).map(|e| Some(Outcome::Error(e))),
            Some("tree") => match rules(&rule["rules"], &local)? {
                Some(outcome) => Ok(Some(outcome)),
                // a tree is final: once its conditions hold, one of its rules must match
                None => Err("no rule of the endpoint rule set matched".into()),
            },
            other => Err(format!(
                "a rule of type {other:?}; expected endpoint, error or tree"
            )),
        };
    }
    Ok(None)
}

/// Whether every condition of `rule` holds, binding each `assign` in `scope` as it goes.
fn conditions(rule: &Json, scope: &mut Scope) -> Result<bool, String> {
    let Some(conditions) = rule["conditions"].as_array() else {
        return Ok(true);
    };
    for condition in conditions {
        let value = expr(condition, scope)?;
        let holds = match &value {
            None | Some(Value::Bool(false)) => false,
            Some(_) => true,
        };
        if !holds {
            return Ok(false);
        }
        if let (Some(name), Some(value)) = (condition["assign"].as_str(), value) {
            scope.insert(name.to_owned(), value);
        }
    }
    Ok(true)
}

fn endpoint(spec: &Json, scope: &Scope) -> Result<Endpoint, String> {
    let url = string(&spec["url"], scope)?;
    let properties = match &spec["properties"] {
        Json::Null => Json::Object(serde_json::Map::new()),
        given => expr(given, scope)?.map_or(Json::Null, |v| v.to_json()),
    };
    let mut headers = Vec::new();
    if let Some(given) = spec["headers"].as_object() {
        for (name, values) in given {
            let values = values
                .as_array()
                .ok_or_else(|| format!("header {name}'s values are not a list"))?
                .iter()
                .map(|v| string(v, scope))
                .collect::<Result<_, _>>()?;
            headers.push((name.clone(), values));
        }
    }
    Ok(Endpoint {
        url,
        headers,
        properties,
    })
}

/// An expression that must be a string (a URL, an error message, a header value).
fn string(e: &Json, scope: &Scope) -> Result<String, String> {
    match expr(e, scope)? {
        Some(Value::String(s)) => Ok(s),
        Some(other) => Err(format!("expected a string, got {}", other.type_name())),
        None => Err("expected a string, got an unset value".into()),
    }
}

/// A literal of the rule set (a parameter's default), no references.
pub(crate) fn literal(e: &Json) -> Result<Value, String> {
    match e {
        Json::String(s) => Ok(Value::String(s.clone())),
        Json::Bool(b) => Ok(Value::Bool(*b)),
        Json::Array(items) => items
            .iter()
            .map(literal)
            .collect::<Result<_, _>>()
            .map(Value::Array),
        other => Err(format!("unsupported default {other}")),
    }
}

/// Evaluates an expression: `None` is an unset value (an unset parameter, a function that
/// found nothing).
fn expr(e: &Json, scope: &Scope) -> Result<Option<Value>, String> {
    match e {
        Json::String(text) => template(text, scope).map(|s| Some(Value::String(s))),
        Json::Bool(b) => Ok(Some(Value::Bool(*b))),
        Json::Number(n) => n
            .as_i64()
            .map(|n| Some(Value::Int(n)))
            .ok_or_else(|| format!("the number {n} is not an integer")),
        Json::Array(items) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(expr(item, scope)?.ok_or("an array holds an unset value")?);
            }
            Ok(Some(Value::Array(values)))
        }
        Json::Object(fields) => {
            if let Some(name) = fields.get("ref").and_then(Json::as_str) {
                return Ok(scope.get(name).cloned());
            }
            if let Some(name) = fields.get("fn").and_then(Json::as_str) {
                let argv = fields
                    .get("argv")
                    .and_then(Json::as_array)
                    .ok_or_else(|| format!("`{name}` has no argv list"))?;
                let args = argv
                    .iter()
                    .map(|a| expr(a, scope))
                    .collect::<Result<Vec<_>, _>>()?;
                return call(name, args);
            }
            let mut record = BTreeMap::new();
            for (key, value) in fields {
                if let Some(value) = expr(value, scope)? {
                    record.insert(key.clone(), value);
                }
            }
            Ok(Some(Value::Record(record)))
        }
        Json::Null => Ok(None),
    }
}

/// `"https://{Region}.{PartitionResult#dnsSuffix}"`: `{name}` and `{name#path}` are replaced,
/// `{{` and `}}` stand for braces.
fn template(text: &str, scope: &Scope) -> Result<String, String> {
    if !text.contains(['{', '}']) {
        return Ok(text.to_owned());
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{").or_else(|| tail.strip_prefix("}}")) {
            out.push_str(&tail[..1]);
            rest = after;
            continue;
        }
        if tail.starts_with('}') {
            return Err(format!("a lone `}}` in the template {text:?}"));
        }
        let end = tail
            .find('}')
            .ok_or_else(|| format!("an unclosed `{{` in the template {text:?}"))?;
        let reference = &tail[1..end];
        let (name, path) = match reference.split_once('#') {
            Some((name, path)) => (name, Some(path)),
            None => (reference, None),
        };
        let value = scope
            .get(name)
            .ok_or_else(|| format!("the template {text:?} names {name}, which is not set"))?;
        let value = match path {
            Some(path) => get_attr(value, path).ok_or_else(|| {
                format!("the template {text:?} names {reference}, which is not set")
            })?,
            None => value.clone(),
        };
        match value {
            Value::String(s) => out.push_str(&s),
            other => {
                return Err(format!(
                    "the template {text:?} names {reference}, {} rather than a string",
                    other.type_name()
                ))
            }
        }
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `getAttr`'s path: `name`, `a.b`, `list[0]`, `a.list[2]`.
fn get_attr(value: &Value, path: &str) -> Option<Value> {
    let mut current = value.clone();
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, index)) => (name, Some(index.strip_suffix(']')?.parse::<usize>().ok()?)),
            None => (part, None),
        };
        if !name.is_empty() {
            current = match current {
                Value::Record(mut fields) => fields.remove(name)?,
                _ => return None,
            };
        }
        if let Some(index) = index {
            current = match current {
                Value::Array(mut items) if index < items.len() => items.swap_remove(index),
                _ => return None,
            };
        }
    }
    Some(current)
}

fn call(name: &str, args: Vec<Option<Value>>) -> Result<Option<Value>, String> {
    let arity = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!(
                "`{name}` takes {n} arguments, given {}",
                args.len()
            ))
        }
    };
    let text = |i: usize| match args.get(i) {
        Some(Some(Value::String(s))) => Some(s.as_str()),
        _ => None,
    };
    let flag = |i: usize| match args.get(i) {
        Some(Some(Value::Bool(b))) => Some(*b),
        _ => None,
    };
    let int = |i: usize| match args.get(i) {
        Some(Some(Value::Int(n))) => usize::try_from(*n).ok(),
        _ => None,
    };
    let result = match name {
        "isSet" => {
            arity(1)?;
            Some(Value::Bool(args[0].is_some()))
        }
        "not" => {
            arity(1)?;
            Some(Value::Bool(!flag(0).ok_or("`not` takes a boolean")?))
        }
        "booleanEquals" => {
            arity(2)?;
            Some(Value::Bool(flag(0).is_some() && flag(0) == flag(1)))
        }
        "stringEquals" => {
            arity(2)?;
            Some(Value::Bool(text(0).is_some() && text(0) == text(1)))
        }
        "getAttr" => {
            arity(2)?;
            let path = text(1).ok_or("`getAttr` takes a path string")?;
            args[0].as_ref().and_then(|value| get_attr(value, path))
        }
        "substring" => {
            arity(4)?;
            match (text(0), int(1), int(2), flag(3)) {
                (Some(s), Some(start), Some(stop), Some(reverse)) => {
                    functions::substring(s, start, stop, reverse)
                        .map(|s| Value::String(s.to_owned()))
                }
                _ => None,
            }
        }
        "uriEncode" => {
            arity(1)?;
            text(0).map(|s| Value::String(functions::uri_encode(s)))
        }
        "parseURL" => {
            arity(1)?;
            text(0).and_then(functions::parse_url).map(|url| {
                Value::Record(BTreeMap::from([
                    ("scheme".to_owned(), Value::String(url.scheme)),
                    ("authority".to_owned(), Value::String(url.authority)),
                    ("path".to_owned(), Value::String(url.path)),
                    (
                        "normalizedPath".to_owned(),
                        Value::String(url.normalized_path),
                    ),
                    ("isIp".to_owned(), Value::Bool(url.is_ip)),
                ]))
            })
        }
        "isValidHostLabel" => {
            arity(2)?;
            Some(Value::Bool(match (text(0), flag(1)) {
                (Some(label), Some(sub)) => functions::is_valid_host_label(label, sub),
                _ => false,
            }))
        }
        "aws.isVirtualHostableS3Bucket" => {
            arity(2)?;
            Some(Value::Bool(match (text(0), flag(1)) {
                (Some(bucket), Some(sub)) => functions::is_virtual_hostable_s3_bucket(bucket, sub),
                _ => false,
            }))
        }
        "aws.partition" => {
            arity(1)?;
            text(0).map(|region| Value::Record(partition::outputs_for(region)))
        }
        "coalesce" => args.into_iter().flatten().next(),
        "ite" => {
            arity(3)?;
            let condition = flag(0).ok_or("`ite` takes a boolean first")?;
            let mut args = args;
            if condition {
                args.swap_remove(1)
            } else {
                args.swap_remove(2)
            }
        }
        "split" => {
            arity(3)?;
            match (text(0), text(1), args.get(2)) {
                (Some(value), Some(delimiter), Some(Some(Value::Int(limit))))
                    if !delimiter.is_empty() =>
                {
                    let parts: Vec<Value> = match usize::try_from(*limit) {
                        Ok(0) | Err(_) => value
                            .split(delimiter)
                            .map(|p| Value::String(p.to_owned()))
                            .collect(),
                        Ok(n) => value
                            .splitn(n, delimiter)
                            .map(|p| Value::String(p.to_owned()))
                            .collect(),
                    };
                    Some(Value::Array(parts))
                }
                _ => None,
            }
        }
        "aws.parseArn" => {
            arity(1)?;
            text(0).and_then(functions::parse_arn).map(|arn| {
                Value::Record(BTreeMap::from([
                    ("partition".to_owned(), Value::String(arn.partition)),
                    ("service".to_owned(), Value::String(arn.service)),
                    ("region".to_owned(), Value::String(arn.region)),
                    ("accountId".to_owned(), Value::String(arn.account_id)),
                    (
                        "resourceId".to_owned(),
                        Value::Array(arn.resource_id.into_iter().map(Value::String).collect()),
                    ),
                ]))
            })
        }
        other => {
            return Err(format!(
                "the rule set calls `{other}`, which awsop does not implement"
            ))
        }
    };
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(expr_json: &str) -> Option<Value> {
        let e: Json = serde_json::from_str(expr_json).expect("JSON");
        expr(&e, &Scope::new()).expect("evaluates")
    }

    fn strings(items: &[&str]) -> Option<Value> {
        Some(Value::Array(
            items
                .iter()
                .map(|s| Value::String((*s).to_owned()))
                .collect(),
        ))
    }

    #[test]
    fn split_coalesce_and_ite() {
        assert_eq!(
            eval(r#"{"fn": "split", "argv": ["a--b--c", "--", 0]}"#),
            strings(&["a", "b", "c"])
        );
        assert_eq!(
            eval(r#"{"fn": "split", "argv": ["a--b--c", "--", 2]}"#),
            strings(&["a", "b--c"])
        );
        assert_eq!(
            eval(r#"{"fn": "split", "argv": ["", "-", 0]}"#),
            strings(&[""])
        );
        assert_eq!(
            eval(r#"{"fn": "coalesce", "argv": [{"ref": "Unset"}, "second", "third"]}"#),
            Some(Value::String("second".into()))
        );
        assert_eq!(
            eval(r#"{"fn": "coalesce", "argv": [{"ref": "Unset"}]}"#),
            None
        );
        assert_eq!(
            eval(r#"{"fn": "ite", "argv": [true, "yes", "no"]}"#),
            Some(Value::String("yes".into()))
        );
        assert_eq!(
            eval(r#"{"fn": "ite", "argv": [false, "yes", "no"]}"#),
            Some(Value::String("no".into()))
        );
    }

    #[test]
    fn templates_escape_braces_and_read_paths() {
        let mut scope = Scope::new();
        scope.insert(
            "P".into(),
            Value::Record(BTreeMap::from([(
                "dnsSuffix".to_owned(),
                Value::String("api.aws".into()),
            )])),
        );
        assert_eq!(
            template("https://x.{P#dnsSuffix}/{{literal}}", &scope).as_deref(),
            Ok("https://x.api.aws/{literal}")
        );
        assert!(template("{Missing}", &scope).is_err());
        assert!(template("unclosed {P", &scope).is_err());
    }
}
