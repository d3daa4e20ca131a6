//! One operation from the command line: its flags (one per top-level member, from the
//! declared members), the input they build, pagination, and the output.

use awsop::{ErrorKind, Member, OperationEntry, Schema};
use base64::Engine as _;
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
                .value_name("input|output")
                .num_args(0..=1)
                .default_missing_value("input")
                .value_parser(["input", "output"])
                .help("Print a JSON template of the input (or of the output) and exit"),
        );
    for member in op.input.members {
        command = command.arg(
            Arg::new(member.name)
                .long(flag(member.name))
                .value_name(value_name((member.schema)()))
                .help(member_help(member)),
        );
    }
    if let Some(pages) = op.pages {
        command = command
            .arg(
                Arg::new("max-items")
                    .long("max-items")
                    .value_name("N")
                    .value_parser(clap::value_parser!(usize))
                    .help("Stop after this many results in all; a NextToken in the output resumes with --starting-token"),
            )
            .arg(
                Arg::new("starting-token")
                    .long("starting-token")
                    .value_name("TOKEN")
                    .help("Resume where the NextToken of an earlier --max-items output stopped"),
            );
        if pages.limit_key.is_some() {
            command = command.arg(
                Arg::new("page-size")
                    .long("page-size")
                    .value_name("N")
                    .value_parser(clap::value_parser!(u32).range(1..))
                    .help(
                        "Ask the service for this many results per call (the output is the same)",
                    ),
            );
        }
        command = command.arg(
            Arg::new("no-paginate")
                .long("no-paginate")
                .action(ArgAction::SetTrue)
                .help("Fetch one page only"),
        );
    }
    command
}

/// What a flag takes, as its help shows it.
fn value_name(schema: Schema) -> &'static str {
    match schema {
        Schema::String | Schema::Enum(_) => "STRING",
        Schema::Number(_) => "NUMBER",
        Schema::Bool => "true|false",
        Schema::Blob => "BASE64",
        Schema::Timestamp(_) => "TIMESTAMP",
        Schema::Document
        | Schema::List(_)
        | Schema::Map(..)
        | Schema::Structure(_)
        | Schema::Union(_) => "JSON",
    }
}

/// A member's help: the model's words, then what the aws CLI's help says about the value.
fn member_help(member: &Member) -> String {
    let mut help = member.doc.to_owned();
    let mut add = |text: &str| {
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(text);
    };
    if member.required {
        add("(required)");
    }
    if member.idempotency_token {
        add("(a new UUID when not given)");
    }
    let schema = (member.schema)();
    let element = match schema {
        Schema::List(element) => Some(element()),
        _ => None,
    };
    match (schema, element) {
        (Schema::Enum(values), _) | (_, Some(Schema::Enum(values))) => {
            add(&format!("Possible values: {}.", values.join(", ")));
        }
        (Schema::Union(members), _) => add(&format!(
            "Set exactly one of: {}.",
            members
                .iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
                .join(", ")
        )),
        (Schema::Timestamp(_), _) => add("An ISO 8601 date-time or seconds since the epoch."),
        _ => {}
    }
    help
}

/// A flag's text as the member's JSON value. A message shows the text only for a plain
/// scalar the model does not mark sensitive; JSON may hold sensitive members anywhere.
fn value(member: &Member, schema: Schema, text: &str) -> Result<Value, String> {
    let flag = flag(member.name);
    let wrong = |what: &str| {
        if member.sensitive {
            format!("--{flag} takes {what}; the value given is not one")
        } else {
            format!("--{flag} takes {what}, not `{text}`")
        }
    };
    let json = |what: &str| {
        serde_json::from_str::<Value>(text).map_err(|err| {
            format!(
                "--{flag} takes {what} (`{}`), and the value given is not JSON ({} at line {} column {})",
                member.name,
                match err.classify() {
                    serde_json::error::Category::Eof => "it ends early",
                    _ => "unexpected text",
                },
                err.line(),
                err.column()
            )
        })
    };
    match schema {
        Schema::String | Schema::Enum(_) | Schema::Blob => Ok(Value::String(text.to_owned())),
        Schema::Number(_) => match serde_json::from_str::<serde_json::Number>(text) {
            Ok(number) => Ok(Value::Number(number)),
            Err(_) => Err(wrong("a number")),
        },
        Schema::Bool => match text {
            "true" | "false" => Ok(Value::Bool(text == "true")),
            _ => Err(wrong("true or false")),
        },
        // seconds since the epoch, or a date-time the member reads itself
        Schema::Timestamp(_) => Ok(serde_json::from_str::<serde_json::Number>(text)
            .map_or_else(|_| Value::String(text.to_owned()), Value::Number)),
        Schema::Document => {
            Ok(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned())))
        }
        Schema::List(_) if text.starts_with(['{', '[']) => json("a JSON list"),
        // a list of one plain value may be given as the value itself
        Schema::List(element) => match element() {
            element @ (Schema::String
            | Schema::Enum(_)
            | Schema::Blob
            | Schema::Number(_)
            | Schema::Bool
            | Schema::Timestamp(_)) => value(member, element, text).map(|v| Value::Array(vec![v])),
            _ => json("a JSON list"),
        },
        Schema::Map(..) | Schema::Structure(_) | Schema::Union(_) => json("a JSON object"),
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
                value(member, (member.schema)(), text)?,
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

/// `--generate-cli-skeleton`: every member, nested structures, lists and maps included, with
/// a value of its type, as the aws CLI writes it: empty strings (the output's skeleton writes
/// the member's name), an enum's first value, `0`, `true`, a structure met again inside itself
/// as `{}`; the idempotency token is left out of the input's. A union shows its first member only, so a filled-in skeleton is one the service
/// takes (the flag's help names the others).
fn skeleton(members: &'static [Member], names: bool) -> Value {
    fn structure(members: &'static [Member], names: bool, seen: &mut Vec<usize>) -> Value {
        let id = members.as_ptr() as usize;
        if seen.contains(&id) {
            return Value::Object(Map::new());
        }
        seen.push(id);
        let object = members
            .iter()
            .map(|m| {
                (
                    m.name.to_owned(),
                    example((m.schema)(), m.name, names, seen),
                )
            })
            .collect();
        seen.pop();
        Value::Object(object)
    }
    fn example(schema: Schema, name: &str, names: bool, seen: &mut Vec<usize>) -> Value {
        match schema {
            Schema::String | Schema::Blob if names => Value::String(name.to_owned()),
            Schema::String | Schema::Blob => Value::String(String::new()),
            Schema::Enum(values) => Value::String(values.first().copied().unwrap_or("").to_owned()),
            Schema::Number(_) => Value::from(0),
            Schema::Bool => Value::Bool(true),
            Schema::Timestamp(_) => Value::String("1970-01-01T00:00:00Z".to_owned()),
            Schema::Document => Value::Object(Map::new()),
            Schema::List(element) => Value::Array(vec![example(element(), name, names, seen)]),
            Schema::Map(_, value) => Value::Object(Map::from_iter([(
                "KeyName".to_owned(),
                example(value(), name, names, seen),
            )])),
            Schema::Structure(members) => structure(members, names, seen),
            Schema::Union(members) => structure(&members[..members.len().min(1)], names, seen),
        }
    }
    structure(members, names, &mut Vec::new())
}

/// A global option, given before or after the subcommand.
fn option<'a, T: std::any::Any + Clone + Send + Sync + 'static>(
    global: &'a ArgMatches,
    args: &'a ArgMatches,
    name: &str,
) -> Option<&'a T> {
    args.get_one::<T>(name)
        .or_else(|| global.get_one::<T>(name))
}

fn config(global: &ArgMatches, args: &ArgMatches) -> Result<awsop::Config, awsop::Error> {
    let region = option::<String>(global, args, "region");
    let profile = option::<String>(global, args, "profile");
    let vars = std::env::vars().chain(region.map(|r| ("AWS_REGION".to_owned(), r.clone())));
    // --profile names the profile explicitly: it wins over keys in the environment
    let config = match profile {
        Some(profile) => awsop::Config::from_vars_with_profile(vars, profile)?,
        None => awsop::Config::from_vars(vars)?,
    };
    let mut builder = config.to_builder();
    if let Some(url) = option::<String>(global, args, "endpoint-url") {
        builder = builder.endpoint_url(url.clone());
    }
    let seconds = |name: &str| option::<u64>(global, args, name).copied();
    // as in the aws CLI, 0 means no limit
    match seconds("cli-connect-timeout") {
        Some(0) => builder = builder.connect_timeout(std::time::Duration::from_secs(365 * 86_400)),
        Some(n) => builder = builder.connect_timeout(std::time::Duration::from_secs(n)),
        None => {}
    }
    if let Some(n) = seconds("cli-read-timeout").filter(|n| *n > 0) {
        builder = builder.attempt_timeout(std::time::Duration::from_secs(n));
    }
    Ok(builder.build())
}

/// `--output`.
#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Table,
    Text,
}

/// Where a listing cut short by `--max-items` resumes, as the aws CLI encodes it: the
/// service's token of the page it stopped in (none for the first page) and how many of that
/// page's results were already shown, as base64 of
/// `{"NextToken": "..", "boto_truncate_amount": n}`.
#[derive(Debug, Default, PartialEq, Eq)]
struct Resume {
    service_token: Option<String>,
    skip: usize,
}

impl Resume {
    fn encode(&self) -> String {
        let mut token = Map::new();
        if let Some(service_token) = &self.service_token {
            token.insert("NextToken".into(), Value::String(service_token.clone()));
        }
        if self.skip > 0 {
            token.insert("boto_truncate_amount".into(), Value::from(self.skip));
        }
        base64::engine::general_purpose::STANDARD.encode(Value::Object(token).to_string())
    }

    fn decode(token: &str) -> Result<Self, String> {
        let wrong = || "--starting-token is not a NextToken that this command printed".to_owned();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(token.trim())
            .map_err(|_| wrong())?;
        let value: Value = serde_json::from_slice(&bytes).map_err(|_| wrong())?;
        let skip = match value.get("boto_truncate_amount") {
            None => 0,
            Some(n) => n
                .as_u64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(wrong)?,
        };
        let service_token = match value.get("NextToken") {
            None => None,
            Some(t) => Some(t.as_str().ok_or_else(wrong)?.to_owned()),
        };
        Ok(Self {
            service_token,
            skip,
        })
    }
}

/// A paged listing's failure: bad paging flags are the user's, the calls' are the service's.
enum FetchError {
    Usage(String),
    Call(awsop::Error<awsop::DynServiceError>),
}

impl From<awsop::Error<awsop::DynServiceError>> for FetchError {
    fn from(err: awsop::Error<awsop::DynServiceError>) -> Self {
        Self::Call(err)
    }
}

/// Calls the operation, following pages unless told not to, as the aws CLI does: at most
/// `--max-items` results, then a `NextToken` that resumes exactly after the last one shown
/// (inside a page, too), `--starting-token` to resume, `--page-size` per call.
async fn fetch(
    op: &OperationEntry,
    client: &awsop::Client,
    mut input: Value,
    args: &ArgMatches,
) -> Result<Value, FetchError> {
    let Some(pages) = op.pages.filter(|_| !args.get_flag("no-paginate")) else {
        return Ok(op.call(client, input).await?);
    };
    let max_items = args.get_one::<usize>("max-items").copied();
    let start = match args.get_one::<String>("starting-token") {
        Some(token) => Resume::decode(token).map_err(FetchError::Usage)?,
        None => Resume::default(),
    };
    // --page-size exists only where the operation has a page-size member
    let page_size = args.try_get_one::<u32>("page-size").ok().flatten();
    if let (Some(size), Some(limit)) = (page_size, pages.limit_key) {
        input[limit] = Value::from(*size);
    }
    if let Some(token) = &start.service_token {
        input[pages.input_token] = Value::String(token.clone());
    }
    // the service's token of the page being read (none for the first)
    let mut page_token = start.service_token;
    let mut skip = start.skip;
    let mut items = Vec::new();
    let mut seen = std::collections::HashSet::new();
    loop {
        let mut page = op.call(client, input.clone()).await?;
        let found = match page.get_mut(pages.result_key).map(Value::take) {
            Some(Value::Array(found)) => found,
            _ => Vec::new(),
        };
        let skipped = std::mem::take(&mut skip);
        let found: Vec<Value> = found.into_iter().skip(skipped).collect();
        let next = page
            .get(pages.output_token)
            .and_then(Value::as_str)
            .map(str::to_owned);
        let room = max_items.map_or(usize::MAX, |max| max.saturating_sub(items.len()));
        let resume = if found.len() > room {
            // stops inside this page: resume here, after the results shown
            items.extend(found.into_iter().take(room));
            Some(Some(Resume {
                service_token: page_token.clone(),
                skip: skipped + room,
            }))
        } else {
            items.extend(found);
            // stops at the page's end: resume with the next page, if there is one
            (Some(items.len()) == max_items).then(|| {
                next.clone().map(|t| Resume {
                    service_token: Some(t),
                    skip: 0,
                })
            })
        };
        let resume = match (resume, next) {
            (Some(resume), _) => resume,
            (None, Some(token)) if seen.insert(token.clone()) => {
                input[pages.input_token] = Value::String(token.clone());
                page_token = Some(token);
                continue;
            }
            (None, Some(token)) => {
                return Err(FetchError::Call(awsop::Error::from_parts(
                    ErrorKind::Response,
                    format!("the service sent the token `{token}` a second time; stopping instead of looping"),
                )))
            }
            (None, None) => None,
        };
        if let Value::Object(members) = &mut page {
            members.insert(pages.result_key.to_owned(), Value::Array(items));
            members.remove(pages.output_token);
            if let Some(resume) = resume {
                members.insert("NextToken".to_owned(), Value::String(resume.encode()));
            }
        }
        return Ok(page);
    }
}

pub(crate) async fn run(op: &OperationEntry, global: &ArgMatches, args: &ArgMatches) -> u8 {
    if let Some(which) = args.get_one::<String>("generate-cli-skeleton") {
        let template = match which.as_str() {
            "output" => skeleton(op.output.members, true),
            _ => {
                let mut input = skeleton(op.input.members, false);
                // filled for you; an empty one left in would be refused
                for token in op.input.members.iter().filter(|m| m.idempotency_token) {
                    if let Value::Object(members) = &mut input {
                        members.remove(token.name);
                    }
                }
                input
            }
        };
        out(&serde_json::to_string_pretty(&template).unwrap_or_default());
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
    let format = option::<String>(global, args, "output")
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
    let format = match format {
        None => Format::Json,
        Some((_, f)) if f == "json" => Format::Json,
        Some((_, f)) if f == "table" => Format::Table,
        Some((_, f)) if f == "text" => Format::Text,
        Some((from, f)) => {
            eprintln!("awsop: {from} is `{f}`; expected json, table or text");
            return USAGE;
        }
    };
    // compiled before the call, so a wrong expression sends nothing
    let query = match option::<String>(global, args, "query").map(|q| jmespath::compile(q)) {
        None => None,
        Some(Ok(query)) => Some(query),
        Some(Err(err)) => {
            eprintln!("awsop: --query is not a JMESPath expression: {err}");
            return USAGE;
        }
    };
    let client = awsop::Client::new(config);
    match fetch(op, &client, input, args).await {
        Err(FetchError::Usage(message)) => {
            eprintln!("awsop: {message}");
            USAGE
        }
        Ok(output) => {
            let output = match &query {
                None => output,
                Some(query) => match query
                    .search(&output)
                    .map_err(|e| e.to_string())
                    .and_then(|found| serde_json::to_value(&*found).map_err(|e| e.to_string()))
                {
                    Ok(found) => found,
                    Err(err) => {
                        eprintln!("awsop: --query failed: {err}");
                        return USAGE;
                    }
                },
            };
            match format {
                Format::Json => out(&serde_json::to_string_pretty(&output).unwrap_or_default()),
                Format::Table => out(&table::render(op.name(), &output)),
                Format::Text => out(&table::text(&output)),
            }
            OK
        }
        Err(FetchError::Call(err)) => match err.kind() {
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
