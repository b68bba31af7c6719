package kr.sanggwon.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The installer scripts and jpackage argument files of every platform are checked here, because only the Linux
 * ones can be built on this machine: options jpackage accepts, files that exist, modules the JDK has, scripts that
 * parse, icons that decode, and the .deb's dependencies on the Korean font and the GTK/GL libraries.
 */
class InstallerFilesTest {
    private static final Path INSTALLER = Path.of("installer");
    /** jpackage 17's Windows and macOS options (its --help on Linux lists only the Linux ones). */
    private static final Set<String> WINDOWS_OPTIONS = Set.of("--win-console", "--win-dir-chooser", "--win-help-url",
            "--win-menu", "--win-menu-group", "--win-per-user-install", "--win-shortcut", "--win-shortcut-prompt",
            "--win-update-url", "--win-upgrade-uuid");
    private static final Set<String> MAC_OPTIONS = Set.of("--mac-package-identifier", "--mac-package-name",
            "--mac-package-signing-prefix", "--mac-sign", "--mac-signing-keychain", "--mac-signing-key-user-name",
            "--mac-app-store", "--mac-entitlements", "--mac-app-category");
    /** Options whose value is a file or folder of the repository. */
    private static final Set<String> PATH_OPTIONS = Set.of("--icon", "--license-file", "--resource-dir");
    /** Folders that installer/stage.sh fills before jpackage runs. */
    private static final Set<String> STAGED = Set.of("target/jpackage/fxmods", "target/jpackage/input");

    @Test
    void everyArgumentFileUsesOptionsJpackageAccepts() throws Exception {
        Set<String> known = jpackageOptions();
        for (Path file : argFiles()) {
            for (String option : options(tokens(file))) {
                boolean accepted = known.contains(option)
                        || file.toString().contains("windows") && WINDOWS_OPTIONS.contains(option)
                        || file.toString().contains("macos") && MAC_OPTIONS.contains(option);
                assertThat(accepted).as(file + ": " + option + " is not a jpackage 17 option").isTrue();
            }
        }
    }

    @Test
    void everyFileAnArgumentFileNamesExists() throws IOException {
        for (Path file : argFiles()) {
            List<String> tokens = tokens(file);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String option = tokens.get(i);
                String value = tokens.get(i + 1);
                if (PATH_OPTIONS.contains(option)) {
                    assertThat(Path.of(value)).as(file + ": " + option).exists();
                } else if (option.equals("--add-launcher")) {
                    assertThat(Path.of(value.substring(value.indexOf('=') + 1))).as(file + ": " + option).isRegularFile();
                } else if (option.equals("--input") || option.equals("--module-path")) {
                    assertThat(STAGED).as(file + ": " + option + " must be a folder stage.sh fills").contains(value);
                }
            }
        }
        assertThat(Files.readString(INSTALLER.resolve("stage.sh")))
                .contains("$stage/fxmods", "$stage/input", "sanggwon-desk-app.jar");
        assertThat(tokens(INSTALLER.resolve("jpackage-common.args"))).contains("sanggwon-desk-app.jar",
                kr.sanggwon.Launcher.class.getName());
    }

    @Test
    void theRuntimeHoldsModulesThatExistAndEveryModuleTheAppNeeds() throws IOException {
        List<String> tokens = tokens(INSTALLER.resolve("jpackage-common.args"));
        Set<String> modules = Set.of(tokens.get(tokens.indexOf("--add-modules") + 1).split(","));
        Set<String> system = ModuleFinder.ofSystem().findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).collect(Collectors.toSet());
        for (String module : modules) {
            assertThat(system.contains(module) || module.startsWith("javafx.")).as(module).isTrue();
        }
        // Korean locale data, CSVs in EUC-KR/MS949, H2's java.sql, preferences, JFreeChart-FX's Swing bridge
        assertThat(modules).contains("jdk.localedata", "jdk.charsets", "java.sql", "java.prefs", "javafx.controls",
                "javafx.swing", "jdk.unsupported.desktop");
        String jlink = tokens.get(tokens.indexOf("--jlink-options") + 1);
        assertThat(jlink).contains("--include-locales=en,ko", "--strip-debug");
    }

    @Test
    void everyScriptParsesAndNamesArgumentFilesThatExist() throws Exception {
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(INSTALLER)) {
            scripts = s.filter(p -> p.toString().endsWith(".sh")).sorted().collect(Collectors.toList());
        }
        assertThat(scripts.stream().map(p -> p.getFileName().toString()))
                .contains("stage.sh", "build-linux.sh", "build-windows.sh", "build-macos.sh");
        Pattern argFile = Pattern.compile("@(installer/[\\w./-]+)");
        for (Path script : scripts) {
            assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
            Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as(script + ": " + out).isZero();
            String text = Files.readString(script);
            assertThat(text).as(script + " stops at the first failure").contains("set -euo pipefail");
            Matcher m = argFile.matcher(text);
            while (m.find()) {
                assertThat(Path.of(m.group(1))).as(script + " names " + m.group(1)).isRegularFile();
            }
        }
    }

    @Test
    void theDebDependsOnTheKoreanFontAndTheLibrariesJavaFxLoads() throws IOException {
        String depends = Files.readAllLines(INSTALLER.resolve("linux/control")).stream()
                .filter(l -> l.startsWith("Depends:")).findFirst().orElseThrow();
        assertThat(depends).contains("PACKAGE_DEFAULT_DEPENDENCIES", "fonts-nanum", "libgtk-3-0", "libgl1");
        assertThat(tokens(INSTALLER.resolve("jpackage-linux-deb.args")))
                .containsSequence("--resource-dir", "installer/linux");
    }

    @Test
    void theIconsDecodeInEveryFormat() throws IOException {
        BufferedImage png = ImageIO.read(INSTALLER.resolve("icons/sanggwon-desk.png").toFile());
        assertThat(png.getWidth()).isEqualTo(256);
        assertThat(png.getHeight()).isEqualTo(256);

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(INSTALLER.resolve("icons/sanggwon-desk.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        assertThat(count).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            byte[] image = new byte[size];
            ico.get(offset, image);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            int width = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            assertThat(decoded.getWidth()).as("ICO image " + i).isEqualTo(width);
        }

        byte[] icns = Files.readAllBytes(INSTALLER.resolve("icons/sanggwon-desk.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(b.getInt(4)).isEqualTo(icns.length);
        int pos = 8;
        int images = 0;
        while (pos < icns.length) {
            int length = b.getInt(pos + 4);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(icns, pos + 8, length - 8));
            assertThat(decoded).as("ICNS " + new String(icns, pos, 4, StandardCharsets.US_ASCII)).isNotNull();
            pos += length;
            images++;
        }
        assertThat(pos).isEqualTo(icns.length);
        assertThat(images).isGreaterThanOrEqualTo(3);
    }

    private static List<Path> argFiles() throws IOException {
        try (Stream<Path> s = Files.list(INSTALLER)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".args")).sorted().collect(Collectors.toList());
            assertThat(files.stream().map(p -> p.getFileName().toString())).contains("jpackage-common.args",
                    "jpackage-linux.args", "jpackage-linux-deb.args", "jpackage-windows.args", "jpackage-macos.args");
            return files;
        }
    }

    /** jpackage's @file syntax: blanks separate arguments, double quotes group, # starts a comment line. */
    static List<String> tokens(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
            while (m.find()) {
                tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return tokens;
    }

    private static List<String> options(List<String> tokens) {
        return tokens.stream().filter(t -> t.startsWith("--") && !t.contains("=") && !t.contains(" "))
                .collect(Collectors.toList());
    }

    /** The options of this JDK's jpackage, from its --help. */
    private static Set<String> jpackageOptions() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        Process p = new ProcessBuilder(jpackage.toString(), "--help").redirectErrorStream(true).start();
        String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Set<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+(--[a-z][a-z-]*)").matcher(help);
        while (m.find()) {
            options.add(m.group(1));
        }
        assertThat(options).as("jpackage --help").contains("--type", "--main-class", "--linux-shortcut");
        return options;
    }
}
