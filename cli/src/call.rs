//! One operation from the command line: its flags (one per top-level member, from the
//! declared members), the input they build, pagination, and the output.

use awsop::{ErrorKind, MemberKind, OperationEntry};
use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{Map, Value};

use crate::{out, table, CONFIGURATION, OK, OTHER, SERVICE, USAGE};

/// `AllianceLeadContact` → `alliance-lead-contact`: the member's flag, as the aws CLI names it.
fn flag(member: &str) -> String {
    awsop::kebab_case(member)
}

/// The subcommand of one operation.
pub(crate) fn command(op: &OperationEntry) -> Command {
    let about = if op.doc.is_empty() {
        format!("Call {}", op.name())
    } else {
        op.doc.to_owned()
    };
    let mut command = Command::new(op.cli_name())
        .about(about)
        .after_help("Input and output are JSON with the model's member names; flags override --cli-input-json.")
        .arg(Arg::new("cli-input-json").long("cli-input-json").value_name("JSON").help("The input as JSON, or file://path"))
        .arg(
            Arg::new("generate-cli-skeleton")
                .long("generate-cli-skeleton")
                .action(ArgAction::SetTrue)
                .help("Print a JSON template of the input and exit"),
        );
    for member in op.input.members {
        let mut help = member.doc.to_owned();
        if member.required {
            help.push_str(" (required)");
        }
        command = command.arg(
            Arg::new(member.name)
                .long(flag(member.name))
                .value_name("VALUE")
                .help(help),
        );
    }
    if op.pages.is_some() {
        command = command
            .arg(
                Arg::new("max-items")
                    .long("max-items")
                    .value_name("N")
                    .value_parser(clap::value_parser!(usize))
                    .help("Stop after this many results in all"),
            )
            .arg(
                Arg::new("no-paginate")
                    .long("no-paginate")
                    .action(ArgAction::SetTrue)
                    .help("Fetch one page only"),
            );
    }
    command
}

/// A flag's text as the member's JSON value.
fn value(kind: MemberKind, name: &str, text: &str) -> Result<Value, String> {
    let number_or_json = |what: &str| {
        serde_json::from_str::<Value>(text)
            .map_err(|_| format!("--{} takes {what}, not `{text}`", flag(name)))
    };
    match kind {
        MemberKind::Text => Ok(Value::String(text.to_owned())),
        MemberKind::Number => number_or_json("a number").and_then(|v| {
            if v.is_number() {
                Ok(v)
            } else {
                Err(format!("--{} takes a number, not `{text}`", flag(name)))
            }
        }),
        MemberKind::Bool => match text {
            "true" | "false" => Ok(Value::Bool(text == "true")),
            _ => Err(format!(
                "--{} takes true or false, not `{text}`",
                flag(name)
            )),
        },
        MemberKind::Other if text.starts_with(['{', '[']) => number_or_json("JSON"),
        MemberKind::Other => Ok(Value::String(text.to_owned())),
    }
}

/// The input: `--cli-input-json` (or `file://path`), then each member's flag.
fn input(op: &OperationEntry, args: &ArgMatches) -> Result<Value, String> {
    let mut input = match args.get_one::<String>("cli-input-json") {
        None => Map::new(),
        Some(text) => {
            let text = match text.strip_prefix("file://") {
                Some(path) => std::fs::read_to_string(path)
                    .map_err(|err| format!("cannot read {path}: {err}"))?,
                None => text.clone(),
            };
            match serde_json::from_str(&text) {
                Ok(Value::Object(members)) => members,
                Ok(_) => return Err("--cli-input-json must be a JSON object".into()),
                Err(err) => return Err(format!("--cli-input-json is not valid JSON: {err}")),
            }
        }
    };
    for member in op.input.members {
        if let Some(text) = args.get_one::<String>(member.name) {
            input.insert(
                member.name.to_owned(),
                value(member.kind, member.name, text)?,
            );
        }
    }
    // as the aws CLI says it: the flags to give (the idempotency token is filled for you)
    let missing: Vec<String> = op
        .input
        .members
        .iter()
        .filter(|m| m.required && !m.idempotency_token)
        .filter(|m| input.get(m.name).is_none_or(Value::is_null))
        .map(|m| format!("--{}", flag(m.name)))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the following arguments are required: {} (or give them in --cli-input-json)",
            missing.join(", ")
        ));
    }
    Ok(Value::Object(input))
}

/// `--generate-cli-skeleton`: every top-level member with an empty value of its kind.
fn skeleton(op: &OperationEntry) -> Value {
    let members = op
        .input
        .members
        .iter()
        .map(|m| {
            let empty = match m.kind {
                MemberKind::Number => Value::from(0),
                MemberKind::Bool => Value::Bool(false),
                MemberKind::Text | MemberKind::Other => Value::String(String::new()),
            };
            (m.name.to_owned(), empty)
        })
        .collect();
    Value::Object(members)
}

/// A global option, given before or after the subcommand.
fn option<'a>(global: &'a ArgMatches, args: &'a ArgMatches, name: &str) -> Option<&'a String> {
    args.get_one::<String>(name)
        .or_else(|| global.get_one::<String>(name))
}

fn config(global: &ArgMatches, args: &ArgMatches) -> Result<awsop::Config, awsop::Error> {
    let region = option(global, args, "region");
    let profile = option(global, args, "profile");
    let vars = std::env::vars().chain(region.map(|r| ("AWS_REGION".to_owned(), r.clone())));
    // --profile names the profile explicitly: it wins over keys in the environment
    let config = match profile {
        Some(profile) => awsop::Config::from_vars_with_profile(vars, profile)?,
        None => awsop::Config::from_vars(vars)?,
    };
    Ok(match option(global, args, "endpoint-url") {
        Some(url) => config.to_builder().endpoint_url(url.clone()).build(),
        None => config,
    })
}

/// Calls the operation, following pages unless told not to.
async fn fetch(
    op: &OperationEntry,
    client: &awsop::Client,
    mut input: Value,
    args: &ArgMatches,
) -> Result<Value, awsop::Error<awsop::DynServiceError>> {
    let Some(pages) = op.pages.filter(|_| !args.get_flag("no-paginate")) else {
        return op.call(client, input).await;
    };
    let max_items = args.get_one::<usize>("max-items").copied();
    let mut items = Vec::new();
    let mut seen = std::collections::HashSet::new();
    loop {
        let mut page = op.call(client, input.clone()).await?;
        if let Some(Value::Array(found)) = page.get_mut(pages.result_key).map(Value::take) {
            items.extend(found);
        }
        let token = page
            .get(pages.output_token)
            .and_then(Value::as_str)
            .map(str::to_owned);
        let full = max_items.is_some_and(|max| items.len() >= max);
        match token {
            Some(token) if !full && seen.insert(token.clone()) => input[pages.input_token] = Value::String(token),
            Some(token) if !full => {
                return Err(awsop::Error::from_parts(
                    ErrorKind::Response,
                    format!("the service sent the token `{token}` a second time; stopping instead of looping"),
                ))
            }
            _ => {
                if let Some(max) = max_items {
                    items.truncate(max);
                }
                if let Value::Object(members) = &mut page {
                    members.insert(pages.result_key.to_owned(), Value::Array(items));
                    if !full {
                        members.remove(pages.output_token);
                    }
                }
                return Ok(page);
            }
        }
    }
}

pub(crate) async fn run(op: &OperationEntry, global: &ArgMatches, args: &ArgMatches) -> u8 {
    if args.get_flag("generate-cli-skeleton") {
        out(&serde_json::to_string_pretty(&skeleton(op)).unwrap_or_default());
        return OK;
    }
    let input = match input(op, args) {
        Ok(input) => input,
        Err(message) => {
            eprintln!("awsop: {message}");
            return USAGE;
        }
    };
    let config = match config(global, args) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("awsop: {err}");
            return CONFIGURATION;
        }
    };
    // as the aws CLI: --output, else AWS_DEFAULT_OUTPUT, else the profile's `output`
    let format = option(global, args, "output")
        .map(|f| ("--output", f.clone()))
        .or_else(|| {
            std::env::var("AWS_DEFAULT_OUTPUT")
                .ok()
                .filter(|f| !f.is_empty())
                .map(|f| ("AWS_DEFAULT_OUTPUT", f))
        })
        .or_else(|| {
            config
                .profile_setting("output")
                .map(|f| ("the profile's output", f.to_owned()))
        });
    let table = match format {
        None => false,
        Some((_, f)) if f == "json" || f == "table" => f == "table",
        Some((from, f)) => {
            eprintln!("awsop: {from} is `{f}`; expected json or table");
            return USAGE;
        }
    };
    let client = awsop::Client::new(config);
    match fetch(op, &client, input, args).await {
        Ok(output) => {
            if table {
                out(&table::render(op.name(), &output));
            } else {
                out(&serde_json::to_string_pretty(&output).unwrap_or_default());
            }
            OK
        }
        Err(err) => match err.kind() {
            ErrorKind::Service => {
                eprintln!(
                    "An error occurred ({}) when calling the {} operation: {}",
                    err.code().unwrap_or("Unknown"),
                    op.name(),
                    err.message().unwrap_or("")
                );
                SERVICE
            }
            ErrorKind::InvalidInput => {
                eprintln!("awsop: {err}");
                USAGE
            }
            ErrorKind::Configuration | ErrorKind::Credentials => {
                eprintln!("awsop: {err}");
                CONFIGURATION
            }
            _ => {
                eprintln!("awsop: {err}");
                OTHER
            }
        },
    }
}
