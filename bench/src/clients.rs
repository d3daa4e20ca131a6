//! The clients under test, each making the same signed call: Partner Central's
//! CancelConnectionInvitation (awsJson 1.0), or, for the `-scheduler` clients, EventBridge
//! Scheduler's GetSchedule (restJson1: a GET with a label and a query parameter).

use std::sync::Arc;
use std::time::SystemTime;

use awsop_partnercentral_account::CancelConnectionInvitation;

const KEY: &str = "AKIDBENCHMARK";
const SECRET: &str = "bench-secret-key";
const REGION: &str = "us-east-1";
const ID: &str = "pacinv-0123456789abc";

pub(crate) enum Bench {
    None,
    Awsop(awsop::Client),
    #[cfg(feature = "official-sdk")]
    Sdk(aws_sdk_partnercentralaccount::Client),
    Raw(Raw),
    AwsopScheduler(awsop::Client),
    #[cfg(feature = "official-sdk-scheduler")]
    SdkScheduler(aws_sdk_scheduler::Client),
}

/// The schedule GetSchedule reads, and its group.
const SCHEDULE: &str = "nightly-report";
const GROUP: &str = "reports";

impl Bench {
    pub(crate) fn new(client: &str, endpoint: &str) -> Result<Self, String> {
        Ok(match client {
            "none" => Self::None,
            "awsop" => Self::Awsop(awsop_client(endpoint)),
            #[cfg(feature = "official-sdk")]
            "sdk" => {
                use aws_sdk_partnercentralaccount::config::{BehaviorVersion, Credentials, Region};
                let config = aws_sdk_partnercentralaccount::Config::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new(REGION))
                    .credentials_provider(Credentials::new(KEY, SECRET, None, None, "bench"))
                    .endpoint_url(endpoint)
                    .build();
                Self::Sdk(aws_sdk_partnercentralaccount::Client::from_conf(config))
            }
            "raw" => Self::Raw(Raw::new(endpoint)?),
            "awsop-scheduler" => Self::AwsopScheduler(awsop_client(endpoint)),
            #[cfg(feature = "official-sdk-scheduler")]
            "sdk-scheduler" => {
                use aws_sdk_scheduler::config::{BehaviorVersion, Credentials, Region};
                let config = aws_sdk_scheduler::Config::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new(REGION))
                    .credentials_provider(Credentials::new(KEY, SECRET, None, None, "bench"))
                    .endpoint_url(endpoint)
                    .build();
                Self::SdkScheduler(aws_sdk_scheduler::Client::from_conf(config))
            }
            other => {
                return Err(format!(
                    "unknown client `{other}` (build with --features official-sdk for `sdk`, official-sdk-scheduler for `sdk-scheduler`)"
                ))
            }
        })
    }

    pub(crate) async fn call(&self) -> Result<(), String> {
        match self {
            Self::None => Ok(()),
            Self::Awsop(client) => client
                .send(CancelConnectionInvitation {
                    catalog: "AWS".into(),
                    identifier: ID.into(),
                    client_token: None,
                })
                .await
                .map(|out| assert_eq!(out.id, ID))
                .map_err(|e| e.to_string()),
            #[cfg(feature = "official-sdk")]
            Self::Sdk(client) => client
                .cancel_connection_invitation()
                .catalog("AWS")
                .identifier(ID)
                .send()
                .await
                .map(|out| assert_eq!(out.id(), ID))
                .map_err(|e| format!("{e:?}")),
            Self::Raw(raw) => raw.call().await,
            Self::AwsopScheduler(client) => client
                .send(awsop_example_services::scheduler::GetSchedule {
                    name: SCHEDULE.into(),
                    group_name: Some(GROUP.into()),
                })
                .await
                .map(|out| assert_eq!(out.name.as_deref(), Some(SCHEDULE)))
                .map_err(|e| e.to_string()),
            #[cfg(feature = "official-sdk-scheduler")]
            Self::SdkScheduler(client) => client
                .get_schedule()
                .name(SCHEDULE)
                .group_name(GROUP)
                .send()
                .await
                .map(|out| assert_eq!(out.name(), Some(SCHEDULE)))
                .map_err(|e| format!("{e:?}")),
        }
    }
}

/// An awsop client for `endpoint` (one client serves any service).
fn awsop_client(endpoint: &str) -> awsop::Client {
    awsop::Client::new(
        awsop::Config::builder()
            .endpoint_url(endpoint)
            .region(REGION)
            .credentials(awsop::Credentials::new(KEY, SECRET, None))
            .build(),
    )
}

/// The floor: one request built by hand with reqwest, aws-sigv4 and serde_json.
pub(crate) struct Raw {
    http: reqwest::Client,
    url: String,
    identity: aws_smithy_runtime_api::client::identity::Identity,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
#[expect(
    dead_code,
    reason = "deserialized as a real client would, not all read"
)]
struct Output {
    catalog: String,
    id: String,
    arn: String,
    status: String,
    created_at: String,
    updated_at: String,
    inviter_name: String,
}

impl Raw {
    fn new(endpoint: &str) -> Result<Self, String> {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .no_proxy()
            .build()
            .map_err(|e| e.to_string())?;
        let identity =
            aws_credential_types::Credentials::new(KEY, SECRET, None, None, "raw").into();
        Ok(Self {
            http,
            url: endpoint.to_owned(),
            identity,
        })
    }

    async fn call(&self) -> Result<(), String> {
        use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
        let token = format!(
            "{:032x}",
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        );
        let body = serde_json::to_vec(
            &serde_json::json!({"Catalog": "AWS", "Identifier": ID, "ClientToken": token}),
        )
        .map_err(|e| e.to_string())?;
        let headers = [
            ("content-type", "application/x-amz-json-1.0"),
            (
                "x-amz-target",
                "PartnerCentralAccount.CancelConnectionInvitation",
            ),
        ];
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&self.identity)
            .region(REGION)
            .name("partnercentral-account")
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|e| e.to_string())?
            .into();
        let signable = SignableRequest::new(
            "POST",
            self.url.as_str(),
            headers.iter().copied(),
            SignableBody::Bytes(&body),
        )
        .map_err(|e| e.to_string())?;
        let (instructions, _) = sign(signable, &params)
            .map_err(|e| e.to_string())?
            .into_parts();
        let mut request = self.http.post(&self.url).body(body);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        for (name, value) in instructions.headers() {
            request = request.header(name, value);
        }
        let response = request.send().await.map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        let output: Output = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        assert_eq!(output.id, ID);
        Ok(())
    }
}
