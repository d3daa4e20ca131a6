//! `awsop`: call any declared operation aws-CLI style, run the emulator, run the demo.
#![forbid(unsafe_code)]

mod call;
mod demo;
mod table;

use std::process::ExitCode;

use awsop::OperationEntry;
use clap::{Arg, ArgMatches, Command};

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
        .arg(
            Arg::new("profile")
                .long("profile")
                .global(true)
                .value_name("NAME")
                .help("The profile of ~/.aws/config and ~/.aws/credentials to use"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .global(true)
                .value_name("FORMAT")
                .value_parser(["json", "table"])
                .help("How to print the output (json or table)"),
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
                )
                .arg(
                    Arg::new("throttle-fraction")
                        .long("throttle-fraction")
                        .value_name("F")
                        .value_parser(clap::value_parser!(f64))
                        .help("Answer this share of requests (0 to 1) with a ThrottlingException"),
                )
                .arg(
                    Arg::new("drop-fraction")
                        .long("drop-fraction")
                        .value_name("F")
                        .value_parser(clap::value_parser!(f64))
                        .help("Drop the connection of this share of requests without an answer"),
                )
                .arg(
                    Arg::new("delay-ms")
                        .long("delay-ms")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64))
                        .help("Wait this many milliseconds before every answer"),
                )
                .arg(
                    Arg::new("fault-seed")
                        .long("fault-seed")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64))
                        .help("The seed of the random faults (default 0)"),
                ),
        );
    for (service, operations) in SERVICES {
        let mut sub = Command::new(*service)
            .about(format!("Operations of {service}"))
            .subcommand_required(true);
        for op in *operations {
            sub = sub.subcommand(call::command(op));
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
            let chaos = awsop_emulator::Chaos {
                throttle_fraction: args
                    .get_one::<f64>("throttle-fraction")
                    .copied()
                    .unwrap_or(0.0),
                drop_fraction: args.get_one::<f64>("drop-fraction").copied().unwrap_or(0.0),
                delay: std::time::Duration::from_millis(
                    args.get_one::<u64>("delay-ms").copied().unwrap_or(0),
                ),
                seed: args.get_one::<u64>("fault-seed").copied().unwrap_or(0),
            };
            emulator(
                args.get_one::<u16>("port").copied().unwrap_or(4566),
                args.get_one::<String>("seed").map(String::as_str),
                chaos,
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
            call::run(entry, matches, op_args).await
        }
        None => USAGE,
    }
}

async fn emulator(port: u16, seed: Option<&str>, chaos: awsop_emulator::Chaos) -> u8 {
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
        chaos,
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
pub(crate) fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}
