//! A short AWS Lambda story through awsop: create a function from an inline zip, read it back,
//! invoke it (a raw payload in and out, the executed version and log tail from headers), list
//! the functions page by page, meet a typed error, delete it. Every step is printed; any
//! failure exits non-zero.
//!
//! Point it at any endpoint that speaks Lambda the way every SDK is configured:
//!
//! ```sh
//! AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=.. AWS_SECRET_ACCESS_KEY=.. \
//!     AWSOP_EXAMPLE_LAMBDA_ROLE=arn:aws:iam::123456789012:role/lambda cargo run --example lambda
//! AWS_ENDPOINT_URL_LAMBDA=http://localhost:4566 ... cargo run --example lambda
//! ```
//!
//! The function is `AWSOP_EXAMPLE_FUNCTION`, else `awsop-example`; its role
//! `AWSOP_EXAMPLE_LAMBDA_ROLE`, else a placeholder an emulator accepts.

use awsop::{Blob, Client, Sensitive};
use awsop_example_services::lambda::*;
use futures_util::StreamExt;

/// A Python handler that greets the `name` of its event, zipped (stored, no compression).
const HANDLER_ZIP: &[u8] = include_bytes!("lambda_function.zip");

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    match story().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("the lambda example failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn story() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let name = std::env::var("AWSOP_EXAMPLE_FUNCTION").unwrap_or_else(|_| "awsop-example".into());
    let role = std::env::var("AWSOP_EXAMPLE_LAMBDA_ROLE")
        .unwrap_or_else(|_| "arn:aws:iam::000000000000:role/lambda-role".into());

    println!("[1/7] CreateFunction {name}");
    let created = client
        .send(CreateFunction {
            function_name: name.clone(),
            runtime: Some(Runtime::Python313),
            role,
            handler: Some("lambda_function.handler".into()),
            code: FunctionCode {
                zip_file: Some(Sensitive(Blob(HANDLER_ZIP.to_vec()))),
                ..Default::default()
            },
            description: Some("created by the awsop example".into()),
            timeout: Some(10),
            memory_size: Some(128),
            ..Default::default()
        })
        .await?;
    println!("  {}", created.function_arn.unwrap_or_default());

    println!("[2/7] GetFunction {name}");
    let got = client
        .send(GetFunction {
            function_name: name.clone(),
            ..Default::default()
        })
        .await?;
    let runtime = got.configuration.and_then(|c| c.runtime);
    if runtime != Some(Runtime::Python313) {
        return Err(format!("read back runtime {runtime:?}").into());
    }
    println!("  runtime {}", Runtime::Python313);

    println!("[3/7] GetFunctionConfiguration {name}");
    let configuration = client
        .send(GetFunctionConfiguration {
            function_name: name.clone(),
            ..Default::default()
        })
        .await?;
    println!("  state {:?}", configuration.state);

    println!("[4/7] Invoke {name}");
    let invoked = client
        .send(Invoke {
            function_name: name.clone(),
            invocation_type: Some(InvocationType::RequestResponse),
            log_type: Some(LogType::Tail),
            payload: Some(Sensitive(Blob::from(r#"{"name":"awsop"}"#))),
            ..Default::default()
        })
        .await?;
    if let Some(kind) = invoked.function_error {
        return Err(format!("the function failed: {kind}").into());
    }
    let result = invoked.payload.map(|p| p.0 .0).unwrap_or_default();
    let result = String::from_utf8(result)?;
    if !result.contains("Hello, awsop") {
        return Err(format!("the function answered {result}").into());
    }
    println!(
        "  {} from version {}",
        result,
        invoked.executed_version.unwrap_or_default()
    );

    println!("[5/7] ListFunctions, one a page");
    let mut functions = client
        .paginate(ListFunctions::default())
        .page_size(1)
        .items();
    let mut names = Vec::new();
    while let Some(function) = functions.next().await {
        names.extend(function?.function_name);
    }
    if !names.contains(&name) {
        return Err(format!("{name} is not among {names:?}").into());
    }
    println!("  {} function(s), {name} among them", names.len());

    println!("[6/7] Invoke a function that does not exist: a typed error");
    match client
        .send(Invoke {
            function_name: format!("{name}-missing"),
            ..Default::default()
        })
        .await
    {
        Err(err)
            if matches!(
                err.service_error(),
                Some(InvokeError::ResourceNotFoundException(_))
            ) =>
        {
            println!("  {err}");
        }
        Err(err) => return Err(err.into()),
        Ok(_) => return Err("a missing function answered".into()),
    }

    println!("[7/7] DeleteFunction {name}");
    let deleted = client
        .send(DeleteFunction {
            function_name: name,
            ..Default::default()
        })
        .await?;
    println!("  status {}", deleted.status_code.unwrap_or_default());
    println!("done");
    Ok(())
}
