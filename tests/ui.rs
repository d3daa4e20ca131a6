//! What users see when they get `#[aws_operation]` wrong: one file per topic under `ui/`.
//! Bless with `TRYBUILD=overwrite cargo test -p awsop-tests --test ui` and review the diff.

use std::path::{Path, PathBuf};

/// The cases under `ui/`: every `.rs` file, at any depth.
fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/ui is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            found.extend(cases(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// Raise this when adding a case: a glob that matched nothing would otherwise pass.
const CASES: usize = 36;

#[test]
fn ui() {
    // relative paths, as the expected output names them (tests run in the package folder)
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases: Vec<PathBuf> = cases(&package.join("ui"))
        .into_iter()
        .map(|case| {
            case.strip_prefix(package)
                .map(Path::to_path_buf)
                .unwrap_or(case)
        })
        .collect();
    assert_eq!(cases.len(), CASES, "{cases:#?}");
    // a case without its .stderr fails in trybuild (which writes it to wip/ to review)
    let t = trybuild::TestCases::new();
    for case in &cases {
        t.compile_fail(case);
    }
}
