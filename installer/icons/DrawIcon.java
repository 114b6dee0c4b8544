import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon (run from this folder: java DrawIcon.java): a scatter of data points in the app's class
 * colours, three of them forgotten, left as faint ghost rings the way the forget view draws forgotten rows.
 * Writes the PNGs desktops use, and the .ico (Windows) and .icns (macOS) holding PNGs of the same drawing.
 */
public final class DrawIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    /** Points on a 0..1 square: x, y, class (0, 1, 2), forgotten (1). */
    private static final double[][] POINTS = {
        {0.30, 0.30, 0, 0}, {0.47, 0.25, 0, 0}, {0.25, 0.48, 0, 0}, {0.43, 0.43, 0, 1},
        {0.70, 0.32, 1, 0}, {0.75, 0.50, 1, 1}, {0.60, 0.45, 1, 0},
        {0.33, 0.72, 2, 0}, {0.52, 0.66, 2, 1}, {0.50, 0.80, 2, 0}, {0.70, 0.74, 2, 0},
    };
    private static final Color[] CLASSES = {new Color(0x4E, 0x9A, 0xF0), new Color(0xF2, 0x8E, 0x2B), new Color(0x3C, 0xC0, 0x8A)};

    public static void main(String[] args) throws IOException {
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", png);
            pngs.put(size, png.toByteArray());
            Files.write(Path.of("unlearn-explorer-" + size + ".png"), png.toByteArray());
        }
        Files.write(Path.of("unlearn-explorer.ico"), ico(pngs));
        Files.write(Path.of("unlearn-explorer.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = s * 0.04;
        g.setColor(new Color(0x1B, 0x26, 0x3B));
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.22, s * 0.22));
        // Small sizes keep fewer, larger points so they stay points rather than a blur.
        boolean small = size <= 32;
        double r = s * (small ? 0.085 : 0.06);
        for (double[] p : POINTS) {
            if (small && (p[0] == 0.47 || p[0] == 0.60 || p[0] == 0.50)) {
                continue;
            }
            double cx = inset + (s - 2 * inset) * p[0];
            double cy = inset + (s - 2 * inset) * p[1];
            Ellipse2D dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            Color c = CLASSES[(int) p[2]];
            if (p[3] == 1) {
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
                g.setStroke(new BasicStroke((float) Math.max(1, s * 0.018), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        10, small ? null : new float[] {(float) (s * 0.03), (float) (s * 0.025)}, 0));
                g.draw(dot);
            } else {
                g.setColor(c);
                g.fill(dot);
            }
        }
        g.dispose();
        return image;
    }

    /** ICO with PNG entries (Windows Vista and later read them); 256 is written as 0 in the directory. */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        Map<Integer, byte[]> used = new LinkedHashMap<>(pngs);
        used.remove(512);
        int offset = 6 + 16 * used.size();
        ByteBuffer b = ByteBuffer.allocate(offset + used.values().stream().mapToInt(a -> a.length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) used.size());
        for (Map.Entry<Integer, byte[]> e : used.entrySet()) {
            int side = e.getKey() >= 256 ? 0 : e.getKey();
            b.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                    .putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        used.values().forEach(b::put);
        return b.array();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<Integer, String> types = Map.of(16, "icp4", 32, "icp5", 64, "icp6", 128, "ic07", 256, "ic08", 512, "ic09");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<Integer, byte[]> e : pngs.entrySet()) {
            String type = types.get(e.getKey());
            if (type != null) {
                out.writeBytes(type);
                out.writeInt(8 + e.getValue().length);
                out.write(e.getValue());
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(all);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return all.toByteArray();
    }
}
