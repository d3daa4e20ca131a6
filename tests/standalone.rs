//! The repository stands alone: a user's clone has nothing beside it, so no file of the build,
//! the tests or the generators may reach outside the repository, and every crate that would
//! be published packages from its own folder, with versions on its path dependencies.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    awsop_tests::repo_file("")
}

/// `base` joined with `relative`, with `.` and `..` folded away as the file system would.
fn resolve(base: &Path, relative: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in base.join(relative).components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every file of the repository below `dir`, leaving out git's and cargo's own folders.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name == ".git" || name == "target" {
            continue;
        }
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The quoted string after each occurrence of `needle` in `text`.
fn strings_after<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    text.match_indices(needle)
        .filter_map(|(at, _)| {
            let rest = &text[at + needle.len()..];
            let open = rest.find('"')?;
            // the string must follow the needle with nothing but spaces, `(`, `=` or a
            // `CARGO_MANIFEST_DIR` argument between
            let gap = &rest[..open];
            if gap.len() > 40 || gap.contains(';') {
                return None;
            }
            let rest = &rest[open + 1..];
            Some(&rest[..rest.find('"')?])
        })
        .collect()
}

/// Where a file points to other files, as the build reads them: `include_str!`-style macros
/// relative to the file, `CARGO_MANIFEST_DIR` paths relative to the crate, `path = ` in a
/// manifest relative to the manifest.
fn references(file: &Path, text: &str) -> Vec<PathBuf> {
    let dir = file.parent().unwrap_or(file);
    let mut out = Vec::new();
    if file.extension().is_some_and(|e| e == "rs") {
        for needle in ["include_str!(", "include_bytes!(", "include!("] {
            out.extend(strings_after(text, needle).iter().map(|p| resolve(dir, p)));
        }
        let krate = dir
            .ancestors()
            .find(|d| d.join("Cargo.toml").is_file())
            .unwrap_or(dir);
        for path in strings_after(text, "env!(\"CARGO_MANIFEST_DIR\"),") {
            out.push(resolve(krate, path.trim_start_matches('/')));
        }
    }
    if file.file_name().is_some_and(|n| n == "Cargo.toml") {
        for key in ["path = ", "readme = ", "build = "] {
            out.extend(strings_after(text, key).iter().map(|p| resolve(dir, p)));
        }
    }
    out
}

#[test]
fn nothing_in_the_repository_reads_outside_it() {
    let root = root();
    let mut all = Vec::new();
    files(&root, &mut all);
    assert!(
        all.len() > 100,
        "the walk found the repository's files: {}",
        all.len()
    );
    // spelled in two halves so this file does not name it itself
    let sibling = ["..", "/shared"].concat();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for file in &all {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue; // not text
        };
        let shown = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        if text.contains(&sibling) {
            wrong.push(format!("{shown} names {sibling}"));
        }
        for target in references(file, &text) {
            checked += 1;
            if !target.starts_with(&root) {
                wrong.push(format!("{shown} reads {}", target.display()));
            }
        }
    }
    assert!(checked >= 10, "the path references were found ({checked})");
    assert!(
        wrong.is_empty(),
        "outside the repository:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_readers_of_data_find_it_in_the_repository() {
    for path in [
        "models/partnercentral-account/service-2.json",
        "conformance/awsjson1_0/tests.json",
        "conformance/awsjson1_1/tests.json",
        "conformance/restjson1/tests.json",
        "conformance/endpoints/partnercentral-account.json",
        "conformance/endpoints/dynamodb.json",
    ] {
        let file = awsop_tests::repo_file(path);
        assert!(file.is_file(), "{path} is in the repository");
        assert!(file.starts_with(root()));
    }
    // each data folder says where its data came from and under which licence
    for readme in [
        "models/README.md",
        "conformance/README.md",
        "conformance/endpoints/README.md",
        "conformance/awsjson1_0/README.md",
        "conformance/awsjson1_1/README.md",
        "conformance/restjson1/README.md",
    ] {
        let text = std::fs::read_to_string(awsop_tests::repo_file(readme))
            .unwrap_or_else(|e| panic!("{readme}: {e}"));
        assert!(text.contains("Apache-2.0"), "{readme} names the licence");
        assert!(
            text.contains("smithy") || text.contains("botocore"),
            "{readme} names the source"
        );
    }
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

fn run(mut command: Command) -> String {
    let output = command.output().expect("cargo runs");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("cargo prints UTF-8")
}

#[test]
fn published_crates_package_from_their_own_folder() {
    let mut metadata = cargo();
    metadata.args([
        "metadata",
        "--no-deps",
        "--format-version",
        "1",
        "--offline",
    ]);
    let metadata: Value = serde_json::from_str(&run(metadata)).expect("cargo metadata is JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    // `publish: []` is `publish = false`
    let published: Vec<&Value> = packages
        .iter()
        .filter(|p| p["publish"].as_array().is_none_or(|to| !to.is_empty()))
        // examples/ holds crates as users write them, not awsop's to publish
        .filter(|p| {
            !p["manifest_path"]
                .as_str()
                .unwrap_or_default()
                .contains("/examples/")
        })
        .collect();
    let names: Vec<&str> = published
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for expected in [
        "awsop-macros",
        "awsop",
        "awsop-partnercentral-account",
        "awsop-partnercentral-account-shapes",
        "awsop-partnercentral-account-connection",
        "awsop-emulator",
        "awsop-cli",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} is published: {names:?}"
        );
    }
    let mut wrong = Vec::new();
    for package in published {
        let name = package["name"].as_str().unwrap_or_default();
        let manifest = PathBuf::from(package["manifest_path"].as_str().unwrap_or_default());
        let dir = manifest.parent().expect("a crate folder").to_path_buf();
        // a path dependency without a version cannot be published (dev-dependencies are
        // left out of the published manifest, so they may go without)
        for dep in package["dependencies"].as_array().into_iter().flatten() {
            let dev = dep["kind"].as_str() == Some("dev");
            if dep["path"].is_string() && dep["req"].as_str() == Some("*") && !dev {
                wrong.push(format!(
                    "{name}: path dependency {} has no version",
                    dep["name"]
                ));
            }
        }
        // every packaged file is one of the crate's own (cargo adds the first four)
        let mut list = cargo();
        list.args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            name,
        ]);
        let listed = run(list);
        let mut sources = 0;
        for file in listed.lines() {
            if matches!(
                file,
                ".cargo_vcs_info.json" | "Cargo.toml" | "Cargo.toml.orig" | "Cargo.lock"
            ) {
                continue;
            }
            let on_disk = dir.join(file);
            let inside = on_disk
                .canonicalize()
                .is_ok_and(|real| real.starts_with(dir.canonicalize().unwrap_or_default()));
            if !inside {
                wrong.push(format!(
                    "{name}: packages {file}, which is not in {}",
                    dir.display()
                ));
            }
            if file.ends_with(".rs") {
                sources += 1;
                let text = std::fs::read_to_string(&on_disk).unwrap_or_default();
                for target in references(&on_disk, &text) {
                    if !target.starts_with(&dir) {
                        wrong.push(format!("{name}: {file} reads {}", target.display()));
                    }
                }
            }
        }
        if sources == 0 {
            wrong.push(format!("{name}: packages no source file"));
        }
    }
    assert!(
        wrong.is_empty(),
        "what would not publish:\n{}",
        wrong.join("\n")
    );
}
