//! `awsop`: call any declared operation aws-CLI style, run the emulator, run the demo.
#![forbid(unsafe_code)]

mod demo;

use std::process::ExitCode;

use awsop::{ErrorKind, OperationEntry};
use clap::{Arg, ArgMatches, Command};
use serde_json::Value;

/// The aws CLI's exit codes.
const OK: u8 = 0;
const USAGE: u8 = 252;
const CONFIGURATION: u8 = 253;
const SERVICE: u8 = 254;
const OTHER: u8 = 255;

/// The services the CLI serves: one listing each, from its operations crate.
const SERVICES: &[(&str, &[OperationEntry])] = &[(
    "partnercentral-account",
    awsop_partnercentral_account::OPERATIONS,
)];

fn command() -> Command {
    let mut cli = Command::new("awsop")
        .about("Call AWS APIs declared with awsop, run the local emulator, or run the demo")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg(
            Arg::new("endpoint-url")
                .long("endpoint-url")
                .global(true)
                .value_name("URL")
                .help("Send requests to this URL (e.g. the emulator)"),
        )
        .arg(
            Arg::new("region")
                .long("region")
                .global(true)
                .value_name("REGION")
                .help("The region to sign for and resolve endpoints in"),
        )
        .subcommand(
            Command::new("demo")
                .about("Start the embedded emulator and walk an invitation's life cycle"),
        )
        .subcommand(
            Command::new("emulator")
                .about("Run the Partner Central Account emulator on 127.0.0.1")
                .arg(
                    Arg::new("port")
                        .long("port")
                        .value_name("N")
                        .default_value("4566")
                        .value_parser(clap::value_parser!(u16)),
                )
                .arg(
                    Arg::new("seed")
                        .long("seed")
                        .value_name("FILE")
                        .help("Start from this state (JSON, as GET /__awsop/state gives it)"),
                ),
        );
    for (service, operations) in SERVICES {
        let mut sub = Command::new(*service)
            .about(format!("Operations of {service}"))
            .subcommand_required(true);
        for op in *operations {
            sub = sub.subcommand(
                Command::new(op.cli_name())
                    .about(format!(
                        "Call {} (JSON with the model's member names in and out)",
                        op.name()
                    ))
                    .arg(
                        Arg::new("cli-input-json")
                            .long("cli-input-json")
                            .value_name("JSON")
                            .help("The input as JSON, or file://path"),
                    ),
            );
        }
        cli = cli.subcommand(sub);
    }
    cli
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
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

async fn run(matches: &ArgMatches) -> u8 {
    match matches.subcommand() {
        Some(("demo", _)) => match demo::run().await {
            Ok(()) => OK,
            Err(err) => {
                eprintln!("awsop demo: {err}");
                OTHER
            }
        },
        Some(("emulator", args)) => {
            emulator(
                args.get_one::<u16>("port").copied().unwrap_or(4566),
                args.get_one::<String>("seed").map(String::as_str),
            )
            .await
        }
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
            call(entry, matches, op_args).await
        }
        None => USAGE,
    }
}

async fn emulator(port: u16, seed: Option<&str>) -> u8 {
    let seed = match seed.map(|path| {
        std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {path}: {e}"))
            .and_then(|text| {
                serde_json::from_str(&text).map_err(|e| format!("{path} is not JSON: {e}"))
            })
    }) {
        None => None,
        Some(Ok(seed)) => Some(seed),
        Some(Err(message)) => {
            eprintln!("awsop emulator: {message}");
            return USAGE;
        }
    };
    let options = awsop_emulator::Options {
        port,
        seed,
        ..Default::default()
    };
    match awsop_emulator::Emulator::start_with(options).await {
        Ok(emulator) => {
            out(&format!(
                "awsop emulator listening on {}\n  AWS_ACCESS_KEY_ID={}\n  AWS_SECRET_ACCESS_KEY={}\n  AWS_REGION={}",
                emulator.endpoint_url(),
                awsop_emulator::TEST_ACCESS_KEY_ID,
                awsop_emulator::TEST_SECRET_ACCESS_KEY,
                awsop_emulator::TEST_REGION
            ));
            emulator.wait().await;
            OK
        }
        Err(err) => {
            eprintln!("awsop emulator: cannot listen on 127.0.0.1:{port}: {err}");
            OTHER
        }
    }
}

/// Prints a line to stdout; a closed pipe (`awsop ... | head`) is not an error worth a panic.
fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}

/// `--cli-input-json` as JSON, reading `file://path` first.
fn input(args: &ArgMatches) -> Result<Value, String> {
    let Some(text) = args.get_one::<String>("cli-input-json") else {
        return Ok(Value::Object(serde_json::Map::new()));
    };
    let text = match text.strip_prefix("file://") {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|err| format!("cannot read {path}: {err}"))?
        }
        None => text.clone(),
    };
    serde_json::from_str(&text).map_err(|err| format!("--cli-input-json is not valid JSON: {err}"))
}

async fn call(entry: &OperationEntry, global: &ArgMatches, args: &ArgMatches) -> u8 {
    let input = match input(args) {
        Ok(input) => input,
        Err(message) => {
            eprintln!("awsop: {message}");
            return USAGE;
        }
    };
    let region = global
        .get_one::<String>("region")
        .or_else(|| args.get_one::<String>("region"));
    let endpoint = global
        .get_one::<String>("endpoint-url")
        .or_else(|| args.get_one::<String>("endpoint-url"));
    let vars = std::env::vars().chain(region.map(|r| ("AWS_REGION".to_owned(), r.clone())));
    let config = match awsop::Config::from_vars(vars) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("awsop: {err}");
            return CONFIGURATION;
        }
    };
    let config = match endpoint {
        Some(url) => config.to_builder().endpoint_url(url.clone()).build(),
        None => config,
    };
    let client = awsop::Client::new(config);
    match entry.call(&client, input).await {
        Ok(output) => {
            out(&serde_json::to_string_pretty(&output).unwrap_or_default());
            OK
        }
        Err(err) => match err.kind() {
            ErrorKind::Service => {
                eprintln!(
                    "An error occurred ({}) when calling the {} operation: {}",
                    err.code().unwrap_or("Unknown"),
                    entry.name(),
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
