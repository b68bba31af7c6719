package kr.sanggwon.ui;

/** Style-class names of desk.css, so views never spell them (or inline styles) by hand. */
public final class Styles {
    public static final String STYLESHEET = "/kr/sanggwon/ui/desk.css";

    public static final String NAV = "sg-nav";
    /** The scroll pane around the navigation: its colour only (the padding and width are the list's own). */
    public static final String NAV_SCROLL = "sg-nav-scroll";
    public static final String NAV_BUTTON = "sg-nav-button";
    public static final String NAV_SLOT = "sg-nav-slot";
    public static final String NAV_HEADER = "sg-nav-header";
    public static final String CONTENT = "sg-content";
    public static final String STATUS_BAR = "sg-status-bar";
    public static final String STATUS_ITEM = "sg-status-item";
    public static final String STATUS_BUSY = "sg-status-busy";
    public static final String SCREEN = "sg-screen";
    public static final String SCREEN_TITLE = "sg-screen-title";
    public static final String SCREEN_SUBTITLE = "sg-screen-subtitle";
    public static final String CARD = "sg-card";
    public static final String MUTED = "sg-muted";
    public static final String WARN = "sg-warn";
    public static final String OK = "sg-ok";
    public static final String ERROR = "sg-error";
    public static final String ACCENT_BUTTON = "sg-accent-button";
    public static final String PLACEHOLDER = "sg-placeholder";
    public static final String DIALOG_TEXT = "sg-dialog-text";
    public static final String DROP_ZONE = "sg-drop-zone";
    public static final String DROP_ZONE_ACTIVE = "sg-drop-zone-active";
    public static final String TOOLBAR = "sg-toolbar";
    public static final String LEGEND = "sg-legend";
    public static final String MAP = "sg-map";
    public static final String LOADING = "sg-loading";
    public static final String TOP_BAR = "sg-top-bar";
    public static final String WORKSPACE_BADGE = "sg-workspace-badge";
    public static final String WORKSPACE_SAMPLE = "sg-workspace-sample";
    public static final String STRONG = "sg-strong";

    private Styles() {
    }
}
