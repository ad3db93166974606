//! Start-up only: parse the command line, set up logging for `run`, hand over.

use clap::Parser;
use sarcoma_bot::cli::{self, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run => sarcoma_bot::discord::main(&cli),
        _ => cli::run_offline(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
