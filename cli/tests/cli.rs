//! The real `awsop` binary against the emulator: output, messages and the aws CLI's exit codes.
//! (These live in the CLI's package because Cargo gives `CARGO_BIN_EXE_awsop` only to it.)
//! `awsop scaffold`'s tests are the `scaffold` module.

mod scaffold;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use awsop_emulator::{Emulator, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY};
use serde_json::Value;

/// The most any run of the binary, or the wait for its banner, may take: a regression that
/// hangs fails the test instead of CI.
const BOUND: Duration = Duration::from_secs(60);

/// A child process killed (and reaped) when dropped, so a failing test leaves none behind.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs `command` to its end like [`Command::output`], but fails after [`BOUND`] and kills
/// the process.
fn bounded_output(command: &mut Command) -> Output {
    let mut child = Killed(
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the awsop binary runs"),
    );
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .0
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .0
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.0.try_wait().expect("the child can be waited for") {
            break status;
        }
        assert!(
            started.elapsed() < BOUND,
            "awsop ran longer than {BOUND:?}: {command:?}"
        );
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: stdout.join().expect("stdout read"),
        stderr: stderr.join().expect("stderr read"),
    }
}

fn awsop(args: &[&str], credentials: bool) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_awsop"));
    command.args(args).env_clear();
    if credentials {
        command
            .env("AWS_ACCESS_KEY_ID", TEST_ACCESS_KEY_ID)
            .env("AWS_SECRET_ACCESS_KEY", TEST_SECRET_ACCESS_KEY);
    }
    bounded_output(&mut command)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const CREATE: &str = r#"{"Catalog":"Sandbox","ConnectionType":"SUBSIDIARY","Email":"a@example.com","Message":"hi","Name":"Dana","ReceiverIdentifier":"partner-9"}"#;

#[tokio::test(flavor = "multi_thread")]
async fn operations_run_with_wire_names_and_aws_cli_exit_codes() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let common = ["--endpoint-url", url.as_str(), "--region", "us-east-1"];
    let run = |op: &str, json: &str| {
        let mut args = vec!["partnercentral-account", op, "--cli-input-json", json];
        args.extend(common);
        awsop(&args, true)
    };

    let created = tokio::task::block_in_place(|| run("create-connection-invitation", CREATE));
    assert_eq!(created.status.code(), Some(0), "{}", text(&created.stderr));
    let out: Value = serde_json::from_slice(&created.stdout).expect("JSON output");
    assert_eq!(out["Status"], "PENDING");
    assert_eq!(out["ConnectionType"], "SUBSIDIARY");
    let id = out["Id"].as_str().expect("an Id").to_owned();

    let cancel = format!(r#"{{"Catalog":"Sandbox","Identifier":"{id}"}}"#);
    let first = tokio::task::block_in_place(|| run("cancel-connection-invitation", &cancel));
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let second = tokio::task::block_in_place(|| run("cancel-connection-invitation", &cancel));
    assert_eq!(second.status.code(), Some(254));
    let stderr = text(&second.stderr);
    assert!(
        stderr.starts_with("An error occurred (ConflictException) when calling the CancelConnectionInvitation operation: Connection invitation pacinv-"),
        "{stderr}"
    );

    // input from a file, as the aws CLI's file:// form
    let dir = std::env::temp_dir().join(format!("awsop-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join("get.json");
    std::fs::write(
        &path,
        format!(r#"{{"Catalog":"Sandbox","Identifier":"{id}"}}"#),
    )
    .expect("write input");
    let file_arg = format!("file://{}", path.display());
    let got = tokio::task::block_in_place(|| run("get-connection-invitation", &file_arg));
    assert_eq!(got.status.code(), Some(0), "{}", text(&got.stderr));
    assert!(text(&got.stdout).contains("\"CANCELED\""));
    let _ = std::fs::remove_dir_all(&dir);

    // bad input: 252, naming the member
    let missing =
        tokio::task::block_in_place(|| run("get-connection-invitation", r#"{"Identifier":"x"}"#));
    assert_eq!(missing.status.code(), Some(252));
    assert!(
        text(&missing.stderr).contains("the following arguments are required: --catalog"),
        "{}",
        text(&missing.stderr)
    );
    let unknown = tokio::task::block_in_place(|| {
        run(
            "get-connection-invitation",
            r#"{"Catalog":"AWS","Identifier":"x","Bogus":1}"#,
        )
    });
    assert_eq!(unknown.status.code(), Some(252));
    assert!(
        text(&unknown.stderr).contains("unknown field `Bogus`"),
        "{}",
        text(&unknown.stderr)
    );
    let not_json = tokio::task::block_in_place(|| run("get-connection-invitation", "{"));
    assert_eq!(not_json.status.code(), Some(252));
    let no_such = tokio::task::block_in_place(|| {
        awsop(&["partnercentral-account", "no-such-operation"], true)
    });
    assert_eq!(no_such.status.code(), Some(252));

    // configuration: 253, naming what to set
    let no_creds = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "get-connection-invitation",
                "--cli-input-json",
                r#"{"Catalog":"AWS","Identifier":"pacinv-0123456789abc"}"#,
                "--region",
                "us-east-1",
            ],
            false,
        )
    });
    assert_eq!(no_creds.status.code(), Some(253));
    assert!(
        text(&no_creds.stderr).contains("AWS_ACCESS_KEY_ID"),
        "{}",
        text(&no_creds.stderr)
    );

    // no server: 255
    drop(emulator);
    let gone = tokio::task::block_in_place(|| run("get-connection-invitation", &cancel));
    assert_eq!(gone.status.code(), Some(255), "{}", text(&gone.stderr));
}

#[test]
fn every_operation_of_the_model_is_a_subcommand() {
    let help = awsop(&["partnercentral-account", "--help"], false);
    assert_eq!(help.status.code(), Some(0));
    let text = text(&help.stdout);
    let commands: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.starts_with("  ") && !l.starts_with("   ") && !l.trim_start().starts_with('-')
        })
        .map(str::trim)
        .filter(|name| *name != "help")
        .collect();
    let expected: Vec<String> = awsop_partnercentral_account::OPERATIONS
        .iter()
        .map(|op| op.cli_name())
        .collect();
    assert_eq!(expected.len(), 34);
    assert_eq!(commands, expected, "{text}");
    assert!(commands.contains(&"update-connection-preferences"));
}

/// `awsop emulator --port 0 ARGS` with `env`: the running child, its URL and the banner it
/// printed (up to its `AWS_REGION` line). Killed when dropped.
struct Standalone {
    _child: Killed,
    url: String,
    banner: String,
}

fn standalone(args: &[&str], env: &[(&str, &str)]) -> Standalone {
    let mut child = Killed(
        Command::new(env!("CARGO_BIN_EXE_awsop"))
            .args(["emulator", "--port", "0"])
            .args(args)
            .env_clear()
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the emulator command starts"),
    );
    let stdout = child.0.stdout.take().expect("piped stdout");
    // the banner is read on a thread, so a server that never prints fails after BOUND
    let (lines, banner_lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            let read = reader.read_line(&mut line).unwrap_or(0);
            let last = read == 0 || line.trim_start().starts_with("AWS_REGION=");
            if lines.send(line).is_err() || last {
                break;
            }
        }
    });
    let deadline = Instant::now() + BOUND;
    let mut banner = String::new();
    loop {
        let line = banner_lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no banner within {BOUND:?}; so far: {banner}"));
        banner.push_str(&line);
        if line.is_empty() || line.trim_start().starts_with("AWS_REGION=") {
            break;
        }
    }
    let url = banner
        .lines()
        .next()
        .unwrap_or_default()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{banner}");
    Standalone {
        _child: child,
        url,
        banner,
    }
}

/// A client configuration for the emulator at `url`, signing with the test keys.
fn config_for(url: &str) -> awsop::ConfigBuilder {
    awsop::Config::builder()
        .endpoint_url(url)
        .region("us-east-1")
        .credentials(awsop::Credentials::new(
            TEST_ACCESS_KEY_ID,
            TEST_SECRET_ACCESS_KEY,
            None,
        ))
}

async fn create_as(
    url: &str,
    key: &str,
    secret: &str,
) -> Result<(), awsop::Error<impl std::fmt::Debug>> {
    let config = config_for(url)
        .credentials(awsop::Credentials::new(key, secret, None))
        .max_attempts(1)
        .build();
    let input: awsop_partnercentral_account::CreateConnectionInvitation =
        serde_json::from_str(CREATE).expect("the input parses");
    let created = awsop::Client::new(config).send(input).await?;
    assert_eq!(created.status.as_str(), "PENDING");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_emulator_command_serves_signed_calls() {
    let server = tokio::task::block_in_place(|| standalone(&[], &[]));
    assert!(
        server.banner.contains(TEST_ACCESS_KEY_ID),
        "{}",
        server.banner
    );
    create_as(&server.url, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        .await
        .expect("the standalone emulator answers");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_emulator_takes_the_users_keys_or_any_key() {
    // from the flag (repeated) beside the built-in pairs
    let server = tokio::task::block_in_place(|| {
        standalone(
            &[
                "--credentials",
                "AKIDSUITEONE:suite-one-secret",
                "--credentials",
                "AKIDSUITETWO:suite-two-secret",
            ],
            &[],
        )
    });
    for key in ["AKIDSUITEONE", "AKIDSUITETWO"] {
        assert!(
            server.banner.contains(&format!("AWS_ACCESS_KEY_ID={key}"))
                && server.banner.contains(&awsop_emulator::account_id(key)),
            "{}",
            server.banner
        );
    }
    for secret in ["suite-one-secret", "suite-two-secret"] {
        assert!(!server.banner.contains(secret), "{}", server.banner);
    }
    create_as(&server.url, "AKIDSUITEONE", "suite-one-secret")
        .await
        .expect("the flag's pair is accepted");
    create_as(&server.url, "AKIDSUITETWO", "suite-two-secret")
        .await
        .expect("the second pair is accepted");
    create_as(&server.url, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        .await
        .expect("the built-in pair is still accepted");
    let err = create_as(&server.url, "AKIDSUITEONE", "suite-two-secret")
        .await
        .expect_err("the signature is verified");
    assert_eq!(err.code(), Some("InvalidSignatureException"));
    let err = create_as(&server.url, "AKIDNOBODY", "x")
        .await
        .expect_err("other keys are refused");
    assert_eq!(
        (err.status(), err.code()),
        (Some(403), Some("UnrecognizedClientException"))
    );
    drop(server);

    // from the variable, for containers: a comma-separated list
    let from_env = tokio::task::block_in_place(|| {
        standalone(
            &[],
            &[(
                "AWSOP_EMULATOR_CREDENTIALS",
                "AKIDSUITE3:suite-three-secret,AKIDSUITE4:suite-four-secret",
            )],
        )
    });
    assert!(
        !from_env.banner.contains("suite-three-secret"),
        "{}",
        from_env.banner
    );
    create_as(&from_env.url, "AKIDSUITE3", "suite-three-secret")
        .await
        .expect("the variable's first pair is accepted");
    create_as(&from_env.url, "AKIDSUITE4", "suite-four-secret")
        .await
        .expect("the variable's second pair is accepted");
    drop(from_env);

    let any = tokio::task::block_in_place(|| standalone(&["--accept-any-key"], &[]));
    assert!(
        any.banner.contains("any access key is accepted"),
        "{}",
        any.banner
    );
    create_as(&any.url, "AKIDNOBODY", "x")
        .await
        .expect("any key is accepted");

    // a malformed pair is refused at start, without echoing it
    let bad = tokio::task::block_in_place(|| {
        awsop(
            &[
                "emulator",
                "--port",
                "0",
                "--credentials",
                "AKIDNOCOLONsecretvalue",
            ],
            false,
        )
    });
    assert_eq!(bad.status.code(), Some(252));
    let message = text(&bad.stderr);
    assert!(
        message.contains("credentials pair 1") && message.contains("KEY:SECRET"),
        "{message}"
    );
    assert!(!message.contains("secretvalue"), "{message}");
}

#[test]
fn each_subcommand_shows_only_its_own_flags() {
    let help = |args: &[&str]| text(&awsop(args, false).stdout);
    let server = help(&["emulator", "--help"]);
    for flag in [
        "--port",
        "--credentials",
        "--accept-any-key",
        "--seed",
        "--throttle-fraction",
    ] {
        assert!(server.contains(flag), "{server}");
    }
    for flag in [
        "--endpoint-url",
        "--region",
        "--profile",
        "--output",
        "--debug",
    ] {
        assert!(
            !server.contains(flag),
            "the emulator does not take {flag}:\n{server}"
        );
    }
    let call = help(&["partnercentral-account", "list-partners", "--help"]);
    for flag in [
        "--endpoint-url",
        "--region",
        "--profile",
        "--output",
        "--debug",
        "--catalog",
    ] {
        assert!(call.contains(flag), "{call}");
    }
    assert!(
        !call.contains("--port") && !call.contains("--credentials"),
        "{call}"
    );
    let demo = help(&["demo", "--help"]);
    assert!(
        demo.contains("--debug") && !demo.contains("--endpoint-url"),
        "{demo}"
    );
    // the options still go before or after the operation
    let early = awsop(
        &[
            "partnercentral-account",
            "--region",
            "us-east-1",
            "list-partners",
            "--help",
        ],
        false,
    );
    assert_eq!(early.status.code(), Some(0), "{}", text(&early.stderr));
}

#[tokio::test(flavor = "multi_thread")]
async fn debug_shows_the_trace_and_no_secret() {
    const SECRET: &str = "SECRET-KEY-SENTINEL-7f3a";
    const TOKEN: &str = "SESSION-TOKEN-SENTINEL-91c2";
    const SENSITIVE: &str = "SENSITIVE-NAME-SENTINEL-44d0";
    let emulator = Emulator::start_with(awsop_emulator::Options {
        credentials: vec![("AKIDDEBUG".into(), SECRET.into())],
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    let url = emulator.endpoint_url();
    let input = CREATE.replace("\"Dana\"", &format!("\"{SENSITIVE}\""));
    let run = |extra: &[(&str, &str)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_awsop"));
        command
            .args([
                "partnercentral-account",
                "create-connection-invitation",
                "--cli-input-json",
            ])
            .arg(&input)
            .args([
                "--endpoint-url",
                url.as_str(),
                "--region",
                "us-east-1",
                "--debug",
            ])
            .env_clear()
            .env("AWS_ACCESS_KEY_ID", "AKIDDEBUG")
            .env("AWS_SECRET_ACCESS_KEY", SECRET)
            .env("AWS_SESSION_TOKEN", TOKEN)
            .env("AWS_MAX_ATTEMPTS", "2")
            .envs(extra.iter().copied());
        tokio::task::block_in_place(|| bounded_output(&mut command))
    };

    // a call retried once, then answered
    emulator.inject([awsop_emulator::Fault::error(
        429,
        "ThrottlingException",
        "slow down",
    )]);
    let retried = run(&[]);
    assert_eq!(retried.status.code(), Some(0), "{}", text(&retried.stderr));
    let trace = text(&retried.stderr);
    for expected in [
        "awsop.operation",
        "operation=\"CreateConnectionInvitation\"",
        "endpoint resolved",
        &url,
        "awsop.attempt{attempt=1",
        "status=429",
        "decision=\"retrying\"",
        "awsop.attempt{attempt=2",
        "status=200",
        "decision=\"done\"",
        "request_id=",
    ] {
        assert!(
            trace.contains(expected),
            "`{expected}` is not in the trace:\n{trace}"
        );
    }
    assert!(
        !text(&retried.stdout).contains("DEBUG"),
        "the trace goes to stderr only"
    );

    // a call that fails on every attempt
    emulator.inject([
        awsop_emulator::Fault::error(503, "ServiceUnavailableException", "down"),
        awsop_emulator::Fault::error(503, "ServiceUnavailableException", "down"),
    ]);
    let failed = run(&[]);
    assert_eq!(failed.status.code(), Some(254), "{}", text(&failed.stderr));
    let failed_trace = text(&failed.stderr);
    assert!(
        failed_trace.contains("decision=\"attempts exhausted\""),
        "{failed_trace}"
    );

    // RUST_LOG chooses the level for itself: the most detailed one shows no more secrets
    let verbose = run(&[("RUST_LOG", "trace")]);
    let verbose_trace = text(&verbose.stderr);
    assert!(verbose_trace.contains("awsop.attempt"), "{verbose_trace}");

    for (name, out) in [
        ("retried", &trace),
        ("failed", &failed_trace),
        ("RUST_LOG=trace", &verbose_trace),
    ] {
        for sentinel in [SECRET, TOKEN, SENSITIVE, "Signature="] {
            assert!(
                !out.contains(sentinel),
                "`{sentinel}` is in the {name} trace:\n{out}"
            );
        }
    }
}

/// A config and a credentials file in a temp folder of their own (`name`) with profile `emu`:
/// the emulator at `url`, its test keys, and `extra` config lines. The folder, then the files.
fn emu_profile(
    name: &str,
    url: &str,
    extra: &str,
) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("awsop-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let config = dir.join("config");
    std::fs::write(
        &config,
        format!("[profile emu]\nregion = us-east-1\nendpoint_url = {url}\n{extra}"),
    )
    .expect("write config");
    let credentials = dir.join("credentials");
    std::fs::write(&credentials, format!("[emu]\naws_access_key_id = {TEST_ACCESS_KEY_ID}\naws_secret_access_key = {TEST_SECRET_ACCESS_KEY}\n"))
        .expect("write credentials");
    (dir, config, credentials)
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_skeletons_paging_tables_profiles_and_help() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let run = |args: &[&str]| {
        let mut all: Vec<&str> = vec!["partnercentral-account"];
        all.extend_from_slice(args);
        all.extend(["--endpoint-url", url.as_str(), "--region", "us-east-1"]);
        tokio::task::block_in_place(|| awsop(&all, true))
    };

    // one flag per top-level member
    for receiver in [
        "partner-1",
        "partner-2",
        "partner-3",
        "partner-4",
        "partner-5",
    ] {
        let created = run(&[
            "create-connection-invitation",
            "--catalog",
            "Sandbox",
            "--connection-type",
            "SUBSIDIARY",
            "--email",
            "a@example.com",
            "--message",
            "hi",
            "--name",
            "Dana",
            "--receiver-identifier",
            receiver,
        ]);
        assert_eq!(created.status.code(), Some(0), "{}", text(&created.stderr));
    }

    // lists are fetched in full, page by page, unless told otherwise
    let ids = |output: &Output| -> usize {
        let value: Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
        value["ConnectionInvitationSummaries"]
            .as_array()
            .map_or(0, Vec::len)
    };
    let all = run(&[
        "list-connection-invitations",
        "--catalog",
        "Sandbox",
        "--max-results",
        "2",
    ]);
    assert_eq!(
        (all.status.code(), ids(&all)),
        (Some(0), 5),
        "{}",
        text(&all.stderr)
    );
    let capped = run(&[
        "list-connection-invitations",
        "--catalog",
        "Sandbox",
        "--max-results",
        "2",
        "--max-items",
        "3",
    ]);
    assert_eq!(ids(&capped), 3);
    let one = run(&[
        "list-connection-invitations",
        "--catalog",
        "Sandbox",
        "--max-results",
        "2",
        "--no-paginate",
    ]);
    assert_eq!(ids(&one), 2);
    assert!(text(&one.stdout).contains("\"NextToken\""));
    assert_eq!(
        emulator
            .requests()
            .iter()
            .filter(
                |r| r.target.as_deref() == Some("PartnerCentralAccount.ListConnectionInvitations")
            )
            .count(),
        3 + 2 + 1
    );

    let bad = run(&[
        "list-connection-invitations",
        "--catalog",
        "Sandbox",
        "--max-results",
        "many",
    ]);
    assert_eq!(bad.status.code(), Some(252));
    assert!(
        text(&bad.stderr).contains("--max-results takes a number, not `many`"),
        "{}",
        text(&bad.stderr)
    );

    // a table
    let table = run(&[
        "list-connection-invitations",
        "--catalog",
        "Sandbox",
        "--max-items",
        "1",
        "--output",
        "table",
    ]);
    let shown = text(&table.stdout);
    assert!(
        shown.contains("ListConnectionInvitations")
            && shown.contains("ConnectionInvitationSummaries[0].Status")
            && shown.contains("PENDING"),
        "{shown}"
    );

    // a skeleton to fill in
    let skeleton = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "cancel-connection-invitation",
                "--generate-cli-skeleton",
            ],
            false,
        )
    });
    let value: Value = serde_json::from_slice(&skeleton.stdout).expect("a JSON skeleton");
    // the idempotency token is filled for you: an empty one left in would be refused
    assert_eq!(value, serde_json::json!({"Catalog": "", "Identifier": ""}));

    // help from the model's documentation
    let help = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "cancel-connection-invitation",
                "--help",
            ],
            false,
        )
    });
    let help = text(&help.stdout);
    assert!(
        help.contains(
            "Cancels a pending connection invitation before it has been accepted or rejected."
        ),
        "{help}"
    );
    assert!(help.contains("--client-token <STRING>"), "{help}");

    // a profile from the shared config file
    let (dir, config, credentials) = emu_profile("profile", &url, "");
    let output = tokio::task::block_in_place(|| {
        bounded_output(
            Command::new(env!("CARGO_BIN_EXE_awsop"))
                .args([
                    "partnercentral-account",
                    "list-connection-invitations",
                    "--catalog",
                    "Sandbox",
                    "--profile",
                    "emu",
                ])
                .env_clear()
                .env("AWS_CONFIG_FILE", &config)
                .env("AWS_SHARED_CREDENTIALS_FILE", &credentials),
        )
    });
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        (output.status.code(), ids(&output)),
        (Some(0), 5),
        "{}",
        text(&output.stderr)
    );
}

/// Every string of a skeleton filled in from its member's name.
fn fill(value: &mut Value, key: &str, with: &dyn Fn(&str) -> &'static str) {
    match value {
        Value::String(text) if text.is_empty() => *text = with(key).to_owned(),
        Value::Array(items) => items.iter_mut().for_each(|v| fill(v, key, with)),
        Value::Object(members) => members.iter_mut().for_each(|(k, v)| fill(v, k, with)),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_filled_in_skeleton_is_a_call_that_works() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let skeleton = awsop(
        &[
            "partnercentral-account",
            "create-partner",
            "--generate-cli-skeleton",
        ],
        false,
    );
    let mut input: Value = serde_json::from_slice(&skeleton.stdout).expect("a JSON skeleton");
    // nested members as JSON of their type, not strings
    assert!(input["AllianceLeadContact"].is_object(), "{input}");
    assert!(input["Tags"][0]["Key"].is_string(), "{input}");
    assert_eq!(input["PrimarySolutionType"], "SOFTWARE_PRODUCTS");
    fill(&mut input, "", &|key| match key {
        "Catalog" => "Sandbox",
        "Email" => "dana@example.com",
        "EmailVerificationCode" => "123456",
        "Key" => "team",
        _ => "Skeleton",
    });
    let input = input.to_string();
    let created = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "create-partner",
                "--cli-input-json",
                &input,
                "--endpoint-url",
                &url,
                "--region",
                "us-east-1",
            ],
            true,
        )
    });
    assert_eq!(created.status.code(), Some(0), "{}", text(&created.stderr));
    let partner: Value = serde_json::from_slice(&created.stdout).expect("JSON output");
    let tags = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "list-tags-for-resource",
                "--resource-arn",
                partner["Arn"].as_str().unwrap_or_default(),
                "--endpoint-url",
                &url,
                "--region",
                "us-east-1",
            ],
            true,
        )
    });
    let tags: Value = serde_json::from_slice(&tags.stdout).unwrap_or_default();
    assert_eq!(
        tags["Tags"],
        serde_json::json!([{"Key": "team", "Value": "Skeleton"}]),
        "{}",
        text(&created.stdout)
    );
}

#[test]
fn every_skeleton_reads_as_its_shape_and_every_help_reads_as_the_aws_cli() {
    let rust_words = ["`None`", "Option<", "Sensitive", "`Debug`", "Vec<", "::"];
    for op in awsop_partnercentral_account::OPERATIONS {
        let name = op.cli_name();
        for (which, codec) in [("input", op.input), ("output", op.output)] {
            let skeleton = awsop(
                &[
                    "partnercentral-account",
                    &name,
                    "--generate-cli-skeleton",
                    which,
                ],
                false,
            );
            let value: Value = serde_json::from_slice(&skeleton.stdout)
                .unwrap_or_else(|_| panic!("{name} {which}: {}", text(&skeleton.stderr)));
            let members = value.as_object().map(|m| m.len()).unwrap_or_default();
            let tokens = usize::from(which == "input")
                * codec.members.iter().filter(|m| m.idempotency_token).count();
            assert_eq!(
                members + tokens,
                codec.members.len(),
                "{name} {which}: {value}"
            );
            // the JSON of the declared types: it reads into the shape (validation aside)
            assert!(
                codec.roundtrip(value.clone()).is_ok(),
                "{name} {which}: {value} does not read as the shape: {:?}",
                codec.roundtrip(value.clone())
            );
        }
        let help = text(&awsop(&["partnercentral-account", &name, "--help"], false).stdout);
        for word in rust_words {
            assert!(!help.contains(word), "{name} help says {word}: {help}");
        }
        for member in op.input.members {
            if let awsop::Schema::Enum(values) = (member.schema)() {
                let listed = format!("Possible values: {}.", values.join(", "));
                assert!(help.contains(&listed), "{name} help lacks {listed}: {help}");
            }
        }
    }
    let help = text(
        &awsop(
            &["partnercentral-account", "start-verification", "--help"],
            false,
        )
        .stdout,
    );
    assert!(
        help.contains(
            "Set exactly one of: BusinessVerificationDetails, RegistrantVerificationDetails."
        ),
        "{help}"
    );
    let help = text(
        &awsop(
            &[
                "partnercentral-account",
                "create-connection-invitation",
                "--help",
            ],
            false,
        )
        .stdout,
    );
    assert!(
        help.contains("--connection-type <STRING>")
            && help.contains("Possible values: ")
            && help.contains("--client-token <STRING>")
            && help.contains("(a new UUID when not given)"),
        "{help}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn profile_beats_the_environments_keys_and_output_comes_from_the_config() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let (dir, config, credentials) = emu_profile("explicit", &url, "output = table\n");
    let run = |extra_args: &[&str], env: &[(&str, &str)]| {
        tokio::task::block_in_place(|| {
            bounded_output(
                Command::new(env!("CARGO_BIN_EXE_awsop"))
                    .args([
                        "partnercentral-account",
                        "list-partners",
                        "--catalog",
                        "Sandbox",
                        "--profile",
                        "emu",
                    ])
                    .args(extra_args)
                    .env_clear()
                    .env("AWS_CONFIG_FILE", &config)
                    .env("AWS_SHARED_CREDENTIALS_FILE", &credentials)
                    // keys the emulator does not know: --profile must win over them
                    .env("AWS_ACCESS_KEY_ID", "AKIDFROMTHEENVIRONMENT")
                    .env("AWS_SECRET_ACCESS_KEY", "environment-secret")
                    .envs(env.iter().copied()),
            )
        })
    };
    let profile_output = run(&[], &[]);
    assert_eq!(
        profile_output.status.code(),
        Some(0),
        "{}",
        text(&profile_output.stderr)
    );
    let signed = emulator.requests().pop().expect("a request");
    assert!(
        signed
            .header("authorization")
            .is_some_and(|a| a.contains(&format!("Credential={TEST_ACCESS_KEY_ID}/"))),
        "signed with the named profile's key"
    );
    // the profile's `output = table`
    assert!(
        serde_json::from_slice::<Value>(&profile_output.stdout).is_err()
            && text(&profile_output.stdout).contains("ListPartners"),
        "{}",
        text(&profile_output.stdout)
    );
    // AWS_DEFAULT_OUTPUT over the profile, --output over both
    let from_env = run(&[], &[("AWS_DEFAULT_OUTPUT", "json")]);
    assert!(
        serde_json::from_slice::<Value>(&from_env.stdout).is_ok(),
        "{}",
        text(&from_env.stdout)
    );
    let from_flag = run(&["--output", "json"], &[("AWS_DEFAULT_OUTPUT", "table")]);
    assert!(
        serde_json::from_slice::<Value>(&from_flag.stdout).is_ok(),
        "{}",
        text(&from_flag.stdout)
    );
    let bad = run(&[], &[("AWS_DEFAULT_OUTPUT", "yaml")]);
    assert_eq!(bad.status.code(), Some(252));
    assert!(
        text(&bad.stderr).contains("AWS_DEFAULT_OUTPUT is `yaml`"),
        "{}",
        text(&bad.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn one_operation_of_each_family_through_the_binary() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let run = |args: &[&str]| {
        let mut all: Vec<&str> = vec!["partnercentral-account"];
        all.extend_from_slice(args);
        all.extend(["--endpoint-url", url.as_str(), "--region", "us-east-1"]);
        tokio::task::block_in_place(|| awsop(&all, true))
    };
    let json =
        |output: &Output| -> Value { serde_json::from_slice(&output.stdout).unwrap_or_default() };

    // partners and profiles
    let partner = run(&[
        "create-partner",
        "--cli-input-json",
        r#"{"Catalog":"Sandbox","LegalName":"Example LLC","PrimarySolutionType":"CONSULTING_SERVICES","EmailVerificationCode":"123456",
            "AllianceLeadContact":{"FirstName":"Dana","LastName":"Alvarez","Email":"dana@example.com","BusinessTitle":"Lead"}}"#,
    ]);
    assert_eq!(partner.status.code(), Some(0), "{}", text(&partner.stderr));
    let id = json(&partner)["Id"].as_str().unwrap_or_default().to_owned();
    assert!(id.starts_with("partner-"));
    let visibility = run(&[
        "get-profile-visibility",
        "--catalog",
        "Sandbox",
        "--identifier",
        &id,
    ]);
    assert_eq!(json(&visibility)["Visibility"], "PRIVATE");

    // tags
    let arn = json(&partner)["Arn"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let tagged = run(&[
        "tag-resource",
        "--resource-arn",
        &arn,
        "--tags",
        r#"[{"Key":"team","Value":"alliances"}]"#,
    ]);
    assert_eq!(tagged.status.code(), Some(0), "{}", text(&tagged.stderr));
    let tags = run(&["list-tags-for-resource", "--resource-arn", &arn]);
    assert_eq!(
        json(&tags)["Tags"],
        serde_json::json!([{"Key": "team", "Value": "alliances"}])
    );

    // connections, qualifications, verification, preferences
    let connections = run(&["list-connections", "--catalog", "Sandbox"]);
    assert_eq!(
        json(&connections)["ConnectionSummaries"],
        serde_json::json!([])
    );
    let details = run(&[
        "get-qualifications-association-details",
        "--catalog",
        "Sandbox",
        "--identifier",
        &id,
    ]);
    assert_eq!(json(&details)["Status"], "NOT_ASSOCIATED");
    let missing = run(&[
        "get-verification",
        "--verification-type",
        "BUSINESS_VERIFICATION",
    ]);
    assert_eq!(missing.status.code(), Some(254));
    assert!(text(&missing.stderr).starts_with("An error occurred (ResourceNotFoundException) when calling the GetVerification operation:"), "{}", text(&missing.stderr));
    let prefs = run(&[
        "update-connection-preferences",
        "--catalog",
        "Sandbox",
        "--revision",
        "1",
        "--access-type",
        "DENY_ALL",
        "--output",
        "table",
    ]);
    assert!(
        text(&prefs.stdout).contains("DENY_ALL") && text(&prefs.stdout).contains("Revision"),
        "{}",
        text(&prefs.stdout)
    );
    let stale = run(&[
        "update-connection-preferences",
        "--catalog",
        "Sandbox",
        "--revision",
        "1",
        "--access-type",
        "ALLOW_ALL",
    ]);
    assert_eq!(stale.status.code(), Some(254));
    assert!(text(&stale.stderr).contains("ConflictException"));
}

#[test]
fn a_region_that_is_no_host_label_is_refused() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.set_nonblocking(true).expect("non-blocking");
    let port = listener.local_addr().expect("its address").port();
    let region = format!("x@127.0.0.1:{port}/?");
    let output = awsop(
        &[
            "partnercentral-account",
            "list-partners",
            "--catalog",
            "Sandbox",
            "--region",
            &region,
        ],
        true,
    );
    assert_eq!(output.status.code(), Some(253), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("not a valid region name"),
        "{}",
        text(&output.stderr)
    );
    assert!(listener.accept().is_err(), "nothing connected");
}

/// `awsop partnercentral-account create-partner` at `url` with every required flag, the
/// alliance lead contact given as `contact`.
fn create_partner_with_contact(contact: &str, url: &str) -> Output {
    awsop(
        &[
            "partnercentral-account",
            "create-partner",
            "--catalog",
            "Sandbox",
            "--legal-name",
            "Example LLC",
            "--primary-solution-type",
            "CONSULTING_SERVICES",
            "--email-verification-code",
            "123456",
            "--alliance-lead-contact",
            contact,
            "--endpoint-url",
            url,
            "--region",
            "us-east-1",
        ],
        true,
    )
}

#[test]
fn bad_input_names_the_member_or_flag_never_the_value() {
    // a structure member given as text: serde would echo the text
    let output = create_partner_with_contact(
        "Jane SENSITIVE-SENTINEL jane@corp.example",
        "http://127.0.0.1:9",
    );
    let message = text(&output.stderr);
    assert_eq!(output.status.code(), Some(252), "{message}");
    assert!(message.contains("`AllianceLeadContact`"), "{message}");
    assert!(!message.contains("SENTINEL"), "{message}");

    // a required member left out names its flag
    let output = awsop(
        &[
            "partnercentral-account",
            "list-partners",
            "--region",
            "us-east-1",
        ],
        true,
    );
    let message = text(&output.stderr);
    assert_eq!(output.status.code(), Some(252), "{message}");
    assert!(
        message.contains("the following arguments are required: --catalog"),
        "{message}"
    );
}

/// `awsop partnercentral-account OPERATION --catalog Sandbox EXTRA..` against the emulator at
/// `url`, with its test keys.
fn in_sandbox(url: &str, operation: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "partnercentral-account",
        operation,
        "--catalog",
        "Sandbox",
        "--endpoint-url",
        url,
        "--region",
        "us-east-1",
    ];
    args.extend_from_slice(extra);
    tokio::task::block_in_place(|| awsop(&args, true))
}

/// `count` invitations from the test account to `partner-0`.., their ids in id order.
async fn invite(emulator: &Emulator, count: usize) -> Vec<String> {
    let client = awsop::Client::new(emulator.client_config().build());
    let mut ids = Vec::new();
    for n in 0..count {
        let mut input: awsop_partnercentral_account::CreateConnectionInvitation =
            serde_json::from_str(CREATE).expect("the input parses");
        input.receiver_identifier = format!("partner-{n}");
        ids.push(client.send(input).await.expect("created").id);
    }
    ids.sort();
    ids
}

#[tokio::test(flavor = "multi_thread")]
async fn paging_with_max_items_resumes_exactly_where_it_stopped() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    invite(&emulator, 5).await;
    let url = emulator.endpoint_url();
    let list = |extra: &[String]| -> Value {
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let output = in_sandbox(&url, "list-connection-invitations", &extra);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{extra:?}: {}",
            text(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("JSON output")
    };
    let ids = |page: &Value| -> Vec<String> {
        page["ConnectionInvitationSummaries"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["Id"].as_str().map(str::to_owned))
            .collect()
    };
    let everything = ids(&list(&[]));
    assert_eq!(everything.len(), 5);

    let sizes: [&[&str]; 6] = [
        &[],
        &["--page-size", "1"],
        &["--page-size", "2"],
        &["--page-size", "3"],
        &["--max-results", "2"],
        &["--page-size", "7"],
    ];
    for size in sizes {
        for max_items in [None, Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)] {
            let mut seen = Vec::new();
            let mut token: Option<String> = None;
            for _ in 0..10 {
                let mut args: Vec<String> = size.iter().map(|s| (*s).to_owned()).collect();
                if let Some(max) = max_items {
                    args.extend(["--max-items".to_owned(), max.to_string()]);
                }
                if let Some(token) = &token {
                    args.extend(["--starting-token".to_owned(), token.clone()]);
                }
                let page = list(&args);
                let shown = ids(&page);
                assert!(
                    max_items.is_none_or(|max| shown.len() <= max),
                    "{size:?} {max_items:?}: {shown:?}"
                );
                seen.extend(shown);
                token = page["NextToken"].as_str().map(str::to_owned);
                if token.is_none() {
                    break;
                }
            }
            assert_eq!(
                seen, everything,
                "{size:?} --max-items {max_items:?}: each exactly once, in order"
            );
        }
    }

    let bad = tokio::task::block_in_place(|| {
        awsop(
            &[
                "partnercentral-account",
                "list-connection-invitations",
                "--catalog",
                "Sandbox",
                "--starting-token",
                "not-a-token",
                "--endpoint-url",
                &url,
                "--region",
                "us-east-1",
            ],
            true,
        )
    });
    assert_eq!(bad.status.code(), Some(252));
    assert!(
        text(&bad.stderr).contains("--starting-token is not a NextToken"),
        "{}",
        text(&bad.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_cli_habits_work_pager_flag_help_word_and_timeouts() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let list = |extra: &[&str]| in_sandbox(&url, "list-partners", extra);
    let paged = list(&["--no-cli-pager", "--cli-connect-timeout", "5"]);
    assert_eq!(paged.status.code(), Some(0), "{}", text(&paged.stderr));

    // an answer slower than --cli-read-timeout is given up on: answers an hour away, so only
    // the timeout ends the run within BOUND
    emulator.inject((0..3).map(|_| awsop_emulator::Fault::delay(Duration::from_secs(3600))));
    let slow = list(&["--cli-read-timeout", "1"]);
    assert_ne!(slow.status.code(), Some(0), "{}", text(&slow.stdout));
    assert!(
        text(&slow.stderr).contains("within the attempt timeout of 1s"),
        "{}",
        text(&slow.stderr)
    );
    assert_eq!(emulator.requests().len(), 1 + 3, "three attempts");

    // `help` after an operation is its help, as in the aws CLI
    let help = awsop(&["partnercentral-account", "list-partners", "help"], false);
    assert_eq!(help.status.code(), Some(0), "{}", text(&help.stderr));
    assert!(
        text(&help.stdout).contains("--catalog"),
        "{}",
        text(&help.stdout)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn query_and_text_output_select_and_print_as_the_aws_cli() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let ids = invite(&emulator, 3).await;
    let url = emulator.endpoint_url();
    let list = |extra: &[&str]| in_sandbox(&url, "list-connection-invitations", extra);
    let queried = list(&["--query", "ConnectionInvitationSummaries[].Id"]);
    let value: Value = serde_json::from_slice(&queried.stdout).expect("JSON");
    assert_eq!(value, serde_json::json!(ids), "{}", text(&queried.stderr));
    let as_text = list(&[
        "--query",
        "ConnectionInvitationSummaries[].Id",
        "--output",
        "text",
    ]);
    assert_eq!(text(&as_text.stdout).trim_end(), ids.join("\t"));
    let rows = list(&[
        "--query",
        "ConnectionInvitationSummaries[].[Id,Status]",
        "--output",
        "text",
    ]);
    let expected: Vec<String> = ids.iter().map(|id| format!("{id}\tPENDING")).collect();
    assert_eq!(text(&rows.stdout).trim_end(), expected.join("\n"));
    let whole = list(&["--output", "text"]);
    assert!(
        text(&whole.stdout).contains("CONNECTIONINVITATIONSUMMARIES\t"),
        "{}",
        text(&whole.stdout)
    );

    let sent = emulator.requests().len();
    let bad = list(&["--query", "[[["]);
    assert_eq!(bad.status.code(), Some(252));
    assert!(
        text(&bad.stderr).contains("--query is not a JMESPath expression"),
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(emulator.requests().len(), sent, "nothing sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_runs_every_step_to_its_end() {
    // the README's first command, as a user runs it
    let output = tokio::task::block_in_place(|| awsop(&["demo"], false));
    let shown = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{shown}{}",
        text(&output.stderr)
    );
    for n in 1..=9 {
        assert!(shown.contains(&format!("[{n}/9]")), "step {n}: {shown}");
    }
    for what in [
        "invitations PENDING",
        "page 3:",
        "is REJECTED",
        "is CANCELED",
        "typed ConflictException",
        "refused before sending",
        "team=alliances",
        "✔ done in",
    ] {
        assert!(shown.contains(what), "`{what}`: {shown}");
    }
    assert!(
        !shown.contains("Dana Alvarez") && !shown.contains("AnyCompany Cloud Consulting LLC"),
        "sensitive values stay redacted: {shown}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_structure_flag_takes_json() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let url = emulator.endpoint_url();
    let contact = r#"{"FirstName":"Dana","LastName":"Alvarez","Email":"dana@example.com","BusinessTitle":"Alliance lead"}"#;
    let output = tokio::task::block_in_place(|| create_partner_with_contact(contact, &url));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let sent = emulator.requests().pop().expect("the call was sent");
    assert_eq!(
        sent.json()["AllianceLeadContact"],
        serde_json::from_str::<Value>(contact).expect("JSON")
    );
}

fn pending_or_throttled(url: &str, calls: usize) -> Vec<bool> {
    let client = awsop::Client::new(config_for(url).max_attempts(1).build());
    let input: awsop_partnercentral_account::CreateConnectionInvitation =
        serde_json::from_str(CREATE).expect("the input parses");
    tokio::runtime::Handle::current().block_on(async {
        let mut outcomes = Vec::new();
        for _ in 0..calls {
            match client.send(input.clone()).await {
                Ok(_) => outcomes.push(true),
                Err(err) if err.code() == Some("ThrottlingException") => outcomes.push(false),
                Err(err) => panic!("neither answered nor throttled: {err}"),
            }
        }
        outcomes
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn the_emulator_flags_seed_the_state_and_fault_as_they_say() {
    // --seed: a state file as GET /__awsop/state gives it
    let source = Emulator::start().await.expect("the emulator starts");
    let created = create_as_id(&source.endpoint_url()).await;
    let dir = std::env::temp_dir().join(format!("awsop-cli-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let state = dir.join("state.json");
    std::fs::write(&state, source.state().to_string()).expect("write the state");
    let state_arg = state.display().to_string();
    let seeded = tokio::task::block_in_place(|| standalone(&["--seed", &state_arg], &[]));
    let _ = std::fs::remove_dir_all(&dir);
    let got = awsop::Client::new(config_for(&seeded.url).build())
        .send(awsop_partnercentral_account::GetConnectionInvitation {
            catalog: "Sandbox".into(),
            identifier: created.clone(),
        })
        .await
        .expect("the seeded invitation is there");
    assert_eq!(got.id, created);
    drop(seeded);

    // --throttle-fraction and --drop-fraction: all, and a seeded share
    let throttled = tokio::task::block_in_place(|| standalone(&["--throttle-fraction", "1"], &[]));
    assert_eq!(
        tokio::task::block_in_place(|| pending_or_throttled(&throttled.url, 3)),
        [false; 3]
    );
    drop(throttled);
    let dropped = tokio::task::block_in_place(|| standalone(&["--drop-fraction", "1"], &[]));
    let err = create_as(&dropped.url, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        .await
        .expect_err("every connection dropped");
    assert_eq!(err.kind(), awsop::ErrorKind::Transport, "{err}");
    drop(dropped);
    let share = |seed: &str| {
        let server = standalone(&["--throttle-fraction", "0.5", "--fault-seed", seed], &[]);
        pending_or_throttled(&server.url, 24)
    };
    let (first, again, other) =
        tokio::task::block_in_place(|| (share("7"), share("7"), share("8")));
    assert_eq!(first, again, "one seed, one sequence");
    assert_ne!(first, other, "another seed, another sequence");
    let throttles = first.iter().filter(|ok| !**ok).count();
    assert!((4..=20).contains(&throttles), "half of 24: {first:?}");

    // --delay-ms: every answer waits
    let slow = tokio::task::block_in_place(|| standalone(&["--delay-ms", "1500"], &[]));
    let impatient = awsop::Client::new(
        config_for(&slow.url)
            .max_attempts(1)
            .attempt_timeout(Duration::from_millis(300))
            .build(),
    );
    let input: awsop_partnercentral_account::CreateConnectionInvitation =
        serde_json::from_str(CREATE).expect("the input parses");
    let err = impatient.send(input).await.expect_err("slower than 300 ms");
    assert!(err.is_timeout(), "{err}");
    create_as(&slow.url, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        .await
        .expect("a patient call is answered");
}

/// Creates an invitation at `url` with the test keys; its id.
async fn create_as_id(url: &str) -> String {
    let config = config_for(url).build();
    let input: awsop_partnercentral_account::CreateConnectionInvitation =
        serde_json::from_str(CREATE).expect("the input parses");
    awsop::Client::new(config)
        .send(input)
        .await
        .expect("created")
        .id
}
