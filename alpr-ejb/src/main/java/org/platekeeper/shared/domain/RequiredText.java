package org.platekeeper.shared.domain;

/** A text a rule requires: present, trimmed, and within its column's length; the message names the field. */
public final class RequiredText {

    private RequiredText() {
    }

    public static String of(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("the " + what + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
