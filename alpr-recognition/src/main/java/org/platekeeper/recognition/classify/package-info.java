/** The character networks and the reader that cuts a plate's row and names its characters with them. */
package org.platekeeper.recognition.classify;
