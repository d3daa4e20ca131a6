//! `--output table`: the output as a two-column table of member paths and values; and
//! `--output text`, the aws CLI's tab-separated lines.

use serde_json::Value;

fn flatten(prefix: &str, value: &Value, rows: &mut Vec<(String, String)>) {
    match value {
        Value::Object(members) if !members.is_empty() => {
            for (name, member) in members {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                flatten(&path, member, rows);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), item, rows);
            }
        }
        Value::String(text) => rows.push((prefix.to_owned(), text.clone())),
        other => rows.push((prefix.to_owned(), other.to_string())),
    }
}

/// A titled table with one row per scalar in the output.
pub(crate) fn render(title: &str, output: &Value) -> String {
    let mut rows = Vec::new();
    flatten("", output, &mut rows);
    let width = |f: fn(&(String, String)) -> usize| rows.iter().map(f).max().unwrap_or(0);
    let (left, right) = (
        width(|r| r.0.chars().count()).max(6),
        width(|r| r.1.chars().count()).max(5),
    );
    let line = format!("+{}+{}+", "-".repeat(left + 2), "-".repeat(right + 2));
    let mut out = vec![
        format!("|{:^w$}|", title, w = left + right + 5),
        line.clone(),
    ];
    out.insert(0, format!("+{}+", "-".repeat(left + right + 5)));
    out.push(format!("| {:<left$} | {:<right$} |", "Member", "Value"));
    out.push(line.clone());
    for (path, value) in &rows {
        out.push(format!("| {path:<left$} | {value:<right$} |"));
    }
    out.push(line);
    out.join("\n")
}

/// `--output text`, as the aws CLI writes it: a scalar on its own line; a list of scalars on
/// one line, tab-separated; a structure's scalar members (in key order) on one line, headed
/// by its member name in capitals when it is nested, and its lists and structures after it,
/// each row of a list of structures headed the same way.
pub(crate) fn text(value: &Value) -> String {
    let mut lines = Vec::new();
    text_rows(None, value, &mut lines);
    lines.join("\n")
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::Null => Some("None".to_owned()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

fn text_rows(name: Option<&str>, value: &Value, lines: &mut Vec<String>) {
    let head = |cells: Vec<String>| match name {
        Some(name) => std::iter::once(name.to_ascii_uppercase())
            .chain(cells)
            .collect::<Vec<_>>()
            .join("\t"),
        None => cells.join("\t"),
    };
    match value {
        Value::Array(items) if items.iter().all(|i| scalar(i).is_some()) => {
            if !items.is_empty() {
                lines.push(head(items.iter().filter_map(scalar).collect()));
            }
        }
        Value::Array(items) => {
            for item in items {
                text_rows(name, item, lines);
            }
        }
        Value::Object(members) => {
            let mut keys: Vec<&String> = members.keys().collect();
            keys.sort();
            let cells: Vec<String> = keys.iter().filter_map(|k| scalar(&members[*k])).collect();
            if !cells.is_empty() {
                lines.push(head(cells));
            }
            for key in keys {
                let member = &members[key];
                if scalar(member).is_none() {
                    text_rows(Some(key), member, lines);
                }
            }
        }
        scalar_value => lines.push(head(scalar(scalar_value).into_iter().collect())),
    }
}
