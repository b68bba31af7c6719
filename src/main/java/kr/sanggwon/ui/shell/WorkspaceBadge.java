package kr.sanggwon.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.workspace.Workspace;

/**
 * The top line of the main window: the menu bar and, at its right, which workspace is shown. The sample says so
 * plainly ("샘플 데이터 — 가상의 도시", in the warning colour), so invented numbers are never taken for real ones.
 */
final class WorkspaceBadge {
    private WorkspaceBadge() {
    }

    static Node topBar(MenuBar menu, WorkspaceSession workspaces) {
        Label badge = badge(workspaces.current());
        HBox bar = new HBox(menu, badge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOP_BAR);
        HBox.setHgrow(menu, Priority.ALWAYS);
        menu.setMinWidth(0);
        return bar;
    }

    static Label badge(Workspace w) {
        Label badge = new Label();
        badge.setId("workspace-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (w.isSample()) {
            badge.setText(Messages.get("ui.workspace.badge.sample"));
            badge.getStyleClass().addAll(Styles.WORKSPACE_BADGE, Styles.WORKSPACE_SAMPLE);
            badge.setTooltip(new Tooltip(Messages.get("ui.workspace.badge.sampleTip")));
        } else {
            badge.setText(Messages.get("ui.workspace.badge.own", w.label()));
            badge.getStyleClass().add(Styles.WORKSPACE_BADGE);
            badge.setTooltip(new Tooltip(Messages.get("ui.workspace.badge.ownTip", w.folder().toString())));
        }
        badge.getTooltip().setWrapText(true);
        badge.getTooltip().setMaxWidth(480);
        return badge;
    }
}
