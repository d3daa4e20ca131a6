//! `--output table`: the output as a two-column table of member paths and values.

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
