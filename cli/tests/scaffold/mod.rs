//! `awsop scaffold`: the repository's scaffolded crates are exactly what it writes from the
//! repository's models (the Partner Central operations crate and the five whole services in
//! examples/scaffolded/), and a model it cannot write is an error that writes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `(model folder, committed crate, extra arguments)`.
const CRATES: &[(&str, &str, &[&str])] = &[
    ("models/partnercentral-account", "operations", &[]),
    ("models/dynamodb", "examples/scaffolded/dynamodb", &[]),
    ("models/sqs", "examples/scaffolded/sqs", &[]),
    (
        "models/logs",
        "examples/scaffolded/logs",
        &["--exclude", "GetLogObject,StartLiveTail"],
    ),
    (
        "models/lambda",
        "examples/scaffolded/lambda",
        &["--exclude", "InvokeWithResponseStream"],
    ),
    ("models/scheduler", "examples/scaffolded/scheduler", &[]),
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh, empty folder for one test's output.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("awsop-scaffold-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn scaffold(args: &[&str], out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_awsop"))
        .current_dir(repo())
        .arg("scaffold")
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .expect("awsop runs")
}

/// Runs `awsop scaffold` as `scaffold` does, and asserts that it succeeded: its stdout.
fn scaffolds(args: &[&str], out: &Path) -> String {
    let output = scaffold(args, out);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every file under `dir` by its path relative to `dir` (build output left out).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if entry.file_name() != "target" {
                    walk(root, &path, out);
                }
            } else if let Ok(bytes) = std::fs::read(&path) {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                out.insert(relative.display().to_string(), bytes);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn the_committed_crates_are_what_scaffold_writes() {
    let mut differences = Vec::new();
    for (model, committed, extra) in CRATES {
        let out = scratch(&committed.replace('/', "-"));
        let mut args = vec![*model];
        args.extend_from_slice(extra);
        scaffolds(&args, &out);
        let written = files(&out);
        let kept = files(&repo().join(committed));
        assert!(written.len() > 10, "{model}: {} files", written.len());
        for (path, bytes) in &written {
            match kept.get(path) {
                None => differences.push(format!("{committed}/{path}: written, not committed")),
                Some(kept) if kept != bytes => {
                    differences.push(format!(
                        "{committed}/{path}: differs from what scaffold writes"
                    ));
                }
                Some(_) => {}
            }
        }
        for path in kept.keys().filter(|p| !written.contains_key(*p)) {
            differences.push(format!("{committed}/{path}: committed, not written"));
        }
        let _ = std::fs::remove_dir_all(&out);
    }
    assert!(
        differences.is_empty(),
        "regenerate with `awsop scaffold` (see each crate's model/README.md):\n{}",
        differences.join("\n")
    );
}

fn fails_and_writes_nothing(args: &[&str], name: &str) -> String {
    let out = scratch(name);
    let output = scaffold(args, &out);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(252), "{stderr}");
    assert!(!out.exists(), "{name}: nothing is written");
    assert!(
        stderr.contains("Nothing was written") || stderr.contains("no operation"),
        "{stderr}"
    );
    stderr
}

#[test]
fn an_event_stream_is_an_error_naming_the_operation() {
    let stderr = fails_and_writes_nothing(&["models/lambda"], "event-stream");
    assert!(
        stderr.contains(
            "`InvokeWithResponseStream`: its output member `EventStream` is an event stream"
        ) && stderr.contains("--exclude InvokeWithResponseStream"),
        "{stderr}"
    );
}

#[test]
fn a_protocol_awsop_does_not_speak_is_an_error() {
    let model = scratch("query-model");
    std::fs::create_dir_all(&model).expect("a temp dir");
    let mut service: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("models/sqs/service-2.json")).expect("the model"),
    )
    .expect("JSON");
    service["metadata"]["protocol"] = "query".into();
    service["metadata"]["protocols"] = serde_json::json!(["query"]);
    std::fs::write(model.join("service-2.json"), service.to_string()).expect("written");
    let path = model.display().to_string();
    let stderr = fails_and_writes_nothing(&[&path], "query-out");
    assert!(
        stderr.contains(
            "the model's protocol is query; awsop speaks awsJson 1.0, awsJson 1.1 and restJson1"
        ),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&model);
}

/// A model folder holding the scheduler's `service-2.json` after `change`.
fn changed_scheduler(name: &str, change: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let model = scratch(name);
    std::fs::create_dir_all(&model).expect("a temp dir");
    let mut service: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("models/scheduler/service-2.json"))
            .expect("the model"),
    )
    .expect("JSON");
    change(&mut service);
    std::fs::write(model.join("service-2.json"), service.to_string()).expect("written");
    model
}

#[test]
fn a_service_that_does_not_sign_with_sigv4_is_an_error_naming_its_scheme() {
    let model = changed_scheduler("bearer-model", |service| {
        service["metadata"]["auth"] = serde_json::json!(["smithy.api#httpBearerAuth"]);
        service["metadata"]
            .as_object_mut()
            .expect("metadata")
            .remove("signatureVersion");
    });
    let stderr = fails_and_writes_nothing(&[&model.display().to_string()], "bearer-out");
    assert!(
        stderr.contains("the service authenticates with `smithy.api#httpBearerAuth`; awsop signs requests with SigV4 (`aws.auth#sigv4`) only"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&model);
    // one operation with a scheme of its own is named, and can be left out
    let model = changed_scheduler("sigv4a-model", |service| {
        service["operations"]["GetSchedule"]["auth"] = serde_json::json!(["aws.auth#sigv4a"]);
    });
    let stderr = fails_and_writes_nothing(&[&model.display().to_string()], "sigv4a-out");
    assert!(
        stderr.contains(
            "`GetSchedule`: it authenticates with aws.auth#sigv4a, and awsop signs with SigV4 only"
        ) && stderr.contains("--exclude GetSchedule"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&model);
}

#[test]
fn what_awsop_cannot_read_or_sign_for_one_operation_is_an_error_naming_it() {
    type Change = fn(&mut serde_json::Value);
    let cases: [(&str, Change, &str); 2] = [
        (
            "bearer-op",
            |service| service["operations"]["GetSchedule"]["authtype"] = "bearer".into(),
            "`GetSchedule`: it authenticates with authtype `bearer`, and awsop signs with SigV4 only",
        ),
        (
            "rest-context",
            |service| {
                service["operations"]["GetSchedule"]["operationContextParams"] =
                    serde_json::json!({"ResourceArn": {"path": "Name"}});
            },
            "`GetSchedule`: its endpoint parameters (`operationContextParams`) are read from the input's JSON, which awsop does for awsJson only",
        ),
    ];
    for (name, change, expected) in cases {
        let model = changed_scheduler(&format!("{name}-model"), change);
        let stderr =
            fails_and_writes_nothing(&[&model.display().to_string()], &format!("{name}-out"));
        assert!(stderr.contains(expected), "{stderr}");
        let _ = std::fs::remove_dir_all(&model);
    }
}

#[test]
fn an_operation_without_authentication_is_declared_no_auth() {
    let model = changed_scheduler("no-auth-model", |service| {
        service["operations"]["GetSchedule"]["authtype"] = "none".into();
    });
    let out = scratch("no-auth-out");
    scaffolds(
        &[
            &model.display().to_string(),
            "--operations",
            "GetSchedule,ListSchedules",
        ],
        &out,
    );
    let written = files(&out);
    let declarations: String = written
        .iter()
        .filter(|(p, _)| p.ends_with("operations.rs"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let attribute = |op: &str| {
        let at = declarations
            .find(&format!("name = \"{op}\""))
            .expect("declared");
        let end = declarations[at..].find(")]").expect("the attribute's end");
        declarations[at..at + end].to_owned()
    };
    assert!(
        attribute("GetSchedule").contains("no_auth"),
        "{declarations}"
    );
    assert!(
        !attribute("ListSchedules").contains("no_auth"),
        "{declarations}"
    );
    let _ = std::fs::remove_dir_all(&model);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn an_unknown_operation_is_an_error() {
    let stderr = fails_and_writes_nothing(
        &["models/scheduler", "--operations", "GetSchedule,GetSchedul"],
        "unknown-op",
    );
    assert!(
        stderr.contains("the model has no operation `GetSchedul`"),
        "{stderr}"
    );
}

#[test]
fn chosen_operations_bring_only_what_they_reach() {
    let out = scratch("chosen");
    scaffolds(
        &[
            "models/scheduler",
            "--operations",
            "GetSchedule",
            "--name",
            "my-scheduler",
        ],
        &out,
    );
    let written = files(&out);
    let text = |path: &str| String::from_utf8_lossy(&written[path]).into_owned();
    let listing = text("src/listing.rs");
    assert!(
        listing.contains("OperationEntry::of::<GetSchedule>()"),
        "{listing}"
    );
    assert_eq!(
        listing.matches("OperationEntry::of::<").count(),
        1,
        "{listing}"
    );
    let all: String = written
        .iter()
        .filter(|(p, _)| p.ends_with(".rs"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    // GetSchedule's output reaches FlexibleTimeWindow; nothing reaches ScheduleGroupSummary
    assert!(all.contains("pub struct FlexibleTimeWindow"));
    assert!(!all.contains("ScheduleGroupSummary") && !all.contains("CreateSchedule"));
    assert!(text("Cargo.toml").contains("name = \"my-scheduler\""));
    assert!(text("crates/shapes/src/lib.rs").contains("pub const SCHEDULER: awsop::Service"));
    // a folder that is not empty is left alone without --force
    let again = scaffold(&["models/scheduler", "--operations", "GetSchedule"], &out);
    assert_eq!(again.status.code(), Some(252));
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not empty; pass --force"));
    assert_eq!(files(&out), written, "nothing changed");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn force_replaces_the_scaffold_and_removes_what_it_no_longer_writes() {
    let out = scratch("force");
    scaffolds(&["models/scheduler"], &out);
    // the user's own files beside the scaffold's: one starts as the scaffold's files do (a
    // copy of one), and stays all the same, for the scaffold's list does not name it
    std::fs::write(out.join("src/mine.rs"), "// my own code\n").expect("writes");
    std::fs::write(out.join("NOTES.md"), "notes\n").expect("writes");
    std::fs::copy(out.join("src/listing.rs"), out.join("src/copied.rs")).expect("copies");
    let before = files(&out);
    let said = scaffolds(
        &["models/scheduler", "--operations", "GetSchedule", "--force"],
        &out,
    );
    let fresh = scratch("force-fresh");
    scaffolds(&["models/scheduler", "--operations", "GetSchedule"], &fresh);
    let mut expected = files(&fresh);
    for mine in ["src/mine.rs", "NOTES.md", "src/copied.rs"] {
        expected.insert(mine.to_owned(), before[mine].clone());
    }
    let after = files(&out);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "the folder holds what a fresh scaffold writes, and the user's files"
    );
    assert!(
        after == expected,
        "and each file as a fresh scaffold writes it"
    );
    let gone: Vec<&String> = before.keys().filter(|p| !after.contains_key(*p)).collect();
    assert!(
        gone.iter().any(|p| p.starts_with("crates/")),
        "a family crate went: {gone:?}"
    );
    assert!(
        said.contains(&format!("removed {} file(s)", gone.len())),
        "{said}"
    );
    // a family's folders go with its files
    fn empty_folders(dir: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if std::fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none()) {
                    found.push(path.clone());
                }
                found.extend(empty_folders(&path));
            }
        }
        found
    }
    assert_eq!(empty_folders(&out), Vec::<PathBuf>::new());
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&fresh);
}
