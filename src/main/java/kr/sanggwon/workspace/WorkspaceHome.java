package kr.sanggwon.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import kr.sanggwon.common.UserException;

/**
 * The folder that holds the workspaces (the per-user data folder, or {@code --data-dir}): the sample workspace in
 * {@code sample/}, the user's own ones in {@code own-1/}, {@code own-2/} …, and {@code workspaces.properties}, which
 * lists them and remembers the one in use. A data folder of the previous version (a database at the root) is kept
 * in place as workspace {@code "."} ({@link LegacyWorkspace}). Each workspace's kind lives in its own database
 * ({@link WorkspaceMarker}); this registry keeps a copy so the menu can list them without opening every database.
 */
public final class WorkspaceHome {
    public static final String REGISTRY = "workspaces.properties";
    public static final String SAMPLE_ID = "sample";
    public static final String LEGACY_ID = ".";
    static final String DATABASE_FILE = "sanggwon.mv.db";
    private static final String OWN_PREFIX = "own-";
    private static final String CURRENT = "current";

    private final Path root;
    private final Properties registry = new Properties();

    private WorkspaceHome(Path root) {
        this.root = root;
    }

    /** True when {@code dir} is a home (has a registry), as opposed to a single workspace folder. */
    public static boolean isHome(Path dir) {
        return Files.isRegularFile(dir.resolve(REGISTRY));
    }

    /**
     * Opens the home at {@code root}, creating it (and its registry) when needed. A root that already holds a
     * database but no registry (the previous version's data folder, or a folder made with the CLI) is adopted as
     * workspace {@code "."} and becomes the one in use; see {@link LegacyWorkspace} for how its kind is decided.
     */
    public static WorkspaceHome open(Path root) {
        WorkspaceHome home = new WorkspaceHome(root.toAbsolutePath().normalize());
        try {
            Files.createDirectories(home.root);
            if (isHome(home.root)) {
                try (Reader r = Files.newBufferedReader(home.root.resolve(REGISTRY), StandardCharsets.UTF_8)) {
                    home.registry.load(r);
                }
            } else {
                if (Files.isRegularFile(home.root.resolve(DATABASE_FILE))) {
                    LegacyWorkspace.Adopted adopted = LegacyWorkspace.adopt(home.root);
                    home.put(LEGACY_ID, adopted.kind(), null);
                    home.registry.setProperty(CURRENT, LEGACY_ID);
                }
                home.save();
            }
            return home;
        } catch (IOException e) {
            throw new UserException("workspace.error.io", root, e.getMessage());
        }
    }

    /**
     * The workspace folder a command works on: for a home, the workspace in use; for any other folder, the folder
     * itself (a single workspace, as the CLI's {@code --data-dir} has always meant).
     */
    public static Path workspaceFolder(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        return isHome(d) ? open(d).current().folder() : d;
    }

    public Path root() {
        return root;
    }

    /** Every workspace: the sample first, then the user's own in the order they were made. */
    public synchronized List<Workspace> list() {
        List<Workspace> out = new ArrayList<>();
        for (String key : registry.stringPropertyNames()) {
            if (key.startsWith("ws.") && key.endsWith(".kind")) {
                out.add(workspace(key.substring(3, key.length() - 5)));
            }
        }
        if (out.stream().noneMatch(Workspace::isSample)) {
            out.add(sample());
        }
        out.sort(Comparator.comparing((Workspace w) -> !w.isSample()).thenComparing(w -> order(w.id())));
        return List.copyOf(out);
    }

    private static long order(String id) {
        if (id.startsWith(OWN_PREFIX)) {
            try {
                return Long.parseLong(id.substring(OWN_PREFIX.length()));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        return -1;
    }

    /** The workspace in use (remembered); the sample on a first start. */
    public synchronized Workspace current() {
        String id = registry.getProperty(CURRENT);
        return id != null && registry.containsKey("ws." + id + ".kind") ? workspace(id) : sample();
    }

    /** Remembers {@code w} as the workspace in use (for the next start and for the CLI). */
    public synchronized void setCurrent(Workspace w) {
        put(w.id(), w.kind(), w.name());
        registry.setProperty(CURRENT, w.id());
        save();
    }

    /** The sample workspace (registered or not yet made). */
    public synchronized Workspace sample() {
        // the sample itself, before a named copy of it (the class copy of classroom mode is of the sample kind too)
        if (WorkspaceKind.SAMPLE.name().equals(registry.getProperty("ws." + SAMPLE_ID + ".kind"))) {
            return workspace(SAMPLE_ID);
        }
        for (String key : registry.stringPropertyNames()) {
            if (key.startsWith("ws.") && key.endsWith(".kind") && WorkspaceKind.SAMPLE.name().equals(registry.getProperty(key))) {
                return workspace(key.substring(3, key.length() - 5));
            }
        }
        return new Workspace(SAMPLE_ID, root.resolve(SAMPLE_ID), WorkspaceKind.SAMPLE, null);
    }

    /** Registers a new, empty workspace of the user's own in a fresh folder; its database is made when it is opened. */
    public synchronized Workspace newOwn(String name) {
        int n = 1;
        while (registry.containsKey("ws." + OWN_PREFIX + n + ".kind") || Files.exists(root.resolve(OWN_PREFIX + n))) {
            n++;
        }
        String id = OWN_PREFIX + n;
        put(id, WorkspaceKind.OWN, name);
        save();
        return workspace(id);
    }

    /** Updates the registry's copy of {@code w}'s kind and name (after its marker was read). */
    public synchronized void record(Workspace w) {
        put(w.id(), w.kind(), w.name());
        save();
    }

    /** The number in an own workspace's folder name ({@code own-3} → 3), for its default label; empty otherwise. */
    public static Optional<Integer> number(Workspace w) {
        long n = order(w.id());
        return w.id().startsWith(OWN_PREFIX) && n != Long.MAX_VALUE ? Optional.of((int) n) : Optional.empty();
    }

    private Workspace workspace(String id) {
        String kind = registry.getProperty("ws." + id + ".kind", WorkspaceKind.OWN.name());
        String name = registry.getProperty("ws." + id + ".name");
        return new Workspace(id, root.resolve(id).normalize(), WorkspaceKind.valueOf(kind), name == null || name.isBlank() ? null : name);
    }

    private void put(String id, WorkspaceKind kind, String name) {
        registry.setProperty("ws." + id + ".kind", kind.name());
        if (name != null) {
            registry.setProperty("ws." + id + ".name", name);
        }
    }

    /** Writes the registry through a temporary file, so a crash never leaves half of it. */
    private void save() {
        try {
            Path tmp = root.resolve(REGISTRY + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                registry.store(w, "Sanggwon Desk workspaces");
            }
            Files.move(tmp, root.resolve(REGISTRY), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException("workspace.error.io", root, e.getMessage());
        }
    }
}
