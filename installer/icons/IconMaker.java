import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Sanggwon Desk icon (a rising bar chart under a map pin on a teal tile) with Java2D shapes only, and
 * writes it in the three formats jpackage wants: PNG (Linux), ICO (Windows) and ICNS (macOS). Both containers hold
 * PNG images, which Windows Vista+ and macOS 10.7+ read.
 *
 * <p>Run from the repository root: {@code java installer/icons/IconMaker.java installer/icons}
 */
public final class IconMaker {
    private IconMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sanggwon-desk.png"), png(draw(256)));
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            ico.put(size, png(draw(size)));
        }
        Files.write(dir.resolve("sanggwon-desk.ico"), ico(ico));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Files.write(dir.resolve("sanggwon-desk.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);   // drawn on a 100 x 100 grid
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F8A8A), 0, 100, new Color(0x125E6B)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        // three bars of a rising chart
        g.setColor(new Color(0xF4F1E8));
        double[][] bars = {{18, 62, 14, 22}, {38, 50, 14, 34}, {58, 38, 14, 46}};
        for (double[] b : bars) {
            g.fill(new RoundRectangle2D.Double(b[0], b[1], b[2], b[3], 4, 4));
        }
        g.setColor(new Color(0xF4F1E8));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(14, 86, 86, 86);
        // a map pin over the tallest bar: the place being analysed
        Path2D pin = new Path2D.Double();
        pin.moveTo(72, 40);
        pin.curveTo(62, 28, 58, 22, 58, 17);
        pin.curveTo(58, 9, 64.5, 4, 72, 4 + 0.0);
        pin.curveTo(79.5, 4, 86, 9, 86, 17);
        pin.curveTo(86, 22, 82, 28, 72, 40);
        pin.closePath();
        g.setColor(new Color(0xF2994A));
        g.fill(pin);
        g.setColor(new Color(0x125E6B));
        g.fill(new Ellipse2D.Double(67, 12, 10, 10));
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO: a 6-byte header, one 16-byte entry per image (little-endian), then the PNG data. */
    static byte[] ico(Map<Integer, byte[]> images) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(le16(0));
        out.write(le16(1));
        out.write(le16(images.size()));
        int offset = 6 + 16 * images.size();
        for (Map.Entry<Integer, byte[]> e : images.entrySet()) {
            int size = e.getKey();
            out.write(size >= 256 ? 0 : size);   // 0 means 256
            out.write(size >= 256 ? 0 : size);
            out.write(0);   // no palette
            out.write(0);
            out.write(le16(1));   // colour planes
            out.write(le16(32));   // bits per pixel
            out.write(le32(e.getValue().length));
            out.write(le32(offset));
            offset += e.getValue().length;
        }
        for (byte[] data : images.values()) {
            out.write(data);
        }
        return out.toByteArray();
    }

    /** ICNS: 'icns' + total length, then per image a 4-letter type + length (big-endian, header included) + PNG. */
    static byte[] icns(Map<String, byte[]> images) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, byte[]> e : images.entrySet()) {
            d.writeBytes(e.getKey());
            d.writeInt(8 + e.getValue().length);
            d.write(e.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(out);
        h.writeBytes("icns");
        h.writeInt(8 + body.size());
        h.write(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8)};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
