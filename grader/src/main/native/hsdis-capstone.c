/*
 * hsdis-capstone: a small HotSpot disassembler plugin over the Capstone engine.
 *
 * HotSpot's -XX:+PrintAssembly prints raw hex unless it can load a library named hsdis-<arch>.so that
 * exports decode_instructions_virtual(). This is that library for x86-64 and AArch64. `./kata asm`
 * builds it on demand (gcc + libcapstone-dev) and puts its folder on LD_LIBRARY_PATH for the JVM it
 * starts; without it, the tool falls back to disassembling HotSpot's hex with objdump.
 *
 * The contract, per instruction: report "insn" with the instruction's address, print its text through
 * printf_callback, report "/insn" with the next address, then print a newline if asked. HotSpot uses
 * the events to interleave its own annotations (oop maps, bytecode positions) between instructions.
 */
#include <stdint.h>
#include <string.h>
#include <capstone/capstone.h>

typedef void *(*event_callback_t)(void *stream, const char *event, void *arg);
typedef int (*printf_callback_t)(void *stream, const char *format, ...);

#if defined(__x86_64__)
#define KATA_ARCH CS_ARCH_X86
#define KATA_MODE CS_MODE_64
#define KATA_MACH "i386:x86-64"
#elif defined(__aarch64__)
#define KATA_ARCH CS_ARCH_ARM64
#define KATA_MODE CS_MODE_ARM
#define KATA_MACH "aarch64"
#else
#error "hsdis-capstone supports x86-64 and AArch64"
#endif

__attribute__((visibility("default")))
void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va,
                                  unsigned char *buffer, uintptr_t length,
                                  event_callback_t event_callback, void *event_stream,
                                  printf_callback_t printf_callback, void *printf_stream,
                                  const char *options, int newline) {
    csh handle;
    if (buffer == NULL || length == 0 || printf_callback == NULL) {
        return (void *) start_va;
    }
    if (cs_open(KATA_ARCH, KATA_MODE, &handle) != CS_ERR_OK) {
        return NULL;
    }
#if defined(__x86_64__)
    /* Intel syntax unless asked otherwise: the course's listings and journals use it. */
    if (options != NULL && strstr(options, "att") != NULL) {
        cs_option(handle, CS_OPT_SYNTAX, CS_OPT_SYNTAX_ATT);
    }
#endif
    if (event_callback != NULL) {
        event_callback(event_stream, "mach", (void *) KATA_MACH);
    }
    cs_insn *insn = cs_malloc(handle);
    const uint8_t *code = buffer;
    size_t remaining = length;
    uint64_t address = start_va;
    while (remaining > 0 && address < end_va) {
        if (event_callback != NULL) {
            event_callback(event_stream, "insn", (void *) (uintptr_t) address);
        }
        if (cs_disasm_iter(handle, &code, &remaining, &address, insn)) {
            printf_callback(printf_stream, "%s %s", insn->mnemonic, insn->op_str);
        } else {
            /* Not an instruction (data in a stub): show the byte and resynchronise on the next one. */
            printf_callback(printf_stream, ".byte 0x%02x", *code);
            code++;
            remaining--;
            address++;
        }
        if (event_callback != NULL) {
            event_callback(event_stream, "/insn", (void *) (uintptr_t) address);
        }
        if (newline) {
            printf_callback(printf_stream, "\n");
        }
    }
    cs_free(insn, 1);
    cs_close(&handle);
    return (void *) (uintptr_t) address;
}
