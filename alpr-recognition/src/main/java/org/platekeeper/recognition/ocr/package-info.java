/** Tesseract's readings: the band of characters as a line, and the state's name printed on the plate. */
package org.platekeeper.recognition.ocr;
