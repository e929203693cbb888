/**
 * Plate recognition: locates plates in camera images and reads their characters.
 * Plain Java on purpose (no Jakarta EE types) so the recogniser runs the same in the server,
 * on the command line and in the benchmark.
 */
package org.platekeeper.recognition;
