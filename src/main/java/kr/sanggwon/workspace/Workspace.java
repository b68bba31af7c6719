package kr.sanggwon.workspace;

import java.nio.file.Path;
import kr.sanggwon.common.Messages;

/**
 * One workspace of a {@link WorkspaceHome}: a data folder with its own database. {@code id} is the folder's name
 * inside the home ({@code "."} for a data folder of the previous version kept in place); {@code kind} and
 * {@code name} are the home's copy of the marker stored in the workspace's database ({@link WorkspaceMarker}).
 */
public record Workspace(String id, Path folder, WorkspaceKind kind, String name) {
    public boolean isSample() {
        return kind == WorkspaceKind.SAMPLE;
    }

    /** The name to show in the current locale: the user's name, else one made from the kind and folder. */
    public String label() {
        if (isSample()) {
            // a named copy of the sample (the class copy of classroom mode) shows its name
            return name != null ? name : Messages.get("workspace.label.sample");
        }
        if (name != null) {
            return name;
        }
        return WorkspaceHome.number(this).map(n -> Messages.get("workspace.label.own", n))
                .orElseGet(() -> Messages.get("workspace.label.previous"));
    }
}
