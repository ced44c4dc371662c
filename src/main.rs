//! The `waypost` binary: every command runs through [`waypost::main`], which returns the exit
//! code (0 ok, 1 bad input, 2 usage; a closed pipe is 0).

fn main() -> std::process::ExitCode {
    waypost::main()
}
