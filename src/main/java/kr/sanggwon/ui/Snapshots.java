package kr.sanggwon.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene (the --snapshot option, screenshot tests). Call on the FX thread. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void write(Scene scene, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", png.toFile());
    }
}
