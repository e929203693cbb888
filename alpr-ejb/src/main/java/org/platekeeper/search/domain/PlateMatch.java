package org.platekeeper.search.domain;

/** How the plate of a search is compared with the plates read. */
public enum PlateMatch {
    /** The same characters. */
    EXACT,
    /** A partial plate: {@code ?} one character, {@code *} any run. */
    PARTIAL,
    /** The same characters up to those cameras confuse (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G). */
    OCR_TOLERANT
}
