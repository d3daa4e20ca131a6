//! The botocore model as the scaffold reads it: the protocol, the operations it writes and
//! every shape they reach, and the Rust names and types of those shapes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

/// The protocols awsop speaks, as botocore names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    RestJson1,
}

/// A botocore model folder's files.
#[derive(Debug)]
pub(crate) struct Model {
    pub(crate) service: Value,
    /// Each structure's member names in the model's order (`Value`'s maps are sorted).
    order: BTreeMap<String, Vec<String>>,
    pub(crate) protocol: Protocol,
    /// `paginators-1.json`'s `pagination`, when the folder has one.
    pub(crate) paginators: Map<String, Value>,
    /// The files the crate keeps a copy of: `(file name, text)`.
    pub(crate) files: Vec<(String, String)>,
    /// Whether `endpoint-rule-set-1.json` is among them.
    pub(crate) has_rules: bool,
}

fn read(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(format!("cannot read {}: {err}", path.display())),
    }
}

fn parse(path: &Path, text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|err| format!("{} is not JSON: {err}", path.display()))
}

impl Model {
    /// Reads `path`: a model folder, or its `service-2.json` with the other files beside it.
    pub(crate) fn load(path: &Path) -> Result<Self, String> {
        let (folder, service_path) = if path.is_dir() {
            (path.to_path_buf(), path.join("service-2.json"))
        } else {
            let folder = path.parent().unwrap_or(Path::new(".")).to_path_buf();
            (folder, path.to_path_buf())
        };
        let service_text = read(&service_path)?
            .ok_or_else(|| format!("{}: no such file", service_path.display()))?;
        let service = parse(&service_path, &service_text)?;
        let order = serde_json::from_str::<Ordered>(&service_text)
            .map(|o| {
                o.shapes
                    .into_iter()
                    .map(|(name, shape)| (name, shape.members))
                    .collect()
            })
            .unwrap_or_default();
        if !service["operations"].is_object() || !service["shapes"].is_object() {
            return Err(format!(
                "{} is not a botocore service model (it has no `operations` and `shapes`)",
                service_path.display()
            ));
        }
        let protocol = protocol(&service)?;
        signs_with_sigv4(&service["metadata"])?;
        let mut files = vec![("service-2.json".to_owned(), service_text)];
        let mut paginators = Map::new();
        let pages_path = folder.join("paginators-1.json");
        if let Some(text) = read(&pages_path)? {
            paginators = parse(&pages_path, &text)?["pagination"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            files.push(("paginators-1.json".to_owned(), text));
        }
        let rules_path = folder.join("endpoint-rule-set-1.json");
        let has_rules = match read(&rules_path)? {
            Some(text) => {
                parse(&rules_path, &text)?;
                files.push(("endpoint-rule-set-1.json".to_owned(), text));
                true
            }
            None => false,
        };
        Ok(Self {
            service,
            order,
            protocol,
            paginators,
            files,
            has_rules,
        })
    }

    pub(crate) fn metadata(&self, key: &str) -> Option<&str> {
        self.service["metadata"][key].as_str()
    }

    pub(crate) fn operations(&self) -> &Map<String, Value> {
        self.service["operations"]
            .as_object()
            .expect("checked in load")
    }

    pub(crate) fn shapes(&self) -> &Map<String, Value> {
        self.service["shapes"].as_object().expect("checked in load")
    }

    pub(crate) fn shape(&self, name: &str) -> &Value {
        &self.service["shapes"][name]
    }

    pub(crate) fn kind(&self, name: &str) -> &str {
        self.shape(name)["type"].as_str().unwrap_or_default()
    }

    pub(crate) fn is_enum(&self, name: &str) -> bool {
        self.kind(name) == "string" && self.shape(name)["enum"].is_array()
    }

    pub(crate) fn is_union(&self, name: &str) -> bool {
        self.kind(name) == "structure" && self.shape(name)["union"] == true
    }

    pub(crate) fn is_document(&self, name: &str) -> bool {
        self.shape(name)["document"] == true
    }

    pub(crate) fn is_struct(&self, name: &str) -> bool {
        self.kind(name) == "structure" && !self.is_union(name) && !self.is_document(name)
    }

    /// The shape an operation's `input` or `output` names.
    pub(crate) fn io(&self, op: &str, which: &str) -> Option<&str> {
        self.operations()[op][which]["shape"].as_str()
    }

    /// A structure's members, in the model's order.
    pub(crate) fn members(&self, name: &str) -> Vec<(&str, &Value)> {
        let members = &self.shape(name)["members"];
        match self.order.get(name) {
            Some(order) => order
                .iter()
                .filter_map(|m| members.get(m).map(|v| (m.as_str(), v)))
                .collect(),
            None => Vec::new(),
        }
    }

    pub(crate) fn required(&self, name: &str) -> BTreeSet<&str> {
        self.shape(name)["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// The shapes a shape names directly: members, list members, map keys and values.
    pub(crate) fn targets(&self, name: &str) -> Vec<&str> {
        let shape = self.shape(name);
        let mut out: Vec<&str> = self
            .members(name)
            .into_iter()
            .filter_map(|(_, m)| m["shape"].as_str())
            .collect();
        for key in ["member", "key", "value"] {
            if let Some(target) = shape[key]["shape"].as_str() {
                out.push(target);
            }
        }
        out
    }

    /// The operation's modeled errors, in the model's order, each once (as the model check
    /// reads them).
    pub(crate) fn errors(&self, op: &str) -> Vec<&str> {
        awsop::model::modeled_errors(&self.operations()[op])
    }

    /// Why the scaffold cannot write `op`, if it cannot.
    pub(crate) fn unsupported(&self, op: &str) -> Option<String> {
        let spec = &self.operations()[op];
        let context = spec["operationContextParams"].as_object();
        if self.protocol == Protocol::RestJson1 && context.is_some() {
            // the body holds only the members bound to it, under their JSON names
            return Some(
                "its endpoint parameters (`operationContextParams`) are read from the input's JSON, which awsop does for awsJson only".to_owned(),
            );
        }
        for (param, context) in context.into_iter().flatten() {
            let path = context["path"].as_str().unwrap_or_default();
            if let Err(err) = awsop::endpoint::context::check(path) {
                return Some(format!(
                    "its endpoint parameter {param} is read by `{path}`, which awsop cannot evaluate: {err}"
                ));
            }
        }
        if let Some(authtype) = spec["authtype"]
            .as_str()
            .filter(|t| !["none", "v4", "v4-unsigned-body"].contains(t))
        {
            return Some(format!(
                "it authenticates with authtype `{authtype}`, and awsop signs with SigV4 only"
            ));
        }
        if let Some(auth) = spec["auth"].as_array() {
            let schemes: Vec<&str> = auth.iter().filter_map(Value::as_str).collect();
            if !schemes.contains(&SIGV4) && !awsop::model::without_auth(spec) {
                return Some(format!(
                    "it authenticates with {}, and awsop signs with SigV4 only",
                    schemes.join(", ")
                ));
            }
        }
        for which in ["input", "output"] {
            let Some(shape) = self.io(op, which) else {
                continue;
            };
            for (member, spec) in self.members(shape) {
                let target = spec["shape"].as_str().unwrap_or_default();
                if self.shape(target)["eventstream"] == true {
                    return Some(format!(
                        "its {which} member `{member}` is an event stream, which awsop does not speak"
                    ));
                }
            }
        }
        None
    }

    /// Every shape reached from `ops` (their inputs, outputs and errors), in a stable order.
    pub(crate) fn reached(&self, ops: &[String]) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = Vec::new();
        for op in ops {
            for which in ["input", "output"] {
                if let Some(shape) = self.io(op, which) {
                    stack.push(shape.to_owned());
                }
            }
            stack.extend(self.errors(op).into_iter().map(str::to_owned));
        }
        while let Some(name) = stack.pop() {
            if seen.insert(name.clone()) {
                stack.extend(self.targets(&name).into_iter().map(str::to_owned));
            }
        }
        seen
    }

    /// Whether structure `from` reaches `to` through structure and union members alone (not
    /// through a list or map, which are already indirect): a member of `to`'s type inside
    /// `from` then needs a `Box`.
    pub(crate) fn reaches_directly(&self, from: &str, to: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(name) = stack.pop() {
            if name == to {
                return true;
            }
            if !seen.insert(name.clone()) || self.kind(&name) != "structure" {
                continue;
            }
            for (_, spec) in self.members(&name) {
                stack.push(spec["shape"].as_str().unwrap_or_default().to_owned());
            }
        }
        false
    }
}

/// The model's shapes with their member names in the model's order.
#[derive(Deserialize)]
struct Ordered {
    shapes: BTreeMap<String, OrderedShape>,
}

#[derive(Deserialize)]
struct OrderedShape {
    #[serde(default, deserialize_with = "keys")]
    members: Vec<String>,
}

/// A JSON object's keys, in order.
fn keys<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct Keys;
    impl<'de> Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            let mut keys = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<IgnoredAny>()?;
                keys.push(key);
            }
            Ok(keys)
        }
    }
    deserializer.deserialize_map(Keys)
}

fn protocol(service: &Value) -> Result<Protocol, String> {
    let metadata = &service["metadata"];
    let mut protocols: Vec<&str> = metadata["protocols"]
        .as_array()
        .map(|p| p.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if protocols.is_empty() {
        protocols.extend(metadata["protocol"].as_str());
    }
    for protocol in &protocols {
        match *protocol {
            "json" => {
                return match metadata["jsonVersion"].as_str() {
                    Some("1.0") => Ok(Protocol::AwsJson1_0),
                    Some("1.1") => Ok(Protocol::AwsJson1_1),
                    other => Err(format!(
                        "the model's protocol is awsJson with jsonVersion {other:?}; awsop speaks 1.0 and 1.1"
                    )),
                }
            }
            "rest-json" => return Ok(Protocol::RestJson1),
            _ => {}
        }
    }
    Err(format!(
        "the model's protocol is {}; awsop speaks awsJson 1.0, awsJson 1.1 and restJson1 (botocore's `json` and `rest-json`)",
        if protocols.is_empty() {
            "not named".to_owned()
        } else {
            protocols.join(", ")
        }
    ))
}

/// A service that authenticates other than with SigV4 (a bearer token, SigV4a alone) is an
/// error naming its scheme: awsop signs with SigV4. A model that names no scheme is signed
/// with SigV4, as botocore's `signatureVersion: v4`.
fn signs_with_sigv4(metadata: &Value) -> Result<(), String> {
    let schemes: Vec<&str> = metadata["auth"]
        .as_array()
        .map(|auth| auth.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let version = metadata["signatureVersion"].as_str();
    if schemes.contains(&SIGV4) || (schemes.is_empty() && version.is_none_or(|v| v == "v4")) {
        return Ok(());
    }
    let named = if schemes.is_empty() {
        format!("signature version `{}`", version.unwrap_or_default())
    } else {
        schemes
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Err(format!(
        "the service authenticates with {named}; awsop signs requests with SigV4 (`{SIGV4}`) only"
    ))
}

const SIGV4: &str = "aws.auth#sigv4";

/// `CancelConnectionInvitation` → `cancel_connection_invitation`; acronyms stay one word
/// (`SSESpecification` → `sse_specification`, `MD5OfBody` → `md5_of_body`).
pub(crate) fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' || c == '.' || c == ' ' || c == '_' {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if (prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower))
                && !out.ends_with('_')
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// What the macro makes of a field name: each `_`-separated part capitalised.
pub(crate) fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut cs = p.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield", "abstract", "become",
];

/// A field name for member `wire`: snake case, a keyword followed by `_`.
pub(crate) fn field_name(wire: &str) -> String {
    let mut name = snake(wire);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'm');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A variant name for an enum value or union member: `PAY_PER_REQUEST` → `PayPerRequest`,
/// `nodejs22.x` → `Nodejs22X`, `RequestResponse` stays.
pub(crate) fn variant(value: &str) -> String {
    let mut out = String::new();
    for part in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut cs = part.chars();
        let Some(first) = cs.next() else { continue };
        out.push(first.to_ascii_uppercase());
        let rest = cs.as_str();
        if rest.chars().any(|c| c.is_ascii_lowercase()) && first.is_ascii_alphabetic() {
            out.push_str(rest);
        } else {
            out.push_str(&rest.to_ascii_lowercase());
        }
    }
    if out.is_empty() {
        out.push_str("Empty");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if matches!(out.as_str(), "Unknown" | "Self") {
        out.push_str("Value");
    }
    out
}

/// Distinct names for `values`, by `name`: a repeated name gets `2`, `3`, ...
pub(crate) fn distinct<'a>(
    values: impl IntoIterator<Item = &'a str>,
    name: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for value in values {
        let base = name(value);
        let mut candidate = base.clone();
        let mut n = 1;
        while taken.contains_key(&candidate) {
            n += 1;
            candidate = format!("{base}{n}");
        }
        taken.insert(candidate.clone(), 1);
        out.push(candidate);
    }
    out
}

/// The model's documentation as one line of a doc comment: the first sentence, markup gone,
/// brackets escaped (rustdoc would read them as links).
pub(crate) fn sentence(html: Option<&str>) -> String {
    let html = html.unwrap_or_default();
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut joined = String::new();
    for word in words {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
        // a sentence ends at `.` followed by a space (not `e.g.` or `1.5`)
        if word.ends_with('.') && !word.ends_with("e.g.") && !word.ends_with("i.e.") {
            break;
        }
    }
    let joined = joined.replace(" .", ".").replace(" ,", ",");
    joined
        .replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace('<', "\\<")
        .replace('>', "\\>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            snake("CancelConnectionInvitation"),
            "cancel_connection_invitation"
        );
        assert_eq!(snake("SSESpecification"), "sse_specification");
        assert_eq!(snake("MD5OfBody"), "md5_of_body");
        assert_eq!(snake("NULL"), "null");
        assert_eq!(snake("nextToken"), "next_token");
        assert_eq!(field_name("Type"), "type_");
        assert_eq!(variant("PAY_PER_REQUEST"), "PayPerRequest");
        assert_eq!(variant("nodejs22.x"), "Nodejs22X");
        assert_eq!(variant("RequestResponse"), "RequestResponse");
        assert_eq!(variant("2"), "V2");
        assert_eq!(variant("Unknown"), "UnknownValue");
        assert_eq!(distinct(["a-b", "a_b", "c"], variant), ["AB", "AB2", "C"]);
        assert_eq!(
            sentence(Some("<p>Creates a <code>table</code>. More [x].</p>")),
            "Creates a table."
        );
        assert_eq!(sentence(Some("A [list] &lt;b&gt;")), "A \\[list\\] \\<b\\>");
    }
}
