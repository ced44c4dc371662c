//! Reading a workbook for `waypost import` in a process of its own, within 128 MB of memory and
//! 5 seconds. The spreadsheet readers read some formats whole, and a few KB of a crafted file
//! can ask them for gigabytes (a cell at the sheet's far corner, a row repeated a million times,
//! two billion spaces) or send them round a loop; in a process of its own, such a file ends that
//! process alone, and the import says why. The process is this binary, started with an argument
//! no user types; it reads the workbook on standard input and answers its cells as JSON.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use waypost_core::tr;
use waypost_core::xlsform::{Error, Workbook, read_workbook};

#[cfg(windows)]
mod windows;

/// The argument that makes the binary the reader of one workbook (never in the help).
const READER: &str = "--waypost-read-workbook";
/// The memory the reader may take.
const MEMORY: u64 = 128 << 20;
/// How long it may take.
const TIME: Duration = Duration::from_secs(5);
/// The largest workbook read: a form of thousands of questions is a few hundred KB.
pub(crate) const MAX_BYTES: u64 = 32 << 20;
/// The most the reader may answer.
const MAX_ANSWER: u64 = 256 << 20;

/// Whether the process was started as the reader.
pub(crate) fn is_reader() -> bool {
    std::env::args_os().nth(1).as_deref() == Some(OsStr::new(READER))
}

/// The reader: the workbook on standard input, the cells (or why there are none) as JSON on
/// standard output.
pub(crate) fn reader() -> ExitCode {
    limit();
    // Its refusals are said to the user: in the language the parent speaks, which it passes on.
    crate::setup::language::choose(None);
    let mut bytes = Vec::new();
    if std::io::stdin().take(MAX_BYTES).read_to_end(&mut bytes).is_err() {
        return ExitCode::FAILURE;
    }
    let answer: Result<Workbook, String> = read_workbook(bytes).map_err(|e| e.to_string());
    let written = serde_json::to_vec(&answer).map(|json| std::io::stdout().lock().write_all(&json));
    if matches!(written, Ok(Ok(()))) { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// The reader's limits, set on itself before it reads anything: past them the system ends it.
#[cfg(unix)]
fn limit() {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let cap = |n| Rlimit { current: Some(n), maximum: Some(n) };
    // A limit the system refuses leaves the clock of the parent, which still ends it.
    let _ = setrlimit(Resource::Data, cap(MEMORY));
    let _ = setrlimit(Resource::As, cap(MEMORY));
    let _ = setrlimit(Resource::Cpu, cap(TIME.as_secs() + 1));
}

/// On Windows, a job object holds the reader to the same limits.
#[cfg(windows)]
fn limit() {
    windows::limit(MEMORY, TIME + Duration::from_secs(1));
}

/// Elsewhere the parent's clock is the limit.
#[cfg(not(any(unix, windows)))]
fn limit() {}

/// Reads `bytes` in a reader process; its cells, or why not.
pub(crate) fn read(bytes: Vec<u8>) -> Result<Workbook, Error> {
    let failed = |e: std::io::Error| Error::UnreadableBecause(e.to_string());
    let exe = std::env::current_exe().map_err(failed)?;
    let mut child = Command::new(exe)
        .arg(READER)
        .env("WAYPOST_LANG", waypost_core::i18n::language())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(failed)?;
    let (stdin, stdout) = (child.stdin.take(), child.stdout.take());
    // Both ways at once: a reader that answers before it read everything never blocks.
    let writer = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            let _ = stdin.write_all(&bytes);
        }
    });
    let listener = std::thread::spawn(move || {
        let mut answer = Vec::new();
        if let Some(stdout) = stdout {
            let _ = stdout.take(MAX_ANSWER).read_to_end(&mut answer);
        }
        answer
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait().map_err(failed)? {
            Some(status) => break Some(status),
            None if start.elapsed() > TIME => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let _ = writer.join();
    let answer = listener.join().unwrap_or_default();
    match status {
        None => Err(Error::Said(tr!("imp-too-slow", seconds = TIME.as_secs()))),
        Some(status) if !status.success() => Err(Error::Said(tr!("imp-too-big", megabytes = MEMORY >> 20))),
        Some(_) => match serde_json::from_slice::<Result<Workbook, String>>(&answer) {
            Ok(Ok(workbook)) => Ok(workbook),
            Ok(Err(said)) => Err(Error::Said(said)),
            Err(_) => Err(Error::Unreadable),
        },
    }
}
