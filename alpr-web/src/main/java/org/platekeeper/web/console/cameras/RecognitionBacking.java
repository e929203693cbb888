package org.platekeeper.web.console.cameras;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Base64;

import javax.imageio.ImageIO;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.reads.application.RecognitionTrial;
import org.platekeeper.web.console.shell.ConsoleActions;
import org.primefaces.event.FileUploadEvent;

/** The administrator tries the recogniser on a camera's picture and sees what it reads, and where. */
@Named
@ViewScoped
public class RecognitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecognitionTrial trial;

    private RecognitionTrial.Result result;
    private String fileName;
    /** The picture with the plates found outlined, as a data URI for the page. */
    private String outlined;

    public void upload(FileUploadEvent event) {
        byte[] picture = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        result = ConsoleActions.perform(() -> trial.read(picture, fileName), null);
        outlined = result == null ? null : outline(picture, result);
    }

    /**
     * The plates found drawn over the picture, best in green, the others in amber; under them, dashed in blue, every
     * region the locator proposed with its likelihood, so that an administrator sees where it looked.
     */
    static String outline(byte[] picture, RecognitionTrial.Result result) {
        try {
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(picture));
            if (original == null) {
                return null;
            }
            BufferedImage copy = new BufferedImage(original.getWidth(), original.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = copy.createGraphics();
            g.drawImage(original, 0, 0, null);
            int stroke = Math.max(2, original.getWidth() / 300);
            g.setStroke(new BasicStroke(stroke));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, original.getWidth() / 40)));
            g.setColor(new Color(60, 140, 255));
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {stroke * 3f, stroke * 2f}, 0));
            for (RecognitionTrial.Proposed proposed : result.proposals()) {
                g.drawRect(proposed.x(), proposed.y(), proposed.width(), proposed.height());
                g.drawString(proposed.percent() + "%", proposed.x(), proposed.y() + proposed.height()
                        + g.getFont().getSize());
            }
            g.setStroke(new BasicStroke(stroke));
            for (int i = result.plates().size() - 1; i >= 0; i--) {
                RecognitionTrial.Found found = result.plates().get(i);
                g.setColor(i == 0 ? new Color(30, 200, 90) : new Color(240, 170, 0));
                g.drawRect(found.x(), found.y(), found.width(), found.height());
                g.drawString(found.plate(), found.x(), Math.max(g.getFont().getSize(), found.y() - stroke * 2));
            }
            g.dispose();
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(copy, "jpg", jpeg);
            return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg.toByteArray());
        } catch (IOException unreadable) {
            return null;
        }
    }

    public RecognitionTrial.Result getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public String getOutlined() {
        return outlined;
    }
}
