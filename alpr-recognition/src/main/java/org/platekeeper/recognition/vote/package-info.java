/** The vote between the readers' readings: edit distance, serial formats and state names. */
package org.platekeeper.recognition.vote;
