package kr.sanggwon.ui.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Writes the answer page as a PNG on white (the "take it home" copy). Call on the FX thread. */
final class WizardPng {
    private WizardPng() {
    }

    static void write(Node page, Path png) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        var image = page.snapshot(p, null);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // write to a temp file next to the target and move it, so a failed write leaves nothing half-written
        Path tmp = Files.createTempFile(parent, ".answer", ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
            Files.move(tmp, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
