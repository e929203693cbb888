/** Where a scene's plates are: the learned plate locator and the classical edge-density finder it replaced. */
package org.platekeeper.recognition.locate;
