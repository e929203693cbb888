package org.platekeeper.recognition;

/** A picture with more pixels than the recogniser decodes, refused from its header alone. */
public class PictureTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PictureTooLargeException(ImageSize size, long maxPixels) {
        super("the picture is " + size.width() + "×" + size.height() + " pixels, more than the " + maxPixels
                + " the recogniser decodes (ALPR_MAX_IMAGE_PIXELS)");
    }
}
