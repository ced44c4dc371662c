//! The workbook reader's limits on Windows, which has no `setrlimit`: the reader puts itself in
//! a job object that lets a process commit at most the given memory and use at most the given
//! processor time. Past the memory, an allocation fails and the reader ends; the import then
//! says the workbook was refused. No crate sets a job's limits on the process itself, so this
//! module calls the system, and allows `unsafe` for itself alone.
#![allow(unsafe_code)]

use std::time::Duration;

use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_PROCESS_MEMORY, JOB_OBJECT_LIMIT_PROCESS_TIME,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation, SetInformationJobObject,
};
use windows_sys::Win32::System::Threading::GetCurrentProcess;

/// Caps this process at `memory` bytes committed and `time` of processor time. A limit the
/// system refuses (an older Windows, or Wine) leaves the parent's clock, which still ends it.
pub(super) fn limit(memory: u64, time: Duration) {
    let mut info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION::default();
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_PROCESS_TIME;
    info.ProcessMemoryLimit = usize::try_from(memory).unwrap_or(usize::MAX);
    // In units of 100 nanoseconds.
    info.BasicLimitInformation.PerProcessUserTimeLimit = i64::try_from(time.as_nanos() / 100).unwrap_or(i64::MAX);
    let size = u32::try_from(std::mem::size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>()).unwrap_or(u32::MAX);
    // SAFETY: an unnamed job with default security (null pointers are allowed for both); `info`
    // lives across the call and `size` is its size; the job's handle is left open for the
    // process's life, as the job must outlive the assignment. Every failure is a returned value.
    unsafe {
        let job = CreateJobObjectW(std::ptr::null(), std::ptr::null());
        if job.is_null() {
            return;
        }
        let set =
            SetInformationJobObject(job, JobObjectExtendedLimitInformation, std::ptr::from_ref(&info).cast(), size);
        if set != 0 {
            AssignProcessToJobObject(job, GetCurrentProcess());
        }
    }
}
