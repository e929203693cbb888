/** A plate's outline in the picture and the row of characters inside it, cut into characters. */
package org.platekeeper.recognition.segment;
