/*
 * TEST ONLY. NEVER SHIP THIS DLL. It goes into a Wine prefix's system32, nowhere else.
 *
 * Extension modules written in Rust (cryptography's _rust.pyd, rpds) import ProcessPrng from
 * bcryptprimitives.dll, which every Windows 10/11 has and Wine 8 lacks. This stand-in provides
 * ProcessPrng on top of BCryptGenRandom (the system RNG, which Wine implements), so that those
 * modules load under Wine. installer/smoke-windows asserts it is in neither the bundle nor setup.exe.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG))) {
            return FALSE;
        }
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
