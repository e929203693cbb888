package org.platekeeper.reads.domain;

/** A JPEG that came with a read: the plate crop or the whole vehicle. */
public record ReadImage(Kind kind, byte[] jpeg) {

    public enum Kind {
        PLATE, VEHICLE;

        /** The kind as API paths name it: {@code plate} or {@code vehicle}. */
        public static java.util.Optional<Kind> named(String name) {
            return java.util.Arrays.stream(values()).filter(k -> k.name().toLowerCase(java.util.Locale.ROOT).equals(name)).findFirst();
        }
    }

    /** True when the bytes start with a JPEG start-of-image marker and end with its end-of-image marker. */
    public static boolean looksLikeJpeg(byte[] bytes) {
        int n = bytes.length;
        return n > 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF
                && (bytes[n - 2] & 0xFF) == 0xFF && (bytes[n - 1] & 0xFF) == 0xD9;
    }
}
