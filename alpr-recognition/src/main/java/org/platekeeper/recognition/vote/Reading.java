package org.platekeeper.recognition.vote;

/** One reading of a plate's characters by one reader, with that reader's confidence, 0 to 100. */
public record Reading(String text, int confidence) {
}
