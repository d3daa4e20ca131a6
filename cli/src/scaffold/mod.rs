//! `awsop scaffold MODEL`: a crate of declarations for an AWS JSON service, from its botocore
//! model: the same `#[aws_operation]` / `#[aws_shape]` a user writes by hand, split into one
//! crate per family of operations over a crate of shared shapes, with a test that holds them
//! to the model.
//!
//! Everything is written in memory and formatted first: a model the scaffold cannot write
//! (a protocol awsop does not speak, an event stream) is an error before any file is touched.

mod families;
mod model;
mod write;

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use clap::{Arg, ArgAction, ArgMatches, Command};

use model::Model;

pub(crate) fn command() -> Command {
    Command::new("scaffold")
        .about("Write a crate of declarations for an AWS JSON service from its botocore model")
        .long_about(
            "Write a crate of declarations for an awsJson 1.0, awsJson 1.1 or restJson1 service \
             from its botocore model: the service, its operations with their errors and outputs, \
             every shape they reach, constraints, sensitive members, idempotency tokens, HTTP \
             bindings, paginators and doc comments. One crate per family of operations over a \
             crate of shared shapes; tests/model.rs holds the declarations to the model.",
        )
        .arg(
            Arg::new("model")
                .value_name("MODEL")
                .required(true)
                .value_parser(clap::value_parser!(PathBuf))
                .help("A botocore model folder, or its service-2.json (paginators-1.json and endpoint-rule-set-1.json beside it are read too)"),
        )
        .arg(
            Arg::new("operations")
                .long("operations")
                .value_name("A,B,..")
                .value_delimiter(',')
                .help("Write only these operations, and the shapes and errors they reach"),
        )
        .arg(
            Arg::new("exclude")
                .long("exclude")
                .value_name("A,B,..")
                .value_delimiter(',')
                .help("Leave these operations out (e.g. those with an event stream)"),
        )
        .arg(
            Arg::new("name")
                .long("name")
                .value_name("CRATE")
                .help("The crate's name (default awsop-<endpoint prefix>); its family crates are named after it"),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("DIR")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Where to write the crate (default ./<name>)"),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help("Write into a folder that is not empty: replace the files the scaffold writes, and remove those an earlier scaffold wrote that this one does not"),
        )
}

pub(crate) fn run(args: &ArgMatches) -> u8 {
    match scaffold(args) {
        Ok(summary) => {
            crate::out(&summary);
            crate::OK
        }
        Err(err) => {
            eprintln!("awsop scaffold: {err}");
            crate::USAGE
        }
    }
}

fn list(args: &ArgMatches, name: &str) -> Option<Vec<String>> {
    args.get_many::<String>(name).map(|v| {
        v.map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// Checks the model and writes the crate: an error before the first file is written says so.
/// With `--force`, files an earlier scaffold wrote there and this one does not are removed.
fn scaffold(args: &ArgMatches) -> Result<String, String> {
    let (out, mut summary, files) =
        plan(args).map_err(|err| format!("{err}. Nothing was written."))?;
    let stale = if args.get_flag("force") {
        stale_files(&out, &files)
    } else {
        Vec::new()
    };
    for (path, text) in &files {
        let target = out.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|err| format!("cannot create {}: {err}", parent.display()))?;
        }
        std::fs::write(&target, text)
            .map_err(|err| format!("cannot write {}: {err}", target.display()))?;
    }
    for path in &stale {
        let target = out.join(path);
        std::fs::remove_file(&target)
            .map_err(|err| format!("cannot remove {}: {err}", target.display()))?;
        // and the folders that held only it
        let mut dir = target.parent();
        while let Some(folder) = dir.filter(|d| *d != out) {
            if std::fs::remove_dir(folder).is_err() {
                break;
            }
            dir = folder.parent();
        }
    }
    if !stale.is_empty() {
        summary.push_str(&format!(
            "; removed {} file(s) an earlier scaffold wrote and this one does not: {}",
            stale.len(),
            stale.join(", ")
        ));
    }
    Ok(summary)
}

/// The files an earlier scaffold wrote under `out` (the list in its `model/README.md`) that
/// `files` does not hold: what regenerating leaves behind when an operation, a family or a
/// model file goes. Only listed files are touched: a file a user added, or a folder the list
/// does not name, is not the scaffold's.
fn stale_files(out: &Path, files: &[(String, String)]) -> Vec<String> {
    let Ok(readme) = std::fs::read_to_string(out.join(write::README)) else {
        return Vec::new();
    };
    let Some((_, listed)) = readme.split_once(write::FILES_HEADING) else {
        return Vec::new();
    };
    let mut stale: Vec<String> = listed
        .lines()
        .filter_map(|line| line.strip_prefix("- `")?.strip_suffix('`'))
        // a path in the crate: relative, no step up, and not through a link
        .filter(|path| {
            let relative = Path::new(path);
            relative.is_relative()
                && relative
                    .components()
                    .all(|c| matches!(c, std::path::Component::Normal(_)))
        })
        .filter(|path| !files.iter().any(|(written, _)| written == path))
        .filter(|path| std::fs::symlink_metadata(out.join(path)).is_ok_and(|meta| meta.is_file()))
        .map(str::to_owned)
        .collect();
    stale.sort();
    stale.dedup();
    stale
}

type Plan = (PathBuf, String, Vec<(String, String)>);

/// Everything the scaffold writes, formatted, and where: nothing is written yet.
fn plan(args: &ArgMatches) -> Result<Plan, String> {
    let path = args
        .get_one::<PathBuf>("model")
        .ok_or("MODEL is required")?;
    let model = Model::load(path)?;
    let all: Vec<String> = model.operations().keys().cloned().collect();
    let mut selection = String::new();
    let mut ops = match list(args, "operations") {
        Some(chosen) => {
            let unknown: Vec<&String> = chosen.iter().filter(|op| !all.contains(op)).collect();
            if !unknown.is_empty() {
                return Err(format!(
                    "the model has no operation {}",
                    unknown
                        .iter()
                        .map(|op| format!("`{op}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            selection.push_str(&format!(" --operations {}", chosen.join(",")));
            // the model's order, each once
            all.iter()
                .filter(|op| chosen.contains(op))
                .cloned()
                .collect()
        }
        None => all.clone(),
    };
    if let Some(excluded) = list(args, "exclude") {
        if let Some(op) = excluded.iter().find(|op| !all.contains(op)) {
            return Err(format!("--exclude: the model has no operation `{op}`"));
        }
        ops.retain(|op| !excluded.contains(op));
        selection.push_str(&format!(" --exclude {}", excluded.join(",")));
    }
    if ops.is_empty() {
        return Err("no operation left to write".to_owned());
    }
    let unsupported: Vec<String> = ops
        .iter()
        .filter_map(|op| model.unsupported(op).map(|why| format!("`{op}`: {why}")))
        .collect();
    if !unsupported.is_empty() {
        let names: Vec<&str> = ops
            .iter()
            .filter(|op| model.unsupported(op).is_some())
            .map(String::as_str)
            .collect();
        return Err(format!(
            "cannot write {}; leave {} out with --exclude {}",
            unsupported.join("; "),
            if names.len() == 1 { "it" } else { "them" },
            names.join(",")
        ));
    }
    let name = match args.get_one::<String>("name") {
        Some(name) => name.clone(),
        None => format!(
            "awsop-{}",
            model.metadata("endpointPrefix").unwrap_or("service")
        ),
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        || !name.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return Err(format!(
            "--name `{name}` is not a crate name: lower-case letters, digits, `-` and `_`, starting with a letter"
        ));
    }
    let out = args
        .get_one::<PathBuf>("out")
        .cloned()
        .unwrap_or_else(|| PathBuf::from(&name));
    let writer = write::Writer::new(&model, &name, ops, selection)?;
    let scaffold = writer.write();
    let mut files = Vec::with_capacity(scaffold.files.len());
    for (path, text) in scaffold.files {
        let text = if path.ends_with(".rs") {
            rustfmt(&text).map_err(|err| format!("{path}: {err}"))?
        } else {
            text
        };
        files.push((path, text));
    }
    let force = args.get_flag("force");
    if !force && out.exists() && std::fs::read_dir(&out).map_or(true, |mut d| d.next().is_some()) {
        return Err(format!(
            "{} is not empty; pass --force to replace the files the scaffold writes there",
            out.display()
        ));
    }
    let summary = format!(
        "wrote {} ({} operations in {} family crates, {} files) to {}",
        name,
        scaffold.operations,
        scaffold.families,
        files.len(),
        out.display()
    );
    Ok((out, summary, files))
}

/// Formats Rust source with `rustfmt` (or `$RUSTFMT`), as `cargo fmt` would.
fn rustfmt(source: &str) -> Result<String, String> {
    use std::io::Write as _;
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Process::new(&program)
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| {
            format!(
                "cannot run {} ({err}); install it with `rustup component add rustfmt`",
                Path::new(&program).display()
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("rustfmt's stdin")?;
    let text = source.to_owned();
    let feeder = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|err| format!("rustfmt: {err}"))?;
    let _ = feeder.join();
    if !output.status.success() {
        return Err(format!(
            "rustfmt refused the generated code (a bug in the scaffold): {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|err| format!("rustfmt: {err}"))
}
