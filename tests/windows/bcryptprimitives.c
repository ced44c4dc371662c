/* Test-only, never shipped: Wine 8 (Debian's) lacks bcryptprimitives.dll's ProcessPrng, which
 * Rust's standard library calls for its random numbers, so a Rust program does not even start
 * there. This stand-in forwards it to advapi32's SystemFunction036 (RtlGenRandom), which Wine
 * has. Windows 10 and later have the real one, and the binary never loads this file there. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
