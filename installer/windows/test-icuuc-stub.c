/*
 * TEST ONLY. NEVER SHIP THIS DLL. It goes into a Wine prefix's system32, nowhere else.
 *
 * Qt >= 6.10 for Windows links Qt6Core.dll against the operating system's ICU (icuuc.dll, part of
 * Windows 10 1703+ and 11). Wine 8 has no icuuc.dll, so QtCore cannot load under Wine. This stub
 * exports the 18 ucnv_* functions Qt6Core.dll imports (same set in 6.11.3 and 6.12.0) and makes
 * every converter unavailable (ucnv_open fails), so Qt falls back to its built-in UTF-8/UTF-16/Latin-1
 * codecs.
 *
 * installer/build-windows and installer/smoke-windows compile it into their own Wine prefixes and
 * assert that no icuuc.dll ends up in the PyInstaller bundle, in setup.exe or in the installed folder.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

static void fail(int32_t *status) {
    if (status != NULL && *status <= 0) *status = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, int32_t *status) { (void)name; fail(status); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getName(const void *cnv, int32_t *status) { (void)cnv; fail(status); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int32_t *status) {
    (void)name; (void)standard; fail(status); return NULL;
}
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, int32_t *status) { (void)cnv; fail(status); return 0; }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, int32_t *status) { (void)cnv; fail(status); return 0; }
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const uint16_t **source,
                             const uint16_t *source_limit, int32_t *offsets, int8_t flush, int32_t *status) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(status);
}
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **target, const uint16_t *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, int32_t *status) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(status);
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                  const void **old_context, int32_t *status) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; fail(status);
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, int32_t *status) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; fail(status);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *source_limit,
                                    int32_t offset_index, int32_t *status) {
    (void)args; (void)source; (void)source_limit; (void)offset_index; fail(status);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offset_index,
                                  int32_t *status) {
    (void)args; (void)source; (void)length; (void)offset_index; fail(status);
}
