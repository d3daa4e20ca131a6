//! The declarations against the service model (`models/partnercentral-account/service-2.json`): every
//! operation's target, members, required members, idempotency token, sensitive members, errors
//! and output; every structure and enum. A declaration and the model that disagree fail here.
//! Also: every input and output survives a serde round trip, and a sentinel put in every
//! sensitive member shows in no `Debug`.

use std::collections::{BTreeMap, BTreeSet};

use awsop::{Constraints, Member, Schema};
use awsop_partnercentral_account::{ENUMS, ERRORS, OPERATIONS, SHAPES};
use serde_json::{json, Map, Value};

fn model() -> Value {
    awsop_tests::repo_json("models/partnercentral-account/service-2.json")
}

/// Every way `declared` and the model's structure `name` disagree, one line each.
fn compare(model: &Value, name: &str, declared: &[Member]) -> Vec<String> {
    let shapes = &model["shapes"];
    let shape = &shapes[name];
    let mut problems = Vec::new();
    let Some(members) = shape["members"].as_object() else {
        return vec![format!("{name}: not a structure in the model")];
    };
    let required: Vec<&str> = shape["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (wire, spec) in members {
        let Some(ours) = declared.iter().find(|m| m.name == wire) else {
            problems.push(format!("{name}.{wire}: in the model, not declared"));
            continue;
        };
        let token = spec["idempotencyToken"].as_bool().unwrap_or(false);
        // the token is required by the model but an Option, autofilled
        let must_require = required.contains(&wire.as_str()) && !token;
        if ours.required != must_require {
            problems.push(format!(
                "{name}.{wire}: declared {}, the model says {}",
                req(ours.required),
                req(must_require)
            ));
        }
        if ours.idempotency_token != token {
            problems.push(format!(
                "{name}.{wire}: idempotency token declared {}, the model says {token}",
                ours.idempotency_token
            ));
        }
        let target = spec["shape"].as_str().unwrap_or_default();
        let sensitive = shapes[target]["sensitive"].as_bool().unwrap_or(false);
        if ours.sensitive != sensitive {
            problems.push(format!(
                "{name}.{wire}: sensitive declared {}, the model says {sensitive}",
                ours.sensitive
            ));
        }
    }
    for ours in declared {
        if !members.contains_key(ours.name) {
            problems.push(format!("{name}.{}: declared, not in the model", ours.name));
        }
    }
    problems
}

fn req(required: bool) -> &'static str {
    if required {
        "required"
    } else {
        "optional"
    }
}

#[test]
fn every_operation_matches_the_model() {
    let model = model();
    let operations = model["operations"].as_object().expect("operations");
    assert_eq!(operations.len(), 34);
    assert_eq!(
        OPERATIONS.len(),
        operations.len(),
        "every operation is declared once"
    );
    let mut problems = Vec::new();
    for entry in OPERATIONS {
        let Some(op) = operations.get(entry.name()) else {
            problems.push(format!("{}: declared, not in the model", entry.name()));
            continue;
        };
        assert_eq!(
            entry.service().target_prefix,
            model["metadata"]["targetPrefix"]
        );
        assert_eq!(
            entry.service().signing_name,
            model["metadata"]["signingName"]
        );
        let input = op["input"]["shape"].as_str().unwrap_or_default();
        let output = op["output"]["shape"].as_str().unwrap_or_default();
        problems.extend(compare(&model, input, entry.input.members));
        problems.extend(compare(&model, output, entry.output.members));
        let errors: Vec<&str> = op["errors"]
            .as_array()
            .map(|e| e.iter().filter_map(|e| e["shape"].as_str()).collect())
            .unwrap_or_default();
        if entry.errors != errors.as_slice() {
            problems.push(format!(
                "{}: errors declared {:?}, the model lists {errors:?}",
                entry.name(),
                entry.errors
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_structure_and_enum_matches_the_model() {
    let model = model();
    let mut problems = Vec::new();
    for (name, members) in SHAPES {
        problems.extend(compare(&model, name, members));
    }
    let shapes = model["shapes"].as_object().expect("shapes");
    let enums: Vec<&String> = shapes
        .iter()
        .filter(|(_, s)| s["enum"].is_array())
        .map(|(n, _)| n)
        .collect();
    assert_eq!(enums.len(), 22);
    assert_eq!(ENUMS.len(), enums.len());
    for (name, values) in ENUMS {
        let modeled: Vec<&str> = shapes[*name]["enum"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if *values != modeled.as_slice() {
            problems.push(format!(
                "enum {name}: declared {values:?}, the model says {modeled:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_comparison_catches_a_disagreement() {
    let mut model = model();
    let entry = OPERATIONS
        .iter()
        .find(|e| e.name() == "CancelConnectionInvitation")
        .expect("declared");
    assert!(compare(
        &model,
        "CancelConnectionInvitationRequest",
        entry.input.members
    )
    .is_empty());
    // the model grows a required member and loses a sensitive mark: both are reported
    model["shapes"]["CancelConnectionInvitationRequest"]["members"]["Reason"] =
        json!({"shape": "String"});
    model["shapes"]["CancelConnectionInvitationRequest"]["required"] =
        json!(["Catalog", "Identifier", "ClientToken", "Reason"]);
    let problems = compare(
        &model,
        "CancelConnectionInvitationRequest",
        entry.input.members,
    );
    assert_eq!(
        problems,
        ["CancelConnectionInvitationRequest.Reason: in the model, not declared"]
    );
    model["shapes"]["SensitiveUnicodeString"]["sensitive"] = json!(false);
    let out = compare(
        &model,
        "CancelConnectionInvitationResponse",
        entry.output.members,
    );
    assert_eq!(out, ["CancelConnectionInvitationResponse.InviterName: sensitive declared true, the model says false"]);
}

#[test]
fn eighteen_members_are_sensitive_and_all_are_declared_so() {
    let model = model();
    let shapes = model["shapes"].as_object().expect("shapes");
    let modeled = shapes
        .values()
        .filter_map(|s| s["members"].as_object())
        .flat_map(|members| members.values())
        .filter(|m| {
            shapes[m["shape"].as_str().unwrap_or_default()]["sensitive"]
                .as_bool()
                .unwrap_or(false)
        })
        .count();
    assert_eq!(modeled, 18);
    // SHAPES lists the outputs as well as the nested structures
    let declared = OPERATIONS
        .iter()
        .flat_map(|e| e.input.members.iter())
        .chain(SHAPES.iter().flat_map(|(_, members)| members.iter()))
        .filter(|m| m.sensitive)
        .count();
    assert_eq!(declared, 18);
}

const SENTINEL: &str = "SENTINEL-7c1f";

/// A JSON value of `shape` with every member set: sensitive strings hold the sentinel.
fn sample(shapes: &Map<String, Value>, name: &str, depth: usize) -> Value {
    let shape = &shapes[name];
    match shape["type"].as_str().unwrap_or_default() {
        "string" => match shape["enum"].as_array() {
            Some(values) => values[0].clone(),
            None if shape["sensitive"].as_bool().unwrap_or(false) => json!(SENTINEL),
            None => json!(format!("sample-{name}")),
        },
        "timestamp" => json!("2025-04-04T12:00:00Z"),
        "integer" | "long" => json!(shape["min"].as_i64().unwrap_or(7)),
        "boolean" => json!(true),
        "list" => json!([sample(
            shapes,
            shape["member"]["shape"].as_str().unwrap_or_default(),
            depth + 1
        )]),
        "map" => {
            let key = sample(
                shapes,
                shape["key"]["shape"].as_str().unwrap_or_default(),
                depth + 1,
            );
            let value = sample(
                shapes,
                shape["value"]["shape"].as_str().unwrap_or_default(),
                depth + 1,
            );
            let mut map = Map::new();
            map.insert(key.as_str().unwrap_or("key").to_owned(), value);
            Value::Object(map)
        }
        _ => {
            let members = shape["members"].as_object().cloned().unwrap_or_default();
            let union = shape["union"].as_bool().unwrap_or(false);
            let mut object = Map::new();
            for (wire, spec) in members.iter().take(if union { 1 } else { usize::MAX }) {
                assert!(depth < 12, "no recursive shapes in this model");
                object.insert(
                    wire.clone(),
                    sample(
                        shapes,
                        spec["shape"].as_str().unwrap_or_default(),
                        depth + 1,
                    ),
                );
            }
            Value::Object(object)
        }
    }
}

#[test]
fn every_input_and_output_round_trips_through_serde() {
    let model = model();
    let shapes = model["shapes"].as_object().expect("shapes");
    let operations = &model["operations"];
    for entry in OPERATIONS {
        for (codec, which) in [(&entry.input, "input"), (&entry.output, "output")] {
            let shape = operations[entry.name()][which]["shape"]
                .as_str()
                .unwrap_or_default();
            let value = sample(shapes, shape, 0);
            let back = codec
                .roundtrip(value.clone())
                .unwrap_or_else(|e| panic!("{} {which}: {e}", entry.name()));
            assert_eq!(back, value, "{} {which}", entry.name());
        }
    }
}

#[test]
fn a_sentinel_in_every_sensitive_member_shows_in_no_debug() {
    let model = model();
    let shapes = model["shapes"].as_object().expect("shapes");
    let operations = &model["operations"];
    let mut carried = BTreeMap::new();
    for entry in OPERATIONS {
        for (codec, which) in [(&entry.input, "input"), (&entry.output, "output")] {
            let shape = operations[entry.name()][which]["shape"]
                .as_str()
                .unwrap_or_default();
            let value = sample(shapes, shape, 0);
            if value.to_string().contains(SENTINEL) {
                *carried.entry(which).or_insert(0) += 1;
            }
            let shown = codec
                .debug(value.clone())
                .unwrap_or_else(|e| panic!("{} {which}: {e}", entry.name()));
            assert!(
                !shown.contains(SENTINEL),
                "{} {which} leaks a sensitive member: {shown}",
                entry.name()
            );
            let violations = codec.validate(value).unwrap_or_default();
            assert!(violations.iter().all(|v| !v.to_string().contains(SENTINEL)));
        }
    }
    // the test is not vacuous: the sentinel was in inputs and outputs
    assert!(
        carried.get("input").copied().unwrap_or(0) >= 4
            && carried.get("output").copied().unwrap_or(0) >= 4,
        "{carried:?}"
    );
}

/// The model's constraints on a value of shape `target`, as the declarations spell them.
fn modeled_constraints(shapes: &Value, target: &str) -> Constraints {
    let shape = &shapes[target];
    let bounds = (shape["min"].as_f64(), shape["max"].as_f64());
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole bounds"
    )]
    let (length, range) = match shape["type"].as_str().unwrap_or_default() {
        "string" | "list" | "map" | "blob" => (
            (bounds.0.map(|n| n as u64), bounds.1.map(|n| n as u64)),
            (None, None),
        ),
        "integer" | "long" => (
            (None, None),
            (bounds.0.map(|n| n as i64), bounds.1.map(|n| n as i64)),
        ),
        _ => ((None, None), (None, None)),
    };
    Constraints {
        length,
        range,
        pattern: shape["pattern"]
            .as_str()
            .map(|p| &*String::leak(p.to_owned())),
    }
}

/// Walks the declared `schema` beside the model's shape `target`: the kinds agree, enum values
/// agree, and every structure reached is compared (members and constraints) once.
fn walk(
    model: &Value,
    target: &str,
    schema: Schema,
    seen: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    let shapes = &model["shapes"];
    let shape = &shapes[target];
    let kind = shape["type"].as_str().unwrap_or_default();
    match (kind, schema) {
        ("string", Schema::Enum(values)) => {
            let modeled: Vec<&str> = shape["enum"]
                .as_array()
                .map(|v| v.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if modeled != values {
                problems.push(format!(
                    "enum {target}: declared {values:?}, the model says {modeled:?}"
                ));
            }
        }
        ("string", Schema::String) if shape["enum"].is_null() => {}
        ("integer" | "long" | "float" | "double", Schema::Number)
        | ("boolean", Schema::Bool)
        | ("blob", Schema::Blob)
        | ("timestamp", Schema::Timestamp)
        | ("document", Schema::Document) => {}
        ("list", Schema::List(element)) => walk(
            model,
            shape["member"]["shape"].as_str().unwrap_or_default(),
            element(),
            seen,
            problems,
        ),
        ("map", Schema::Map(value)) => walk(
            model,
            shape["value"]["shape"].as_str().unwrap_or_default(),
            value(),
            seen,
            problems,
        ),
        ("structure", Schema::Structure(members)) if shape["union"].is_null() => {
            structure(model, target, members, seen, problems)
        }
        ("structure", Schema::Union(members)) if shape["union"] == true => {
            structure(model, target, members, seen, problems)
        }
        (kind, schema) => problems.push(format!(
            "{target}: a {kind} in the model, declared {schema:?}"
        )),
    }
}

/// `compare` for the structure `name`, then each member's value and constraints.
fn structure(
    model: &Value,
    name: &str,
    members: &[Member],
    seen: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    if !seen.insert(name.to_owned()) {
        return;
    }
    let union = model["shapes"][name]["union"] == true;
    if !union {
        problems.extend(compare(model, name, members));
    }
    for ours in members {
        let spec = &model["shapes"][name]["members"][ours.name];
        let Some(target) = spec["shape"].as_str() else {
            if union {
                problems.push(format!("{name}.{}: declared, not in the model", ours.name));
            }
            continue;
        };
        let modeled = modeled_constraints(&model["shapes"], target);
        if ours.constraints != modeled {
            problems.push(format!(
                "{name}.{}: constraints declared {:?}, the model says {modeled:?}",
                ours.name, ours.constraints
            ));
        }
        walk(model, target, (ours.schema)(), seen, problems);
    }
}

#[test]
fn every_structure_reached_matches_the_model_with_its_constraints_and_types() {
    let model = model();
    let operations = &model["operations"];
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for entry in OPERATIONS {
        for (codec, which) in [(&entry.input, "input"), (&entry.output, "output")] {
            let shape = operations[entry.name()][which]["shape"]
                .as_str()
                .unwrap_or_default();
            structure(&model, shape, codec.members, &mut seen, &mut problems);
        }
    }
    for (name, members) in ERRORS {
        structure(&model, name, members, &mut seen, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let structures: BTreeSet<String> = model["shapes"]
        .as_object()
        .expect("shapes")
        .iter()
        .filter(|(_, s)| s["type"] == "structure")
        .map(|(n, _)| n.clone())
        .collect();
    assert_eq!(structures.len(), 103);
    assert_eq!(
        seen, structures,
        "every structure of the model is reached and checked"
    );
}

#[test]
fn the_walk_catches_a_wrong_constraint_and_enum_value() {
    let mut model = model();
    let entry = OPERATIONS
        .iter()
        .find(|e| e.name() == "CreateConnectionInvitation")
        .expect("declared");
    let shape = "CreateConnectionInvitationRequest";
    let mut problems = Vec::new();
    structure(
        &model,
        shape,
        entry.input.members,
        &mut BTreeSet::new(),
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let catalog = model["shapes"][shape]["members"]["Catalog"]["shape"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    model["shapes"][&catalog]["pattern"] = json!("^[a-z]+$");
    let connection_type = model["shapes"][shape]["members"]["ConnectionType"]["shape"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    model["shapes"][&connection_type]["enum"][0] = json!("RENAMED");
    structure(
        &model,
        shape,
        entry.input.members,
        &mut BTreeSet::new(),
        &mut problems,
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("Catalog: constraints declared")
            && problems[1].starts_with(&format!("enum {connection_type}")),
        "{problems:?}"
    );
}
