package org.platekeeper.recognition;

/** One reading of a plate's characters by one reader, with that reader's confidence, 0 to 100. */
record Reading(String text, int confidence) {
}
