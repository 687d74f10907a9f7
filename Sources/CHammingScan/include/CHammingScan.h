// The Hamming-distance scan of the near-duplicate index, in C so that it can use the CPU's
// population-count instruction where there is one (chosen at run time) while the rest of the
// program stays built for the baseline x86-64 that Debian targets.
#ifndef C_HAMMING_SCAN_H
#define C_HAMMING_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Writes to `found` the positions (from 0) of the `count` fingerprints that differ from
/// `query` in at most `max_distance` bits, in order, and returns how many it wrote: at most
/// `count`, so `found` needs room for `count` positions.
size_t cingest_hamming_scan(
    const uint64_t *fingerprints, size_t count, uint64_t query, unsigned max_distance, uint32_t *found);

/// The same scan counting by shifts and masks, as on a CPU without the instruction (what
/// cingest_hamming_scan falls back to; tests hold the two to each other).
size_t cingest_hamming_scan_portable(
    const uint64_t *fingerprints, size_t count, uint64_t query, unsigned max_distance, uint32_t *found);

/// 1 when the scan uses an instruction for the population count (x86-64 with POPCNT, or
/// another architecture, where the compiler's count is one), 0 when it counts by shifts and masks.
int cingest_hamming_scan_is_native(void);

#endif
