//! The Partner Central operations crate against its model (`models/partnercentral-account/`),
//! through `awsop::model::check`, the check any declared crate runs on itself (the crate's own
//! tests/model.rs runs it too): here it must find nothing on the crate, and find each kind of
//! drift put into the model. Also: every input and output survives a serde round trip, and a
//! sentinel put in every sensitive member shows in no `Debug`.

use std::collections::BTreeMap;

use awsop_partnercentral_account::{DECLARED, ENUMS, OPERATIONS, SHAPES};
use serde_json::{json, Map, Value};

fn model() -> Value {
    awsop_tests::repo_json("models/partnercentral-account/service-2.json")
}

fn check(model: &Value) -> Vec<String> {
    awsop::model::check(&model.to_string(), &DECLARED)
}

#[test]
fn the_crate_matches_its_model_and_every_structure_is_compared() {
    let model = model();
    let report = awsop::model::report(&model.to_string(), &DECLARED);
    assert!(report.problems.is_empty(), "{}", report.problems.join("\n"));
    let shapes = model["shapes"].as_object().expect("shapes");
    assert_eq!(model["operations"].as_object().map(Map::len), Some(34));
    assert_eq!(OPERATIONS.len(), 34, "every operation is declared once");
    let structures: Vec<&String> = shapes
        .iter()
        .filter(|(_, s)| s["type"] == "structure")
        .map(|(n, _)| n)
        .collect();
    let enums: Vec<&String> = shapes
        .iter()
        .filter(|(_, s)| s["enum"].is_array())
        .map(|(n, _)| n)
        .collect();
    assert_eq!((structures.len(), enums.len()), (103, 22));
    assert_eq!(ENUMS.len(), 22);
    for name in structures.iter().chain(&enums) {
        assert!(report.compared.contains(*name), "{name} was not compared");
    }
}

/// The check's findings once `change` is made to the model.
fn drift(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut model = model();
    change(&mut model);
    check(&model)
}

#[test]
fn the_check_finds_each_kind_of_drift() {
    let shapes = "shapes";
    // a new required member; a member gone; requiredness changed
    assert_eq!(
        drift(|m| {
            m[shapes]["CancelConnectionInvitationRequest"]["members"]["Reason"] =
                json!({"shape": "String"});
            m[shapes]["CancelConnectionInvitationRequest"]["required"]
                .as_array_mut()
                .expect("required")
                .push(json!("Reason"));
        }),
        ["CancelConnectionInvitationRequest.Reason: in the model, not declared"]
    );
    let out = drift(|m| {
        m[shapes]["CancelConnectionInvitationRequest"]["required"] =
            json!(["Catalog", "ClientToken"]);
    });
    assert_eq!(out, ["CancelConnectionInvitationRequest.Identifier: declared required, the model says optional"]);
    let out = drift(|m| {
        m[shapes]["CancelConnectionInvitationRequest"]["members"]
            .as_object_mut()
            .expect("members")
            .remove("Identifier");
    });
    assert!(
        out.contains(
            &"CancelConnectionInvitationRequest.Identifier: declared, not in the model".to_owned()
        ),
        "{out:?}"
    );
    // a sensitive mark, an idempotency token, a constraint, an enum value
    let out = drift(|m| m[shapes]["SensitiveUnicodeString"]["sensitive"] = json!(false));
    assert!(
        out.contains(&"CancelConnectionInvitationResponse.InviterName: sensitive declared true, the model says false".to_owned()),
        "{out:?}"
    );
    let out = drift(|m| {
        m[shapes]["CancelConnectionInvitationRequest"]["members"]["ClientToken"]
            ["idempotencyToken"] = json!(false);
    });
    assert!(out.iter().any(|p| p == "CancelConnectionInvitationRequest.ClientToken: idempotency token declared true, the model says false"), "{out:?}");
    let catalog = model()[shapes]["CancelConnectionInvitationRequest"]["members"]["Catalog"]
        ["shape"]
        .as_str()
        .expect("a shape")
        .to_owned();
    let out = drift(|m| m[shapes][&catalog]["pattern"] = json!("^[a-z]+$"));
    assert!(
        out.iter()
            .any(|p| p
                .starts_with("CancelConnectionInvitationRequest.Catalog: constraints declared")),
        "{out:?}"
    );
    let out = drift(|m| m[shapes]["ConnectionType"]["enum"][0] = json!("RENAMED"));
    assert!(
        out.iter()
            .any(|p| p.starts_with("enum ConnectionType: declared")),
        "{out:?}"
    );
    // the target prefix, an operation's errors, an operation the model lost
    let out = drift(|m| m["metadata"]["targetPrefix"] = json!("Other"));
    assert_eq!(out.len(), 34, "one line per operation: {out:?}");
    let out = drift(|m| {
        m["operations"]["CancelConnectionInvitation"]["errors"]
            .as_array_mut()
            .expect("errors")
            .pop();
    });
    assert!(
        out.len() == 1 && out[0].starts_with("CancelConnectionInvitation: errors declared"),
        "{out:?}"
    );
    let out = drift(|m| {
        m["operations"]
            .as_object_mut()
            .expect("operations")
            .remove("GetPartner");
    });
    assert_eq!(out, ["GetPartner: declared, not an operation of the model"]);
}

/// The scaffolded Scheduler crate's check against `model` (its model, changed).
fn check_scheduler(model: &Value) -> Vec<String> {
    awsop::model::check(&model.to_string(), &awsop_scheduler::DECLARED)
}

#[test]
fn the_check_finds_drift_in_http_bindings() {
    let model = awsop_tests::repo_json("models/scheduler/service-2.json");
    let check = check_scheduler;
    assert_eq!(check(&model), Vec::<String>::new());
    let mut moved = model.clone();
    moved["operations"]["GetSchedule"]["http"]["requestUri"] = json!("/schedule/{Name}");
    assert_eq!(
        check(&moved),
        ["GetSchedule: http GET /schedules/{Name} 200, the model's GET /schedule/{Name} 200"]
    );
    let mut renamed = model.clone();
    let input = renamed["operations"]["DeleteSchedule"]["input"]["shape"]
        .as_str()
        .expect("an input")
        .to_owned();
    renamed["shapes"][&input]["members"]["GroupName"]["locationName"] = json!("group");
    renamed["shapes"][&input]["members"]["Name"]["location"] = json!("querystring");
    assert_eq!(
        check(&renamed),
        [
            format!(
                "{input}.GroupName: bound Query(\"groupName\"), the model says Query(\"group\")"
            ),
            format!("{input}.Name: bound Label(\"Name\"), the model says Query(\"Name\")"),
        ]
    );
}

#[test]
fn the_check_finds_a_number_of_another_width_a_timestamp_of_another_form_and_a_map_key() {
    let scheduler = awsop_tests::repo_json("models/scheduler/service-2.json");
    let check = check_scheduler;
    assert_eq!(check(&scheduler), Vec::<String>::new());
    // an integer the model widens to a long: the declared i32 no longer holds it
    let mut widened = scheduler.clone();
    widened["shapes"]["MaxResults"]["type"] = json!("long");
    assert_eq!(
        check(&widened),
        ["MaxResults: a long in the model, declared Number(I32)"]
    );
    // a body timestamp the model now sends as ISO 8601, not seconds since the epoch
    let mut reformatted = scheduler.clone();
    reformatted["shapes"]["StartDate"]["timestampFormat"] = json!("iso8601");
    assert_eq!(
        check(&reformatted),
        ["StartDate: a timestamp the model sends as DateTime here, declared EpochSeconds"]
    );
    // an operation the model now sends without authentication
    let mut unsigned = scheduler.clone();
    unsigned["operations"]["GetSchedule"]["authtype"] = json!("none");
    assert_eq!(
        check(&unsigned),
        ["GetSchedule: sent signed, the model says it takes no authentication"]
    );
    // a map keyed by an enum, and the enum's values drift
    let out = drift(|m| m["shapes"]["ConnectionType"]["enum"] = json!(["ONE", "TWO"]));
    assert!(
        out.iter()
            .any(|p| p.starts_with("enum ConnectionType: declared")),
        "{out:?}"
    );
    // ... or the map's key is a plain string in the model
    let out = drift(|m| {
        m["shapes"]["ConnectionTypeDetailMap"]["key"] = json!({"shape": "ConnectionTypeKey"});
        m["shapes"]["ConnectionTypeKey"] = json!({"type": "string"});
    });
    assert!(
        out.iter()
            .any(|p| p.starts_with("enum ConnectionTypeKey: declared")),
        "{out:?}"
    );
}

#[test]
fn the_check_compares_operation_context_params_and_that_awsop_can_read_them() {
    let dynamodb = awsop_tests::repo_json("models/dynamodb/service-2.json");
    let check = |model: &Value| awsop::model::check(&model.to_string(), &awsop_dynamodb::DECLARED);
    assert_eq!(check(&dynamodb), Vec::<String>::new());
    let mut moved = dynamodb.clone();
    moved["operations"]["BatchGetItem"]["operationContextParams"]["ResourceArnList"]["path"] =
        json!("keys(Other)");
    assert_eq!(
        check(&moved),
        [
            r#"BatchGetItem: operation context parameters declared [("ResourceArnList", "keys(RequestItems)")], the model says [("ResourceArnList", "keys(Other)")]"#
        ]
    );
    // a path awsop cannot evaluate is named, even where the model says the same
    let model = json!({
        "metadata": {"protocol": "json", "jsonVersion": "1.0", "targetPrefix": "Piped", "signingName": "piped"},
        "operations": {"Pipe": {
            "input": {"shape": "PipeInput"},
            "operationContextParams": {"ResourceArn": {"path": "Names | [0]"}}
        }},
        "shapes": {"PipeInput": {"type": "structure", "members": {}}}
    });
    const OPERATIONS: &[awsop::OperationEntry] = &[awsop::OperationEntry::of::<Pipe>()];
    let declared = awsop::model::Declared {
        operations: OPERATIONS,
        shapes: &[],
        errors: &[],
        enums: &[],
    };
    let problems = awsop::model::check(&model.to_string(), &declared);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("Pipe: the path `Names | [0]` of context parameter ResourceArn cannot be read: `|` at 6 is not part of the JMESPath awsop evaluates"),
        "{problems:?}"
    );
}

const PIPED: awsop::Service = awsop::Service::aws_json_1_0("piped", "Piped");

#[awsop::aws_operation(
    service = PIPED,
    name = "Pipe",
    output = "PipeOutput",
    operation_context_params(ResourceArn = "Names | [0]")
)]
#[derive(Debug, Clone, Default)]
pub struct Pipe {}

#[awsop::aws_shape]
#[derive(Debug, Clone, Default)]
pub struct PipeOutput {}

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
