//! `awsop`: call any declared operation aws-CLI style, run the emulator, run the demo.
#![forbid(unsafe_code)]

mod call;
mod demo;
mod emulator;
mod scaffold;
mod table;

use std::process::ExitCode;

use awsop::OperationEntry;
use clap::{Arg, ArgAction, ArgMatches, Command};

/// The aws CLI's exit codes.
pub(crate) const OK: u8 = 0;
pub(crate) const USAGE: u8 = 252;
pub(crate) const CONFIGURATION: u8 = 253;
pub(crate) const SERVICE: u8 = 254;
pub(crate) const OTHER: u8 = 255;

/// The services the CLI serves: one listing each, from its operations crate.
const SERVICES: &[(&str, &[OperationEntry])] = &[(
    "partnercentral-account",
    awsop_partnercentral_account::OPERATIONS,
)];

/// The flags of every call: the aws CLI's global options, given before or after the
/// operation (`awsop partnercentral-account --region x list-partners ...`).
fn call_flags() -> [Arg; 9] {
    let seconds = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .global(true)
            .value_name("SECONDS")
            .value_parser(clap::value_parser!(u64))
            .help(help)
    };
    [
        Arg::new("no-cli-pager")
            .long("no-cli-pager")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Accepted as aws CLI v2 scripts pass it; awsop never pages its output"),
        seconds(
            "cli-connect-timeout",
            "The most a connection may take to open, in seconds (0: no limit; default 3.1)",
        ),
        seconds(
            "cli-read-timeout",
            "The most one attempt may wait for its whole response, in seconds (0: no limit)",
        ),
        Arg::new("endpoint-url")
            .long("endpoint-url")
            .global(true)
            .value_name("URL")
            .help("Send requests to this URL (e.g. the emulator)"),
        Arg::new("region")
            .long("region")
            .global(true)
            .value_name("REGION")
            .help("The region to sign for and resolve endpoints in"),
        Arg::new("profile")
            .long("profile")
            .global(true)
            .value_name("NAME")
            .help("The profile of ~/.aws/config and ~/.aws/credentials to use"),
        Arg::new("output")
            .long("output")
            .global(true)
            .value_name("FORMAT")
            .value_parser(["json", "table", "text"])
            .help("How to print the output (json, table or text)"),
        Arg::new("query")
            .long("query")
            .global(true)
            .value_name("JMESPATH")
            .help("Print only what this JMESPath expression selects from the output"),
        debug_flag(),
    ]
}

fn debug_flag() -> Arg {
    Arg::new("debug")
        .long("debug")
        .global(true)
        .action(ArgAction::SetTrue)
        .help("Print the client's trace to stderr: each call, endpoint, attempt, status, request id and retry (RUST_LOG=awsop=trace for more)")
}

fn command() -> Command {
    let mut cli = Command::new("awsop")
        .about("Call AWS APIs declared with awsop, run the local emulator, or run the demo")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .subcommand(
            Command::new("demo")
                .about("Start the embedded emulator and walk an invitation's life cycle")
                .arg(debug_flag()),
        )
        .subcommand(emulator::command())
        .subcommand(scaffold::command());
    for (service, operations) in SERVICES {
        let mut sub = Command::new(*service)
            .about(format!("Operations of {service}"))
            .subcommand_required(true)
            .args(call_flags());
        for op in *operations {
            sub = sub.subcommand(call::command(op));
        }
        cli = cli.subcommand(sub);
    }
    cli
}

/// `awsop <service> <operation> help` is the aws CLI's way to ask for an operation's help.
fn arguments() -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() >= 4 && args.last().is_some_and(|a| a == "help") {
        if let Some(last) = args.last_mut() {
            *last = "--help".into();
        }
    }
    args
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches_from(arguments()) {
        Ok(matches) => matches,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { USAGE } else { OK });
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("awsop: cannot start the async runtime: {err}");
            return ExitCode::from(OTHER);
        }
    };
    ExitCode::from(runtime.block_on(run(&matches)))
}

/// `--debug` or `RUST_LOG` turn the client's trace on, to stderr (never stdout, which holds
/// the output). `--debug` shows awsop's debug events; `RUST_LOG` chooses for itself.
fn trace(debug: bool) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(filter) if !filter.is_empty() => filter,
        _ if debug => "awsop=debug".to_owned(),
        _ => return,
    };
    let filter = tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|err| {
        eprintln!("awsop: RUST_LOG is not a tracing filter ({err}); using awsop=debug");
        tracing_subscriber::EnvFilter::new("awsop=debug")
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .try_init();
}

async fn run(matches: &ArgMatches) -> u8 {
    let debug = matches
        .subcommand()
        .is_some_and(|(_, args)| args.try_get_one::<bool>("debug").ok().flatten() == Some(&true));
    trace(debug);
    match matches.subcommand() {
        Some(("demo", _)) => match demo::run().await {
            Ok(()) => OK,
            Err(err) => {
                eprintln!("awsop demo: {err}");
                OTHER
            }
        },
        Some(("emulator", args)) => emulator::run(args).await,
        Some(("scaffold", args)) => scaffold::run(args),
        Some((service, args)) => {
            let Some((_, operations)) = SERVICES.iter().find(|(id, _)| *id == service) else {
                return USAGE;
            };
            let Some((name, op_args)) = args.subcommand() else {
                return USAGE;
            };
            let Some(entry) = operations.iter().find(|op| op.cli_name() == name) else {
                return USAGE;
            };
            call::run(entry, args, op_args).await
        }
        None => USAGE,
    }
}

/// Prints a line to stdout; a closed pipe (`awsop ... | head`) is not an error worth a panic.
pub(crate) fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}
