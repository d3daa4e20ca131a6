//! Endpoint resolution: the rule set's cases from `conformance/endpoints`, and the
//! order in which configured endpoint URLs override the rules.

use awsop::endpoint::{resolve, EndpointParams};
use awsop::service::PARTNERCENTRAL_ACCOUNT;
use awsop::Config;

#[test]
fn every_rule_set_case_resolves_as_published() {
    let cases = awsop_tests::repo_json("conformance/endpoints/partnercentral-account.json");
    let cases = cases["cases"].as_array().expect("a list of cases");
    assert_eq!(cases.len(), 9);
    for case in cases {
        let params = &case["params"];
        let got = resolve(
            &PARTNERCENTRAL_ACCOUNT,
            EndpointParams {
                region: params["Region"].as_str(),
                use_fips: params["UseFIPS"].as_bool().unwrap_or(false),
                endpoint: params["Endpoint"].as_str(),
            },
        );
        match (case["url"].as_str(), case["error"].as_str()) {
            (Some(url), _) => assert_eq!(got, Ok(url.to_owned()), "{case}"),
            (None, Some(error)) => assert_eq!(got, Err(error.to_owned()), "{case}"),
            _ => panic!("a case without url or error: {case}"),
        }
    }
}

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn configured_endpoints_override_in_the_official_order() {
    let dir = tempdir("order");
    let config_file = dir.join("config");
    std::fs::write(
        &config_file,
        "[default]\nendpoint_url = http://profile-global\nservices = local\n[services local]\npartnercentral_account =\n  endpoint_url = http://profile-service\n",
    )
    .expect("write config");
    let base = [
        ("AWS_CONFIG_FILE", config_file.to_str().unwrap_or_default()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ];
    let resolve_with = |extra: &[(&str, &str)]| {
        let mut all = base.to_vec();
        all.extend_from_slice(extra);
        let config = Config::from_vars(vars(&all)).expect("valid configuration");
        config
            .endpoint_url_for(&PARTNERCENTRAL_ACCOUNT)
            .map(str::to_owned)
    };
    let service_env = (
        "AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT",
        "http://env-service",
    );
    let global_env = ("AWS_ENDPOINT_URL", "http://env-global");
    assert_eq!(
        resolve_with(&[service_env, global_env]).as_deref(),
        Some("http://env-service")
    );
    assert_eq!(
        resolve_with(&[global_env]).as_deref(),
        Some("http://env-global")
    );
    assert_eq!(resolve_with(&[]).as_deref(), Some("http://profile-service"));
    assert_eq!(
        resolve_with(&[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), global_env]),
        None
    );

    let explicit = Config::from_vars(vars(&[
        global_env,
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
    ]))
    .expect("valid")
    .to_builder()
    .endpoint_url("http://explicit")
    .build();
    assert_eq!(
        explicit.endpoint_url_for(&PARTNERCENTRAL_ACCOUNT),
        Some("http://explicit")
    );

    std::fs::write(
        &config_file,
        "[default]\nendpoint_url = http://profile-global\n",
    )
    .expect("write config");
    assert_eq!(resolve_with(&[]).as_deref(), Some("http://profile-global"));
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("awsop-endpoints-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir
}

#[tokio::test]
async fn a_region_that_is_no_host_label_is_refused_before_anything_is_sent() {
    // a real listener where a pasted region would send the request
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let hostile = format!("x@127.0.0.1:{port}/?");
    for region in [
        hostile.as_str(),
        "",
        "-us-east-1",
        "us-east-1-",
        "12345",
        "us east 1",
        &"a".repeat(64),
    ] {
        assert!(!awsop::endpoint::is_valid_region(region), "{region:?}");
    }
    for region in [
        "us-east-1",
        "cn-north-1",
        "us-gov-west-1",
        "aws-global",
        "eusc-de-east-1",
        "local",
    ] {
        assert!(awsop::endpoint::is_valid_region(region), "{region}");
    }

    // from the builder, with or without a custom endpoint (the region is signed into the
    // request either way): the call fails as configuration, and nothing reaches the listener
    for endpoint in [None, Some(format!("http://127.0.0.1:{port}"))] {
        let mut config = Config::builder()
            .region(hostile.clone())
            .credentials(awsop::Credentials::new("AKID", "secret", None));
        if let Some(endpoint) = endpoint {
            config = config.endpoint_url(endpoint);
        }
        let err = awsop::Client::new(config.build())
            .send(awsop_partnercentral_account::GetConnectionInvitation {
                catalog: "AWS".into(),
                identifier: "pacinv-0123456789abc".into(),
            })
            .await
            .expect_err("not a region");
        assert_eq!(err.kind(), awsop::ErrorKind::Configuration, "{err}");
        assert!(err.to_string().contains("not a valid region name"), "{err}");
        assert!(
            !err.to_string().contains("127.0.0.1"),
            "the value is not quoted: {err}"
        );
    }
    let accepted =
        tokio::time::timeout(std::time::Duration::from_millis(200), listener.accept()).await;
    assert!(accepted.is_err(), "nothing connected to the listener");

    // from the environment: loading fails
    let err = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", "/nonexistent"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_REGION", &hostile),
    ]))
    .expect_err("not a region");
    assert!(err.to_string().contains("from AWS_REGION"), "{err}");
}
