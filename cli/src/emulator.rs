//! `awsop emulator`: the Partner Central Account emulator as a standalone server, with only
//! the flags a server takes.

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::{out, OK, OTHER, USAGE};

/// The variable that adds key pairs, for containers: `KEY:SECRET[,KEY:SECRET...]`.
const CREDENTIALS_ENV: &str = "AWSOP_EMULATOR_CREDENTIALS";

pub(crate) fn command() -> Command {
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
            Arg::new("credentials")
                .long("credentials")
                .value_name("KEY:SECRET")
                .action(ArgAction::Append)
                .env(CREDENTIALS_ENV)
                .hide_env_values(true)
                .value_delimiter(',')
                .help("Also accept this access key pair, its signatures verified; each key is its own account (repeatable; without the flag, the variable's comma-separated list)"),
        )
        .arg(
            Arg::new("accept-any-key")
                .long("accept-any-key")
                .action(ArgAction::SetTrue)
                .env("AWSOP_EMULATOR_ACCEPT_ANY_KEY")
                .hide_env_values(true)
                .help("Accept any access key without checking signatures or request times (each key still its own account)"),
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
        )
}

/// `KEY:SECRET` pairs; a malformed one is named by its place, never by its text (it holds a
/// secret).
fn key_pairs<'a>(given: impl Iterator<Item = &'a String>) -> Result<Vec<(String, String)>, String> {
    given
        .enumerate()
        .map(|(i, pair)| match pair.trim().split_once(':') {
            Some((key, secret)) if !key.is_empty() && !secret.is_empty() => {
                Ok((key.to_owned(), secret.to_owned()))
            }
            _ => Err(format!(
                "credentials pair {} (of --credentials or {CREDENTIALS_ENV}) is not KEY:SECRET: an access key id, a colon, a secret access key",
                i + 1
            )),
        })
        .collect()
}

fn seed(path: Option<&String>) -> Result<Option<serde_json::Value>, String> {
    let Some(path) = path else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| format!("{path} is not JSON: {e}"))
}

pub(crate) async fn run(args: &ArgMatches) -> u8 {
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
    let port = args.get_one::<u16>("port").copied().unwrap_or(4566);
    let given = args.get_many::<String>("credentials").into_iter().flatten();
    let (added, seed) =
        match key_pairs(given).and_then(|pairs| Ok((pairs, seed(args.get_one("seed"))?))) {
            Ok(parsed) => parsed,
            Err(message) => {
                eprintln!("awsop emulator: {message}");
                return USAGE;
            }
        };
    let mut options = awsop_emulator::Options {
        port,
        seed,
        chaos,
        accept_any_key: args.get_flag("accept-any-key"),
        // nothing reads the record of a standalone server: keep none
        recorded_requests: 0,
        ..Default::default()
    };
    let built_in = options.credentials.len();
    options.credentials.extend(added);
    let mut banner = Vec::new();
    if options.accept_any_key {
        banner.push(
            "  any access key is accepted, unverified; each key is its own account".to_owned(),
        );
    } else {
        banner.push("  accepted key pairs (each key is its own account):".to_owned());
        for (i, (key, secret)) in options.credentials.iter().enumerate() {
            // the built-in test secrets are public; a secret the user gave is not printed
            let secret = if i < built_in {
                format!(" AWS_SECRET_ACCESS_KEY={secret}")
            } else {
                " with the secret key given".to_owned()
            };
            banner.push(format!(
                "    AWS_ACCESS_KEY_ID={key}{secret} (account {})",
                awsop_emulator::account_id(key)
            ));
        }
    }
    match awsop_emulator::Emulator::start_with(options).await {
        Ok(emulator) => {
            out(&format!(
                "awsop emulator listening on {}\n{}\n  AWS_REGION={}",
                emulator.endpoint_url(),
                banner.join("\n"),
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
