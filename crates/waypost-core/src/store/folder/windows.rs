//! Windows: replacing a file durably. `MoveFileExW` with `MOVEFILE_WRITE_THROUGH` returns only
//! once the new name is on the disk; the standard library's rename does not ask for that, so a
//! power cut just after "saved" could bring back the previous version.

// The one call into the Windows API in the core; no maintained crate offers a write-through
// replace on a file waypost has written and synced itself.
#![allow(unsafe_code)]

use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;

use windows_sys::Win32::Storage::FileSystem::{MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW};

/// `path` as the API takes it: absolute, in its verbatim form (`\\?\C:\…`, `\\?\UNC\server\…`)
/// so that paths longer than 260 characters work too, and ending in a nul.
fn verbatim(path: &Path) -> io::Result<Vec<u16>> {
    let absolute = std::path::absolute(path)?;
    let wide: Vec<u16> = absolute.as_os_str().encode_wide().collect();
    let text = String::from_utf16_lossy(&wide);
    let prefix: &str = if text.starts_with(r"\\?\") {
        ""
    } else if text.starts_with(r"\\") {
        r"\\?\UNC"
    } else {
        r"\\?\"
    };
    let rest = if prefix == r"\\?\UNC" { &wide[1..] } else { &wide[..] };
    Ok(prefix.encode_utf16().chain(rest.iter().copied()).chain(std::iter::once(0)).collect())
}

/// Gives the file `from` the name `to`, replacing a file of that name in one step, and returns
/// once the change is on the disk.
pub(super) fn replace(from: &Path, to: &Path) -> io::Result<()> {
    let (from, to) = (verbatim(from)?, verbatim(to)?);
    // SAFETY: both arguments are nul-terminated UTF-16 strings that live across the call.
    let done = unsafe { MoveFileExW(from.as_ptr(), to.as_ptr(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) };
    if done == 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_made_verbatim_whatever_their_form() {
        let text = |p: &str| String::from_utf16_lossy(&verbatim(Path::new(p)).unwrap());
        assert_eq!(text(r"C:\Users\Ana María\waypost\s.json"), "\\\\?\\C:\\Users\\Ana María\\waypost\\s.json\0");
        assert_eq!(text("C:/data/one/../s.json"), "\\\\?\\C:\\data\\s.json\0");
        assert_eq!(text(r"\\server\share\s.json"), "\\\\?\\UNC\\server\\share\\s.json\0");
        assert_eq!(text(r"\\?\D:\kept\as is.json"), "\\\\?\\D:\\kept\\as is.json\0");
        assert!(text("relative.json").starts_with(r"\\?\"), "made absolute");
    }

    #[test]
    fn a_replace_takes_the_name_in_one_step_even_on_a_long_path_with_spaces() {
        let dir = tempfile::tempdir().unwrap();
        // Past the 260 characters of MAX_PATH, which only the verbatim form reaches.
        let mut deep = dir.path().to_path_buf();
        for _ in 0..12 {
            deep.push("a folder with spaces");
        }
        std::fs::create_dir_all(&deep).unwrap();
        assert!(deep.as_os_str().len() > 260);
        let (old, new) = (deep.join("s.json"), deep.join(".s.json.tmp"));
        std::fs::write(&old, "before").unwrap();
        std::fs::write(&new, "after").unwrap();
        replace(&new, &old).unwrap();
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "after");
        assert!(!new.exists(), "nothing left beside it");
        let missing = replace(&deep.join("gone.tmp"), &old).unwrap_err();
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "after");
    }
}
