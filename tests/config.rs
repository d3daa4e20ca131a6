//! Configuration from the environment and the shared profile files, credential providers,
//! the default chain and its cache, over real temp files and a real `credential_process`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use awsop::{
    Client, Config, Credentials, CredentialsError, CredentialsFuture, ErrorKind, ProvideCredentials,
};
use awsop_emulator::{Emulator, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY};
use awsop_partnercentral_account::GetConnectionInvitation;

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("awsop-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temp dir");
        Self(dir)
    }
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write a temp file");
        path.display().to_string()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn get() -> GetConnectionInvitation {
    GetConnectionInvitation {
        catalog: "AWS".into(),
        identifier: "pacinv-0123456789abc".into(),
    }
}

#[test]
fn environment_wins_over_the_profile() {
    let dir = Dir::new("env-wins");
    let config = dir.file("config", "[default]\nregion = eu-west-1\n");
    let credentials = dir.file(
        "credentials",
        "[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = s\n",
    );
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
        ("AWS_ACCESS_KEY_ID", "FROMENV"),
        ("AWS_SECRET_ACCESS_KEY", "s2"),
        ("AWS_DEFAULT_REGION", "us-west-2"),
    ]))
    .expect("valid");
    assert_eq!(
        loaded.credentials().map(Credentials::access_key_id),
        Some("FROMENV")
    );
    assert_eq!(loaded.region(), Some("us-west-2"));

    let from_files = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
    ]))
    .expect("valid");
    assert_eq!(
        from_files.credentials().map(Credentials::access_key_id),
        Some("FROMFILE")
    );
    assert_eq!(from_files.region(), Some("eu-west-1"));
}

#[test]
fn a_named_profile_is_read_from_both_files() {
    let dir = Dir::new("named");
    let config = dir.file("config", "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = ap-southeast-2\nmax_attempts = 5\n");
    let credentials = dir.file("credentials", "[dev]\naws_access_key_id = DEVKEY\naws_secret_access_key = devsecret\naws_session_token = devtoken\n");
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
        ("AWS_PROFILE", "dev"),
    ]))
    .expect("valid");
    assert_eq!(loaded.region(), Some("ap-southeast-2"));
    let creds = loaded
        .credentials()
        .expect("static credentials from the file");
    assert_eq!(
        (creds.access_key_id(), creds.session_token()),
        ("DEVKEY", Some("devtoken"))
    );
    assert!(!format!("{loaded:?}").contains("devsecret"));
}

#[test]
fn bad_configuration_is_a_clear_error() {
    let dir = Dir::new("bad");
    let malformed = dir.file(
        "config",
        "[default]\nregion = us-east-1\n[profile dev]\nregion us-west-2\n",
    );
    let err = Config::from_vars(vars(&[("AWS_CONFIG_FILE", &malformed)])).expect_err("malformed");
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert_eq!(
        err.to_string(),
        format!("configuration error: {malformed} line 4: expected `[section]`, `key = value` or a comment")
    );

    let ok = dir.file("config2", "[default]\nregion = us-east-1\n");
    let err = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &ok),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_PROFILE", "prod"),
    ]))
    .expect_err("no such profile");
    assert!(
        err.to_string()
            .contains("the profile `prod` (from AWS_PROFILE) is in none of"),
        "{err}"
    );

    let err = Config::from_vars(vars(&[("AWS_ACCESS_KEY_ID", "x")])).expect_err("half the keys");
    assert_eq!(err.kind(), ErrorKind::Credentials);
    let err = Config::from_vars(vars(&[("AWS_MAX_ATTEMPTS", "zero")])).expect_err("not a number");
    assert!(
        err.to_string()
            .contains("expected a whole number of at least 1"),
        "{err}"
    );
    let err =
        Config::from_vars(vars(&[("AWS_RETRY_MODE", "aggressive")])).expect_err("unknown mode");
    assert!(
        err.to_string()
            .contains("expected `standard`, `legacy` or `adaptive`"),
        "{err}"
    );
}

#[tokio::test]
async fn nothing_configured_fails_the_call_naming_what_was_looked_at() {
    let dir = Dir::new("nothing");
    let emulator = Emulator::start().await.expect("the emulator starts");
    let config = dir.file("config", "[default]\nregion = us-east-1\n");
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
        ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
    ]))
    .expect("loading does not need credentials");
    let err = Client::new(loaded)
        .send(get())
        .await
        .expect_err("no credentials anywhere");
    assert_eq!(err.kind(), ErrorKind::Credentials);
    let line = err.to_string();
    assert!(line.contains("no credentials found; looked at the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) and profile `default`"), "{line}");
    assert!(
        line.contains(&config) && line.contains("/nonexistent/credentials (not found)"),
        "{line}"
    );
    assert!(emulator.requests().is_empty(), "nothing was sent");

    let role = dir.file("config-role", "[default]\nregion = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = base\n");
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &role),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
    ]))
    .expect("valid");
    let err = Client::new(loaded)
        .send(get())
        .await
        .expect_err("role_arn is not resolved by awsop");
    assert!(
        err.to_string().contains("profile `default`'s `role_arn`")
            && err
                .to_string()
                .contains("aws configure export-credentials --profile default")
            && err.to_string().contains("aws-credential-types"),
        "{err}"
    );
    assert!(emulator.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_profile_named_explicitly_wins_over_the_environments_keys() {
    let dir = Dir::new("explicit");
    let emulator = Emulator::start_with(awsop_emulator::Options {
        credentials: vec![
            ("AKIDENVIRONMENT".into(), "env-secret".into()),
            ("AKIDPARTNERB".into(), "partner-b-secret".into()),
        ],
        ..Default::default()
    })
    .await
    .expect("the emulator starts");
    let config = dir.file(
        "config",
        "[profile partnerb]
region = us-east-1
",
    );
    let credentials = dir.file(
        "credentials",
        "[partnerb]
aws_access_key_id = AKIDPARTNERB
aws_secret_access_key = partner-b-secret
",
    );
    let env = vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
        ("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
    ]);
    let named = Config::from_vars_with_profile(env.clone(), "partnerb").expect("valid");
    assert_eq!(
        named.credentials().map(Credentials::access_key_id),
        Some("AKIDPARTNERB")
    );
    let _ = Client::new(named).send(get()).await;
    let signed = emulator.requests().pop().expect("a request was sent");
    assert!(
        signed
            .header("authorization")
            .is_some_and(|a| a.contains("Credential=AKIDPARTNERB/")),
        "signed as the named profile"
    );
    // AWS_PROFILE is not an explicit choice: the environment's keys come first, as in the SDKs
    let mut from_var = env.clone();
    from_var.push(("AWS_PROFILE".into(), "partnerb".into()));
    let loaded = Config::from_vars(from_var).expect("valid");
    assert_eq!(
        loaded.credentials().map(Credentials::access_key_id),
        Some("AKIDENVIRONMENT")
    );
    // a named profile no file has is an error, never the environment's identity
    let err = Config::from_vars_with_profile(env, "nosuch").expect_err("no such profile");
    assert!(
        err.to_string()
            .contains("the profile `nosuch` (named explicitly) is in none of"),
        "{err}"
    );
}

#[tokio::test]
async fn a_role_or_sso_profile_is_never_signed_with_other_keys() {
    let dir = Dir::new("delegated");
    let emulator = Emulator::start().await.expect("the emulator starts");
    for (setting, line) in [
        (
            "role_arn",
            "role_arn = arn:aws:iam::123456789012:role/x\nsource_profile = base",
        ),
        (
            "sso_session",
            "sso_session = corp\nsso_account_id = 123456789012",
        ),
        (
            "web_identity_token_file",
            "web_identity_token_file = /var/token\nrole_arn_x = y",
        ),
        (
            "credential_source",
            "credential_source = Ec2InstanceMetadata",
        ),
    ] {
        // the same profile has static keys too: the official chain takes the role first
        let config = dir.file(
            "config",
            &format!("[profile work]\nregion = us-east-1\n{line}\naws_access_key_id = {TEST_ACCESS_KEY_ID}\naws_secret_access_key = {TEST_SECRET_ACCESS_KEY}\n"),
        );
        let loaded = Config::from_vars_with_profile(
            vars(&[
                ("AWS_CONFIG_FILE", &config),
                ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
                ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
            ]),
            "work",
        )
        .expect("valid");
        assert!(
            loaded.credentials().is_none(),
            "{setting}: not the static keys"
        );
        let err = Client::new(loaded)
            .send(get())
            .await
            .expect_err("not resolved by awsop");
        assert_eq!(err.kind(), ErrorKind::Credentials);
        assert!(
            err.to_string().contains(&format!("`{setting}`"))
                && err.to_string().contains("no other identity is used"),
            "{err}"
        );
    }
    // the container's credentials, from the environment alone
    let err = Client::new(
        Config::from_vars(vars(&[
            ("AWS_CONFIG_FILE", "/nonexistent"),
            ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
            ("AWS_REGION", "us-east-1"),
            (
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "/v2/credentials/x",
            ),
            ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
        ]))
        .expect("valid"),
    )
    .send(get())
    .await
    .expect_err("container credentials are not resolved");
    assert!(
        err.to_string()
            .contains("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
        "{err}"
    );
    assert!(emulator.requests().is_empty(), "nothing was sent");
}

#[test]
fn a_legacy_section_in_the_credentials_file_does_not_break_the_default_profile() {
    let dir = Dir::new("legacy");
    let credentials = dir.file(
        "credentials",
        "\u{feff}[default]\naws_access_key_id = DEFAULTKEY\naws_secret_access_key = s\n[profile legacy]\naws_access_key_id = LEGACYKEY\naws_secret_access_key = s\n",
    );
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", "/nonexistent"),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
    ]))
    .expect("the legacy section is skipped");
    assert_eq!(
        loaded.credentials().map(Credentials::access_key_id),
        Some("DEFAULTKEY")
    );
}

fn credential_process_script(dir: &Dir, expires_in: Duration) -> (String, PathBuf) {
    let counter = dir.0.join("runs");
    let expiration = awsop::DateTime::from(SystemTime::now() + expires_in).to_iso8601();
    let script = dir.file(
        "creds.sh",
        &format!(
            "#!/bin/sh\necho run >> '{}'\nprintf '{{\"Version\": 1, \"AccessKeyId\": \"{TEST_ACCESS_KEY_ID}\", \"SecretAccessKey\": \"{TEST_SECRET_ACCESS_KEY}\", \"SessionToken\": \"tok\", \"Expiration\": \"{expiration}\"}}'\n",
            counter.display()
        ),
    );
    (format!("sh {script}"), counter)
}

fn runs(counter: &Path) -> usize {
    std::fs::read_to_string(counter)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

#[tokio::test]
async fn credential_process_is_run_once_and_cached_until_near_expiry() {
    let dir = Dir::new("process");
    let emulator = Emulator::start().await.expect("the emulator starts");
    for (expires_in, expected_runs) in
        [(Duration::from_secs(3600), 1), (Duration::from_secs(60), 3)]
    {
        let (command, counter) = credential_process_script(&dir, expires_in);
        let _ = std::fs::remove_file(&counter);
        let config = dir.file(
            "config",
            &format!("[profile proc]\nregion = us-east-1\ncredential_process = {command}\n"),
        );
        let loaded = Config::from_vars(vars(&[
            ("AWS_CONFIG_FILE", &config),
            ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
            ("AWS_PROFILE", "proc"),
            ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
        ]))
        .expect("valid");
        let client = Client::new(loaded);
        for _ in 0..3 {
            let err = client
                .send(get())
                .await
                .expect_err("not found, but signed and accepted");
            assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err}");
        }
        assert_eq!(
            runs(&counter),
            expected_runs,
            "credentials expiring in {expires_in:?}"
        );
    }
    let last = emulator.requests().pop().expect("requests were made");
    assert_eq!(last.header("x-amz-security-token"), Some("tok"));

    let broken = dir.file(
        "config-broken",
        "[default]\nregion = us-east-1\ncredential_process = sh -c 'echo nope >&2; exit 3'\n",
    );
    let loaded = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &broken),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_ENDPOINT_URL", &emulator.endpoint_url()),
    ]))
    .expect("valid");
    let err = Client::new(loaded)
        .send(get())
        .await
        .expect_err("the process fails");
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(
        err.to_string().contains("failed (exit status: 3): nope"),
        "{err}"
    );
}

/// A provider that counts its calls and hands out credentials that expire soon.
#[derive(Debug, Default)]
struct Counting(Arc<AtomicUsize>);

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let n = self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            if n >= 1 {
                return Err(CredentialsError::new("the provider is down"));
            }
            Ok(
                Credentials::new(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, None)
                    .with_expiry(SystemTime::now() + Duration::from_secs(120)),
            )
        })
    }
}

#[tokio::test]
async fn a_failed_refresh_keeps_credentials_that_have_not_expired() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let calls = Arc::new(AtomicUsize::new(0));
    let client = Client::new(
        emulator
            .client_config()
            .credentials_provider(Counting(Arc::clone(&calls)))
            .build(),
    );
    for _ in 0..2 {
        let err = client.send(get()).await.expect_err("not found");
        assert_eq!(err.code(), Some("ResourceNotFoundException"));
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "a refresh was tried, failed, and the old credentials signed"
    );
}

#[tokio::test]
async fn any_aws_credential_types_provider_can_be_plugged_in() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let theirs = aws_credential_types::Credentials::new(
        TEST_ACCESS_KEY_ID,
        TEST_SECRET_ACCESS_KEY,
        None,
        None,
        "aws-config",
    );
    let client = Client::new(
        emulator
            .client_config()
            .credentials_provider(awsop::AwsCredentialsProvider(theirs))
            .build(),
    );
    let err = client.send(get()).await.expect_err("not found, but signed");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}

/// Whether a process with this pid still runs (a zombie counts as gone).
fn alive(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{}/stat", pid.trim()))
        .is_ok_and(|stat| !stat.contains(") Z "))
}

#[tokio::test]
async fn a_credential_process_that_hangs_floods_or_expires_is_contained() {
    let dir = Dir::new("contained");
    let emulator = Emulator::start().await.expect("the emulator starts");
    let pidfile = dir.0.join("pid");
    let hang = dir.file(
        "hang.sh",
        &format!(
            "#!/bin/sh\nsleep 300 &\necho $! > '{}'\nwait\n",
            pidfile.display()
        ),
    );
    let call = |provider: awsop::ProcessProvider| {
        let client = Client::new(
            emulator
                .client_config()
                .credentials_provider(provider)
                .build(),
        );
        async move { client.send(get()).await }
    };

    // hangs: stopped at its timeout, with the process it started
    let started = std::time::Instant::now();
    let err = call(
        awsop::ProcessProvider::new(format!("sh {hang}")).with_timeout(Duration::from_secs(1)),
    )
    .await
    .expect_err("the helper hangs");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(
        err.to_string().contains("did not finish within 1s"),
        "{err}"
    );
    let pid = std::fs::read_to_string(&pidfile).expect("the helper wrote its child's pid");
    // SIGKILL is delivered asynchronously: on a loaded machine the child may still show as
    // running for a moment after the call returned
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while alive(&pid) && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!alive(&pid), "the helper's child {pid} was killed");

    // floods: stopped after 64 KiB
    let err = call(awsop::ProcessProvider::new("yes"))
        .await
        .expect_err("the helper floods");
    assert!(err.to_string().contains("more than 64 KiB"), "{err}");

    // expired credentials are refused
    let (expired, _) = credential_process_script(&dir, Duration::ZERO);
    std::thread::sleep(Duration::from_millis(1100));
    let err = call(awsop::ProcessProvider::new(expired))
        .await
        .expect_err("already expired");
    assert!(
        err.to_string()
            .contains("printed credentials that expired at"),
        "{err}"
    );

    // a failing helper is named by its program, not by its command line (it may hold a token)
    let err = call(awsop::ProcessProvider::new(
        "sh -c 'exit 4' --token SECRET-TOKEN-SENTINEL",
    ))
    .await
    .expect_err("fails");
    assert!(err.to_string().contains("program `sh`"), "{err}");
    assert!(!err.to_string().contains("SENTINEL"), "{err}");
    assert!(!format!("{err:?}").contains("SENTINEL"), "{err:?}");
    assert!(emulator.requests().is_empty(), "nothing was sent");
}

/// A client for the settings in `pairs` plus the emulator's endpoint and keys, waiting for
/// nothing between attempts.
fn client_from(emulator: &Emulator, pairs: &[(&str, &str)]) -> Client {
    let url = emulator.endpoint_url();
    let mut all = vec![
        ("AWS_ENDPOINT_URL", url.as_str()),
        ("AWS_ACCESS_KEY_ID", TEST_ACCESS_KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", TEST_SECRET_ACCESS_KEY),
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
        ("AWS_REGION", "us-east-1"),
    ];
    // later pairs win: the test's own settings override the defaults above
    all.retain(|(k, _)| !pairs.iter().any(|(p, _)| p == k));
    all.extend_from_slice(pairs);
    let config = Config::from_vars(vars(&all)).expect("valid settings");
    Client::new(
        config
            .to_builder()
            .sleep(awsop_tests::RecordingSleep::default())
            .build(),
    )
}

/// The attempts a call makes against a service that always throttles.
async fn attempts_when_throttled(emulator: &Emulator, client: &Client) -> (u32, u32) {
    emulator.inject((0..20).map(|_| awsop_emulator::Fault::error(400, "ThrottlingException", "x")));
    let err = client.send(get()).await.expect_err("always throttled");
    emulator.reset();
    err.attempts().expect("the call was sent")
}

#[tokio::test]
async fn max_attempts_and_retry_mode_come_from_the_environment_or_the_profile() {
    let dir = Dir::new("attempts");
    let emulator = Emulator::start().await.expect("the emulator starts");
    let profile = dir.file(
        "config",
        "[default]\nmax_attempts = 5\nretry_mode = legacy\n",
    );
    let client = client_from(&emulator, &[("AWS_CONFIG_FILE", &profile)]);
    assert_eq!(attempts_when_throttled(&emulator, &client).await, (5, 5));
    let client = client_from(
        &emulator,
        &[("AWS_CONFIG_FILE", &profile), ("AWS_MAX_ATTEMPTS", "2")],
    );
    assert_eq!(
        attempts_when_throttled(&emulator, &client).await,
        (2, 2),
        "the environment wins over the profile"
    );
    // every mode the official SDKs accept is taken, and retries as standard does
    for mode in ["standard", "legacy", "adaptive"] {
        let client = client_from(&emulator, &[("AWS_RETRY_MODE", mode)]);
        assert_eq!(
            attempts_when_throttled(&emulator, &client).await,
            (3, 3),
            "{mode}"
        );
    }
    let bad = dir.file("bad", "[default]\nretry_mode = eager\n");
    let err = Config::from_vars(vars(&[("AWS_CONFIG_FILE", &bad)])).expect_err("unknown mode");
    assert!(err.to_string().contains("retry mode is `eager`"), "{err}");
}

#[tokio::test]
async fn region_and_session_token_from_the_environment_sign_the_request() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let client = client_from(
        &emulator,
        &[
            ("AWS_REGION", "eu-central-1"),
            ("AWS_DEFAULT_REGION", "ap-south-1"),
            ("AWS_SESSION_TOKEN", "SESSION-FROM-ENV"),
        ],
    );
    assert_eq!(client.config().region(), Some("eu-central-1"));
    assert_eq!(
        client
            .config()
            .credentials()
            .and_then(Credentials::session_token),
        Some("SESSION-FROM-ENV")
    );
    client
        .send(get())
        .await
        .expect_err("not found, but signed and accepted");
    let request = emulator.requests().pop().expect("a request");
    assert_eq!(
        request.header("x-amz-security-token"),
        Some("SESSION-FROM-ENV")
    );
    assert!(
        request
            .header("authorization")
            .is_some_and(|a| a.contains("/eu-central-1/partnercentral-account/aws4_request")),
        "{:?}",
        request.header("authorization")
    );
    let default_only = Config::from_vars(vars(&[
        ("AWS_DEFAULT_REGION", "ap-south-1"),
        ("AWS_CONFIG_FILE", "/nonexistent"),
    ]))
    .expect("valid");
    assert_eq!(default_only.region(), Some("ap-south-1"));
}

#[test]
fn the_profile_files_are_found_in_home() {
    let dir = Dir::new("home");
    std::fs::create_dir_all(dir.0.join(".aws")).expect("~/.aws");
    dir.file(".aws/config", "[default]\nregion = sa-east-1\n");
    dir.file(
        ".aws/credentials",
        "[default]\naws_access_key_id = HOMEKEY\naws_secret_access_key = s\n",
    );
    let home = dir.0.display().to_string();
    let loaded = Config::from_vars(vars(&[("HOME", &home)])).expect("valid");
    assert_eq!(loaded.region(), Some("sa-east-1"));
    assert_eq!(
        loaded.credentials().map(Credentials::access_key_id),
        Some("HOMEKEY")
    );
}

#[tokio::test]
async fn fips_from_the_environment_or_the_profile_is_used() {
    let dir = Dir::new("fips");
    let emulator = Emulator::start().await.expect("the emulator starts");
    let profile = dir.file("config", "[default]\nuse_fips_endpoint = true\n");
    // the rule set refuses FIPS beside a custom endpoint: the refusal shows the flag was read
    for pairs in [
        vec![("AWS_USE_FIPS_ENDPOINT", "true")],
        vec![("AWS_CONFIG_FILE", profile.as_str())],
    ] {
        let err = client_from(&emulator, &pairs)
            .send(get())
            .await
            .expect_err("FIPS and a custom endpoint");
        assert!(
            err.to_string()
                .contains("FIPS and custom endpoint are not supported"),
            "{pairs:?}: {err}"
        );
    }
    // off in the environment wins over on in the profile
    let off = client_from(
        &emulator,
        &[
            ("AWS_CONFIG_FILE", &profile),
            ("AWS_USE_FIPS_ENDPOINT", "false"),
        ],
    );
    let err = off.send(get()).await.expect_err("not found");
    assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err}");
    assert!(emulator.requests().len() == 1);
}

#[test]
fn a_profile_can_ignore_the_configured_endpoint_urls() {
    let dir = Dir::new("ignore");
    let service = &awsop::service::PARTNERCENTRAL_ACCOUNT;
    let on = dir.file(
        "on",
        "[default]\nendpoint_url = http://127.0.0.1:9\nignore_configured_endpoint_urls = true\n",
    );
    let off = dir.file("off", "[default]\nendpoint_url = http://127.0.0.1:9\n");
    let endpoint = |file: &str, extra: &[(&str, &str)]| {
        let mut pairs = vec![("AWS_CONFIG_FILE", file)];
        pairs.extend_from_slice(extra);
        Config::from_vars(vars(&pairs))
            .expect("valid")
            .endpoint_url_for(service)
            .map(str::to_owned)
    };
    assert_eq!(endpoint(&off, &[]).as_deref(), Some("http://127.0.0.1:9"));
    assert_eq!(endpoint(&on, &[]), None);
    assert_eq!(
        endpoint(&on, &[("AWS_ENDPOINT_URL", "http://127.0.0.1:8")]),
        None,
        "the profile's ignore covers the environment's URL too"
    );
    assert_eq!(
        endpoint(&off, &[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")]),
        None
    );
}

/// A provider whose credentials expire `lifetime` after they are handed out; counts its calls
/// and takes `delay` to answer.
#[derive(Debug)]
struct Expiring {
    calls: Arc<AtomicUsize>,
    lifetime: Duration,
    delay: Duration,
}

impl ProvideCredentials for Expiring {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            Ok(
                Credentials::new(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, None)
                    .with_expiry(SystemTime::now() + self.lifetime),
            )
        })
    }
}

fn expiring_client(
    emulator: &Emulator,
    lifetime: Duration,
    delay: Duration,
) -> (Client, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let provider = Expiring {
        calls: Arc::clone(&calls),
        lifetime,
        delay,
    };
    let client = Client::new(
        emulator
            .client_config()
            .credentials_provider(provider)
            .build(),
    );
    (client, calls)
}

#[tokio::test]
async fn credentials_are_refreshed_five_minutes_before_they_expire() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    // 20 s either side of the window: the calls take far less
    for (lifetime, provided) in [(300 + 20, 1), (300 - 20, 3)] {
        let (client, calls) =
            expiring_client(&emulator, Duration::from_secs(lifetime), Duration::ZERO);
        for _ in 0..3 {
            let err = client.send(get()).await.expect_err("not found");
            assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err}");
        }
        assert_eq!(
            calls.load(Ordering::SeqCst),
            provided,
            "credentials valid for {lifetime} s"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_callers_share_one_refresh() {
    let emulator = Emulator::start().await.expect("the emulator starts");
    let (client, calls) = expiring_client(
        &emulator,
        Duration::from_secs(3600),
        Duration::from_millis(200),
    );
    let sends = (0..16).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.send(get()).await.map(|_| ()) })
    });
    for result in futures_util::future::join_all(sends).await {
        let err = result.expect("the task ran").expect_err("not found");
        assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err}");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1, "16 callers, one refresh");
    assert_eq!(emulator.requests().len(), 16);
}

#[test]
fn the_account_and_its_endpoint_mode_come_from_the_environment_or_the_profile() {
    let dir = Dir::new("account");
    let from_env = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", "/nonexistent"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_ACCESS_KEY_ID", "AKIDACCOUNT"),
        ("AWS_SECRET_ACCESS_KEY", "s"),
        ("AWS_ACCOUNT_ID", "111122223333"),
        ("AWS_ACCOUNT_ID_ENDPOINT_MODE", "disabled"),
    ]))
    .expect("valid");
    assert_eq!(
        from_env.credentials().and_then(Credentials::account_id),
        Some("111122223333")
    );
    assert!(
        format!("{from_env:?}").contains("account_id_endpoint_mode: \"disabled\""),
        "{from_env:?}"
    );
    let credentials = dir.file(
        "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\naws_account_id = 444455556666\n",
    );
    let config = dir.file("config", "[default]\naccount_id_endpoint_mode = required\n");
    let from_files = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", &config),
        ("AWS_SHARED_CREDENTIALS_FILE", &credentials),
    ]))
    .expect("valid");
    assert_eq!(
        from_files.credentials().and_then(Credentials::account_id),
        Some("444455556666")
    );
    assert!(
        format!("{from_files:?}").contains("account_id_endpoint_mode: \"required\""),
        "{from_files:?}"
    );
    let err = Config::from_vars(vars(&[("AWS_ACCOUNT_ID_ENDPOINT_MODE", "sometimes")]))
        .expect_err("not a mode");
    assert!(
        err.to_string()
            .contains("the account ID endpoint mode is `sometimes`"),
        "{err}"
    );
}
