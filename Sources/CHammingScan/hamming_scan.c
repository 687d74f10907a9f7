#include "CHammingScan.h"

// One loop, compiled twice: once for any CPU, once allowed the POPCNT instruction (x86-64
// has had it since 2008, but the baseline the distribution builds for does not assume it;
// without it, a population count is a dozen shifts and masks).
#define HAMMING_SCAN_BODY                                                                    \
    size_t written = 0;                                                                      \
    for (size_t position = 0; position < count; position++) {                               \
        unsigned distance = (unsigned)__builtin_popcountll(fingerprints[position] ^ query); \
        found[written] = (uint32_t)position;                                                 \
        written += distance <= max_distance;                                                 \
    }                                                                                        \
    return written;

size_t cingest_hamming_scan_portable(
    const uint64_t *fingerprints, size_t count, uint64_t query, unsigned max_distance, uint32_t *found) {
    HAMMING_SCAN_BODY
}

#if defined(__x86_64__)
__attribute__((target("popcnt"))) static size_t scan_popcnt(
    const uint64_t *fingerprints, size_t count, uint64_t query, unsigned max_distance, uint32_t *found) {
    HAMMING_SCAN_BODY
}
#endif

size_t cingest_hamming_scan(
    const uint64_t *fingerprints, size_t count, uint64_t query, unsigned max_distance, uint32_t *found) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("popcnt")) {
        return scan_popcnt(fingerprints, count, query, max_distance, found);
    }
#endif
    return cingest_hamming_scan_portable(fingerprints, count, query, max_distance, found);
}

int cingest_hamming_scan_is_native(void) {
#if defined(__x86_64__)
    return __builtin_cpu_supports("popcnt") ? 1 : 0;
#else
    return 1;
#endif
}
