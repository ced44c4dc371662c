//! Fills a data folder with generated sessions, to measure `waypost list` on it:
//! `cargo run --release --example generate_sessions DIR [COUNT]` (default 10,000).

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/generate/mod.rs"]
#[allow(dead_code)] // the benchmarks use the rest of the generators
mod generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: generate_sessions DIR [COUNT]");
    let count = args.next().map(|n| n.parse().expect("COUNT is a number")).unwrap_or(10_000);
    generate::csr_folder(&waypost_core::store::FileStore::new(dir), count);
}
