//! The crate's files as text: the facade, the shapes crate, one crate per family.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use super::families::families;
use super::model::{distinct, field_name, pascal, sentence, Model, Protocol};

/// Where a member is bound; decides a timestamp's default format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loc {
    Body,
    Header,
    Uri,
}

/// What a file uses, for its `use` lines.
#[derive(Debug, Default)]
struct Uses {
    awsop: BTreeSet<&'static str>,
    btree_map: bool,
    document: bool,
    /// Names declared in the shapes crate: the service, an output, an error.
    shapes: bool,
    /// An enum (declared in the shapes crate's `enums`).
    enums: bool,
    /// A structure or union (in the shapes crate's `structures`).
    structs: bool,
}

/// One generated crate or file set.
/// The model folder's README, which lists the files the scaffold wrote.
pub(crate) const README: &str = "model/README.md";
/// The heading of that list.
pub(crate) const FILES_HEADING: &str = "## Files";

pub(crate) struct Scaffold {
    /// `(path relative to the output folder, text)`; `.rs` files are rustfmt'ed later.
    pub(crate) files: Vec<(String, String)>,
    pub(crate) operations: usize,
    pub(crate) families: usize,
}

/// What the scaffold writes for the operations `ops` of `model`.
pub(crate) struct Writer<'m> {
    model: &'m Model,
    name: String,
    lib: String,
    ops: Vec<String>,
    reached: BTreeSet<String>,
    /// The service: a constant the shapes crate declares, or a service awsop ships.
    service: ServiceRef,
    /// Each operation's output type name.
    outputs: BTreeMap<String, String>,
    /// Structures declared in a family crate (an output of that family's one operation).
    family_owned: BTreeMap<String, String>,
    /// Each operation's family.
    family_of: BTreeMap<String, String>,
    /// The paginators that can be written, by operation.
    pages: BTreeMap<String, Page>,
    /// Paginators left out, and why.
    skipped_pages: Vec<(String, String)>,
    header: String,
    /// The `--operations` / `--exclude` arguments that chose the operations, for the README.
    selection: String,
}

#[derive(Debug, Clone)]
enum ServiceRef {
    Const(String),
    Shipped(&'static str),
}

#[derive(Debug, Clone)]
struct Page {
    input_token: String,
    output_token: String,
    limit_key: Option<String>,
    result_key: String,
    /// The result list's element shape.
    element: String,
    code: String,
}

/// The services awsop ships, by endpoint prefix: `service = ".."` names them.
const SHIPPED: &[(&str, &awsop::Service)] = &[(
    "partnercentral-account",
    &awsop::service::PARTNERCENTRAL_ACCOUNT,
)];

fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

fn doc_lines(out: &mut String, indent: &str, lines: &[String]) {
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

impl<'m> Writer<'m> {
    pub(crate) fn new(
        model: &'m Model,
        name: &str,
        ops: Vec<String>,
        selection: String,
    ) -> Result<Self, String> {
        let reached = model.reached(&ops);
        let prefix = model.metadata("endpointPrefix").unwrap_or_default();
        let service = match SHIPPED.iter().find(|(id, _)| *id == prefix) {
            Some((id, shipped))
                if model.files.iter().any(|(f, text)| {
                    f == "endpoint-rule-set-1.json" && shipped.endpoint_rules == Some(text.as_str())
                }) =>
            {
                ServiceRef::Shipped(id)
            }
            _ => ServiceRef::Const(service_const(model)),
        };
        let header = format!(
            "// Written by `awsop scaffold` from the {} model ({}); edit freely: tests/model.rs\n// holds the declarations to the model.\n",
            model.metadata("serviceId").unwrap_or(prefix),
            model.metadata("apiVersion").unwrap_or("unversioned"),
        );
        let mut writer = Self {
            model,
            name: name.to_owned(),
            lib: name.replace('-', "_"),
            ops,
            reached,
            service,
            outputs: BTreeMap::new(),
            family_owned: BTreeMap::new(),
            family_of: BTreeMap::new(),
            pages: BTreeMap::new(),
            skipped_pages: Vec::new(),
            header,
            selection,
        };
        writer.place()?;
        Ok(writer)
    }

    /// Names the outputs, decides where each structure goes, checks names do not collide.
    fn place(&mut self) -> Result<(), String> {
        let model = self.model;
        let shapes = model.shapes();
        for (family, ops) in families(&self.ops) {
            for op in ops {
                self.family_of.insert(op, family.clone());
            }
        }
        // how often each structure is an output, an input, or a member of another shape
        let mut as_output: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut as_input: BTreeSet<&str> = BTreeSet::new();
        let mut nested: BTreeSet<&str> = BTreeSet::new();
        for op in &self.ops {
            if let Some(out) = model.io(op, "output") {
                as_output.entry(out).or_default().push(op);
            }
            if let Some(input) = model.io(op, "input") {
                as_input.insert(input);
            }
        }
        for name in &self.reached {
            for target in model.targets(name) {
                nested.insert(target);
            }
        }
        let mut names: BTreeSet<String> = BTreeSet::new();
        for op in &self.ops {
            let output = match model.io(op, "output") {
                Some(out) => out.to_owned(),
                None => {
                    let default = format!("{op}Response");
                    if shapes.contains_key(&default) {
                        format!("{op}Output")
                    } else {
                        default
                    }
                }
            };
            if let Some(out) = model.io(op, "output") {
                let owners = &as_output[out];
                if owners.len() == 1
                    && !as_input.contains(out)
                    && !nested.contains(out)
                    && model.shape(out)["exception"] != true
                {
                    self.family_owned
                        .insert(out.to_owned(), self.family_of[op].clone());
                }
            }
            self.outputs.insert(op.clone(), output);
        }
        // every Rust type name once
        let mut check = |name: String, what: &str| -> Result<(), String> {
            if !names.insert(name.clone()) {
                return Err(format!(
                    "two declarations would be named `{name}` (one is {what}); rename one in a copy of the model, or leave the operation out with --exclude"
                ));
            }
            Ok(())
        };
        for op in &self.ops {
            check(op.clone(), "an operation")?;
            check(format!("{op}Error"), "an operation's error enum")?;
        }
        for name in &self.reached {
            let declared = model.is_enum(name)
                || model.is_union(name)
                || (model.is_struct(name) && !self.is_input_only(name));
            if declared {
                check(name.clone(), "a shape")?;
            }
        }
        for op in &self.ops {
            if model.io(op, "output").is_none() {
                check(self.outputs[op].clone(), "an empty output")?;
            }
        }
        for reserved in [
            "Blob",
            "DateTime",
            "EpochSeconds",
            "HttpDate",
            "Sensitive",
            "BTreeMap",
            "String",
            "Vec",
            "Option",
            "Box",
            "Some",
            "None",
            "Ok",
            "Err",
            "Result",
            "Default",
        ] {
            if names.contains(reserved) {
                return Err(format!(
                    "the model names a shape `{reserved}`, which the declarations use for a Rust or awsop type"
                ));
            }
        }
        if let ServiceRef::Const(name) = &self.service {
            if names.contains(name) {
                return Err(format!(
                    "the model names a shape `{name}`, the service constant's name"
                ));
            }
        }
        self.paginators();
        Ok(())
    }

    /// A structure that only ever is an operation's input: the operation declares it.
    fn is_input_only(&self, name: &str) -> bool {
        let model = self.model;
        let input_of = self
            .ops
            .iter()
            .any(|op| model.io(op, "input") == Some(name));
        if !input_of {
            return false;
        }
        let output_of = self
            .ops
            .iter()
            .any(|op| model.io(op, "output") == Some(name));
        let nested = self
            .reached
            .iter()
            .any(|s| model.targets(s).contains(&name));
        !output_of && !nested && model.shape(name)["exception"] != true
    }

    fn paginators(&mut self) {
        let model = self.model;
        for op in self.ops.clone() {
            let Some(spec) = model.paginators.get(&op) else {
                continue;
            };
            match self.page(&op, spec) {
                Ok(page) => {
                    self.pages.insert(op, page);
                }
                Err(why) => self.skipped_pages.push((op, why)),
            }
        }
    }

    fn page(&self, op: &str, spec: &Value) -> Result<Page, String> {
        let model = self.model;
        let one = |key: &str| -> Result<String, String> {
            spec[key]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("its {key} is not one member"))
        };
        let (input_token, output_token, result_key) = (
            one("input_token")?,
            one("output_token")?,
            one("result_key")?,
        );
        let mut limit_key = spec["limit_key"].as_str().map(str::to_owned);
        let input = model.io(op, "input").ok_or("it has no input")?;
        let output = model.io(op, "output").ok_or("it has no output")?;
        // a member of `shape` named `name`: its field (named as `fields` names it), whether it
        // is optional, its shape
        let member = |shape: &str, name: &str| -> Result<(String, bool, String), String> {
            let spec = &model.shape(shape)["members"][name];
            let target = spec["shape"]
                .as_str()
                .ok_or_else(|| format!("`{name}` is not a member of {shape}"))?;
            let optional =
                !model.required(shape).contains(name) || spec["idempotencyToken"] == true;
            let members = model.members(shape);
            let fields = distinct(members.iter().map(|(wire, _)| *wire), field_name);
            let field = members
                .iter()
                .zip(fields)
                .find(|((wire, _), _)| *wire == name)
                .map(|(_, field)| field)
                .unwrap_or_else(|| field_name(name));
            Ok((field, optional, target.to_owned()))
        };
        let plain_string = |target: &str| {
            model.kind(target) == "string"
                && !model.is_enum(target)
                && model.shape(target)["sensitive"] != true
        };
        let (in_field, in_optional, in_shape) = member(input, &input_token)?;
        let (out_field, out_optional, out_shape) = member(output, &output_token)?;
        if !plain_string(&in_shape) || !plain_string(&out_shape) {
            return Err(format!(
                "its token (`{input_token}`, `{output_token}`) is not a string"
            ));
        }
        let (items_field, items_optional, items_shape) = member(output, &result_key)?;
        if model.kind(&items_shape) != "list" || model.shape(&items_shape)["sensitive"] == true {
            return Err(format!("its result `{result_key}` is not a list"));
        }
        let element = model.shape(&items_shape)["member"]["shape"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let mut uses = Uses::default();
        let item = self.rust_type(&element, Loc::Body, &mut uses);
        let out_type = &self.outputs[op];
        // a limit that is not a number (a string in some models) is left to the caller
        let limit = match &limit_key {
            Some(limit) => {
                let (field, optional, shape) = member(input, limit)?;
                match model.kind(&shape) {
                    "integer" => Some((field, optional, "size".to_owned())),
                    "long" => Some((field, optional, "i64::from(size)".to_owned())),
                    _ => None,
                }
            }
            None => None,
        };
        if limit.is_none() {
            limit_key = None;
        }
        let mut code = String::new();
        let _ = writeln!(
            code,
            "/// {op} pages by `{input_token}`{}",
            match &limit_key {
                Some(limit) => format!(" and `{limit}`."),
                None => ": no numeric limit key, the page size is the service's.".to_owned(),
            }
        );
        let _ = writeln!(code, "impl awsop::Paginate for {op} {{");
        let _ = writeln!(code, "    type Item = {item};");
        let _ = writeln!(
            code,
            "    fn set_next_token(&mut self, token: Option<String>) {{\n        self.{in_field} = {};\n    }}",
            if in_optional { "token" } else { "token.unwrap_or_default()" }
        );
        if let Some((field, optional, value)) = limit {
            let value = if optional {
                format!("Some({value})")
            } else {
                value
            };
            let _ = writeln!(
                code,
                "    fn set_page_size(&mut self, size: i32) {{\n        self.{field} = {value};\n    }}"
            );
        }
        let _ = writeln!(
            code,
            "    fn next_token(output: &{out_type}) -> Option<&str> {{\n        {}\n    }}",
            if out_optional {
                format!("output.{out_field}.as_deref()")
            } else {
                format!("Some(output.{out_field}.as_str())")
            }
        );
        let _ = writeln!(
            code,
            "    fn items(output: {out_type}) -> Vec<{item}> {{\n        {}\n    }}",
            if items_optional {
                format!("output.{items_field}.unwrap_or_default()")
            } else {
                format!("output.{items_field}")
            }
        );
        code.push_str("}\n");
        Ok(Page {
            input_token,
            output_token,
            limit_key,
            result_key,
            element,
            code,
        })
    }

    /// The Rust type of a value of shape `name`, bound at `loc`.
    fn rust_type(&self, name: &str, loc: Loc, uses: &mut Uses) -> String {
        let model = self.model;
        let shape = model.shape(name);
        let mut mark = |item: &'static str| {
            uses.awsop.insert(item);
            item.to_owned()
        };
        let ty = match model.kind(name) {
            "string" if model.is_enum(name) => {
                uses.enums = true;
                name.to_owned()
            }
            "string" => "String".to_owned(),
            "boolean" => "bool".to_owned(),
            "byte" => "i8".to_owned(),
            "short" => "i16".to_owned(),
            "integer" => "i32".to_owned(),
            "long" => "i64".to_owned(),
            "float" => "f32".to_owned(),
            "double" => "f64".to_owned(),
            "blob" => mark("Blob"),
            // the model's format, else the default for where the member is bound: the rule the
            // model check holds declarations to
            "timestamp" => mark(
                awsop::TimestampFormat::of_model(
                    shape["timestampFormat"].as_str(),
                    loc == Loc::Header,
                    loc == Loc::Uri,
                )
                .type_name(),
            ),
            "list" => {
                let element = shape["member"]["shape"].as_str().unwrap_or_default();
                format!("Vec<{}>", self.rust_type(element, loc, uses))
            }
            "map" => {
                uses.btree_map = true;
                let key = shape["key"]["shape"].as_str().unwrap_or_default();
                let key = if model.is_enum(key) {
                    self.rust_type(key, loc, uses)
                } else {
                    "String".to_owned()
                };
                let value = shape["value"]["shape"].as_str().unwrap_or_default();
                format!("BTreeMap<{key}, {}>", self.rust_type(value, loc, uses))
            }
            "structure" if model.is_document(name) => {
                uses.document = true;
                "serde_json::Value".to_owned()
            }
            _ => {
                if !self.family_owned.contains_key(name) {
                    uses.structs = true;
                }
                name.to_owned()
            }
        };
        if shape["sensitive"] == true {
            uses.awsop.insert("Sensitive");
            format!("Sensitive<{ty}>")
        } else {
            ty
        }
    }

    /// The fields of structure `shape` (an operation's input when `input`).
    fn fields(&self, owner: &str, shape: &str, role: Role, uses: &mut Uses) -> String {
        let model = self.model;
        let rest = self.model.protocol == Protocol::RestJson1;
        let required = model.required(shape);
        let payload = model.shape(shape)["payload"].as_str();
        let members = model.members(shape);
        let names = distinct(members.iter().map(|(wire, _)| *wire), field_name);
        let mut out = String::new();
        for ((wire, spec), field) in members.iter().zip(names) {
            let target = spec["shape"].as_str().unwrap_or_default();
            let location = if rest {
                spec["location"].as_str()
            } else {
                None
            };
            let location_name = spec["locationName"].as_str();
            let mut args: Vec<String> = Vec::new();
            if pascal(&field) != *wire {
                args.push(format!("rename = {}", q(wire)));
            }
            let mut loc = Loc::Body;
            match (location, role) {
                (Some("uri"), Role::Input) => {
                    loc = Loc::Uri;
                    match location_name.filter(|n| n != wire) {
                        Some(label) => args.push(format!("label = {}", q(label))),
                        None => args.push("label".to_owned()),
                    }
                }
                (Some("querystring"), Role::Input) => {
                    loc = Loc::Uri;
                    if model.kind(target) == "map" {
                        args.push("query_params".to_owned());
                    } else {
                        args.push(format!("query = {}", q(location_name.unwrap_or(wire))));
                    }
                }
                (Some("header"), _) => {
                    loc = Loc::Header;
                    args.push(format!("header = {}", q(location_name.unwrap_or(wire))));
                    if spec["jsonvalue"] == true || model.shape(target)["jsonvalue"] == true {
                        args.push("media_type = \"application/json\"".to_owned());
                    }
                }
                (Some("headers"), _) => {
                    loc = Loc::Header;
                    args.push(format!(
                        "prefix_headers = {}",
                        q(location_name.unwrap_or(""))
                    ));
                }
                (Some("statusCode"), Role::Output) => args.push("response_code".to_owned()),
                _ if payload == Some(*wire) => args.push("payload".to_owned()),
                _ => {
                    if rest && location.is_none() {
                        if let Some(json) = location_name.filter(|n| n != wire) {
                            args.push(format!("json_name = {}", q(json)));
                        }
                    }
                }
            }
            let token = role == Role::Input && spec["idempotencyToken"] == true;
            if token {
                args.push("idempotency_token".to_owned());
            }
            if role == Role::Input {
                if let Some(param) = spec["contextParam"]["name"].as_str() {
                    args.push(format!("context_param = {}", q(param)));
                }
            }
            if !model.is_enum(target) {
                let c = awsop::model::constraints(model.shape(target));
                let bounds = |(min, max): (Option<String>, Option<String>)| {
                    [
                        min.map(|m| format!("min = {m}")),
                        max.map(|m| format!("max = {m}")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
                };
                let length = (
                    c.length.0.map(|n| n.to_string()),
                    c.length.1.map(|n| n.to_string()),
                );
                if length.0.is_some() || length.1.is_some() {
                    args.push(format!("length({})", bounds(length)));
                }
                let range = (
                    c.range.0.map(|n| n.to_string()),
                    c.range.1.map(|n| n.to_string()),
                );
                if range.0.is_some() || range.1.is_some() {
                    args.push(format!("range({})", bounds(range)));
                }
                if let Some(pattern) = c.pattern {
                    args.push(format!("pattern = {}", q(pattern)));
                }
            }
            let mut ty = self.rust_type(target, loc, uses);
            if (model.is_struct(target) || model.is_union(target))
                && model.reaches_directly(target, owner)
            {
                ty = format!("Box<{ty}>");
            }
            let ty = if token {
                "Option<String>".to_owned()
            } else if required.contains(wire) {
                ty
            } else {
                format!("Option<{ty}>")
            };
            let mut docs = vec![sentence(spec["documentation"].as_str())];
            let mut notes = Vec::new();
            if token {
                notes.push("Autofilled with a UUID when `None`.");
            }
            if model.shape(target)["sensitive"] == true {
                notes.push("Sensitive: redacted in `Debug`.");
            }
            if !notes.is_empty() {
                docs.push(String::new());
                docs.push(notes.join(" "));
            }
            if docs[0].is_empty() {
                docs.remove(0);
                if docs.first().is_some_and(String::is_empty) {
                    docs.remove(0);
                }
            }
            doc_lines(&mut out, "    ", &docs);
            if role == Role::Error && wire.eq_ignore_ascii_case("message") {
                let other = if *wire == "message" {
                    "Message"
                } else {
                    "message"
                };
                let _ = writeln!(out, "    #[serde(alias = {})]", q(other));
            }
            if !args.is_empty() {
                let _ = writeln!(out, "    #[aws({})]", args.join(", "));
            }
            let _ = writeln!(out, "    pub {field}: {ty},");
        }
        out
    }

    fn use_lines(
        &self,
        uses: &Uses,
        macros: &[&'static str],
        shapes_crate: Option<&str>,
    ) -> String {
        let mut out = String::new();
        if uses.btree_map {
            out.push_str("use std::collections::BTreeMap;\n\n");
        }
        let mut items: Vec<&str> = macros.to_vec();
        items.extend(uses.awsop.iter().copied());
        match items.len() {
            0 => {}
            1 => {
                let _ = writeln!(out, "use awsop::{};", items[0]);
            }
            _ => {
                let _ = writeln!(out, "use awsop::{{{}}};", items.join(", "));
            }
        }
        if let Some(shapes) = shapes_crate.filter(|_| uses.shapes || uses.enums || uses.structs) {
            let _ = writeln!(out, "\nuse {shapes}::*;");
        }
        out
    }

    fn service_arg(&self) -> String {
        match &self.service {
            ServiceRef::Const(name) => name.clone(),
            ServiceRef::Shipped(id) => q(id),
        }
    }

    fn structure(&self, name: &str, doc: &str, role: Role, uses: &mut Uses) -> String {
        let mut out = String::new();
        doc_lines(&mut out, "", &[doc.to_owned()]);
        out.push_str("#[aws_shape]\n#[derive(Debug, Clone, Default, PartialEq)]\n");
        let fields = self.fields(name, name, role, uses);
        if fields.is_empty() {
            let _ = writeln!(out, "pub struct {name} {{}}");
        } else {
            let _ = write!(out, "pub struct {name} {{\n{fields}}}\n");
        }
        out
    }

    fn shape_doc(&self, name: &str) -> String {
        let doc = sentence(self.model.shape(name)["documentation"].as_str());
        if doc.is_empty() {
            format!("The `{name}` structure.")
        } else {
            doc
        }
    }

    fn union(&self, name: &str, uses: &mut Uses) -> String {
        let model = self.model;
        let members = model.members(name);
        let variants = distinct(members.iter().map(|(w, _)| *w), super::model::variant);
        let mut out = "awsop::json_union! {\n".to_owned();
        doc_lines(
            &mut out,
            "    ",
            &[format!(
                "{} A union: exactly one member is set.",
                self.shape_doc(name)
            )],
        );
        let _ = writeln!(out, "    pub enum {name} {{");
        for ((wire, spec), variant) in members.iter().zip(variants) {
            let target = spec["shape"].as_str().unwrap_or_default();
            let mut ty = self.rust_type(target, Loc::Body, uses);
            if (model.is_struct(target) || model.is_union(target))
                && model.reaches_directly(target, name)
            {
                ty = format!("Box<{ty}>");
            }
            let doc = sentence(spec["documentation"].as_str());
            if !doc.is_empty() {
                doc_lines(&mut out, "        ", &[doc]);
            }
            let _ = writeln!(out, "        {variant}({ty}) = {},", q(wire));
        }
        out.push_str("    }\n}\n");
        out
    }

    fn enumeration(&self, name: &str) -> String {
        let model = self.model;
        let values: Vec<&str> = model.shape(name)["enum"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let variants = distinct(values.iter().copied(), super::model::variant);
        let doc = sentence(model.shape(name)["documentation"].as_str());
        let mut out = "awsop::string_enum! {\n".to_owned();
        doc_lines(
            &mut out,
            "    ",
            &[if doc.is_empty() {
                format!("`{name}`: the values the model lists; others are kept as sent.")
            } else {
                doc
            }],
        );
        let _ = writeln!(out, "    pub enum {name} {{");
        for (value, variant) in values.iter().zip(variants) {
            let _ = writeln!(out, "        {variant} = {},", q(value));
        }
        out.push_str("    }\n}\n");
        out
    }

    fn error(&self, name: &str, uses: &mut Uses) -> String {
        let model = self.model;
        let mut out = self.structure(name, &self.shape_doc(name), Role::Error, uses);
        let members = model.members(name);
        let names = distinct(members.iter().map(|(w, _)| *w), field_name);
        let message = members
            .iter()
            .zip(&names)
            .find(|((wire, _), _)| wire.eq_ignore_ascii_case("message"))
            .and_then(|((wire, spec), field)| {
                let target = spec["shape"].as_str().unwrap_or_default();
                if model.kind(target) != "string"
                    || model.is_enum(target)
                    || model.shape(target)["sensitive"] == true
                {
                    return None;
                }
                Some(if model.required(name).contains(wire) {
                    format!("Some(self.{field}.as_str()).filter(|m| !m.is_empty())")
                } else {
                    format!("self.{field}.as_deref()")
                })
            });
        let _ = write!(
            out,
            "\nimpl awsop::ModeledError for {name} {{\n    const CODE: &'static str = {};\n    fn message(&self) -> Option<&str> {{\n        {}\n    }}\n}}\n",
            q(name),
            message.unwrap_or_else(|| "None".to_owned())
        );
        out
    }

    fn operation(&self, op: &str, uses: &mut Uses) -> String {
        let model = self.model;
        let spec = &model.operations()[op];
        let mut out = String::new();
        let mut docs = vec![sentence(spec["documentation"].as_str())];
        if docs[0].is_empty() {
            docs[0] = format!("The `{op}` operation.");
        }
        if spec["deprecated"] == true {
            docs.push(String::new());
            docs.push("Deprecated by the service.".to_owned());
        }
        docs.push(String::new());
        docs.push(format!("Errors: [`{op}Error`]."));
        doc_lines(&mut out, "", &docs);
        let mut args = vec![
            format!("service = {}", self.service_arg()),
            format!("name = {}", q(op)),
        ];
        if model.protocol == Protocol::RestJson1 {
            let http = &spec["http"];
            let code = http["responseCode"].as_u64().unwrap_or(200);
            args.push(format!(
                "http(method = {}, uri = {}{})",
                q(http["method"].as_str().unwrap_or("POST")),
                q(http["requestUri"].as_str().unwrap_or("/")),
                if code == 200 {
                    String::new()
                } else {
                    format!(", code = {code}")
                }
            ));
        }
        let output = &self.outputs[op];
        if *output != format!("{op}Response") {
            args.push(format!("output = {}", q(output)));
        }
        if !self.family_owned.contains_key(output.as_str()) && model.io(op, "output").is_some() {
            uses.shapes = true;
        }
        let errors = model.errors(op);
        if !errors.is_empty() {
            uses.shapes = true;
            args.push(format!("errors({})", errors.join(", ")));
        }
        if let Some(prefix) = spec["endpoint"]["hostPrefix"].as_str() {
            args.push(format!("host_prefix = {}", q(prefix)));
        }
        if spec["requestcompression"]["encodings"]
            .as_array()
            .is_some_and(|e| e.iter().any(|e| e == "gzip"))
        {
            args.push("request_compression = \"gzip\"".to_owned());
        }
        if spec["httpChecksumRequired"] == true
            || spec["httpChecksum"]["requestChecksumRequired"] == true
        {
            args.push("checksum_required".to_owned());
        }
        if awsop::model::without_auth(spec) {
            args.push("no_auth".to_owned());
        }
        if let Some(params) = spec["operationContextParams"].as_object() {
            let params: Vec<String> = params
                .iter()
                .map(|(name, param)| {
                    format!("{name} = {}", q(param["path"].as_str().unwrap_or_default()))
                })
                .collect();
            args.push(format!("operation_context_params({})", params.join(", ")));
        }
        if let ServiceRef::Const(_) = self.service {
            uses.shapes = true;
        }
        let _ = writeln!(out, "#[aws_operation(\n    {},\n)]", args.join(",\n    "));
        out.push_str("#[derive(Debug, Clone, Default, PartialEq)]\n");
        match model.io(op, "input") {
            Some(input) => {
                let fields = self.fields(input, input, Role::Input, uses);
                if fields.is_empty() {
                    let _ = writeln!(out, "pub struct {op} {{}}");
                } else {
                    let _ = write!(out, "pub struct {op} {{\n{fields}}}\n");
                }
            }
            None => {
                let _ = writeln!(out, "pub struct {op} {{}}");
            }
        }
        out
    }

    /// Every file of the crate.
    pub(crate) fn write(&self) -> Scaffold {
        let model = self.model;
        let version = env!("CARGO_PKG_VERSION");
        let service_id = model.metadata("serviceId").unwrap_or_default();
        let full = model
            .metadata("serviceFullName")
            .unwrap_or(service_id)
            .to_owned();
        let protocol = match model.protocol {
            Protocol::AwsJson1_0 => "awsJson 1.0",
            Protocol::AwsJson1_1 => "awsJson 1.1",
            Protocol::RestJson1 => "restJson1",
        };
        let shapes_name = format!("{}-shapes", self.name);
        let shapes_lib = format!("{}_shapes", self.lib);
        let mut files: Vec<(String, String)> = Vec::new();
        let families = families(&self.ops);
        let mut documents = false;

        // the shapes crate: the service, enums, structures and unions, errors
        let mut enums = String::new();
        let mut structures = String::new();
        let mut struct_uses = Uses::default();
        let mut errors = String::new();
        let mut error_uses = Uses::default();
        let mut shape_listing: Vec<String> = Vec::new();
        let mut enum_listing: Vec<String> = Vec::new();
        let mut error_listing: Vec<String> = Vec::new();
        for name in &self.reached {
            if model.is_enum(name) {
                enums.push('\n');
                enums.push_str(&self.enumeration(name));
                enum_listing.push(name.clone());
            } else if model.shape(name)["exception"] == true {
                errors.push('\n');
                errors.push_str(&self.error(name, &mut error_uses));
                error_listing.push(name.clone());
            } else if model.is_union(name) {
                structures.push('\n');
                structures.push_str(&self.union(name, &mut struct_uses));
            } else if model.is_struct(name)
                && !self.is_input_only(name)
                && !self.family_owned.contains_key(name)
            {
                structures.push('\n');
                structures.push_str(&self.structure(
                    name,
                    &self.shape_doc(name),
                    Role::Output,
                    &mut struct_uses,
                ));
                shape_listing.push(name.clone());
            }
        }
        documents |= struct_uses.document || error_uses.document;
        let shapes_src = "crates/shapes/src";
        let mut shape_mods = Vec::new();
        if !enums.is_empty() {
            shape_mods.push("enums");
            files.push((
                format!("{shapes_src}/enums.rs"),
                format!("{}//! The model's string enums. A value the model does not list is kept (`Unknown`) when\n//! read and refused by validation when sent.\n{enums}", self.header),
            ));
        }
        if !errors.is_empty() {
            shape_mods.push("errors");
            let uses = self.use_lines(&error_uses, &["aws_shape"], None);
            let glob = if error_uses.enums || error_uses.structs {
                "\nuse crate::*;\n"
            } else {
                ""
            };
            files.push((
                format!("{shapes_src}/errors.rs"),
                format!("{}//! The model's exceptions: shapes an operation's error enum holds, each with its code.\n\n{uses}{glob}{errors}", self.header),
            ));
        }
        if !structures.is_empty() {
            shape_mods.push("structures");
            let macros: &[&str] = if shape_listing.is_empty() {
                &[]
            } else {
                &["aws_shape"]
            };
            let uses = self.use_lines(&struct_uses, macros, None);
            let glob = if struct_uses.enums {
                "\nuse crate::*;\n"
            } else {
                ""
            };
            files.push((
                format!("{shapes_src}/structures.rs"),
                format!("{}//! The model's structures and unions that operations share.\n\n{uses}{glob}{structures}", self.header),
            ));
        }
        let mut shapes_lib_rs = format!(
            "{}//! {full}: the enums, structures and errors its operations share{}.\n//!\n//! Part of `{}`, which re-exports it: depend on that crate, not on this one.\n#![forbid(unsafe_code)]\n\n",
            self.header,
            if matches!(self.service, ServiceRef::Const(_)) { ", and the service" } else { "" },
            self.name
        );
        for m in &shape_mods {
            let _ = writeln!(shapes_lib_rs, "mod {m};");
        }
        if !shape_mods.is_empty() {
            shapes_lib_rs.push('\n');
        }
        for m in &shape_mods {
            let _ = writeln!(shapes_lib_rs, "pub use {m}::*;");
        }
        if let ServiceRef::Const(name) = &self.service {
            shapes_lib_rs.push('\n');
            shapes_lib_rs.push_str(&service_decl(model, name, protocol));
        }
        files.push((format!("{shapes_src}/lib.rs"), shapes_lib_rs));
        files.push((
            "crates/shapes/Cargo.toml".to_owned(),
            manifest(
                &shapes_name,
                &format!(
                    "{full}: the shapes its operations share (part of `{}`)",
                    self.name
                ),
                version,
                &[],
                documents,
            ),
        ));

        // one crate per family
        let mut family_crates = Vec::new();
        for (family, ops) in &families {
            let crate_name = format!("{}-{family}", self.name);
            let lib = crate_name.replace('-', "_");
            let mut uses = Uses::default();
            let mut body = String::new();
            let mut has_shape = false;
            let mut paged = Vec::new();
            for op in ops {
                body.push('\n');
                body.push_str(&self.operation(op, &mut uses));
                let output = &self.outputs[op];
                let owned = self.family_owned.get(output.as_str()) == Some(family);
                if model.io(op, "output").is_none() || owned {
                    has_shape = true;
                    body.push('\n');
                    let doc = if owned {
                        let doc = sentence(model.shape(output)["documentation"].as_str());
                        if doc.is_empty() {
                            format!("The output of [`{op}`].")
                        } else {
                            doc
                        }
                    } else {
                        format!("The output of [`{op}`]: the model gives it no members.")
                    };
                    body.push_str(&self.structure(output, &doc, Role::Output, &mut uses));
                }
                if let Some(page) = self.pages.get(op) {
                    paged.push(page.code.clone());
                }
            }
            let macros: &[&str] = if has_shape {
                &["aws_operation", "aws_shape"]
            } else {
                &["aws_operation"]
            };
            let use_text = self.use_lines(&uses, macros, Some(&shapes_lib));
            let about = format!("{full}: {}.", family_doc(family, ops));
            let src = format!("crates/{family}/src");
            files.push((
                format!("{src}/operations.rs"),
                format!("{}//! {about}\n\n{use_text}{body}", self.header),
            ));
            let mut lib_rs = format!(
                "{}//! {about}\n//!\n//! Part of `{}`, which re-exports it: depend on that crate, not on this one.\n#![forbid(unsafe_code)]\n\nmod operations;\n",
                self.header, self.name
            );
            if !paged.is_empty() {
                let mut text = format!("{}//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.\n", self.header);
                let mut page_uses = Uses::default();
                for op in ops.iter().filter(|op| self.pages.contains_key(*op)) {
                    if !self.family_owned.contains_key(self.outputs[op].as_str()) {
                        page_uses.shapes = true;
                    }
                    let _ = self.rust_type(&self.pages[op].element, Loc::Body, &mut page_uses);
                }
                let _ = write!(
                    text,
                    "\n{}",
                    self.use_lines(&page_uses, &[], Some(&shapes_lib))
                );
                text.push_str("\nuse crate::operations::*;\n");
                for code in &paged {
                    text.push('\n');
                    text.push_str(code);
                }
                files.push((format!("{src}/paginators.rs"), text));
                lib_rs.push_str("mod paginators;\n");
            }
            lib_rs.push_str("\npub use operations::*;\n");
            files.push((format!("{src}/lib.rs"), lib_rs));
            files.push((
                format!("crates/{family}/Cargo.toml"),
                manifest(
                    &crate_name,
                    &format!(
                        "{full}: {} (part of `{}`)",
                        family_doc(family, ops),
                        self.name
                    ),
                    version,
                    &[(shapes_name.clone(), "../shapes".to_owned())],
                    uses.document,
                ),
            ));
            family_crates.push((crate_name, lib, family.clone()));
        }
        // the facade
        let mut lib_rs = format!(
            "{}//! {full} (`{}`, {protocol}, API version {}): {} operations declared with awsop's\n//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from\n//! the model in `model/`.\n//!\n//! The operations are declared in one crate per family ({}) over one crate of shared\n//! shapes (`{shapes_name}`); this crate re-exports them all, so it is the one to depend on.\n//! The split keeps a rebuild after touching one operation to its family.\n",
            self.header,
            model.metadata("endpointPrefix").unwrap_or_default(),
            model.metadata("apiVersion").unwrap_or("unversioned"),
            self.ops.len(),
            family_crates
                .iter()
                .map(|(name, _, _)| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", "),
        );
        if !self.skipped_pages.is_empty() {
            lib_rs.push_str("//!\n//! Paginators not written (page these by hand):\n");
            for (op, why) in &self.skipped_pages {
                let _ = writeln!(lib_rs, "//! - {op}: {why}.");
            }
        }
        lib_rs.push_str("#![forbid(unsafe_code)]\n\nmod listing;\n\npub use awsop::{Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate, Sensitive};\n");
        let mut crates: Vec<String> = family_crates
            .iter()
            .map(|(_, lib, _)| lib.clone())
            .collect();
        crates.push(shapes_lib.clone());
        crates.sort();
        for lib in &crates {
            let _ = writeln!(lib_rs, "pub use {lib}::*;");
        }
        lib_rs.push_str("pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};\n");
        files.push(("src/lib.rs".to_owned(), lib_rs));
        files.push((
            "src/listing.rs".to_owned(),
            self.listing(&shape_listing, &error_listing, &enum_listing),
        ));
        let mut deps: Vec<(String, String)> =
            vec![(shapes_name.clone(), "crates/shapes".to_owned())];
        for (name, _, family) in &family_crates {
            deps.push((name.clone(), format!("crates/{family}")));
        }
        deps.sort();
        files.push((
            "Cargo.toml".to_owned(),
            manifest(
                &self.name,
                &format!(
                    "{full}, declared with awsop (written by `awsop scaffold` from its model)"
                ),
                version,
                &deps,
                false,
            ),
        ));
        files.push((
            "tests/model.rs".to_owned(),
            format!(
                "{}//! The declarations against the model they were written from (`model/service-2.json`):\n//! operations, targets and HTTP bindings, members, wire names, required members, tokens,\n//! sensitive members, constraints, errors, outputs, structures and enums. A hand edit that\n//! drifts from the model fails here.\n\n#[test]\nfn the_declarations_match_the_model() {{\n    let problems = awsop::model::check(include_str!(\"../model/service-2.json\"), &{}::DECLARED);\n    assert!(problems.is_empty(), \"{{}}\", problems.join(\"\\n\"));\n}}\n",
                self.header, self.lib
            ),
        ));
        for (file, text) in &model.files {
            if file == "endpoint-rule-set-1.json" {
                // in the crate that includes it, so each crate packages on its own; awsop
                // ships the rule sets of the services it ships
                if let ServiceRef::Const(_) = self.service {
                    files.push((format!("crates/shapes/{file}"), text.clone()));
                }
                continue;
            }
            files.push((format!("model/{file}"), text.clone()));
        }
        let mut readme = format!(
            "# The model\n\nThe botocore model of {full} (`{}`, API version {}), as `awsop scaffold` read it:\nthe declarations in this crate were written from these files (and the endpoint rule set,\nwhich the shapes crate holds), and `tests/model.rs` holds them to `service-2.json`. To write them again from a newer model, run from this\ncrate's folder, with MODEL the botocore model folder:\n\n    awsop scaffold MODEL --name {}{} --out . --force\n",
            model.metadata("endpointPrefix").unwrap_or_default(),
            model.metadata("apiVersion").unwrap_or("unversioned"),
            self.name,
            self.selection
        );
        // what `--force` may remove when a later scaffold no longer writes it
        readme.push_str(&format!("\n{FILES_HEADING}\n\nThe files `awsop scaffold` wrote here; `--force` removes those a later scaffold does not\nwrite again.\n\n"));
        let mut paths: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
        paths.push(README);
        paths.sort_unstable();
        for path in paths {
            readme.push_str(&format!("- `{path}`\n"));
        }
        files.push((README.to_owned(), readme));
        Scaffold {
            files,
            operations: self.ops.len(),
            families: families.len(),
        }
    }

    fn listing(&self, shapes: &[String], errors: &[String], enums: &[String]) -> String {
        let mut out = format!(
            "{}//! Every operation and structure, for callers that go by name (the CLI, the model check).\n\nuse crate::*;\n\n/// Every operation of the service, in the model's order.\npub const OPERATIONS: &[awsop::OperationEntry] = &[\n",
            self.header
        );
        for op in &self.ops {
            match self.pages.get(op) {
                None => {
                    let _ = writeln!(out, "    awsop::OperationEntry::of::<{op}>(),");
                }
                Some(page) => {
                    let _ = writeln!(
                        out,
                        "    awsop::OperationEntry::of::<{op}>().with_pages(awsop::PageKeys {{\n        input_token: {},\n        output_token: {},\n        limit_key: {},\n        result_key: {},\n    }}),",
                        q(&page.input_token),
                        q(&page.output_token),
                        page.limit_key.as_deref().map_or("None".to_owned(), |l| format!("Some({})", q(l))),
                        q(&page.result_key)
                    );
                }
            }
        }
        out.push_str("];\n\n/// Every output and nested structure with its members, by model name.\npub const SHAPES: &[(&str, &[awsop::Member])] = &[\n");
        let mut listed: Vec<&String> = shapes.iter().collect();
        let mut owned: Vec<&String> = self.family_owned.keys().collect();
        listed.append(&mut owned);
        listed.sort();
        for name in listed {
            let _ = writeln!(out, "    ({}, <{name} as awsop::Shape>::MEMBERS),", q(name));
        }
        out.push_str("];\n\n/// Every modeled exception with its members, by model name.\npub const ERRORS: &[(&str, &[awsop::Member])] = &[\n");
        for name in errors {
            let _ = writeln!(out, "    ({}, <{name} as awsop::Shape>::MEMBERS),", q(name));
        }
        out.push_str("];\n\n/// Every enum with its values, by model name.\npub const ENUMS: &[(&str, &[&str])] = &[\n");
        for name in enums {
            let _ = writeln!(out, "    ({}, {name}::VALUES),", q(name));
        }
        out.push_str("];\n\n/// All of the above, for `awsop::model::check`.\npub const DECLARED: awsop::model::Declared = awsop::model::Declared {\n    operations: OPERATIONS,\n    shapes: SHAPES,\n    errors: ERRORS,\n    enums: ENUMS,\n};\n");
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Input,
    Output,
    Error,
}

/// `CloudWatch Logs` → `CLOUDWATCH_LOGS`.
fn service_const(model: &Model) -> String {
    let id = model
        .metadata("serviceId")
        .or(model.metadata("endpointPrefix"))
        .unwrap_or("SERVICE");
    let mut name: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'S');
    }
    name
}

fn service_decl(model: &Model, name: &str, protocol: &str) -> String {
    let prefix = model.metadata("endpointPrefix").unwrap_or_default();
    let mut out = format!(
        "/// {} ({protocol}){}.\npub const {name}: awsop::Service = awsop::Service::",
        model.metadata("serviceFullName").unwrap_or(prefix),
        if model.has_rules {
            ", its endpoints from its rule set"
        } else {
            ""
        },
    );
    let _ = match model.protocol {
        Protocol::AwsJson1_0 => write!(
            out,
            "aws_json_1_0({}, {})",
            q(prefix),
            q(model.metadata("targetPrefix").unwrap_or_default())
        ),
        Protocol::AwsJson1_1 => write!(
            out,
            "aws_json_1_1({}, {})",
            q(prefix),
            q(model.metadata("targetPrefix").unwrap_or_default())
        ),
        Protocol::RestJson1 => write!(out, "rest_json_1({})", q(prefix)),
    };
    if let Some(signing) = model.metadata("signingName").filter(|s| *s != prefix) {
        let _ = write!(out, "\n    .signing_name({})", q(signing));
    }
    if let Some(id) = model.metadata("serviceId").filter(|s| *s != prefix) {
        let _ = write!(out, "\n    .service_id({})", q(id));
    }
    if model.service["metadata"]["awsQueryCompatible"].is_object() {
        out.push_str("\n    .query_compatible()");
    }
    if model.has_rules {
        out.push_str("\n    .endpoint_rules(include_str!(\"../endpoint-rule-set-1.json\"))");
    }
    out.push_str(";\n");
    out
}

fn family_doc(family: &str, ops: &[String]) -> String {
    let mut names: Vec<&str> = ops.iter().map(String::as_str).collect();
    let shown = names.len().min(4);
    let more = names.len() - shown;
    names.truncate(shown);
    let list = names.join(", ");
    let family = family.replace('-', " ");
    if more == 0 {
        format!("the {family} operations ({list})")
    } else {
        format!("the {family} operations ({list} and {more} more)")
    }
}

fn manifest(
    name: &str,
    description: &str,
    version: &str,
    deps: &[(String, String)],
    document: bool,
) -> String {
    let mut out = format!(
        "# Written by `awsop scaffold`.\n[package]\nname = {}\ndescription = {}\nversion = \"{version}\"\nedition = \"2021\"\n\n# declarations only: the facade's tests/model.rs tests them\n[lib]\ntest = false\ndoctest = false\n\n[dependencies]\nawsop = \"{version}\"\n",
        q(name),
        q(description)
    );
    for (dep, path) in deps {
        let _ = writeln!(
            out,
            "{dep} = {{ path = {}, version = \"{version}\" }}",
            q(path)
        );
    }
    if document {
        out.push_str("# the model's documents\nserde_json = \"1\"\n");
    }
    out
}
