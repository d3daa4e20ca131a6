//! Declarations against their botocore model (`service-2.json`): a check any crate of
//! declarations can run on itself, so hand edits that drift from the model fail its tests.
//!
//! ```no_run
//! # mod my_service { pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
//! #     operations: &[], shapes: &[], errors: &[], enums: &[] }; }
//! #[test]
//! fn the_declarations_match_the_model() {
//!     let problems = awsop::model::check(include_str!("../model/service-2.json"), &my_service::DECLARED);
//!     assert!(problems.is_empty(), "{}", problems.join("\n"));
//! }
//! ```
//!
//! It compares, by wire name: each operation's target prefix or HTTP method, URI and code;
//! its input's and output's members (declared, required, idempotency token, sensitive, where
//! each is bound, its constraints and the kind of its value); its errors; and every
//! structure, union and enum reached from them, each once. `awsop scaffold` writes `DECLARED`
//! (in the crate's `listing.rs`) and the test.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::bindings::Http;
use crate::dynamic::OperationEntry;
use crate::member::{Constraints, Location, Member, Number, Schema, TimestampFormat};
use crate::service::Protocol;

/// What a crate declares, by model name: its operations, the structures it lists (outputs
/// and nested structures), its modeled errors and its enums.
#[derive(Debug, Clone, Copy)]
pub struct Declared {
    /// Every operation declared.
    pub operations: &'static [OperationEntry],
    /// Outputs and nested structures with their members.
    pub shapes: &'static [(&'static str, &'static [Member])],
    /// Modeled exceptions with their members.
    pub errors: &'static [(&'static str, &'static [Member])],
    /// Enums with their values.
    pub enums: &'static [(&'static str, &'static [&'static str])],
}

/// The model's constraints on a value of `shape` (a `shapes` entry of `service-2.json`), as the
/// declarations spell them: lengths of strings, blobs, lists and maps; ranges of numbers,
/// whole and floating-point, by their whole bounds (a fractional bound is left to the
/// service); a string's pattern when awsop can check it (its regex dialect has no look-around
/// or Unicode classes: such a pattern is left to the service). An enum's constraints are its
/// values.
pub fn constraints(shape: &Value) -> Constraints {
    let kind = shape["type"].as_str().unwrap_or_default();
    if shape["enum"].is_array() {
        return Constraints::NONE;
    }
    let whole = |key: &str| shape[key].as_f64().filter(|n| n.fract() == 0.0);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole bounds, lengths never negative"
    )]
    let (length, range) = match kind {
        "string" | "list" | "map" | "blob" => (
            (
                whole("min").map(|n| n.max(0.0) as u64),
                whole("max").map(|n| n.max(0.0) as u64),
            ),
            (None, None),
        ),
        "integer" | "long" | "short" | "byte" | "float" | "double" => (
            (None, None),
            (
                whole("min").map(|n| n as i64),
                whole("max").map(|n| n as i64),
            ),
        ),
        _ => ((None, None), (None, None)),
    };
    let pattern = match (kind, shape["pattern"].as_str()) {
        ("string", Some(pattern)) if pattern_is_checked(pattern) => {
            Some(&*String::leak(pattern.to_owned()))
        }
        _ => None,
    };
    Constraints {
        length,
        range,
        pattern,
    }
}

/// An operation's modeled errors (an `operations` entry of `service-2.json`), in the model's
/// order, each once: some models list an error twice, and a declaration lists it once.
pub fn modeled_errors(operation: &Value) -> Vec<&str> {
    let mut errors: Vec<&str> = Vec::new();
    for error in operation["errors"].as_array().into_iter().flatten() {
        if let Some(code) = error["shape"].as_str().filter(|c| !errors.contains(c)) {
            errors.push(code);
        }
    }
    errors
}

/// Whether an operation (an `operations` entry of `service-2.json`) takes no authentication:
/// botocore's `authtype: none`, or an `auth` list of `smithy.api#noAuth` alone. Such an
/// operation is declared `no_auth` and sent unsigned.
pub fn without_auth(operation: &Value) -> bool {
    operation["authtype"] == "none"
        || operation["auth"]
            .as_array()
            .is_some_and(|auth| auth.len() == 1 && auth[0] == "smithy.api#noAuth")
}

/// Whether awsop checks this model pattern before sending (it compiles in awsop's regex
/// dialect); one that does not is the service's to check.
pub fn pattern_is_checked(pattern: &str) -> bool {
    regex_lite::Regex::new(pattern).is_ok()
}

/// Every way `declared` and the model (`service-2.json`'s text) disagree, one line each; none
/// when they agree.
pub fn check(model: &str, declared: &Declared) -> Vec<String> {
    report(model, declared).problems
}

/// What [`check`] found: the disagreements, and the model's shapes it compared.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Every disagreement, one line each.
    pub problems: Vec<String>,
    /// The structures, unions and enums compared (each once), by model name.
    pub compared: BTreeSet<String>,
}

/// [`check`], with the shapes it compared.
pub fn report(model: &str, declared: &Declared) -> Report {
    let model: Value = match serde_json::from_str(model) {
        Ok(model) => model,
        Err(err) => {
            return Report {
                problems: vec![format!("the model is not JSON: {err}")],
                compared: BTreeSet::new(),
            }
        }
    };
    let mut checker = Checker {
        model: &model,
        seen: BTreeSet::new(),
        problems: Vec::new(),
    };
    for entry in declared.operations {
        checker.operation(entry);
    }
    for (name, members) in declared.errors {
        if model["shapes"][*name]["exception"] != true {
            checker.problems.push(format!(
                "{name}: declared as an error, not an exception of the model"
            ));
        }
        checker.structure(name, members, Role::Error);
    }
    for (name, members) in declared.shapes {
        checker.structure(name, members, Role::Output);
    }
    for (name, values) in declared.enums {
        checker.enumeration(name, values);
    }
    // a scalar shape that drifted is found once per member that holds it: said once
    let mut said = BTreeSet::new();
    let mut problems = checker.problems;
    problems.retain(|problem| said.insert(problem.clone()));
    Report {
        problems,
        compared: checker.seen,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Input,
    Output,
    Error,
}

struct Checker<'m> {
    model: &'m Value,
    seen: BTreeSet<String>,
    problems: Vec<String>,
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

impl Checker<'_> {
    fn operation(&mut self, entry: &OperationEntry) {
        let name = entry.name();
        let op = &self.model["operations"][name];
        if !op.is_object() {
            self.problems
                .push(format!("{name}: declared, not an operation of the model"));
            return;
        }
        let metadata = &self.model["metadata"];
        let service = entry.service();
        let signing = metadata["signingName"]
            .as_str()
            .or(metadata["endpointPrefix"].as_str());
        if Some(service.signing_name) != signing {
            self.problems.push(format!(
                "{name}: signing name `{}`, the model's `{}`",
                service.signing_name,
                signing.unwrap_or_default()
            ));
        }
        let http = entry.http;
        if service.protocol == Protocol::RestJson1 {
            let modeled = &op["http"];
            let code = modeled["responseCode"].as_u64().unwrap_or(200);
            if modeled["method"] != http.method
                || modeled["requestUri"] != http.uri
                || u64::from(http.code) != code
            {
                self.problems.push(format!(
                    "{name}: http {} {} {}, the model's {} {} {code}",
                    http.method,
                    http.uri,
                    http.code,
                    modeled["method"].as_str().unwrap_or_default(),
                    modeled["requestUri"].as_str().unwrap_or_default(),
                ));
            }
        } else {
            if metadata["targetPrefix"] != service.target_prefix {
                self.problems.push(format!(
                    "{name}: target prefix `{}`, the model's {}",
                    service.target_prefix, metadata["targetPrefix"]
                ));
            }
            if http != Http::POST_ROOT {
                self.problems
                    .push(format!("{name}: an http trait on an awsJson operation"));
            }
        }
        let no_auth = without_auth(op);
        if entry.no_auth != no_auth {
            self.problems.push(format!(
                "{name}: sent {}, the model says {}",
                if entry.no_auth { "unsigned" } else { "signed" },
                if no_auth {
                    "it takes no authentication"
                } else {
                    "it is signed"
                }
            ));
        }
        let mut modeled_paths: Vec<(&str, &str)> = op["operationContextParams"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(param, spec)| (param.as_str(), spec["path"].as_str().unwrap_or_default()))
            .collect();
        let mut declared_paths = entry.operation_context_params.to_vec();
        modeled_paths.sort_unstable();
        declared_paths.sort_unstable();
        if declared_paths != modeled_paths {
            self.problems.push(format!(
                "{name}: operation context parameters declared {declared_paths:?}, the model says {modeled_paths:?}"
            ));
        }
        for (param, path) in entry.operation_context_params {
            if let Err(err) = crate::endpoint::context::check(path) {
                self.problems.push(format!(
                    "{name}: the path `{path}` of context parameter {param} cannot be read: {err}"
                ));
            }
        }
        let errors = modeled_errors(op);
        let declared = entry.errors();
        if declared != errors {
            self.problems.push(format!(
                "{name}: errors declared {declared:?}, the model lists {errors:?}"
            ));
        }
        match op["input"]["shape"].as_str() {
            Some(input) => self.structure(input, entry.input.members, Role::Input),
            None if entry.input.members.is_empty() => {}
            None => self
                .problems
                .push(format!("{name}: the model's operation has no input")),
        }
        match op["output"]["shape"].as_str() {
            Some(output) => self.structure(output, entry.output.members, Role::Output),
            None if entry.output.members.is_empty() => {}
            None => self
                .problems
                .push(format!("{name}: the model's operation has no output")),
        }
    }

    /// A structure's members, then what they reach, once per structure.
    fn structure(&mut self, name: &str, members: &[Member], role: Role) {
        if !self.seen.insert(name.to_owned()) {
            return;
        }
        self.members(name, members, role);
    }

    fn members(&mut self, name: &str, declared: &[Member], role: Role) {
        let shapes = &self.model["shapes"];
        let shape = &shapes[name];
        let Some(members) = shape["members"].as_object() else {
            self.problems
                .push(format!("{name}: not a structure in the model"));
            return;
        };
        let union = shape["union"] == true;
        let required = strings(&shape["required"]);
        let rest = self.model["metadata"]["protocol"] == "rest-json";
        let payload = shape["payload"].as_str();
        for (wire, spec) in members {
            let Some(ours) = declared.iter().find(|m| m.name == wire) else {
                if !union {
                    self.problems
                        .push(format!("{name}.{wire}: in the model, not declared"));
                }
                continue;
            };
            let target = spec["shape"].as_str().unwrap_or_default();
            let location = if rest && !union {
                modeled_location(shapes, wire, spec, payload, role)
            } else {
                Location::Body(wire)
            };
            if !union {
                let token = role == Role::Input && spec["idempotencyToken"] == true;
                let must_require = required.contains(&wire.as_str()) && !token;
                if ours.required != must_require {
                    self.problems.push(format!(
                        "{name}.{wire}: declared {}, the model says {}",
                        req(ours.required),
                        req(must_require)
                    ));
                }
                if ours.idempotency_token != token {
                    self.problems.push(format!(
                        "{name}.{wire}: idempotency token declared {}, the model says {token}",
                        ours.idempotency_token
                    ));
                }
                // an idempotency token is an `Option<String>` awsop fills with a UUID
                let sensitive = carries_sensitive(shapes, target) && !token;
                if ours.sensitive != sensitive {
                    self.problems.push(format!(
                        "{name}.{wire}: sensitive declared {}, the model says {sensitive}",
                        ours.sensitive
                    ));
                }
                if !same_location(ours.location, location) {
                    self.problems.push(format!(
                        "{name}.{wire}: bound {:?}, the model says {location:?}",
                        ours.location
                    ));
                }
            }
            // a union's members carry no constraints of their own in `json_union!`
            let modeled = constraints(&shapes[target]);
            if !union && ours.constraints != modeled {
                self.problems.push(format!(
                    "{name}.{wire}: constraints declared {:?}, the model says {modeled:?}",
                    ours.constraints
                ));
            }
            self.value(target, (ours.schema)(), location);
        }
        for ours in declared {
            if !members.contains_key(ours.name) {
                self.problems
                    .push(format!("{name}.{}: declared, not in the model", ours.name));
            }
        }
    }

    /// The declared `schema` beside the model's shape `target`, a value at `location` (which
    /// decides a timestamp's default wire form).
    fn value(&mut self, target: &str, schema: Schema, location: Location<'_>) {
        let shape = &self.model["shapes"][target];
        let kind = shape["type"].as_str().unwrap_or_default();
        match (kind, schema) {
            ("string", Schema::Enum(values)) => self.enumeration(target, values),
            ("string", Schema::String) if shape["enum"].is_null() => {}
            (
                "byte" | "short" | "integer" | "long" | "float" | "double",
                Schema::Number(number),
            ) if Number::of_model(kind) == Some(number) => {}
            ("timestamp", Schema::Timestamp(format)) => {
                let modeled = TimestampFormat::of_model(
                    shape["timestampFormat"].as_str(),
                    matches!(location, Location::Header(_) | Location::PrefixHeaders(_)),
                    matches!(
                        location,
                        Location::Label(_) | Location::Query(_) | Location::QueryParams
                    ),
                );
                if format != modeled {
                    self.problems.push(format!(
                        "{target}: a timestamp the model sends as {modeled:?} here, declared {format:?}"
                    ));
                }
            }
            ("boolean", Schema::Bool) | ("blob", Schema::Blob) => {}
            ("structure", Schema::Document) if shape["document"] == true => {}
            ("list", Schema::List(element)) => {
                self.value(
                    shape["member"]["shape"].as_str().unwrap_or_default(),
                    element(),
                    location,
                );
            }
            ("map", Schema::Map(key, value)) => {
                self.value(
                    shape["key"]["shape"].as_str().unwrap_or_default(),
                    key(),
                    location,
                );
                self.value(
                    shape["value"]["shape"].as_str().unwrap_or_default(),
                    value(),
                    location,
                );
            }
            ("structure", Schema::Structure(members)) if shape["union"] != true => {
                let role = if shape["exception"] == true {
                    Role::Error
                } else {
                    Role::Output
                };
                self.structure(target, members, role);
            }
            ("structure", Schema::Union(members)) if shape["union"] == true => {
                self.structure(target, members, Role::Output);
            }
            (kind, schema) => self.problems.push(format!(
                "{target}: a {kind} in the model, declared {schema:?}"
            )),
        }
    }

    fn enumeration(&mut self, name: &str, values: &[&str]) {
        if !self.seen.insert(name.to_owned()) {
            return;
        }
        let modeled = strings(&self.model["shapes"][name]["enum"]);
        if modeled != values {
            self.problems.push(format!(
                "enum {name}: declared {values:?}, the model says {modeled:?}"
            ));
        }
    }
}

/// Whether a value of shape `name` is redacted: the shape is sensitive, or the elements of a
/// list or the values of a map are (the member's type then names `Sensitive`; a map's keys are
/// plain `String`s or enums).
fn carries_sensitive(shapes: &Value, name: &str) -> bool {
    let shape = &shapes[name];
    shape["sensitive"] == true
        || ["member", "value"].iter().any(|part| {
            shape[*part]["shape"]
                .as_str()
                .is_some_and(|inner| carries_sensitive(shapes, inner))
        })
}

fn req(required: bool) -> &'static str {
    if required {
        "required"
    } else {
        "optional"
    }
}

/// Where the model binds member `wire` of a restJson1 structure (what awsop reads or writes:
/// an output's query or label binding means nothing and is the body's).
fn modeled_location<'a>(
    shapes: &Value,
    wire: &'a str,
    spec: &'a Value,
    payload: Option<&str>,
    role: Role,
) -> Location<'a> {
    let name = spec["locationName"].as_str();
    let target = spec["shape"].as_str().unwrap_or_default();
    match (spec["location"].as_str(), role) {
        (Some("uri"), Role::Input) => Location::Label(name.unwrap_or(wire)),
        (Some("querystring"), Role::Input) if shapes[target]["type"] == "map" => {
            Location::QueryParams
        }
        (Some("querystring"), Role::Input) => Location::Query(name.unwrap_or(wire)),
        (Some("header"), _) => Location::Header(name.unwrap_or(wire)),
        (Some("headers"), _) => Location::PrefixHeaders(name.unwrap_or("")),
        (Some("statusCode"), Role::Output | Role::Error) => Location::ResponseCode,
        _ if payload == Some(wire) => Location::Payload,
        (None, _) => Location::Body(name.unwrap_or(wire)),
        _ => Location::Body(wire),
    }
}

fn same_location(a: Location<'_>, b: Location<'_>) -> bool {
    match (a, b) {
        (Location::Header(a), Location::Header(b)) => a.eq_ignore_ascii_case(b),
        (Location::PrefixHeaders(a), Location::PrefixHeaders(b)) => a.eq_ignore_ascii_case(b),
        (a, b) => a == b,
    }
}
