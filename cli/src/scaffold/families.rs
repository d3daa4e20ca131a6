//! Which crate each operation goes in: one per family of operations on one resource, so that
//! touching one operation recompiles its family, not the whole service.
//!
//! An operation's resource is its name without the verb (`CreateTable` → `Table`, and
//! `BatchGetItem` → `Item`: `Batch` and `Transact` join the verb). Operations group by the
//! resource's first word; a group of fewer than [`MIN`] joins `other`, a group of more than
//! [`MAX`] splits by the first two words, then into runs of [`MAX`].

use std::collections::BTreeMap;

/// The fewest operations a family of its own has.
pub(crate) const MIN: usize = 5;
/// The most operations one family has.
pub(crate) const MAX: usize = 16;

const COMPOUND_VERBS: &[&str] = &["Batch", "Transact"];

/// The words of a PascalCase name; an acronym is one word (`SSEDescription` → `SSE`,
/// `Description`).
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let starts = i == 0
            || (c.is_ascii_uppercase()
                && (chars[i - 1].is_ascii_lowercase()
                    || chars[i - 1].is_ascii_digit()
                    || (chars[i - 1].is_ascii_uppercase()
                        && chars.get(i + 1).is_some_and(char::is_ascii_lowercase))));
        if starts {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(c);
        }
    }
    words
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{stem}y");
    }
    if let Some(stem) = ["ses", "xes", "ches", "shes"]
        .iter()
        .find_map(|end| word.strip_suffix(end).map(|s| (s, end)))
        .map(|(s, end)| format!("{s}{}", &end[..end.len() - 2]))
    {
        return stem;
    }
    let keep = ["ss", "us", "is", "as"];
    if word.len() > 3 && word.ends_with('s') && !keep.iter().any(|k| word.ends_with(k)) {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

/// The resource's words, singular.
fn resource(op: &str) -> Vec<String> {
    let words = words(op);
    let skip = if words.len() > 2 && COMPOUND_VERBS.contains(&words[0].as_str()) {
        2
    } else {
        1
    };
    let rest = if words.len() > skip {
        &words[skip..]
    } else {
        &words[..]
    };
    rest.iter().map(|w| singular(w)).collect()
}

fn kebab(words: &[String]) -> String {
    words
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("-")
}

/// `ops` (in the model's order) as `(family, operations)`, families in the order of their
/// first operation.
pub(crate) fn families(ops: &[String]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut other: Vec<String> = Vec::new();
    for (key, group) in group_by_words(ops, 1) {
        if group.len() < MIN {
            other.extend(group);
        } else if group.len() <= MAX {
            out.push((key, group));
        } else {
            // split by two words; the small subgroups stay together under the one word
            let mut rest = Vec::new();
            for (sub, subgroup) in group_by_words(&group, 2) {
                if subgroup.len() < MIN || sub == key {
                    rest.extend(subgroup);
                } else {
                    out.extend(runs(&sub, subgroup));
                }
            }
            out.extend(runs(&key, rest));
        }
    }
    out.extend(runs("other", other));
    let position = |op: &String| ops.iter().position(|o| o == op).unwrap_or(usize::MAX);
    for (_, group) in &mut out {
        group.sort_by_key(position);
    }
    out.retain(|(_, group)| !group.is_empty());
    out.sort_by_key(|(_, group)| group.first().map(position));
    // `shapes` names the crate of shared shapes
    for (name, _) in &mut out {
        if name == "shapes" {
            name.push_str("-operations");
        }
    }
    out
}

fn group_by_words(ops: &[String], n: usize) -> Vec<(String, Vec<String>)> {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for op in ops {
        let words = resource(op);
        let key = kebab(&words[..n.min(words.len())]);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(op.clone());
    }
    order
        .into_iter()
        .map(|key| {
            let group = groups.remove(&key).unwrap_or_default();
            (key, group)
        })
        .collect()
}

/// `group` in runs of at most [`MAX`]: `key`, `key-2`, ...
fn runs(key: &str, group: Vec<String>) -> Vec<(String, Vec<String>)> {
    group
        .chunks(MAX)
        .enumerate()
        .map(|(i, chunk)| {
            let name = if i == 0 {
                key.to_owned()
            } else {
                format!("{key}-{}", i + 1)
            };
            (name, chunk.to_vec())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources() {
        assert_eq!(words("SSEDescription"), ["SSE", "Description"]);
        assert_eq!(resource("BatchGetItem"), ["Item"]);
        assert_eq!(resource("ListTables"), ["Table"]);
        assert_eq!(resource("Invoke"), ["Invoke"]);
        let ops: Vec<String> = [
            "CreateTable",
            "DeleteTable",
            "ListTables",
            "DescribeTable",
            "UpdateTables",
            "GetItem",
            "PutItem",
            "TagResource",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            families(&ops),
            [
                ("table".to_owned(), ops[..5].to_vec()),
                ("other".to_owned(), ops[5..].to_vec())
            ]
        );
    }
}
