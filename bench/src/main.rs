//! The benchmark driver: a minimal loopback responder, and three clients making the same
//! CancelConnectionInvitation call — awsop, the official SDK (`--features official-sdk`),
//! and a hand-written reqwest + aws-sigv4 + serde_json client as the floor.
//!
//! ```text
//! awsop-bench responder                                  # prints its URL, serves until killed
//! awsop-bench calls --client awsop|sdk|raw|none|awsop-scheduler|sdk-scheduler --n N --endpoint URL
//! awsop-bench wall  --client awsop|sdk|raw|awsop-scheduler|sdk-scheduler --n N --concurrency C --endpoint URL
//! ```
//! `calls` runs on a current-thread runtime so callgrind counts one deterministic thread;
//! `wall` prints nanoseconds per call.
#![forbid(unsafe_code)]

mod clients;
mod responder;

use std::time::Instant;

use clients::Bench;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let command = args.get(1).map(String::as_str).unwrap_or("");
    let client = arg(&args, "--client").unwrap_or_else(|| "awsop".into());
    let endpoint = arg(&args, "--endpoint").unwrap_or_default();
    let n: usize = arg(&args, "--n").map_or(Ok(0), |v| v.parse())?;
    match command {
        "responder" => {
            let port: u16 = arg(&args, "--port").map_or(Ok(0), |v| v.parse())?;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()?;
            runtime.block_on(responder::serve(port))?;
        }
        "calls" => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let bench = Bench::new(&client, &endpoint)?;
                for _ in 0..n {
                    bench.call().await?;
                }
                Ok::<_, Box<dyn std::error::Error>>(())
            })?;
        }
        "wall" => {
            let concurrency: usize = arg(&args, "--concurrency").map_or(Ok(1), |v| v.parse())?;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            let per_call = runtime.block_on(async {
                let bench = std::sync::Arc::new(Bench::new(&client, &endpoint)?);
                for _ in 0..200 {
                    bench.call().await?; // warm the pool and caches
                }
                let started = Instant::now();
                let mut tasks = tokio::task::JoinSet::new();
                for worker in 0..concurrency {
                    let bench = std::sync::Arc::clone(&bench);
                    let share = n / concurrency + usize::from(worker < n % concurrency);
                    tasks.spawn(async move {
                        for _ in 0..share {
                            bench.call().await?;
                        }
                        Ok::<_, String>(())
                    });
                }
                while let Some(done) = tasks.join_next().await {
                    done??;
                }
                let elapsed = started.elapsed();
                Ok::<_, Box<dyn std::error::Error>>(elapsed.as_nanos() / n.max(1) as u128)
            })?;
            println!("{per_call}");
        }
        _ => return Err("usage: awsop-bench responder | calls | wall (see the crate docs)".into()),
    }
    Ok(())
}
