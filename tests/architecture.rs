//! The runtime's shape, as ARCHITECTURE.md states it: its top-level modules (a file, or a
//! folder with its files) import each other without a cycle, and `__private` only re-exports
//! what macro output names. Read from the source: every `crate::<module>` path outside
//! comments, macro bodies (`$crate`) and unit tests is an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module → the modules its code names.
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = awsop_tests::repo_file("runtime/src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![src.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("runtime/src is readable") {
                files.push(entry.expect("a directory entry").path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let module = module_of(&src, &path);
        if module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file");
        let named = graph.entry(module.clone()).or_default();
        for line in text.lines() {
            let line = line.trim_start();
            if line.starts_with("#[cfg(test)]") {
                break;
            }
            if line.starts_with("//") || line.contains("$crate") {
                continue;
            }
            for (at, _) in line.match_indices("crate::") {
                if line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &line[at + "crate::".len()..];
                // `crate::{a, b::C}`: each of the group
                let targets: Vec<&str> = match rest.strip_prefix('{') {
                    Some(group) => {
                        let (group, _) = group.split_once('}').unwrap_or_else(|| {
                            panic!("{}: a `crate::{{..}}` group over several lines; write one path per `use`", path.display())
                        });
                        group.split(',').map(str::trim).collect()
                    }
                    None => vec![rest],
                };
                for target in targets {
                    let target: String = target
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !target.is_empty() && target != module {
                        named.insert(target);
                    }
                }
            }
        }
    }
    // paths to items the crate root re-exports (`crate::Error`) name no module
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for named in graph.values_mut() {
        named.retain(|target| modules.contains(target));
    }
    graph
}

/// `client.rs` → `client`; `protocol/aws_json.rs` → `protocol`.
fn module_of(src: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(src).unwrap_or(path);
    let first = relative
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_owned()
}

/// A cycle through the graph, as the modules along it, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut found = path[start..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_runtime_modules_import_each_other_without_a_cycle() {
    let graph = edges();
    assert!(graph.len() > 20, "the modules were found: {graph:?}");
    assert!(
        graph["client"].contains("protocol") && graph["protocol"].contains("operation"),
        "the edges were read: {graph:?}"
    );
    if let Some(found) = cycle(&graph) {
        panic!("a module cycle: {}", found.join(" → "));
    }
}

#[test]
fn private_only_re_exports_and_nothing_in_the_crate_uses_it() {
    let graph = edges();
    let users: Vec<&String> = graph
        .iter()
        .filter(|(_, named)| named.contains("__private"))
        .map(|(module, _)| module)
        .collect();
    assert!(users.is_empty(), "modules that use __private: {users:?}");
    let text = std::fs::read_to_string(awsop_tests::repo_file("runtime/src/__private.rs"))
        .expect("__private.rs");
    let mut in_use = false;
    for line in text.lines().map(str::trim) {
        let allowed =
            line.is_empty() || line.starts_with("//") || line.starts_with("pub use ") || in_use;
        assert!(allowed, "__private.rs has more than re-exports: `{line}`");
        if line.starts_with("pub use ") || in_use {
            in_use = !line.ends_with(';');
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}
