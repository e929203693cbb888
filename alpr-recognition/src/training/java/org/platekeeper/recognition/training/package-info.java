/** Drawings the character networks are trained on: built with the tests, not shipped in the jar. */
package org.platekeeper.recognition.training;
