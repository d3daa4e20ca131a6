//! The declarations against the service model (`models/partnercentral-account/service-2.json`): every
//! operation's target, members, required members, idempotency token, sensitive members, errors
//! and output; every structure and enum. A declaration and the model that disagree fail here.
//! Also: every input and output survives a serde round trip, and a sentinel put in every
//! sensitive member shows in no `Debug`.

use std::collections::BTreeMap;

use awsop::Member;
use awsop_partnercentral_account::{ENUMS, OPERATIONS, SHAPES};
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
