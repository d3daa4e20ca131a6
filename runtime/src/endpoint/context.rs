//! The model's `operationContextParams`: endpoint rule-set parameters read from an operation's
//! input by a JMESPath expression (DynamoDB's `ResourceArnList` from `keys(RequestItems)`).
//! awsop evaluates the part of JMESPath these use, on the request's JSON body: field paths
//! (`A.B`), projections (`A[*].B`), flattening (`[]`), multi-select lists (`[A, B]`) and
//! `keys(..)`. What an expression selects is a flat list of strings: a projection's nulls are
//! left out, as JMESPath leaves them out.

use serde_json::Value;

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    /// `Name`: the member of this name.
    Field(String),
    /// `[*]`: each element of a list.
    Project,
    /// `[]`: each element of a list, the elements of a list in it merged in.
    Flatten,
    /// `[A, B]`: each expression, on the same value.
    Select(Vec<Vec<Step>>),
    /// `keys(A)`: the names of the object `A` selects.
    Keys(Vec<Step>),
}

/// Whether awsop evaluates `path`, or what it cannot read in it.
pub fn check(path: &str) -> Result<(), String> {
    parse(path).map(|_| ())
}

/// The strings `path` selects from `body` (an input's JSON); an error for a path outside the
/// JMESPath awsop evaluates.
pub fn evaluate(path: &str, body: &Value) -> Result<Vec<String>, String> {
    let steps = parse(path)?;
    let mut found = Vec::new();
    select(&steps, body, false, &mut found);
    Ok(found
        .into_iter()
        .filter_map(|value| value.as_str().map(str::to_owned))
        .collect())
}

/// What `steps` select from `value`, nulls and missing members left out. `projected`: `value`
/// is one result of a projection (`[*]`, `[]`, a multi-select list or `keys(..)` came
/// before), so a `[]` now flattens the projection's results, as JMESPath reads `A[*].B[]`.
fn select<'v>(steps: &[Step], value: &'v Value, projected: bool, found: &mut Vec<Selected<'v>>) {
    let Some((step, rest)) = steps.split_first() else {
        if !value.is_null() {
            found.push(Selected::Value(value));
        }
        return;
    };
    match step {
        Step::Field(name) => {
            if let Some(inner) = value.get(name) {
                select(rest, inner, projected, found);
            }
        }
        Step::Project => {
            for item in value.as_array().into_iter().flatten() {
                select(rest, item, true, found);
            }
        }
        // one result of a projection: a list's elements merge into the results, and any
        // other value stays one of them
        Step::Flatten if projected => match value.as_array() {
            Some(items) => items
                .iter()
                .for_each(|item| select(rest, item, true, found)),
            None => select(rest, value, true, found),
        },
        // a list: its elements, those that are lists merged in
        Step::Flatten => {
            for item in value.as_array().into_iter().flatten() {
                match item.as_array() {
                    Some(inner) => inner
                        .iter()
                        .for_each(|item| select(rest, item, true, found)),
                    None => select(rest, item, true, found),
                }
            }
        }
        Step::Select(choices) => {
            // the list of each choice's value, read on as a projection's results
            let mut chosen = Vec::new();
            for choice in choices {
                select(choice, value, false, &mut chosen);
            }
            for item in chosen {
                match item {
                    Selected::Value(inner) => select(rest, inner, true, found),
                    Selected::Key(key) if ends_as_list(rest) => found.push(Selected::Key(key)),
                    Selected::Key(_) => {}
                }
            }
        }
        Step::Keys(inner) => {
            // a list of strings: each of them, when nothing reads further into them
            if ends_as_list(rest) {
                let mut objects = Vec::new();
                select(inner, value, false, &mut objects);
                for object in objects {
                    if let Selected::Value(Value::Object(map)) = object {
                        found.extend(map.keys().map(|key| Selected::Key(key)));
                    }
                }
            }
        }
    }
}

/// Whether `steps` only project or flatten: a string stays itself through them.
fn ends_as_list(steps: &[Step]) -> bool {
    steps
        .iter()
        .all(|step| matches!(step, Step::Project | Step::Flatten))
}

/// A value a path selects: a JSON value, or a key of an object (`keys(..)`).
enum Selected<'v> {
    Value(&'v Value),
    Key(&'v str),
}

impl<'v> Selected<'v> {
    fn as_str(&self) -> Option<&'v str> {
        match self {
            Selected::Value(value) => value.as_str(),
            Selected::Key(key) => Some(key),
        }
    }
}

fn parse(path: &str) -> Result<Vec<Step>, String> {
    let mut parser = Parser { text: path, at: 0 };
    let steps = parser.expression()?;
    parser.space();
    if parser.at < path.len() {
        return Err(parser.unexpected());
    }
    Ok(steps)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.space();
        if self.rest().starts_with(token) {
            self.at += token.len();
            true
        } else {
            false
        }
    }

    fn unexpected(&self) -> String {
        match self.rest().chars().next() {
            Some(c) => format!(
                "`{c}` at {} is not part of the JMESPath awsop evaluates (member paths, `[*]`, `[]`, `[A, B]`, `keys(..)`)",
                self.at
            ),
            None => "the path ends early".to_owned(),
        }
    }

    /// A path: a first term, then `.term`, `[*]` and `[]` steps.
    fn expression(&mut self) -> Result<Vec<Step>, String> {
        let mut steps = self.term()?;
        loop {
            if self.eat("[*]") {
                steps.push(Step::Project);
            } else if self.eat("[]") {
                steps.push(Step::Flatten);
            } else if self.eat(".") {
                steps.extend(self.term()?);
            } else {
                return Ok(steps);
            }
        }
    }

    /// A member name, `keys(path)` or a multi-select list `[path, ..]`.
    fn term(&mut self) -> Result<Vec<Step>, String> {
        self.space();
        if self.eat("keys(") {
            let inner = self.expression()?;
            if !self.eat(")") {
                return Err(self.unexpected());
            }
            return Ok(vec![Step::Keys(inner)]);
        }
        if self.rest().starts_with('[')
            && !self.rest().starts_with("[*]")
            && !self.rest().starts_with("[]")
        {
            self.at += 1;
            let mut choices = vec![self.expression()?];
            while self.eat(",") {
                choices.push(self.expression()?);
            }
            if !self.eat("]") {
                return Err(self.unexpected());
            }
            return Ok(vec![Step::Select(choices)]);
        }
        let name: String = self
            .rest()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(self.unexpected());
        }
        self.at += name.len();
        Ok(vec![Step::Field(name)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_paths_of_dynamodbs_model_select_its_table_names() {
        // a map's keys in the order its JSON gives them: a `BTreeMap` member writes them
        // sorted, and this literal holds them sorted, with or without serde_json's
        // `preserve_order`
        let batch = json!({"RequestItems": {"B": {}, "arn:aws:dynamodb:us-east-1:111122223333:table/A": {}}});
        assert_eq!(
            evaluate("keys(RequestItems)", &batch),
            Ok(vec![
                "B".to_owned(),
                "arn:aws:dynamodb:us-east-1:111122223333:table/A".to_owned(),
            ])
        );
        let import = json!({"TableCreationParameters": {"TableName": "T"}});
        assert_eq!(
            evaluate("TableCreationParameters.TableName", &import),
            Ok(vec!["T".to_owned()])
        );
        let get =
            json!({"TransactItems": [{"Get": {"TableName": "A"}}, {"Get": {"TableName": "B"}}]});
        assert_eq!(
            evaluate("TransactItems[*].Get.TableName", &get),
            Ok(vec!["A".to_owned(), "B".to_owned()])
        );
        let write = json!({"TransactItems": [
            {"Put": {"TableName": "A"}},
            {"Delete": {"TableName": "B"}},
            {"ConditionCheck": {"TableName": "C"}, "Update": {"TableName": "D"}}
        ]});
        assert_eq!(
            evaluate(
                "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]",
                &write
            ),
            Ok(["A", "B", "C", "D"].map(str::to_owned).to_vec())
        );
        // `[]` after a projection flattens its results: strings stay, lists merge one level
        let projected = json!({"A": [{"B": "x"}, {"B": ["y", "z"]}, {"B": [["w"]]}, {"C": 1}]});
        assert_eq!(
            evaluate("A[*].B[]", &projected),
            Ok(["x", "y", "z"].map(str::to_owned).to_vec())
        );
        assert_eq!(
            evaluate("A[]", &json!({"A": [["x", "y"], "z", null]})),
            Ok(["x", "y", "z"].map(str::to_owned).to_vec())
        );
        // nothing there: nothing selected
        assert_eq!(evaluate("keys(RequestItems)", &json!({})), Ok(vec![]));
        assert_eq!(
            evaluate(
                "TransactItems[*].Get.TableName",
                &json!({"TransactItems": "x"})
            ),
            Ok(vec![])
        );
    }

    #[test]
    fn a_path_outside_the_subset_is_an_error_naming_where() {
        for path in [
            "A | B",
            "A[0]",
            "length(A)",
            "A.",
            "[A, B",
            "keys(A",
            "1A",
            "",
        ] {
            let err = check(path).expect_err(path);
            assert!(
                err.contains("not part of the JMESPath awsop evaluates")
                    || err.contains("ends early"),
                "{path}: {err}"
            );
        }
    }
}
